// The part every strategy shares: which plain-text range a request replaces, and what the
// draft must read afterwards. Pure, so it is checked in unit tests without a browser.
import type { InsertRequest } from './types';

export type Plan =
  | { ok: true; start: number; end: number; before: string; after: string }
  | { ok: false; reason: string };

export const REASON_DRAFT_CHANGED = 'The draft changed since OwnUp read it; nothing was replaced.';

/**
 * @param before the draft now, in readText() coordinates
 * @param caret the current selection in those coordinates, if it is inside the editor
 */
export function planInsertion(before: string, request: InsertRequest, caret: { start: number; end: number } | null): Plan {
  let start: number;
  let end: number;
  if (request.replaceAll) {
    start = 0;
    end = before.length;
  } else if (request.replace) {
    ({ start, end } = request.replace);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > before.length) {
      return { ok: false, reason: REASON_DRAFT_CHANGED };
    }
    if (before.slice(start, end) !== request.replace.expected) return { ok: false, reason: REASON_DRAFT_CHANGED };
  } else if (caret) {
    ({ start, end } = caret);
  } else {
    start = end = before.length;
  }
  return { ok: true, start, end, before, after: before.slice(0, start) + request.text + before.slice(end) };
}

/** Equality as the rep reads it: editors render spaces as U+00A0. A stray trailing empty paragraph is a difference (the site would send it). */
export function sameDraft(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\u00A0/g, ' ').replace(/\r\n?/g, '\n');
  return norm(a) === norm(b);
}
