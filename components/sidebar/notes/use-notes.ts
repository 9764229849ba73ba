import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { FollowupsRepository, NotesRepository, type FollowupRecord, type NoteRecord } from '@/lib/db';
import { useSidebar } from '../store';
import { noteTargetOf, type NoteTarget } from './note-target';

// Live reads for the Notes panel: dexie-react-hooks re-runs a query when any tab of this
// extension writes the rows it read, so two open tickets see each other's edits at once.

/** The open page's customer and ticket, stable while they stay the same. */
export function useNoteTarget(): NoteTarget | null {
  const page = useSidebar((s) => s.page);
  const key = page ? JSON.stringify([page.pageUrl, page.context.site, page.context.customerEmail, page.context.customerName, page.context.ticketId]) : '';
  // Recomputed when the identifying fields change, not on every `context` message (each has a new object).
  return useMemo(() => noteTargetOf(page), [key]);
}

function useNotesDatabase() {
  const db = useSidebar((s) => s.notesDb);
  const openNotes = useSidebar((s) => s.openNotes);
  useEffect(() => openNotes(), [openNotes]);
  return db;
}

/** This customer's and this ticket's notes, pinned first, newest first; undefined while loading. */
export function useContextNotes(): NoteRecord[] | undefined {
  const db = useNotesDatabase();
  const target = useNoteTarget();
  return useLiveQuery(
    () => (db && target ? new NotesRepository(db).listForContext({ customerKey: target.customerKey, ticketKey: target.ticketKey }) : []),
    [db, target?.customerKey, target?.ticketKey],
  );
}

/** This customer's open follow-ups, soonest (so overdue) first; undefined while loading. */
export function useOpenFollowups(): FollowupRecord[] | undefined {
  const db = useNotesDatabase();
  const target = useNoteTarget();
  return useLiveQuery(
    () => (db && target ? new FollowupsRepository(db).listOpenForCustomer(target.customerKey) : []),
    [db, target?.customerKey],
  );
}

/** How many notes the Notes tab's label shows ("Notes (3)"), known before the tab is opened. */
export function useNotesCount(): number {
  return useContextNotes()?.length ?? 0;
}
