import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { OwnUpDatabase } from '../database';
import type { NoteRecord } from '../schemas/note';

// Search-as-you-type on the options page runs one search per keystroke over every note.
// Reading 10,000 notes costs 35–75 ms on fake-indexeddb (more on a busy machine), so the
// folded notes are kept between searches and brought up to date after each notes write — in
// this context or, through Dexie's BroadcastChannel propagation (the mechanism liveQuery
// uses), in another tab, the sidebar or the background. Dexie tells which primary keys a
// write touched (ObservabilitySet, documented in dexie.d.ts); only those rows are re-read.
// A write it describes as a range (clear(), a filtered delete) drops the cache instead.

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

function entryFor(note: NoteRecord): SearchEntry {
  return {
    note,
    haystack: fold([note.customerName ?? '', note.customerEmail ?? '', note.customerKey, note.tags.join(' '), note.text].join('\n')),
  };
}

/**
 * The single keys in Dexie's interval tree of touched primary keys, or undefined when it holds a
 * true range (every key in it cannot be listed). Walked by hand: across contexts the tree
 * arrives as plain data, without RangeSet's prototype.
 */
function singleKeys(tree: IntervalTree | undefined, into: Set<string>): boolean {
  if (!tree || !('from' in tree)) return true;
  if (typeof tree.from !== 'string' || tree.from !== tree.to) return false;
  into.add(tree.from);
  return singleKeys(tree.l ?? undefined, into) && singleKeys(tree.r ?? undefined, into);
}

class NotesSearchCache {
  private byId: Map<string, SearchEntry> | undefined;
  private list: SearchEntry[] | undefined;
  /** Notes written since the cache was filled, to re-read before the next search. */
  private readonly stale = new Set<string>();
  /** Bumped by every notes write, so a full read that raced a write is not kept. */
  private generation = 0;

  constructor(private readonly db: OwnUpDatabase) {
    const prefix = `idb://${db.name}/notes/`;
    const onMutation = (parts: ObservabilitySet): void => {
      if (!this.db.isOpen()) {
        Dexie.on.storagemutated.unsubscribe(onMutation);
        caches.delete(this.db);
        return;
      }
      const keys = Object.keys(parts);
      if (!keys.some((key) => key === 'all' || key.startsWith(prefix))) return;
      this.generation++;
      if (!this.byId) return;
      const touched = new Set<string>();
      const listed =
        !keys.includes('all') && prefix in parts && singleKeys(parts[prefix], touched) && singleKeys(parts[`${prefix}:dels`], touched);
      if (listed) for (const id of touched) this.stale.add(id);
      else this.drop();
    };
    Dexie.on('storagemutated', onMutation);
  }

  async load(): Promise<SearchEntry[]> {
    if (!this.byId) return this.fill();
    if (this.stale.size > 0) {
      const byId = this.byId;
      const ids = [...this.stale];
      this.stale.clear();
      const rows = await this.db.notes.bulkGet(ids);
      if (this.byId !== byId) return this.load(); // dropped meanwhile: start over
      ids.forEach((id, i) => {
        const note = rows[i];
        if (note && note.deletedAt === undefined) byId.set(id, entryFor(note));
        else byId.delete(id);
      });
      this.list = undefined;
    }
    return (this.list ??= [...this.byId.values()]);
  }

  private async fill(): Promise<SearchEntry[]> {
    const generation = this.generation;
    const notes = await this.db.notes.toArray();
    const entries = notes.filter((note) => note.deletedAt === undefined).map(entryFor);
    if (generation === this.generation) {
      this.byId = new Map(entries.map((entry) => [entry.note.id, entry]));
      this.list = entries;
      this.stale.clear();
    }
    return entries;
  }

  private drop(): void {
    this.byId = undefined;
    this.list = undefined;
    this.stale.clear();
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
