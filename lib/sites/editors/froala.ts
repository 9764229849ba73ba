// Froala (Freshdesk). Paste and execCommand both land as one undo step (measured, SITES.md §1);
// paste first because it goes through Froala's own cleaning. Model via the main world.
import { richEditorStrategy } from './rich-editor-strategy';

export const froalaStrategy = richEditorStrategy({
  kind: 'froala',
  detect: (el) => el.classList.contains('fr-element') && el.classList.contains('fr-view'),
  methods: ['paste', 'paste-plain', 'exec-command'],
  modelKind: 'froala',
  undo: 'key',
});
