// @vitest-environment jsdom
// The plain-text coordinates of editor DOMs as the real libraries render them (shapes copied
// from the real pages in tests/editor-pages, checked end to end in tests/e2e/editors.test.ts).
import { describe, expect, it } from 'vitest';
import { domRangeFor, readDomText, selectionOffsets } from '../../../lib/sites/editors/dom-text';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('readDomText', () => {
  it('joins paragraphs with one newline and keeps empty paragraphs as empty lines', () => {
    expect(readDomText(editable('<p>One</p><p><br></p><p>Three</p>'))).toBe('One\n\nThree');
  });

  it('skips CKEditor fillers and its inline filler characters', () => {
    expect(readDomText(editable('<p>A\u200B\u200B\u200B\u200B\u200B\u200B\u200Bb</p><p><br data-cke-filler="true"></p>'))).toBe('Ab\n');
  });

  it('skips ProseMirror trailing breaks but keeps a hard break', () => {
    expect(readDomText(editable('<p>a<br>b<br class="ProseMirror-trailingBreak"></p>'))).toBe('a\nb');
  });

  it('skips Slate zero-width leaves and non-editable placeholders', () => {
    const html =
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
      '<span contenteditable="false" data-slate-placeholder="true">Reply…</span>' +
      '<span data-slate-zero-width="n">\uFEFF<br></span></span></span></div>';
    expect(readDomText(editable(html))).toBe('');
  });

  it('reads Draft.js blocks nested two divs deep', () => {
    const block = (t: string) => `<div data-block="true"><div data-offset-key="x"><span data-offset-key="y"><span data-text="true">${t}</span></span></div></div>`;
    expect(readDomText(editable(`<div data-contents="true">${block('one')}${block('two')}</div>`))).toBe('one\ntwo');
  });

  it('reads U+00A0 as a space', () => {
    expect(readDomText(editable('<div>a\u00A0 b</div>'))).toBe('a  b');
  });
});

describe('domRangeFor', () => {
  it('selects a span in the middle paragraph', () => {
    const root = editable('<p>Hi Dana.</p><p>We <b>cannot</b> help.</p><p>Sam</p>');
    const text = readDomText(root);
    const start = text.indexOf('cannot help');
    const range = domRangeFor(root, start, start + 'cannot help'.length)!;
    expect(range.toString()).toBe('cannot help');
  });

  it('places a caret at the start of an empty paragraph', () => {
    const root = editable('<p>a</p><p><br></p>');
    const range = domRangeFor(root, 2, 2)!;
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(root.querySelectorAll('p')[1]);
  });

  it('refuses offsets beyond the text', () => {
    expect(domRangeFor(editable('<p>ab</p>'), 1, 5)).toBeNull();
  });

  it('round-trips through the selection', () => {
    const root = editable('<p>first line</p><p>second line</p>');
    const range = domRangeFor(root, 6, 17)!;
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionOffsets(root)).toEqual({ start: 6, end: 17 });
  });
});
