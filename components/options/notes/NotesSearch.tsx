import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { NotesRepository, type NoteRecord, type OwnUpDatabase } from '@/lib/db';
import { LinkifiedText } from '@/components/sidebar/notes/LinkifiedText';
import { TAG_LABELS } from '@/components/sidebar/notes/TagPicker';

const RECENT = 50;

/** Every word must appear in the customer, the text or a tag (NotesRepository.search); empty shows the latest. */
export function NotesSearch({ db }: { db: OwnUpDatabase }) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const notes = useLiveQuery(async (): Promise<NoteRecord[]> => {
    if (query.trim()) return new NotesRepository(db).search(query);
    const all = await db.notes.toArray();
    return all.filter((n) => n.deletedAt === undefined).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, RECENT);
  }, [db, query]);

  return (
    <section aria-labelledby="ownup-notes-search-heading">
      <h3 id="ownup-notes-search-heading">Notes</h3>
      <div className="ownup-options__field">
        <label htmlFor={searchId}>Search by customer, text or tag</label>
        <input id={searchId} type="search" data-testid="notes-search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {notes === undefined && <p role="status">Loading notes…</p>}
      {notes?.length === 0 && <p className="ownup-options__hint">{query.trim() ? 'No note matches.' : 'No notes yet.'}</p>}
      {notes && notes.length > 0 && (
        <ul className="ownup-notes__list" aria-label={query.trim() ? 'Matching notes' : 'Latest notes'}>
          {notes.map((note) => (
            <li key={note.id} className="ownup-notes__item" data-testid="search-result" data-note-id={note.id}>
              <p className="ownup-notes__who">
                {note.customerName ?? note.customerEmail ?? note.customerKey}
                {note.customerName && note.customerEmail ? ` <${note.customerEmail}>` : ''} · {note.site}
                {note.pinned ? ' · pinned' : ''}
              </p>
              <p className="ownup-notes__text">
                <LinkifiedText text={note.text} />
              </p>
              {note.tags.length > 0 && <p className="ownup-options__hint">Tags: {note.tags.map((t) => TAG_LABELS[t]).join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
