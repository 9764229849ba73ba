// Quill 2 with the snow theme. Model: quill.getText() (Quill always ends with one "\n").
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeTestApi } from './page-kit';

const quill = new Quill('#editor', { theme: 'snow' });
// As on pages that load Quill with a <script> tag (its documented CDN install): a global.
(window as unknown as { Quill: typeof Quill }).Quill = Quill;
exposeTestApi({
  getModelText: () => quill.getText().replace(/\n$/, ''),
  setReadOnly: (v) => quill.enable(!v),
  getEditable: () => quill.root,
});
