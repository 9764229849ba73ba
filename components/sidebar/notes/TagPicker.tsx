import { NOTE_TAGS, type NoteTag } from '@/lib/db';

export const TAG_LABELS: Record<NoteTag, string> = {
  context: 'Context',
  preference: 'Preference',
  personal: 'Personal',
  risk: 'Risk',
};

/** The quick tags as toggle buttons (aria-pressed), in the schema's order. */
export function TagPicker({ value, onChange }: { value: readonly NoteTag[]; onChange(tags: NoteTag[]): void }) {
  return (
    <div className="notes-tags" role="group" aria-label="Tags">
      {NOTE_TAGS.map((tag) => {
        const on = value.includes(tag);
        return (
          <button
            key={tag}
            type="button"
            className={`notes-tag notes-tag--${tag}`}
            aria-pressed={on}
            data-testid="note-tag-toggle"
            data-tag={tag}
            onClick={() => onChange(on ? value.filter((t) => t !== tag) : NOTE_TAGS.filter((t) => t === tag || value.includes(t)))}
          >
            {TAG_LABELS[tag]}
          </button>
        );
      })}
    </div>
  );
}
