// TinyMCE 8 (iframe mode), GPL key, bundled: theme, model and icons imported so nothing loads
// from a CDN. Model: editor.getContent().
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import { exposeTestApi, htmlToText } from './page-kit';

const [editor] = await tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  skin: false,
  content_css: false,
  menubar: false,
  toolbar: 'undo redo bold italic',
  height: 240,
});
if (!editor) throw new Error('TinyMCE did not start');

exposeTestApi({
  getModelText: () => htmlToText(editor.getContent()),
  setReadOnly: (v) => editor.mode.set(v ? 'readonly' : 'design'),
  getEditable: () => editor.getBody(),
});
