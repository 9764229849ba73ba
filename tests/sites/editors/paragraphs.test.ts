import { describe, expect, it } from 'vitest';
import { textForEditor } from '../../../lib/sites/editors';

const reply = 'Hi Marco,\n\nI have a car for you at the airport.\n\nWarm regards,\nSam';

describe('the paragraph convention of the editor a reply goes into', () => {
  it('turns blank-line paragraphs into single paragraph breaks for editors that space paragraphs themselves', () => {
    for (const kind of ['ckeditor5', 'prosemirror', 'froala', 'slate', 'quill', 'lexical', 'draftjs', 'tinymce'] as const) {
      expect(textForEditor(kind, reply)).toBe('Hi Marco,\nI have a car for you at the airport.\nWarm regards,\nSam');
    }
  });

  it('keeps the blank lines where a line is a line: plain fields, Gmail, Outlook', () => {
    for (const kind of ['textarea', 'contenteditable', 'roosterjs'] as const) {
      expect(textForEditor(kind, reply)).toBe(reply);
    }
  });
});
