import { useId, useState } from 'react';
import type { NoteTag } from '@/lib/db';
import { noteSizeProblem } from './note-size';
import { TagPicker } from './TagPicker';

/** The text and tags of a new or edited note; `onSave` resolves true when it was stored. */
export function NoteEditor({
  initialText = '',
  initialTags = [],
  saveLabel,
  onSave,
  onCancel,
}: {
  initialText?: string;
  initialTags?: readonly NoteTag[];
  saveLabel: string;
  onSave(text: string, tags: NoteTag[]): Promise<boolean>;
  onCancel?(): void;
}) {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState<NoteTag[]>([...initialTags]);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const problemId = useId();
  const problem = noteSizeProblem(text);

  async function save() {
    setSaving(true);
    const saved = await onSave(text.trim(), tags);
    setSaving(false);
    if (saved && !onCancel) {
      setText('');
      setTags([]);
    }
  }

  return (
    <form
      className="notes-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={inputId} className="ui-visually-hidden">
        {saveLabel === 'Save' ? 'Note text' : 'New note'}
      </label>
      <textarea
        id={inputId}
        className="notes-textarea"
        data-testid="note-input"
        rows={3}
        placeholder="What is worth remembering about this customer?"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {problem && (
        <p id={problemId} className="sidebar-message sidebar-message--error" data-testid="note-size-error">
          {problem}
        </p>
      )}
      <TagPicker value={tags} onChange={setTags} />
      <div className="finding-actions">
        <button type="submit" className="ui-button ui-button--primary" data-testid="note-save" disabled={saving || text.trim() === '' || problem !== null}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" className="ui-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
