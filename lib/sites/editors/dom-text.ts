// The plain-text view of a rich editor's DOM, and the way back from plain-text offsets to DOM
// positions. This is the coordinate system of InsertRequest (types.ts): paragraphs separated by
// one "\n", an empty paragraph is an empty line, a <br> inside a paragraph is "\n".
//
// Why not `innerText`: it depends on layout (slow on a 100 KB draft, wrong for hidden nodes) and
// cannot be mapped back to DOM positions. Editors also render bookkeeping the rep never typed:
// CKEditor 5's inline filler (7 × U+200B) and `<br data-cke-filler>`, ProseMirror's
// `br.ProseMirror-trailingBreak`, Slate's U+FEFF zero-width leaves and `contenteditable=false`
// placeholders, Quill's U+FEFF cursor blot, TinyMCE's `data-mce-bogus` — all measured in the
// real libraries (tests/editor-pages). They are skipped here so offsets match the editor's model.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Characters editors insert for caret bookkeeping; never part of the rep's text. */
const INVISIBLE = /[\u200B\uFEFF]/;

interface TextSegment {
  /** Offset in the plain text where this run starts. */
  start: number;
  length: number;
  node: Text;
  /** Offset inside `node` of the run's first character (runs split around invisible characters). */
  nodeOffset: number;
}

interface Anchor {
  offset: number;
  node: Node;
  nodeOffset: number;
}

export interface DomTextMap {
  text: string;
  segments: TextSegment[];
  /** Positions that carry no text: the start of each block, either side of each <br>. */
  anchors: Anchor[];
}

/**
 * Node-type test instead of `instanceof Element`: an editor iframe's nodes (TinyMCE) belong to
 * another realm, where the top frame's `Element` is a different constructor.
 */
export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('contenteditable') === 'false') return true;
  if (el.hasAttribute('data-ownup')) return true;
  // TinyMCE marks its own helper nodes; "all" means the node and its content are not content.
  if (el.getAttribute('data-mce-bogus') === 'all') return true;
  return false;
}

/** A <br> that only keeps an empty or trailing line open: the last rendered thing in its block. */
function isFillerBreak(br: Element, root: Element): boolean {
  if (br.hasAttribute('data-cke-filler') || br.classList.contains('ProseMirror-trailingBreak')) return true;
  if (br.getAttribute('data-mce-bogus')) return true;
  let node: Node = br;
  for (;;) {
    let next = node.nextSibling;
    while (next && isEmptyInline(next)) next = next.nextSibling;
    if (next) return false;
    const parent = node.parentNode;
    if (!parent || parent === root || (isElement(parent) && BLOCK_TAGS.has(parent.tagName))) return true;
    node = parent;
  }
}

function isEmptyInline(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return !(node.nodeValue ?? '').replace(/[\u200B\uFEFF]/g, '');
  if (node.nodeType === Node.COMMENT_NODE) return true;
  return isElement(node) && isSkipped(node);
}

/** Builds the plain text of an editable root with a map back to the DOM. Linear in the DOM size. */
export function mapDomText(root: Element): DomTextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const anchors: Anchor[] = [];
  let length = 0;
  let lineHasContent = false;
  let pendingBreak = false;

  const emit = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const flushBreak = (): void => {
    if (pendingBreak) {
      emit('\n');
      pendingBreak = false;
      lineHasContent = false;
    }
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).nodeValue ?? '';
      let runStart = -1;
      for (let i = 0; i <= value.length; i++) {
        const visible = i < value.length && !INVISIBLE.test(value[i]!);
        if (visible && runStart < 0) runStart = i;
        if (!visible && runStart >= 0) {
          flushBreak();
          const run = value.slice(runStart, i).replace(/\u00A0/g, ' ');
          segments.push({ start: length, length: run.length, node: node as Text, nodeOffset: runStart });
          emit(run);
          lineHasContent = true;
          runStart = -1;
        }
      }
      return;
    }
    if (!isElement(node)) return;
    if (node !== root && isSkipped(node)) return;
    if (node.tagName === 'BR') {
      if (isFillerBreak(node, root)) return;
      flushBreak();
      const parent = node.parentNode!;
      const index = Array.prototype.indexOf.call(parent.childNodes, node);
      anchors.push({ offset: length, node: parent, nodeOffset: index });
      emit('\n');
      lineHasContent = false;
      anchors.push({ offset: length, node: parent, nodeOffset: index + 1 });
      return;
    }
    const isBlock = node !== root && BLOCK_TAGS.has(node.tagName);
    if (isBlock) {
      if (lineHasContent) pendingBreak = true;
      flushBreak();
      anchors.push({ offset: length, node, nodeOffset: 0 });
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) pendingBreak = true;
  };

  visit(root);
  return { text: parts.join(''), segments, anchors };
}

export function readDomText(root: Element): string {
  return mapDomText(root).text;
}

/**
 * The DOM position of a plain-text offset. `forward`: at a boundary between two runs, take the
 * start of the later one (a range's start); otherwise the end of the earlier one (a range's end).
 */
export function domPointAt(map: DomTextMap, offset: number, forward: boolean): { node: Node; offset: number } | null {
  const { segments, anchors } = map;
  // Binary search: the last segment starting at or before `offset`.
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const candidates: TextSegment[] = [];
  for (let i = Math.max(0, found - 1); i <= found + 1 && i < segments.length; i++) {
    const s = segments[i];
    if (s && s.start <= offset && offset <= s.start + s.length) candidates.push(s);
  }
  const pick = forward
    ? (candidates.find((s) => offset < s.start + s.length) ?? candidates[candidates.length - 1])
    : (candidates.find((s) => offset > s.start) ?? candidates[0]);
  if (pick) return { node: pick.node, offset: pick.nodeOffset + (offset - pick.start) };
  const anchorMatches = anchors.filter((a) => a.offset === offset);
  const anchor = forward ? anchorMatches[anchorMatches.length - 1] : anchorMatches[0];
  if (anchor) return { node: anchor.node, offset: anchor.nodeOffset };
  return null;
}

/** A DOM Range covering the plain-text range [start, end) of `root`. */
export function domRangeFor(root: Element, start: number, end: number, map = mapDomText(root)): Range | null {
  if (start < 0 || end < start || end > map.text.length) return null;
  const from = domPointAt(map, start, true);
  const to = start === end ? from : domPointAt(map, end, false);
  if (!from || !to) {
    // An editor with no text at all: the start of the root.
    if (map.text.length === 0) {
      const range = root.ownerDocument.createRange();
      range.setStart(root, 0);
      range.collapse(true);
      return range;
    }
    return null;
  }
  const range = root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The plain-text offset of a DOM position inside the mapped root (for the current caret). */
export function textOffsetAt(map: DomTextMap, node: Node, offset: number): number {
  const probe = node.ownerDocument!.createRange();
  probe.setStart(node, offset);
  let best = 0;
  for (const s of map.segments) {
    if (s.node === node && offset >= s.nodeOffset && offset <= s.nodeOffset + s.length) return s.start + offset - s.nodeOffset;
    // comparePoint ≤ 0: the segment's end is at or before the position.
    if (probe.comparePoint(s.node, s.nodeOffset + s.length) <= 0) best = Math.max(best, s.start + s.length);
  }
  for (const a of map.anchors) {
    if (probe.comparePoint(a.node, a.nodeOffset) <= 0) best = Math.max(best, a.offset);
  }
  return best;
}

/** The current selection inside `root` in plain-text offsets, or null when it is elsewhere. */
export function selectionOffsets(root: Element, map = mapDomText(root)): { start: number; end: number } | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffsetAt(map, range.startContainer, range.startOffset);
  const end = range.collapsed ? start : textOffsetAt(map, range.endContainer, range.endOffset);
  return { start: Math.min(start, end), end: Math.max(start, end) };
}
