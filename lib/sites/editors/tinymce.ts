// TinyMCE (iframe mode): the editable is the <body> of an about:blank iframe. editableRootOf()
// in index.ts follows a same-origin iframe from the top frame, so the content script needs no
// copy in the frame. Its paste handling inserts as one undo level. Model via `tinymce` in the
// top frame's main world.
import { richEditorStrategy } from './rich-editor-strategy';

export const tinymceStrategy = richEditorStrategy({
  kind: 'tinymce',
  detect: (el) => el.id === 'tinymce' || el.classList.contains('mce-content-body'),
  methods: ['paste'],
  modelKind: 'tinymce',
  undo: 'key',
});
