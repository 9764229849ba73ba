// CKEditor 5 (Zendesk's composer) from npm, GPL key. Model text read from editor.model.
import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import type { ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeTestApi } from './page-kit';

const editor = await ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic', 'undo', 'redo'],
});
const editable = editor.ui.getEditableElement()!;
editable.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor');

function paragraphText(block: ModelElement): string {
  let out = '';
  for (const child of block.getChildren()) {
    if (child.is('$text')) out += child.data;
    else if (child.is('element', 'softBreak')) out += '\n';
  }
  return out;
}

exposeTestApi({
  getModelText: () =>
    Array.from(editor.model.document.getRoot()!.getChildren())
      .map((b) => paragraphText(b as ModelElement))
      .join('\n'),
  setReadOnly: (v) => (v ? editor.enableReadOnlyMode('test') : editor.disableReadOnlyMode('test')),
  getEditable: () => editable,
});
