// The rep's last caret in each editor, kept across the click in the sidebar that takes focus.
// Draft.js removes all DOM ranges on blur (its editOnBlur; measured in the matrix: an
// "insert at the caret" landed at the end of the draft), and other editors may collapse or move
// the selection when focus leaves. A live Range clone follows later DOM edits by itself.
import { mapDomText, textOffsetAt, type DomTextMap } from './dom-text';

const lastRanges = new WeakMap<Document, Range>();
const tracked = new WeakSet<Document>();

/** Starts remembering the last selection inside an editable of `doc` (idempotent, one listener). */
export function trackCaret(doc: Document): void {
  if (tracked.has(doc)) return;
  tracked.add(doc);
  doc.addEventListener('selectionchange', () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
    if (el?.isContentEditable) lastRanges.set(doc, range.cloneRange());
  });
}

/** The remembered caret inside `root` in plain-text offsets, or null. */
export function rememberedCaret(root: Element, map: DomTextMap = mapDomText(root)): { start: number; end: number } | null {
  const range = lastRanges.get(root.ownerDocument);
  if (!range || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffsetAt(map, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : textOffsetAt(map, range.endContainer, range.endOffset);
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
