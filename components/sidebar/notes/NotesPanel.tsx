import { useSidebar } from '../store';
import { FollowupsSection } from './FollowupsSection';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';
import { NotesNoticeBar } from './NotesNotice';
import { useContextNotes, useNoteTarget } from './use-notes';
import './notes.css';

/**
 * The Notes tab: what the rep wrote about this customer (on any site, by email) and this ticket,
 * pinned first then newest first, and the customer's open follow-ups.
 */
export function NotesPanel() {
  const unavailable = useSidebar((s) => s.notesUnavailable);
  const addNote = useSidebar((s) => s.addNote);
  const target = useNoteTarget();
  const notes = useContextNotes();

  if (unavailable) {
    return (
      <p className="sidebar-message sidebar-message--error" role="alert">
        {unavailable}
      </p>
    );
  }
  if (!target) {
    return <p className="sidebar-muted">Notes appear once OwnUp knows which customer or ticket this page is about.</p>;
  }

  return (
    <div className="notes-panel" data-testid="notes-panel">
      <NotesNoticeBar />
      <section className="notes-section" aria-labelledby="ownup-notes-heading">
        <h2 id="ownup-notes-heading" className="notes-heading">
          Notes about {target.customerName ?? target.customerEmail ?? 'this ticket'}
        </h2>
        <NoteEditor saveLabel="Add note" onSave={addNote} />
        {notes === undefined && <p className="sidebar-muted">Loading notes…</p>}
        {notes?.length === 0 && <p className="sidebar-muted">No notes yet. Anything worth remembering next time they write?</p>}
        {notes && notes.length > 0 && (
          <ul className="notes-list" aria-label="Notes">
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} onThisTicket={target.ticketKey !== undefined && note.ticketKey === target.ticketKey} />
            ))}
          </ul>
        )}
      </section>
      <FollowupsSection />
    </div>
  );
}
