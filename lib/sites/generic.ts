// The generic adapter: any page a rep enables from the toolbar, and the fallback when a known
// site's layout is not recognized. It reads no thread; it finds the draft the rep is writing.
import { buildContext, safely } from './context';
import {
  deepActiveElement, deepQueryAll, editableRoot, findSendControl, isSendClick, isSendShortcut,
  isVisible, isWritingArea, type SendClickRule,
} from './dom';
import type { PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** Anything a rep can type a reply into; roots are resolved with editableRoot. */
  editable: 'textarea, [contenteditable]:not([contenteditable="false"])',
} as const;

const SEND_RULE: SendClickRule = {
  // No site send selector: a "Send"/"Submit" button sharing the editor's form or smallest common ancestor (SITES.md §10).
  sendSelectors: [],
  composeRoots: ['form'],
  editorSelector: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
};

/** Visible writing areas (textareas and contenteditable roots), shadow roots included. */
export function writingAreas(doc: Document): HTMLElement[] {
  const roots = new Set<HTMLElement>();
  for (const el of deepQueryAll(doc, SELECTORS.editable)) {
    const root = editableRoot(el);
    if (root && isWritingArea(root) && isVisible(root)) roots.add(root);
  }
  return [...roots];
}

/** The focused writing area, else the only visible one; several and none focused: ambiguous, null. */
export function findGenericEditor(doc: Document): HTMLElement | null {
  const focused = editableRoot(deepActiveElement(doc));
  if (focused && isWritingArea(focused)) return focused;
  const areas = writingAreas(doc);
  return areas.length === 1 ? (areas[0] ?? null) : null;
}

export function isGenericSendAction(event: Event, editor: HTMLElement): boolean {
  return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
}

function readContext(doc: Document): PageContext {
  const editor = safely(() => findGenericEditor(doc)) ?? null;
  return buildContext(
    'generic',
    { editor: editor !== null, sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null },
    false,
  );
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'This page',
  matches: [],
  examples: {
    match: ['https://helpdesk.example.org/tickets/4711', 'http://localhost:8080/support/inbox'],
    noMatch: ['chrome://extensions/', 'file:///home/rep/draft.html', 'about:blank'],
  },
  detect(url) {
    return url.protocol === 'https:' || url.protocol === 'http:';
  },
  findEditor: findGenericEditor,
  readContext,
  isSendAction: isGenericSendAction,
};
