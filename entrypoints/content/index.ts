import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import * as z from 'zod/mini';
import type { ContentToBackground } from '../../lib/messaging/protocol';
import { configureMainWorldInjection, detectEditorKind, editableRootOf, insertText, readDraft } from '../../lib/sites/editors';
import { manifestMatches } from '../../lib/sites/registry';
import { startPageController } from './page-controller';

// OwnUp's content script: thin by design (DESIGN.md) — site adapter, editor insertion, the
// sidebar frame. No React, no analyzer, no database. Sites a rep enables from the toolbar get
// the same file registered at run time (entrypoints/background/site-access.ts).
export default defineContentScript({
  matches: manifestMatches(),
  runAt: 'document_idle',
  main(ctx) {
    // zod would otherwise probe `Function('')`, which strict page CSPs refuse (TOOLCHAIN.md).
    z.config({ jitless: true });
    // The top frame owns the sidebar; same-origin editor frames (TinyMCE) are reached from it.
    if (window.top !== window) return;
    configureMainWorldInjection(async () => {
      const request: ContentToBackground = { type: 'inject-main-world' };
      await browser.runtime.sendMessage(request);
    });
    startPageController(ctx, {
      detectEditorKind,
      editableRootOf,
      readDraft: (el) => readDraft(el) ?? '',
      insertText,
    });
  },
});
