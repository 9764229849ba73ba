// Plain contenteditable (Gmail's Closure editor, self-hosted helpdesks): no model but the DOM,
// so execCommand('insertText') is right — the browser edits and records one native undo step
// (measured: one Ctrl+Z restores exactly, SITES.md §1). Last in the registry: it matches any
// editable root the specific kinds did not claim.
import { richEditorStrategy } from './rich-editor-strategy';

export const contenteditableStrategy = richEditorStrategy({
  kind: 'contenteditable',
  detect: (el) => el.isContentEditable || el.hasAttribute('contenteditable'),
  methods: ['exec-command'],
  undo: 'exec-command',
});
