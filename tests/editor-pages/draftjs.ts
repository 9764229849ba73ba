// Draft.js (React). Model: editorState.getCurrentContent().getPlainText().
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { exposeTestApi } from './page-kit';

let current = EditorState.createEmpty();
let setReadOnlyState: (v: boolean) => void = () => {};

function ReplyEditor() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const [readOnly, setReadOnly] = useState(false);
  current = state;
  setReadOnlyState = setReadOnly;
  return createElement(Editor, { editorState: state, onChange: setState, readOnly, placeholder: 'Reply…' });
}

createRoot(document.getElementById('root')!).render(createElement(ReplyEditor));
const waitForEditor = () => {
  const el = document.querySelector<HTMLElement>('.public-DraftEditor-content');
  if (!el) return void setTimeout(waitForEditor, 10);
  exposeTestApi({
    getModelText: () => current.getCurrentContent().getPlainText('\n'),
    setReadOnly: (v) => setReadOnlyState(v),
    getEditable: () => document.querySelector<HTMLElement>('.public-DraftEditor-content')!,
  });
};
waitForEditor();
