// A React-controlled textarea (the hard case: React's value tracker swallows plain `value=`
// writes, react/react#10135). The model is React's state, read through a ref set on render.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeTestApi } from './page-kit';

let modelText = '';
let setReadOnlyState: (v: boolean) => void = () => {};

function ControlledReply() {
  const [value, setValue] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  modelText = value;
  setReadOnlyState = setReadOnly;
  return createElement('textarea', {
    id: 'editor',
    rows: 8,
    cols: 80,
    value,
    readOnly,
    onChange: (e: { target: HTMLTextAreaElement }) => setValue(e.target.value),
  });
}

createRoot(document.getElementById('root')!).render(createElement(ControlledReply));
const waitForEditor = () => {
  const el = document.getElementById('editor');
  if (!el) return void setTimeout(waitForEditor, 10);
  exposeTestApi({
    getModelText: () => modelText,
    setReadOnly: (v) => setReadOnlyState(v),
    getEditable: () => el,
  });
};
waitForEditor();
