import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { NewerDatabaseError } from './errors';
import type { EventRecord } from './schemas/event';
import type { FlagRecord } from './schemas/flag';
import type { FollowupRecord } from './schemas/followup';
import type { NoteRecord } from './schemas/note';
import type { PlaybookRecord } from './schemas/playbook';
import { CURRENT_SCHEMA_VERSION, declareVersions } from './versions';

// THE ONE DATABASE MODULE (DESIGN.md "three worlds").
//
// Open it ONLY in extension-origin contexts: the background service worker, the sidebar page,
// the options and dashboard pages. NEVER import lib/db from the content script
// (entrypoints/content): IndexedDB opened there belongs to the host page's origin, whose own
// scripts can read it, and each site would get a separate store (TOOLCHAIN.md, verified).
// assertExtensionOrigin() below makes the mistake fail loudly instead of leaking notes.

export const DATABASE_NAME = 'ownup';

/**
 * Throws when called from a web page (http/https origin): that is a content script or a page,
 * never one of ours. Extension pages are chrome-extension:// or moz-extension://; Node (tests,
 * bench) has no `location` at all.
 */
export function assertExtensionOrigin(place: { protocol: string } | undefined = globalThis.location): void {
  if (place && (place.protocol === 'http:' || place.protocol === 'https:')) {
    throw new Error(
      'lib/db was opened in a web page origin (a content script?). The OwnUp database lives in the extension origin only; ask the sidebar or background over messaging.',
    );
  }
}

export class OwnUpDatabase extends Dexie {
  declare notes: EntityTable<NoteRecord, 'id'>;
  declare followups: EntityTable<FollowupRecord, 'id'>;
  declare flags: EntityTable<FlagRecord, 'id'>;
  declare events: EntityTable<EventRecord, 'id'>;
  declare playbook: EntityTable<PlaybookRecord, 'id'>;

  /** Where open() looks up the version on disk: the factory Dexie itself uses. */
  private readonly factory: IDBFactory | undefined;

  /** `name` other than the default is for tests and the bench, which need fresh databases. */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    assertExtensionOrigin();
    // No auto-open: every opening goes through open() below, which first refuses a database
    // from a newer OwnUp. (Dexie's auto-open waits on its own internal promise and would hang
    // if that check threw there.) Use openOwnUpDatabase().
    super(name, { ...options, autoOpen: false });
    declareVersions(this);
    this.factory = (options?.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
    // Backstop for browsers without indexedDB.databases(): refuse before any repository reads.
    this.on('ready', (db) => {
      const found = dexieVersion(db.backendDB().version);
      return found > CURRENT_SCHEMA_VERSION ? Promise.reject(new NewerDatabaseError(found, CURRENT_SCHEMA_VERSION)) : undefined;
    });
  }

  /**
   * Dexie 4 opens a database of a HIGHER version than declared and even "adds missing parts"
   * to it (a native version bump). Rows written by a newer OwnUp may not pass this one's
   * schemas, so a downgrade is refused BEFORE Dexie touches the database.
   */
  override open() {
    return Dexie.Promise.resolve(installedVersion(this.factory, this.name)).then((found) => {
      if (found > CURRENT_SCHEMA_VERSION) throw new NewerDatabaseError(found, CURRENT_SCHEMA_VERSION);
      return super.open();
    });
  }
}

/**
 * Opens the database, ready for the repositories. Throws NewerDatabaseError when the data on
 * disk was written by a newer OwnUp, and the error from assertExtensionOrigin() in a web page.
 */
export async function openOwnUpDatabase(name: string = DATABASE_NAME, options?: DexieOptions): Promise<OwnUpDatabase> {
  const db = new OwnUpDatabase(name, options);
  await db.open();
  return db;
}

/** Dexie stores version × 10 as the native IndexedDB version. */
function dexieVersion(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/** The version on disk without opening (and so without upgrading) it; 0 when absent or unknowable. */
async function installedVersion(factory: IDBFactory | undefined, name: string): Promise<number> {
  if (!factory || typeof factory.databases !== 'function') return 0;
  const found = (await factory.databases()).find((info) => info.name === name);
  return found?.version ? dexieVersion(found.version) : 0;
}
