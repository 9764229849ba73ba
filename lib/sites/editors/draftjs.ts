// Draft.js. Any DOM change not made through its handlers is discarded on the next render
// (ChromeAutoTextExpander PR #43); its onPaste handler inserts a fragment as one undo step (BRI).
import { richEditorStrategy } from './rich-editor-strategy';

export const draftjsStrategy = richEditorStrategy({
  kind: 'draftjs',
  detect: (el) => el.classList.contains('public-DraftEditor-content') || el.querySelector(':scope > [data-contents]') !== null,
  methods: ['paste', 'paste-plain'],
  modelKind: 'draftjs',
  undo: 'key',
});
