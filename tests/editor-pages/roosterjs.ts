// roosterjs 9 (Outlook on the web's editor). Model: the editor's content model.
import { createEditor } from 'roosterjs';
import type { ContentModelBlock, ContentModelBlockGroup } from 'roosterjs';
import { exposeTestApi } from './page-kit';

const div = document.getElementById('editor') as HTMLDivElement;
const editor = createEditor(div);

function blockLines(group: ContentModelBlockGroup): string[] {
  return group.blocks.flatMap((block: ContentModelBlock): string[] => {
    if (block.blockType === 'Paragraph') {
      let line = '';
      block.segments.forEach((s, i) => {
        if (s.segmentType === 'Text') line += s.text;
        else if (s.segmentType === 'Br' && i < block.segments.length - 1) line += '\n';
      });
      return [line];
    }
    if (block.blockType === 'BlockGroup') return blockLines(block);
    return [];
  });
}

exposeTestApi({
  getModelText: () => blockLines(editor.getContentModelCopy('disconnected')).join('\n').replace(/\u00A0/g, ' '),
  setReadOnly: (v) => div.setAttribute('contenteditable', v ? 'false' : 'true'),
  getEditable: () => div,
});
