// The contract of an insertion strategy (SITES.md §1; STYLE.md: Briskine's second axis).
// Strategies run in the content script's isolated world; where an editor's API lives only in
// the page's main world, the strategy talks to OwnUp's small main-world script, which accepts
// nothing from the page but OwnUp's own insertion requests.

export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'roosterjs'
  | 'froala'
  | 'slate'
  | 'quill'
  | 'lexical'
  | 'draftjs'
  | 'tinymce';

export interface InsertRequest {
  /**
   * The range of the editor's plain text to replace, UTF-16 offsets into `readText()` as it was
   * when the sidebar analyzed it; `expected` is the text that must still be there (otherwise the
   * rep edited meanwhile and nothing is written). Absent: insert at the caret / replace selection.
   */
  replace?: { start: number; end: number; expected: string };
  /** Replace the whole draft. */
  replaceAll?: boolean;
  text: string;
}

export type InsertResult =
  | { ok: true; kind: EditorKind }
  /** Nothing was written to the editor; `reason` is for the rep; the caller puts `text` on the clipboard. */
  | { ok: false; kind: EditorKind | 'unknown'; reason: string };

export interface EditorStrategy {
  kind: EditorKind;
  /** Whether this strategy handles this editable root. */
  detect(el: HTMLElement): boolean;
  /** The draft as plain text, paragraphs separated by "\n" — the coordinate system of InsertRequest. */
  readText(el: HTMLElement): string;
  /** One undoable edit, verified against what the site will send; never leaves a half edit. */
  insert(el: HTMLElement, request: InsertRequest): Promise<InsertResult>;
}
