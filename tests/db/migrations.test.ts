import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NewerDatabaseError, OwnUpDatabase } from '../../lib/db';
import { FollowupsRepository } from '../../lib/db/repos/followups';
import { NotesRepository } from '../../lib/db/repos/notes';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, declareVersions } from '../../lib/db/versions';

// MIGRATION HARNESS. For each schema version ever shipped, a database is written RAW the way
// that version's OwnUp wrote it — its store declaration from versions.ts, rows as they were
// then, no repository and no validation — and the current OwnUp must open it and read the rows
// through today's repositories. A new version in versions.ts needs an entry here (the test
// below fails otherwise), with rows in that version's shape.

type SeedRows = Record<string, object[]>;

const rowsWrittenBy: Record<number, SeedRows> = {
  1: {
    notes: [
      { id: 'n1', createdAt: 1, updatedAt: 2, site: 'zendesk', customerKey: 'ada@example.com', customerEmail: 'ada@example.com', ticketKey: 'zendesk:42', text: 'Prefers phone', tags: ['preference'], pinned: true },
      { id: 'n2', createdAt: 3, updatedAt: 3, site: 'gmail', customerKey: 'ada@example.com', text: 'Deleted', tags: [], pinned: false, deletedAt: 4 },
    ],
    followups: [{ id: 'f1', createdAt: 1, updatedAt: 1, customerKey: 'ada@example.com', ticketUrl: 'https://acme.zendesk.com/agent/tickets/42', text: 'Call back', dueAt: 10, status: 'open' }],
    flags: [{ id: 'g1', createdAt: 1, updatedAt: 1, groupKey: 'k', text: 't', reason: { category: 'redirect' }, rep: 'Sam', status: 'open', count: 1, lastFlaggedAt: 1, history: [{ at: 1, rep: 'Sam', reason: { category: 'redirect' } }] }],
    events: [{ id: 'e1', createdAt: 1, updatedAt: 1, at: 5, site: 'zendesk', rep: 'Sam', findingsAtFirst: {}, findingsAtSend: {}, scoreAtFirst: 50, scoreAtSend: 90, suggestions: { byCategory: {}, byTier: {} }, situations: [], signals: [], flaggedCannedSent: false, source: { kind: 'own' } }],
    playbook: [{ id: 'p1', createdAt: 1, updatedAt: 1, kind: 'never_send', source: 'local', payload: { phrase: 'per policy' } }],
  },
};

const names: string[] = [];
function uniqueName(): string {
  const name = `ownup-migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes a database as OwnUp at `version` did, then closes it. */
async function seedRaw(name: string, version: number, rows: SeedRows): Promise<void> {
  const old = new Dexie(name);
  declareVersions(old, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}

describe('schema versions', () => {
  it('are append-only: numbered 1, 2, 3… with a date and a reason each', () => {
    SCHEMA_VERSIONS.forEach((schema, index) => {
      expect(schema.version).toBe(index + 1);
      expect(schema.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(schema.why.length).toBeGreaterThan(0);
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it('every version has rows written by it in the migration harness', () => {
    expect(Object.keys(rowsWrittenBy).map(Number)).toEqual(SCHEMA_VERSIONS.map((s) => s.version));
  });

  it('the current database declares the indexes the repositories query', async () => {
    const db = new OwnUpDatabase(uniqueName());
    await db.open();
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(indexes).toEqual({
      notes: ['customerKey', 'ticketKey'],
      followups: ['[customerKey+status]', 'dueAt'],
      flags: ['groupKey'],
      events: ['[rep+at]', 'at'],
      playbook: [],
    });
    db.close();
  });
});

describe.each(SCHEMA_VERSIONS.map((s) => s.version))('a database written by version %i', (version) => {
  it('opens in the current OwnUp with every row intact and usable', async () => {
    const name = uniqueName();
    const rows = rowsWrittenBy[version]!;
    await seedRaw(name, version, rows);
    const db = new OwnUpDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, list] of Object.entries(rows)) {
      expect(await db.table(table).count()).toBe(list.length);
    }
    const notes = new NotesRepository(db);
    expect((await notes.listForCustomer('ada@example.com')).map((n) => n.id)).toEqual(['n1']);
    expect((await notes.listForTicket('zendesk:42')).map((n) => n.id)).toEqual(['n1']);
    const followups = new FollowupsRepository(db);
    expect((await followups.listOpenForCustomer('ada@example.com')).map((f) => f.id)).toEqual(['f1']);
    await notes.update('n1', { text: 'edited after the upgrade' });
    expect((await notes.get('n1'))!.text).toBe('edited after the upgrade');
    db.close();
  });
});

describe('a database written by a newer OwnUp', () => {
  it('is refused with a clear message and left untouched', async () => {
    const name = uniqueName();
    const future = new Dexie(name);
    declareVersions(future);
    future.version(CURRENT_SCHEMA_VERSION + 1).stores({ notes: 'id, customerKey, ticketKey, *words', reminders: 'id' });
    await future.open();
    await future.table('notes').add({ id: 'from-the-future', words: ['a'] });
    future.close();

    const db = new OwnUpDatabase(name);
    const error = await db.open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toMatch(/saved by a newer OwnUp .* — update OwnUp to open it/);

    const onDisk = (await indexedDB.databases()).find((d) => d.name === name);
    expect(onDisk?.version).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
    const reread = new Dexie(name);
    await reread.open(); // no declared versions: opens as it is
    expect(reread.tables.map((t) => t.name).sort()).toEqual(['events', 'flags', 'followups', 'notes', 'playbook', 'reminders']);
    expect(await reread.table('notes').get('from-the-future')).toEqual({ id: 'from-the-future', words: ['a'] });
    reread.close();
  });

  it('is refused even where the browser cannot list databases (the ready-time backstop)', async () => {
    const name = uniqueName();
    const future = new Dexie(name);
    declareVersions(future);
    future.version(CURRENT_SCHEMA_VERSION + 1).stores({ reminders: 'id' });
    await future.open();
    future.close();
    const withoutListing = { open: indexedDB.open.bind(indexedDB), deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB), cmp: indexedDB.cmp.bind(indexedDB) };
    const db = new OwnUpDatabase(name, { indexedDB: withoutListing, IDBKeyRange });
    await expect(db.open()).rejects.toBeInstanceOf(NewerDatabaseError);
  });
});
