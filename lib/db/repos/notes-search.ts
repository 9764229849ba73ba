import { Dexie, type ObservabilitySet } from 'dexie';
import type { OwnUpDatabase } from '../database';
import type { NoteRecord } from '../schemas/note';

// Search-as-you-type on the options page runs one search per keystroke over every note. Reading
// 10,000 notes costs 35–75 ms on fake-indexeddb (more on a busy machine); the folded text is
// kept between searches and dropped as soon as any notes write commits — in this context or,
// through Dexie's BroadcastChannel propagation (the mechanism liveQuery uses), in another tab,
// the sidebar or the background. A search never sees a write older than the last commit it
// was told about, exactly like a liveQuery.

export interface SearchEntry {
  note: NoteRecord;
  /** Name, email, key, tags and text, folded for matching. */
  haystack: string;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Case- and accent-insensitive; NFKD only where needed (most notes are ASCII: 15 ms → 3 ms). */
export function fold(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text).toLowerCase();
}

class NotesSearchCache {
  private entries: SearchEntry[] | undefined;
  /** Bumped by every notes write, so a read that raced a write is not kept. */
  private generation = 0;

  constructor(private readonly db: OwnUpDatabase) {
    const prefix = `idb://${db.name}/notes/`;
    const onMutation = (parts: ObservabilitySet): void => {
      if (!this.db.isOpen()) {
        Dexie.on.storagemutated.unsubscribe(onMutation);
        caches.delete(this.db);
        return;
      }
      if (Object.keys(parts).some((key) => key === 'all' || key.startsWith(prefix))) {
        this.generation++;
        this.entries = undefined;
      }
    };
    Dexie.on('storagemutated', onMutation);
  }

  async load(): Promise<SearchEntry[]> {
    if (this.entries) return this.entries;
    const generation = this.generation;
    const notes = await this.db.notes.toArray();
    const entries = notes
      .filter((note) => note.deletedAt === undefined)
      .map((note) => ({
        note,
        haystack: fold([note.customerName ?? '', note.customerEmail ?? '', note.customerKey, note.tags.join(' '), note.text].join('\n')),
      }));
    if (generation === this.generation) this.entries = entries;
    return entries;
  }
}

const caches = new WeakMap<OwnUpDatabase, NotesSearchCache>();

/** The visible notes with their folded text, shared by every NotesRepository on this database. */
export function searchEntries(db: OwnUpDatabase): Promise<SearchEntry[]> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new NotesSearchCache(db);
    caches.set(db, cache);
  }
  return cache.load();
}
