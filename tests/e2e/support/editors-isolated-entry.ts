// Bundled as an IIFE and evaluated in an ISOLATED world of the test page (CDP
// Page.createIsolatedWorld), exactly where the content script runs: page JS objects such as
// `ckeditorInstance` are invisible to it. The matrix calls these through Runtime.evaluate.
import { detectEditorKind, editableRootOf, insertText, readDraft, type InsertRequest } from '../../../lib/sites/editors';

function resolve(selector: string): HTMLElement | null {
  // "iframe" selectors name an editor frame (TinyMCE): the strategies get its body.
  const el = document.querySelector(selector);
  return el ? editableRootOf(el) ?? (el as HTMLElement) : null;
}

(globalThis as Record<string, unknown>).__ownupEditors = {
  seesPageObjects: () => typeof (globalThis as Record<string, unknown>).__ownupTest !== 'undefined',
  detect: (selector: string) => {
    const el = resolve(selector);
    return el ? detectEditorKind(el) : null;
  },
  read: (selector: string) => {
    const el = resolve(selector);
    return el ? readDraft(el) : null;
  },
  insert: async (selector: string, request: InsertRequest) => {
    const el = resolve(selector);
    if (!el) return { ok: false, kind: 'unknown', reason: 'no element' };
    return insertText(el, request);
  },
};
