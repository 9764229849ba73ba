import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import * as z from 'zod/mini';
import { canRegisterScripts, disableSite, enableSite, readEnabledOrigins, siteOriginOf } from '../background/site-access';

// The toolbar popup: enables OwnUp on the current site (an optional host permission and a content
// script registered at run time) or disables it again. Sites in the manifest need nothing.
z.config({ jitless: true });

const status = document.getElementById('status')!;
const action = document.getElementById('action') as HTMLButtonElement;
const error = document.getElementById('error')!;

function isBuiltInSite(url: string): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((script) => (script.matches ?? []).some((pattern) => new MatchPattern(pattern).includes(url)));
}

function showError(message: string) {
  error.textContent = message;
  error.hidden = false;
}

async function render() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = siteOriginOf(tab?.url);
  action.hidden = true;
  if (!tab || !origin) {
    status.textContent = 'OwnUp works on web pages only.';
    return;
  }
  const host = new URL(origin).host;
  if (isBuiltInSite(tab.url!)) {
    status.textContent = `OwnUp runs on ${host} already.`;
    return;
  }
  if (!canRegisterScripts()) {
    status.textContent = 'This browser cannot enable OwnUp on extra sites.';
    return;
  }
  const enabled = (await readEnabledOrigins()).includes(origin);
  status.textContent = enabled ? `OwnUp is enabled on ${host}.` : `OwnUp is off on ${host}.`;
  action.textContent = enabled ? `Disable OwnUp on ${host}` : `Enable OwnUp on ${host}`;
  action.hidden = false;
  action.onclick = () => {
    error.hidden = true;
    // No await before enableSite: permissions.request needs this click's user gesture.
    const done = enabled ? disableSite(origin).then(() => ({ ok: true as const })) : enableSite(origin, tab.id);
    void done
      .then((result) => {
        if (!result.ok) showError(result.reason);
        return render();
      })
      .catch((cause: unknown) => showError(cause instanceof Error ? cause.message : String(cause)));
  };
}

void render().catch((cause: unknown) => showError(cause instanceof Error ? cause.message : String(cause)));
