import { browser } from 'wxt/browser';
import {
  FOLLOWUP_TEXT_MAX_CHARS,
  FollowupsRepository,
  NotesRepository,
  openOwnUpDatabase,
  effectiveDueAt,
  type NoteTag,
  type OwnUpDatabase,
} from '@/lib/db';
import { announceFollowupsChanged } from '@/lib/followups/messages';
import { SNOOZE_MS } from '@/lib/followups/due';
import { noteTargetOf } from '../notes/note-target';
import type { SidebarDeps } from './deps';
import type { SliceCreator } from './state';

// Notes and follow-ups in the sidebar (issue 6 items 2–3). The lists themselves are live
// queries in the components (dexie-react-hooks), so a second tab's edit shows without a
// reload; this slice holds the open database and every WRITE, so components never touch the
// database and every failure reaches the rep as one message (nothing is half-written: each
// repository call is one transaction).

/** What the notes slice may take from the world besides the sidebar's own deps; defaults are the real ones. */
export interface NotesDeps {
  openNotesDatabase?: () => Promise<OwnUpDatabase>;
  /** Tells the background to reschedule reminders after a follow-up changed. */
  followupsChanged?: () => void;
}

export type NotesNotice =
  | { kind: 'deleted'; noteId: string }
  | { kind: 'error'; message: string }
  | { kind: 'info'; message: string };

/** How long "Note deleted — Undo" stays up. */
export const UNDO_WINDOW_MS = 10_000;

export interface NotesSlice {
  notesDb: OwnUpDatabase | null;
  /** Why notes cannot be shown at all (the database would not open). */
  notesUnavailable: string | null;
  notesNotice: NotesNotice | null;
  /** Opens the database once; later calls do nothing. */
  openNotes(): void;
  addNote(text: string, tags: NoteTag[]): Promise<boolean>;
  editNote(id: string, changes: { text?: string; tags?: NoteTag[] }): Promise<boolean>;
  setNotePinned(id: string, pinned: boolean): Promise<void>;
  deleteNote(id: string): Promise<void>;
  undoDeleteNote(id: string): Promise<void>;
  addFollowup(input: { dueAt: number; text: string }): Promise<boolean>;
  /** Snoozes an hour past now or past its due time, whichever is later. */
  snoozeFollowup(id: string): Promise<void>;
  completeFollowup(id: string): Promise<void>;
  dismissNotesNotice(): void;
  /** The sidebar's clock (deps.now), for due times and "overdue": components never read Date themselves. */
  notesNow(): number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createNotesSlice: SliceCreator<NotesSlice> = (sidebarDeps) => (set, get) => {
  const deps = sidebarDeps as SidebarDeps & NotesDeps;
  const openDatabase = deps.openNotesDatabase ?? (() => openOwnUpDatabase());
  const followupsChanged = deps.followupsChanged ?? (() => void announceFollowupsChanged(browser));
  let opening = false;
  let undoTimer: unknown = null;

  function database(): OwnUpDatabase {
    const db = get().notesDb;
    if (!db) throw new Error('Notes are still loading — try again in a moment.');
    return db;
  }
  const notes = () => new NotesRepository(database(), { clock: () => deps.now() });
  const followups = () => new FollowupsRepository(database(), { clock: () => deps.now() });

  function target() {
    const found = noteTargetOf(get().page);
    if (!found) throw new Error("OwnUp can't tell which customer or ticket this page is about, so there is nothing to attach a note to.");
    return found;
  }

  function showNotice(notice: NotesNotice | null): void {
    if (undoTimer !== null) deps.clearTimer(undoTimer);
    undoTimer = null;
    set({ notesNotice: notice });
    if (notice?.kind === 'deleted') {
      undoTimer = deps.setTimer(() => {
        undoTimer = null;
        if (get().notesNotice === notice) set({ notesNotice: null });
      }, UNDO_WINDOW_MS);
    }
  }

  /** Runs one write; a refusal (full disk, too large, deleted elsewhere) becomes the notice. */
  async function write(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (error) {
      showNotice({ kind: 'error', message: messageOf(error) });
      return false;
    }
  }

  return {
    notesDb: null,
    notesUnavailable: null,
    notesNotice: null,

    openNotes() {
      if (opening || get().notesDb) return;
      opening = true;
      openDatabase().then(
        (db) => set({ notesDb: db, notesUnavailable: null }),
        (error: unknown) => {
          opening = false;
          set({ notesUnavailable: `Notes could not be opened: ${messageOf(error)}` });
        },
      );
    },

    async addNote(text, tags) {
      return write(async () => {
        const to = target();
        await notes().add({
          site: to.site,
          customerKey: to.customerKey,
          customerName: to.customerName,
          customerEmail: to.customerEmail,
          ticketKey: to.ticketKey,
          ticketUrl: to.ticketUrl,
          text,
          tags,
        });
        if (get().notesNotice?.kind === 'error') showNotice(null);
      });
    },

    async editNote(id, changes) {
      return write(async () => {
        await notes().update(id, changes);
        if (get().notesNotice?.kind === 'error') showNotice(null);
      });
    },

    async setNotePinned(id, pinned) {
      await write(() => notes().pin(id, pinned));
    },

    async deleteNote(id) {
      if (await write(() => notes().softDelete(id))) showNotice({ kind: 'deleted', noteId: id });
    },

    async undoDeleteNote(id) {
      if (await write(() => notes().undoDelete(id))) showNotice(null);
    },

    async addFollowup({ dueAt, text }) {
      return write(async () => {
        const to = target();
        const trimmed = text.trim();
        if (!trimmed) throw new Error('Say what you promised — the reminder shows this text.');
        if (trimmed.length > FOLLOWUP_TEXT_MAX_CHARS) throw new Error(`A follow-up is one line: at most ${FOLLOWUP_TEXT_MAX_CHARS} characters.`);
        await followups().create({ customerKey: to.customerKey, ticketKey: to.ticketKey, ticketUrl: to.ticketUrl, text: trimmed, dueAt });
        followupsChanged();
      });
    },

    async snoozeFollowup(id) {
      const snoozed = await write(async () => {
        const repo = followups();
        const row = await repo.get(id);
        if (!row) throw new Error('This follow-up is gone (deleted in another tab?).');
        await repo.snooze(id, Math.max(deps.now(), effectiveDueAt(row)) + SNOOZE_MS);
      });
      if (snoozed) followupsChanged();
    },

    async completeFollowup(id) {
      if (await write(() => followups().markDone(id))) followupsChanged();
    },

    dismissNotesNotice() {
      showNotice(null);
    },

    notesNow() {
      return deps.now();
    },
  };
};
