// Quill 2. Its clipboard module handles a paste event (BRI); the Quill 1 `__quill` API path is
// not needed for Quill 2. The model is checked in the main world where the page has Quill as a global. Quill's history merges changes closer than its `delay` (1 s) into one
// undo step, so a paste right after typing may undo together with that typing.
import { richEditorStrategy } from './rich-editor-strategy';

export const quillStrategy = richEditorStrategy({
  kind: 'quill',
  detect: (el) => el.classList.contains('ql-editor'),
  methods: ['paste'],
  modelKind: 'quill',
  undo: 'key',
});
