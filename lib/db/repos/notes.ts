import type { OwnUpDatabase } from '../database';
import { RecordNotFoundError, guardStorage } from '../errors';
import { NoteRecord, type NoteTag } from '../schemas/note';
import { fold, searchEntries } from './notes-search';
import { type RepositoryOptions, validRow, worldOf } from './shared';

export interface NewNote {
  site: string;
  customerKey: string;
  customerName?: string;
  customerEmail?: string;
  ticketKey?: string;
  ticketUrl?: string;
  text: string;
  tags?: NoteTag[];
  pinned?: boolean;
}

/** What the rep can edit on an existing note. */
export type NoteChanges = Partial<Pick<NoteRecord, 'text' | 'tags' | 'pinned' | 'customerName' | 'customerEmail' | 'ticketUrl'>>;

/** Pinned first, then newest first — the order the sidebar shows. */
export function sidebarOrder(a: NoteRecord, b: NoteRecord): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

export class NotesRepository {
  private readonly world;

  constructor(
    private readonly db: OwnUpDatabase,
    options?: RepositoryOptions,
  ) {
    this.world = worldOf(options);
  }

  async add(input: NewNote): Promise<NoteRecord> {
    const now = this.world.now();
    const row = validRow(NoteRecord, 'note', {
      tags: [],
      pinned: false,
      ...input,
      id: this.world.newId(),
      createdAt: now,
      updatedAt: now,
    });
    await guardStorage(() => this.db.notes.add(row));
    return row;
  }

  async get(id: string): Promise<NoteRecord | undefined> {
    return this.db.notes.get(id);
  }

  async update(id: string, changes: NoteChanges): Promise<NoteRecord> {
    return this.change(id, (note) => ({ ...note, ...changes }));
  }

  async pin(id: string, pinned: boolean): Promise<NoteRecord> {
    return this.change(id, (note) => ({ ...note, pinned }));
  }

  /** Hides the note; it stays stored so undoDelete() can bring it back (and backups keep it). */
  async softDelete(id: string): Promise<NoteRecord> {
    return this.change(id, (note) => ({ ...note, deletedAt: this.world.now() }));
  }

  async undoDelete(id: string): Promise<NoteRecord> {
    return this.change(id, (note) => ({ ...note, deletedAt: undefined }));
  }

  /** Removes deleted notes for good (the undo window is over). */
  async purgeDeleted(): Promise<number> {
    return guardStorage(() => this.db.notes.filter((note) => note.deletedAt !== undefined).delete());
  }

  /** A customer's notes on every site (an email key is shared across sites), pinned first, newest first. */
  async listForCustomer(customerKey: string): Promise<NoteRecord[]> {
    const notes = await this.db.notes.where('customerKey').equals(customerKey).toArray();
    return visible(notes).sort(sidebarOrder);
  }

  async listForTicket(ticketKey: string): Promise<NoteRecord[]> {
    const notes = await this.db.notes.where('ticketKey').equals(ticketKey).toArray();
    return visible(notes).sort(sidebarOrder);
  }

  /** What the sidebar's Notes panel shows for an open ticket: the customer's and the ticket's notes, once each. */
  async listForContext(context: { customerKey?: string; ticketKey?: string }): Promise<NoteRecord[]> {
    const [byCustomer, byTicket] = await Promise.all([
      context.customerKey ? this.listForCustomer(context.customerKey) : [],
      context.ticketKey ? this.listForTicket(context.ticketKey) : [],
    ]);
    const byId = new Map([...byCustomer, ...byTicket].map((note) => [note.id, note]));
    return [...byId.values()].sort(sidebarOrder);
  }

  /**
   * Every word of the query must appear (case- and accent-insensitive, anywhere) in the
   * customer's name, email, the text or a tag; the most recently edited first. A scan, not a
   * word index: it finds words inside words ("refund" in "refunded"), and a `*words` field in
   * every row would double what is stored. The folded notes are cached between searches until
   * the next notes write (notes-search.ts); the first search after a write reads them all.
   */
  async search(query: string, limit = 200): Promise<NoteRecord[]> {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const entries = await searchEntries(this.db);
    const hits = entries.filter((entry) => words.every((word) => entry.haystack.includes(word))).map((entry) => entry.note);
    return hits.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
  }

  async count(): Promise<number> {
    return this.db.notes.count();
  }

  /** Read-modify-validate-write in one transaction, so two tabs never interleave half an edit. */
  private async change(id: string, edit: (note: NoteRecord) => Record<string, unknown>): Promise<NoteRecord> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.notes, async () => {
        const note = await this.db.notes.get(id);
        if (!note) throw new RecordNotFoundError('note', id);
        const row = validRow(NoteRecord, 'note', { ...edit(note), id: note.id, createdAt: note.createdAt, updatedAt: this.world.now() });
        await this.db.notes.put(row);
        return row;
      }),
    );
  }
}

function visible(notes: NoteRecord[]): NoteRecord[] {
  return notes.filter((note) => note.deletedAt === undefined);
}
