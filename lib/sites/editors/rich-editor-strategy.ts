// One engine for every contenteditable-based editor; each kind's file only says how to detect
// it and which input methods its library honours, in order (measured: SITES.md §1 and the
// matrix in tests/e2e/editors.test.ts). Each method is tried, then verified: the draft must read
// exactly what the request asks for, in the DOM the editor renders from its model and, where
// the model is reachable through the main-world script, in the model itself. A method that
// changes nothing lets the next one try; one that changes the draft wrongly is undone, and the
// next one tries only if that undo restored the draft exactly.
import { rememberedCaret } from './caret-memory';
import { domRangeFor, mapDomText, readDomText, selectionOffsets } from './dom-text';
import { planInsertion, sameDraft } from './insertion-plan';
import { readModelThroughMainWorld } from './main-world-client';
import type { ModelKind } from './main-world-protocol';
import { dispatchPaste, dispatchReplacementInput, dispatchUndoKey } from './synthetic-input';
import { pollUntil, sleep } from './timing';
import type { EditorKind, EditorStrategy, InsertRequest, InsertResult } from './types';

export type InsertMethod =
  /** paste event with text/plain and text/html: the editor's clipboard pipeline. */
  | 'paste'
  /** paste event with text/plain only (Slate's onPaste takes nothing else in Chromium). */
  | 'paste-plain'
  /** beforeinput insertReplacementText (how spell-checkers replace a word). */
  | 'replacement-input'
  /** document.execCommand('insertText'): the browser edits the DOM and its native undo stack. */
  | 'exec-command';

export interface RichEditorSpec {
  kind: EditorKind;
  detect(el: HTMLElement): boolean;
  methods: InsertMethod[];
  /** How long the editor needs to adopt a DOM selection (Slate throttles selectionchange to 100 ms). */
  selectionSettleMs?: number;
  /** Where the model is reachable through the main-world script, its reader. */
  modelKind?: ModelKind;
  /** How to take back a wrong change: the editor's own undo key, or the browser's undo. */
  undo: 'key' | 'exec-command';
}

export const REASON_GONE = 'The editor is no longer on the page; nothing was written.';
export const REASON_READ_ONLY = 'The editor is read-only right now; nothing was written.';

function failure(kind: EditorKind, reason: string): InsertResult {
  return { ok: false, kind, reason };
}

/** Focuses the editor and selects [start, end); retried because editors re-render selections. */
export async function placeSelection(el: HTMLElement, start: number, end: number, settleMs: number): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    el.focus({ preventScroll: true });
    const range = domRangeFor(el, start, end);
    const selection = el.ownerDocument.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    await sleep(settleMs);
    const now = selectionOffsets(el);
    if (now && now.start === start && now.end === end) return true;
  }
  return false;
}

function runMethod(method: InsertMethod, el: HTMLElement, text: string): void {
  switch (method) {
    case 'paste':
      return dispatchPaste(el, text, true);
    case 'paste-plain':
      return dispatchPaste(el, text, false);
    case 'replacement-input':
      return dispatchReplacementInput(el, text);
    case 'exec-command':
      el.ownerDocument.execCommand('insertText', false, text);
      return;
  }
}

async function revert(spec: RichEditorSpec, el: HTMLElement, before: string): Promise<boolean> {
  el.focus({ preventScroll: true });
  if (spec.undo === 'exec-command') el.ownerDocument.execCommand('undo');
  else dispatchUndoKey(el);
  const now = await pollUntil(() => readDomText(el), (t) => sameDraft(t, before), 500);
  return sameDraft(now, before);
}

export async function insertIntoRichEditor(spec: RichEditorSpec, el: HTMLElement, request: InsertRequest): Promise<InsertResult> {
  const { kind } = spec;
  if (!el.isConnected) return failure(kind, REASON_GONE);
  if (!el.isContentEditable) return failure(kind, REASON_READ_ONLY);
  const map = mapDomText(el);
  const plan = planInsertion(map.text, request, selectionOffsets(el, map) ?? rememberedCaret(el, map));
  if (!plan.ok) return failure(kind, plan.reason);
  if (plan.after === plan.before) return { ok: true, kind };

  let undoneOnce = false;
  for (const method of spec.methods) {
    if (!el.isConnected) return failure(kind, REASON_GONE);
    if (!(await placeSelection(el, plan.start, plan.end, spec.selectionSettleMs ?? 30))) {
      return failure(kind, 'OwnUp could not select that text in the editor; nothing was written.');
    }
    runMethod(method, el, request.text);
    let now = await pollUntil(() => readDomText(el), (t) => t !== plan.before, 600);
    if (now === plan.before) continue; // this method was ignored: nothing written, try the next
    // Editors may render in more than one step (React commits, Lexical's microtask updates).
    now = await pollUntil(() => readDomText(el), (t) => sameDraft(t, plan.after), 300);
    let landed = sameDraft(now, plan.after);
    if (landed && spec.modelKind) {
      const model = await readModelThroughMainWorld(el, spec.modelKind);
      if (model !== null && !sameDraft(model, plan.after)) landed = false;
    }
    if (landed) return { ok: true, kind };
    if (!(await revert(spec, el, plan.before))) {
      return failure(kind, 'The editor changed the draft in an unexpected way; press Ctrl+Z in the editor to restore it.');
    }
    // Undone exactly: the next method may still do it right (an HTML paste collapses a
    // boundary space, "P.S. " → "P.S."; the plain-text paste keeps it — measured).
    undoneOnce = true;
  }
  return failure(
    kind,
    undoneOnce
      ? 'The editor did not take the text as expected, so OwnUp undid its change.'
      : 'The editor did not accept the text; nothing was written.',
  );
}

export function richEditorStrategy(spec: RichEditorSpec): EditorStrategy {
  return {
    kind: spec.kind,
    detect: spec.detect,
    readText: (el) => readDomText(el),
    insert: (el, request) => insertIntoRichEditor(spec, el, request),
  };
}
