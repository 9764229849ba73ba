import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatches } from '../../lib/sites/registry';
import { startPageController } from './page-controller';
import { loadSessionDeps } from './session-loader';

// OwnUp's content script: thin by design (DESIGN.md) — site adapters, the editor watcher, the
// sidebar frame. No React, no analyzer, no database, and no zod or editor strategies either:
// those are the second half (entrypoints/ownup-session.ts), injected only once an editor appears
// (content/session-deps.ts says why). Sites a rep enables from the toolbar get the same file
// registered at run time (entrypoints/background/site-access.ts).
export default defineContentScript({
  matches: manifestMatches(),
  runAt: 'document_idle',
  main(ctx) {
    // The top frame owns the sidebar; same-origin editor frames (TinyMCE) are reached from it.
    if (window.top !== window) return;
    startPageController(ctx, loadSessionDeps);
  },
});
