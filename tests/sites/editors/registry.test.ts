// @vitest-environment jsdom
// Keeps the registry, the real-editor pages, the matrix and the docs in step (STYLE.md:
// refined-github's structure test), and checks the calls the content script makes on the
// elements no strategy may write to.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEditorKind, EDITOR_STRATEGIES, editableRootOf, insertText, readDraft, REASON_UNKNOWN_EDITOR } from '../../../lib/sites/editors';
import type { EditorKind } from '../../../lib/sites/editors/types';

const root = join(__dirname, '..', '..', '..');
const ALL_KINDS: EditorKind[] = [
  'textarea', 'contenteditable', 'ckeditor5', 'prosemirror', 'roosterjs', 'froala', 'slate', 'quill', 'lexical', 'draftjs', 'tinymce',
];

describe('the editor registry', () => {
  it('has exactly one strategy per editor kind, plain contenteditable last', () => {
    expect(EDITOR_STRATEGIES.map((s) => s.kind).sort()).toEqual([...ALL_KINDS].sort());
    expect(EDITOR_STRATEGIES.at(-1)!.kind).toBe('contenteditable');
  });

  it.each(ALL_KINDS)('%s has its strategy file, a real-library test page, a matrix row and a README row', (kind) => {
    expect(existsSync(join(root, 'lib/sites/editors', `${kind}.ts`))).toBe(true);
    expect(existsSync(join(root, 'tests/editor-pages', `${kind}.html`))).toBe(true);
    expect(existsSync(join(root, 'tests/editor-pages', `${kind}.ts`))).toBe(true);
    expect(readFileSync(join(root, 'tests/e2e/editors.test.ts'), 'utf8')).toContain(`kind: '${kind}'`);
    expect(readFileSync(join(root, 'lib/sites/editors/README.md'), 'utf8')).toMatch(new RegExp(`^\\| ${kind}\\b`, 'm'));
  });
});

describe('elements no strategy writes to', () => {
  it('reports an unknown editor for a plain div, so the caller uses the clipboard', async () => {
    document.body.innerHTML = '<div id="x">text</div>';
    const el = document.getElementById('x')!;
    expect(detectEditorKind(el)).toBeNull();
    expect(readDraft(el)).toBeNull();
    expect(await insertText(el, { replaceAll: true, text: 'hi' })).toEqual({ ok: false, kind: 'unknown', reason: REASON_UNKNOWN_EDITOR });
    expect(el.textContent).toBe('text');
  });

  it('writes nothing into an editor that left the page mid-apply', async () => {
    document.body.innerHTML = '<div id="x" contenteditable="true"><p>draft</p></div>';
    const el = document.getElementById('x')!;
    el.remove();
    const result = await insertText(el, { replaceAll: true, text: 'hi' });
    expect(result).toMatchObject({ ok: false, kind: 'contenteditable' });
    expect(result.ok === false && result.reason).toMatch(/no longer on the page/);
    expect(el.textContent).toBe('draft');
  });

  it('finds the editing host from a node inside it, and refuses a malformed request', async () => {
    document.body.innerHTML = '<div id="x" contenteditable="true"><p><b id="in">draft</b></p></div>';
    expect(editableRootOf(document.getElementById('in'))).toBe(document.getElementById('x'));
    const result = await insertText(document.getElementById('x')!, { replace: { start: -1, end: 2, expected: '' }, text: 'x' });
    expect(result.ok).toBe(false);
  });
});
