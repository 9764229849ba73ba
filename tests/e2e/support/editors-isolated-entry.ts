// Bundled as an IIFE and evaluated in an ISOLATED world of the test page (CDP
// Page.createIsolatedWorld), exactly where the content script runs: page JS objects such as
// `ckeditorInstance` are invisible to it. The matrix calls these through Runtime.evaluate.
import { configureMainWorldInjection, detectEditorKind, editableRootOf, insertText, readDraft, type InsertRequest } from '../../../lib/sites/editors';
import { readModelThroughMainWorld } from '../../../lib/sites/editors/main-world-client';
import type { ModelKind } from '../../../lib/sites/editors/main-world-protocol';

type Hooks = { __ownupTestInjectMainWorld(payload: string): void; __ownupMainWorldInjected?: () => void };
const hooks = globalThis as unknown as Hooks;
// What the content script does at start-up: ask the background (here: the test, through a CDP
// binding) to inject the main-world script; resolves once it ran.
configureMainWorldInjection(
  () =>
    new Promise<void>((resolve) => {
      hooks.__ownupMainWorldInjected = resolve;
      hooks.__ownupTestInjectMainWorld('inject');
    }),
);

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
  /** The model text as the main-world script reports it for the focused editor. */
  modelViaMainWorld: async (selector: string, kind: ModelKind) => {
    const el = resolve(selector);
    if (!el) return null;
    el.focus();
    return readModelThroughMainWorld(el, kind);
  },
  insert: async (selector: string, request: InsertRequest) => {
    const el = resolve(selector);
    if (!el) return { ok: false, kind: 'unknown', reason: 'no element' };
    return insertText(el, request);
  },
};
