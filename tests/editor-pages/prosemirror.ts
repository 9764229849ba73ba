// ProseMirror (Intercom's composer) with history and the base keymap. Model: view.state.doc.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { exposeTestApi } from './page-kit';

let editable = true;
const view = new EditorView(document.getElementById('editor')!, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  }),
  editable: () => editable,
});
view.dom.classList.add('embercom-prosemirror-composer-editor');

exposeTestApi({
  getModelText: () => {
    const doc = view.state.doc;
    return doc.textBetween(0, doc.content.size, '\n', '\n');
  },
  setReadOnly: (v) => {
    editable = !v;
    view.setProps({});
  },
  getEditable: () => view.dom as HTMLElement,
});
