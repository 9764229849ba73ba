import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import * as z from 'zod/mini';
import { BackgroundToContent, ContentToBackground } from '../../lib/messaging/protocol';
import { createTabRouter } from '../../lib/messaging/router';
import { injectMainWorldScript } from '../../lib/sites/editors/main-world-injection';
import { injectIntoOpenTabs, restoreSiteRegistrations, SESSION_SCRIPT_FILE } from './site-access';
import { startFollowupsInBackground } from '../../lib/followups/background';

// The service worker: pairs each tab's content script with its sidebar frame and relays between
// them (lib/messaging/router.ts), turns keyboard commands into messages, and re-registers the
// sites a rep enabled. Nothing runs at module top level (WXT imports entrypoints in Node at build time).
export default defineBackground(() => {
  // zod would otherwise probe `Function('')`, which a strict CSP refuses (TOOLCHAIN.md).
  z.config({ jitless: true });
  // Follow-up alarms, reminders and the due-today badge (lib/followups, issue 6).
  startFollowupsInBackground(browser);

  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  const router = createTabRouter({
    extensionId: browser.runtime.id,
    extensionOrigins: [extensionOrigin],
    sidebarPath: '/sidebar.html',
    onDrop: (reason) => console.debug('[ownup] dropped:', reason),
  });
  browser.runtime.onConnect.addListener((port) => router.accept(port));

  // One-off requests from content scripts. Only this extension's content scripts on web pages
  // are served, and only in their own tab and frame.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = ContentToBackground.safeParse(raw);
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    const fromWebPage = /^https?:/.test(sender.url ?? '');
    if (!parsed.success || sender.id !== browser.runtime.id || tabId === undefined || frameId === undefined || !fromWebPage) return;
    const work =
      parsed.data.type === 'inject-main-world'
        ? injectMainWorldScript(tabId, frameId)
        : browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SESSION_SCRIPT_FILE] });
    // Returning the promise keeps the channel open until the script is in (the caller awaits it).
    return work.then(
      () => true,
      () => false,
    );
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      if (command === 'toggle-sidebar') {
        const message: BackgroundToContent = { type: 'toggle-sidebar' };
        // A content script still idle (no editor yet) has no port: reach it by a one-off message.
        if (!router.toContent(tabId, message)) {
          await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
        }
      } else if (command === 'next-finding') {
        router.toSidebar(tabId, { type: 'step-finding', direction: 'next' });
      }
    })();
  });

  browser.runtime.onStartup.addListener(() => void restoreSiteRegistrations());
  browser.runtime.onInstalled.addListener(() => {
    void restoreSiteRegistrations().then(injectIntoOpenTabs);
  });
});
