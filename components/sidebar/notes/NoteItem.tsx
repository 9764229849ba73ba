import { useState } from 'react';
import type { NoteRecord } from '@/lib/db';
import { useSidebar } from '../store';
import { LinkifiedText } from './LinkifiedText';
import { NoteEditor } from './NoteEditor';
import { TAG_LABELS } from './TagPicker';

function formatWhen(at: number, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone }).format(at);
  } catch {
    return new Date(at).toDateString();
  }
}

export function NoteItem({ note, onThisTicket }: { note: NoteRecord; onThisTicket: boolean }) {
  const [editing, setEditing] = useState(false);
  const editNote = useSidebar((s) => s.editNote);
  const setNotePinned = useSidebar((s) => s.setNotePinned);
  const deleteNote = useSidebar((s) => s.deleteNote);
  const timeZone = useSidebar((s) => s.settings?.timeZone);

  return (
    <li className={`notes-item${note.pinned ? ' notes-item--pinned' : ''}`} data-testid="note" data-note-id={note.id} data-pinned={note.pinned}>
      {editing ? (
        <NoteEditor
          initialText={note.text}
          initialTags={note.tags}
          saveLabel="Save"
          onCancel={() => setEditing(false)}
          onSave={async (text, tags) => {
            const saved = await editNote(note.id, { text, tags });
            if (saved) setEditing(false);
            return saved;
          }}
        />
      ) : (
        <>
          <p className="notes-text" data-testid="note-text">
            <LinkifiedText text={note.text} />
          </p>
          {note.tags.length > 0 && (
            <ul className="notes-tag-list" aria-label="Tags">
              {note.tags.map((tag) => (
                <li key={tag} className={`notes-tag notes-tag--${tag}`} data-testid="note-tag" data-tag={tag}>
                  {TAG_LABELS[tag]}
                </li>
              ))}
            </ul>
          )}
          <p className="notes-meta">
            {note.pinned && <span>Pinned · </span>}
            {formatWhen(note.createdAt, timeZone)}
            {onThisTicket ? ' · this ticket' : note.site ? ` · ${note.site}` : ''}
          </p>
          <div className="finding-actions">
            <button type="button" className="ui-button" data-testid="pin-note" aria-pressed={note.pinned} onClick={() => void setNotePinned(note.id, !note.pinned)}>
              {note.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" className="ui-button" data-testid="edit-note" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="ui-button" data-testid="delete-note" onClick={() => void deleteNote(note.id)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
