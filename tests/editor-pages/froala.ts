// Froala 5 (Freshdesk's editor), unlicensed: served on a *.test host (TOOLCHAIN.md) so it
// behaves as licensed. Model: html.get().
import FroalaEditor from 'froala-editor';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import { exposeTestApi, htmlToText } from './page-kit';

const editor = await new Promise<FroalaEditor>((resolve) => {
  const instance: FroalaEditor = new FroalaEditor('#editor', { toolbarButtons: ['bold', 'italic', 'undo', 'redo'] }, () =>
    resolve(instance),
  );
});
const editable = document.querySelector<HTMLElement>('#editor .fr-element')!;

exposeTestApi({
  getModelText: () => htmlToText(editor.html.get()),
  setReadOnly: (v) => (v ? editor.edit.off() : editor.edit.on()),
  getEditable: () => editable,
});
