import { useSidebar } from '../store';

/** "Note deleted — Undo", or why a write was refused (full disk, too large, gone). */
export function NotesNoticeBar() {
  const notice = useSidebar((s) => s.notesNotice);
  const undoDeleteNote = useSidebar((s) => s.undoDeleteNote);
  const dismiss = useSidebar((s) => s.dismissNotesNotice);
  if (!notice) return null;
  if (notice.kind === 'deleted') {
    return (
      <div className="sidebar-message notes-toast" role="status" data-testid="note-deleted">
        <p>Note deleted.</p>
        <button type="button" className="ui-button" data-testid="undo-delete" onClick={() => void undoDeleteNote(notice.noteId)}>
          Undo
        </button>
      </div>
    );
  }
  return (
    <div className={`sidebar-message${notice.kind === 'error' ? ' sidebar-message--error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notes-error">
      <p>{notice.message}</p>
      <button type="button" className="ui-button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
