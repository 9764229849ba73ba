// The Zendesk sample page's composer: the real CKEditor 5 from npm (Zendesk's editor, SITES.md §4),
// bundled by tests/sample-pages/build.ts. The editable carries Zendesk's data-test-id so the real
// adapter finds it. `window.ownupSample` lets tests read the editor's MODEL, not the DOM.
import { DecoupledEditor, Essentials, Paragraph, Bold, Italic, List, Link, type ModelElement } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

declare global {
  interface Window {
    ownupSample?: { getModelText(): string; editorReadyAt?: number; openComposer(): Promise<void> };
  }
}

let editor: DecoupledEditor | null = null;

async function openComposer(): Promise<void> {
  if (editor) return;
  const editable = document.createElement('div');
  editable.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor');
  document.getElementById('composer-slot')!.appendChild(editable);
  editor = await DecoupledEditor.create(editable, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List, Link],
    toolbar: ['bold', 'italic', 'bulletedList', 'link', '|', 'undo', 'redo'],
    placeholder: 'Write your reply…',
  });
  document.getElementById('ck-toolbar')!.appendChild(editor.ui.view.toolbar.element!);
  window.ownupSample!.editorReadyAt = Date.now();
}

window.ownupSample = {
  // Paragraphs of the model joined by "\n": what Zendesk would send, whatever the DOM shows.
  getModelText: () =>
    editor
      ? Array.from(editor.model.document.getRoot()!.getChildren())
          .map((block) =>
            Array.from((block as ModelElement).getChildren())
              .map((child) => (child.is('$text') ? child.data : child.is('element', 'softBreak') ? '\n' : ''))
              .join(''),
          )
          .join('\n')
      : '',
  openComposer,
};

const params = new URLSearchParams(location.search);
if (params.get('composer') === 'click') {
  document.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!.addEventListener('click', () => void openComposer());
} else {
  void openComposer();
}
