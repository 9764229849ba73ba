// Lexical. Its rich-text plugin handles paste (PASTE_COMMAND) and the replacement beforeinput;
// it reconciles any other DOM write back to its state. Model via `__lexicalEditor` in the main world.
import { richEditorStrategy } from './rich-editor-strategy';

export const lexicalStrategy = richEditorStrategy({
  kind: 'lexical',
  detect: (el) => el.hasAttribute('data-lexical-editor'),
  methods: ['paste', 'replacement-input'],
  modelKind: 'lexical',
  undo: 'key',
});
