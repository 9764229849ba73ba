// Lexical with rich text and history. Model: the editor state's root paragraphs.
import { createEditor, $getRoot } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { exposeTestApi } from './page-kit';

const el = document.getElementById('editor')!;
const editor = createEditor({ namespace: 'ownup-test', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
editor.setRootElement(el);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

exposeTestApi({
  getModelText: () =>
    editor
      .getEditorState()
      .read(() => $getRoot().getChildren().map((c) => c.getTextContent()).join('\n')),
  setReadOnly: (v) => editor.setEditable(!v),
  getEditable: () => el,
});
