// roosterjs (Outlook on the web). execCommand lands in the DOM but takes no undo snapshot, so
// one Ctrl+Z also eats earlier typing; a paste goes through roosterjs's own paste path with a
// snapshot (measured, SITES.md §1).
import { richEditorStrategy } from './rich-editor-strategy';

export const roosterjsStrategy = richEditorStrategy({
  kind: 'roosterjs',
  // roosterjs marks nothing on its div; Outlook's reply body is this aria shape (SITES.md §3).
  detect: (el) =>
    el.getAttribute('role') === 'textbox' && el.getAttribute('aria-multiline') === 'true' && el.getAttribute('aria-label') === 'Message body',
  methods: ['paste-plain'],
  undo: 'key',
});
