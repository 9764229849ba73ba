import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as z from 'zod/mini';
import { BackgroundToContent, type ContentToBackground, PageContextSchema, SidebarToContent } from '../lib/messaging/protocol';
import { configureMainWorldInjection, detectEditorKind, editableRootOf, insertText, readDraft } from '../lib/sites/editors';
import { SESSION_GLOBAL, type SessionDeps } from './content/session-deps';

// The content script's second half (see content/session-deps.ts): editor strategies and the
// message schemas, injected by the background into the isolated world of a frame whose editor
// OwnUp is about to work with. Each injection replaces what an earlier one installed: after an
// extension update the isolated world (and a stale copy bound to the old extension context) may
// still be there.
export default defineUnlistedScript(() => {
  // zod would otherwise probe `Function('')`, which strict page CSPs refuse (TOOLCHAIN.md).
  z.config({ jitless: true });
  configureMainWorldInjection(async () => {
    const request: ContentToBackground = { type: 'inject-main-world' };
    await browser.runtime.sendMessage(request);
  });
  const deps: SessionDeps = {
    detectEditorKind,
    editableRootOf: (el) => editableRootOf(el),
    readDraft: (el) => readDraft(el) ?? '',
    insertText,
    parseIncoming(raw) {
      const fromSidebar = SidebarToContent.safeParse(raw);
      if (fromSidebar.success) return fromSidebar.data;
      const fromBackground = BackgroundToContent.safeParse(raw);
      return fromBackground.success ? fromBackground.data : null;
    },
    parseBackground(raw) {
      const parsed = BackgroundToContent.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    checkContext(message) {
      const parsed = PageContextSchema.safeParse(message.context);
      if (parsed.success) return message;
      // An adapter read something over the limits: send what the sidebar accepts, say what is missing.
      return { ...message, context: { site: message.context.site.slice(0, 40), unreadable: message.context.unreadable } };
    },
  };
  Object.defineProperty(globalThis, SESSION_GLOBAL, { value: Object.freeze(deps), configurable: true, writable: false });
});
