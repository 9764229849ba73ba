// ProseMirror and TipTap (Intercom, Jira). Paste goes through its clipboard parser as one
// history event; execCommand also works (its DOMObserver turns DOM changes into transactions),
// kept second for pages that swallow paste (BRI forces it on Jira). Model via `pmViewDesc`/`editor`.
import { richEditorStrategy } from './rich-editor-strategy';

export const prosemirrorStrategy = richEditorStrategy({
  kind: 'prosemirror',
  detect: (el) => el.classList.contains('ProseMirror'),
  methods: ['paste', 'paste-plain', 'exec-command'],
  modelKind: 'prosemirror',
  undo: 'key',
});
