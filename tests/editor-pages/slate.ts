// Slate + slate-react + slate-history (Help Scout's editor family). Model: editor.children.
import { createElement, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node as SlateNode, type Descendant } from 'slate';
import { Slate, Editable, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { exposeTestApi } from './page-kit';

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
let setReadOnlyState: (v: boolean) => void = () => {};

function ReplyEditor() {
  const [readOnly, setReadOnly] = useState(false);
  setReadOnlyState = setReadOnly;
  const value = useMemo(() => initialValue, []);
  return createElement(Slate, {
    editor,
    initialValue: value,
    children: createElement(Editable, { id: 'editor', readOnly, placeholder: 'Reply…', role: 'textbox', 'aria-label': 'Reply Editor' }),
  });
}

createRoot(document.getElementById('root')!).render(createElement(ReplyEditor));
const waitForEditor = () => {
  const el = document.getElementById('editor');
  if (!el) return void setTimeout(waitForEditor, 10);
  exposeTestApi({
    getModelText: () => editor.children.map((n) => SlateNode.string(n)).join('\n'),
    setReadOnly: (v) => setReadOnlyState(v),
    getEditable: () => el,
  });
};
waitForEditor();
