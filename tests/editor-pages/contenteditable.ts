// A Gmail-like plain contenteditable (Closure editor: no model; Gmail sends the editable's
// content). The "model" is therefore the DOM, read with the browser's own innerText.
import { exposeTestApi } from './page-kit';

const el = document.getElementById('editor')!;
exposeTestApi({
  getModelText: () => el.innerText.replace(/\n$/, '').replace(/\u00A0/g, ' '),
  setReadOnly: (v) => el.setAttribute('contenteditable', v ? 'false' : 'true'),
  getEditable: () => el,
});
