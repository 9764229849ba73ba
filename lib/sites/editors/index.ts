// Editor insertion: the ordered registry of strategies, one per editor kind (SITES.md §1,
// STYLE.md "Briskine's second axis"), and the three calls the content script makes.
// Contract with the content script and the main-world script: README.md in this folder.
import * as z from 'zod/mini';
import { trackCaret } from './caret-memory';
import { ckeditor5Strategy } from './ckeditor5';
import { contenteditableStrategy } from './contenteditable';
import { draftjsStrategy } from './draftjs';
import { froalaStrategy } from './froala';
import { lexicalStrategy } from './lexical';
import { prosemirrorStrategy } from './prosemirror';
import { quillStrategy } from './quill';
import { roosterjsStrategy } from './roosterjs';
import { slateStrategy } from './slate';
import { textareaStrategy } from './textarea';
import { tinymceStrategy } from './tinymce';
import type { EditorKind, EditorStrategy, InsertRequest, InsertResult } from './types';

export type { EditorKind, EditorStrategy, InsertRequest, InsertResult } from './types';
export { configureMainWorldInjection, ensureMainWorld } from './main-world-client';

/** Specific kinds first; plain contenteditable last, as it matches any editable root. */
export const EDITOR_STRATEGIES: readonly EditorStrategy[] = [
  textareaStrategy,
  ckeditor5Strategy,
  prosemirrorStrategy,
  lexicalStrategy,
  slateStrategy,
  draftjsStrategy,
  quillStrategy,
  froalaStrategy,
  tinymceStrategy,
  roosterjsStrategy,
  contenteditableStrategy,
];

export const REASON_UNKNOWN_EDITOR = 'OwnUp does not recognize this editor, so it could not insert the text.';

/**
 * The editable root for an element the adapter found or the rep focused: a text field itself;
 * the outermost editing host around a node inside rich text; the <body> of a same-origin editor
 * iframe (TinyMCE) — reached from the top frame, so no content script is needed inside it.
 */
export function editableRootOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (el.tagName === 'IFRAME') {
    try {
      const body = (el as HTMLIFrameElement).contentDocument?.body;
      return body && (body.isContentEditable || tinymceStrategy.detect(body)) ? body : null;
    } catch {
      return null; // cross-origin editor frame: out of reach
    }
  }
  const html = el as HTMLElement;
  if (textareaStrategy.detect(html)) return html;
  let root: HTMLElement | null = null;
  for (let node: HTMLElement | null = html; node; node = node.parentElement) {
    if (node.isContentEditable || node.hasAttribute('contenteditable')) root = node;
    if (node.getAttribute('contenteditable') === 'true' && !node.parentElement?.isContentEditable) break;
  }
  if (root) return root;
  // A known editor root that is read-only right now (its contenteditable attribute removed).
  return EDITOR_STRATEGIES.some((s) => s !== contenteditableStrategy && s.detect(html)) ? html : null;
}

export function strategyFor(el: HTMLElement): EditorStrategy | null {
  return EDITOR_STRATEGIES.find((s) => s.detect(el)) ?? null;
}

/** Called when the adapter finds the editor; from then on the rep's caret is remembered. */
export function detectEditorKind(el: HTMLElement): EditorKind | null {
  const strategy = strategyFor(el);
  if (strategy) trackCaret(el.ownerDocument);
  return strategy?.kind ?? null;
}

/** The draft in InsertRequest coordinates, or null for an element no strategy handles. */
export function readDraft(el: HTMLElement): string | null {
  const strategy = strategyFor(el);
  // The content script reads the draft as the rep types: from then on, remember the caret.
  if (strategy) trackCaret(el.ownerDocument);
  return strategy?.readText(el) ?? null;
}

const InsertRequestSchema = z.object({
  replace: z.optional(z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()), expected: z.string() })),
  replaceAll: z.optional(z.boolean()),
  text: z.string().check(z.maxLength(1_000_000)),
});

/**
 * Inserts OwnUp's text as one undoable edit, verified against what the site will send. On
 * `ok: false` nothing was written (or the strategy's own change was undone) and the caller puts
 * `request.text` on the clipboard and shows `reason`.
 */
/**
 * Editors whose paragraphs are spaced by the editor's own styles (a `<p>` per paragraph). OwnUp's
 * replies separate paragraphs with a blank line, as plain-text email does; pasted as is into
 * these, every blank line became an empty paragraph and the reply looked double-spaced
 * (seen in the Zendesk sample, CKEditor 5, 2026-11-22). Plain fields, Gmail's contenteditable
 * and Outlook's roosterjs (unspaced `<div>` lines) keep the blank line.
 */
const PARAGRAPH_SPACED: ReadonlySet<EditorKind> = new Set(['ckeditor5', 'prosemirror', 'froala', 'slate', 'quill', 'lexical', 'draftjs', 'tinymce']);

/** The request's text in the paragraph convention of the editor it goes into. */
export function textForEditor(kind: EditorKind, text: string): string {
  return PARAGRAPH_SPACED.has(kind) ? text.replace(/\n{2,}/g, '\n') : text;
}

export async function insertText(el: HTMLElement, request: InsertRequest): Promise<InsertResult> {
  const parsed = InsertRequestSchema.safeParse(request);
  const strategy = strategyFor(el);
  if (!strategy) return { ok: false, kind: 'unknown', reason: REASON_UNKNOWN_EDITOR };
  trackCaret(el.ownerDocument);
  if (!parsed.success) return { ok: false, kind: strategy.kind, reason: 'The insertion request was malformed; nothing was written.' };
  try {
    return await strategy.insert(el, { ...parsed.data, text: textForEditor(strategy.kind, parsed.data.text) });
  } catch (error) {
    return { ok: false, kind: strategy.kind, reason: `Inserting failed (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}
