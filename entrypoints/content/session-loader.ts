import { browser } from 'wxt/browser';
import type { ContentToBackground } from '../../lib/messaging/protocol';
import { installedSessionDeps, type SessionDeps } from './session-deps';

// Asks the background to inject the content script's second half into this frame (once per
// content-script lifetime) and returns what it installed. A failed load is retried on the next call.
let loading: Promise<SessionDeps> | null = null;

export function loadSessionDeps(): Promise<SessionDeps> {
  loading ??= (async () => {
    const request: ContentToBackground = { type: 'load-session' };
    const injected: unknown = await browser.runtime.sendMessage(request);
    const deps = installedSessionDeps();
    if (injected !== true || !deps) throw new Error('OwnUp could not load its editor support into this page.');
    return deps;
  })();
  const current = loading;
  current.catch(() => {
    if (loading === current) loading = null;
  });
  return current;
}
