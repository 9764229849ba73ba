// TinyMCE 8 (iframe mode), GPL key, bundled: theme, model, icons and skins imported so nothing loads
// from a CDN. Model: editor.getContent().
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
// Skins as JS modules (TinyMCE's bundling guide): without its skin TinyMCE keeps the editor hidden.
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { exposeTestApi, htmlToText } from './page-kit';

const [editor] = await tinymce.init({
  selector: '#editor',
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
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
