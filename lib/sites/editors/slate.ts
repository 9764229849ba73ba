// Slate ≥ 0.50 (Help Scout). execCommand changes the DOM but not Slate's model — the rep would
// see the rewrite and the helpdesk would send the old text (measured, SITES.md §1) — so it is
// never used. In Chromium Slate's onPaste handles only a text/plain-only paste; the
// replacement beforeinput is the second way in. selectionchange is throttled (100 ms) in
// slate-react, so the selection is given time to reach the model before the paste.
import { richEditorStrategy } from './rich-editor-strategy';

export const slateStrategy = richEditorStrategy({
  kind: 'slate',
  detect: (el) => el.hasAttribute('data-slate-editor'),
  methods: ['paste-plain', 'replacement-input'],
  selectionSettleMs: 150,
  modelKind: 'slate',
  undo: 'key',
});
