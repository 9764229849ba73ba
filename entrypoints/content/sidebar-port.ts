import { browser } from 'wxt/browser';
import { PORT_CONTENT } from '../../lib/messaging/constants';
import type { ContentToSidebar } from '../../lib/messaging/protocol';
import { later } from './lifetime';
import type { IncomingMessage } from './session-deps';

// The content script's line to its sidebar: one runtime port relayed by the background
// (lib/messaging/router.ts). It reconnects when the service worker restarts, stops for good when
// the extension context is gone, and parses everything that arrives (with zod, in the session half).

export interface SidebarPort {
  send(message: ContentToSidebar): void;
}

const RETRY_DELAYS_MS = [50, 250, 1000, 3000];

export function connectSidebarPort(
  signal: AbortSignal,
  handlers: {
    onMessage(message: IncomingMessage): void;
    onConnected(): void;
    /** Schema check of whatever arrives; null drops it. */
    parse(raw: unknown): IncomingMessage | null;
    /** WXT's `ctx.isValid`: reading it after the extension reloaded invalidates the context (aborting `signal`). */
    isContextValid(): boolean;
  },
): SidebarPort {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let attempt = 0;

  const open = () => {
    if (signal.aborted || !handlers.isContextValid()) return;
    try {
      port = browser.runtime.connect({ name: PORT_CONTENT });
    } catch {
      // "Extension context invalidated": checking the context aborts the signal and removes the frame.
      port = null;
      handlers.isContextValid();
      return;
    }
    const current = port;
    current.onMessage.addListener((raw: unknown) => {
      if (signal.aborted) return;
      const message = handlers.parse(raw);
      if (message) handlers.onMessage(message);
    });
    current.onDisconnect.addListener(() => {
      if (port === current) port = null;
      // An extension reload or update disconnects us for good: let the context tear everything down.
      if (!handlers.isContextValid()) return;
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
      attempt++;
      later(signal, open, delay);
    });
    handlers.onConnected();
    // A port that lived a while resets the back-off.
    later(signal, () => port === current && (attempt = 0), 5000);
  };
  signal.addEventListener(
    'abort',
    () => {
      try {
        port?.disconnect();
      } catch {
        // already gone with the extension context
      }
      port = null;
    },
    { once: true },
  );
  open();

  return {
    send(message) {
      if (!port || signal.aborted) return;
      try {
        port.postMessage(message);
      } catch {
        port = null;
      }
    },
  };
}
