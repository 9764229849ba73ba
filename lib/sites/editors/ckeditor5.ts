// CKEditor 5 (Zendesk's composer). It reverts DOM writes and ignores execCommand (measured,
// SITES.md §1); a paste event goes through its clipboard pipeline as one undo step. The model is
// read back through the main world (`editable.ckeditorInstance`) when that script is present.
import { richEditorStrategy } from './rich-editor-strategy';

export const ckeditor5Strategy = richEditorStrategy({
  kind: 'ckeditor5',
  detect: (el) => el.classList.contains('ck-editor__editable') || (el.classList.contains('ck-content') && el.hasAttribute('contenteditable')),
  methods: ['paste', 'paste-plain'],
  modelKind: 'ckeditor5',
  undo: 'key',
});
