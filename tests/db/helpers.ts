import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie, Middleware } from 'dexie';
import { afterEach } from 'vitest';
import { OwnUpDatabase } from '../../lib/db/database';
import type { RepositoryOptions } from '../../lib/db/repos/shared';

const opened: OwnUpDatabase[] = [];

/** A fresh, open database with a unique name, closed and deleted after each test. */
export async function freshDb(): Promise<OwnUpDatabase> {
  const db = new OwnUpDatabase(`ownup-test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A clock the test moves by hand, and ids that read in creation order. */
export function testWorld(start = Date.UTC(2026, 10, 22, 9, 0)): RepositoryOptions & { advance(ms: number): number; now(): number } {
  let now = start;
  let n = 0;
  return {
    clock: () => now,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    advance: (ms) => (now += ms),
    now: () => now,
  };
}

/**
 * TEST SEAM for a full disk. Real quota errors cannot be provoked on fake-indexeddb, so this
 * DBCore middleware makes every write after the first `allowWrites` fail the way a browser
 * reports it: a DOMException named QuotaExceededError. The repositories must turn it into
 * StorageFullError and their transactions must leave nothing half-written.
 */
export async function simulateQuotaExceeded(db: Dexie, options: { allowWrites?: number } = {}): Promise<{ writesAttempted(): number }> {
  let allowed = options.allowWrites ?? 0;
  let attempted = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'simulate-quota-exceeded',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            attempted++;
            if (allowed-- > 0) return table.mutate(request);
            return Promise.reject(new DOMException('simulated: the quota has been exceeded', 'QuotaExceededError'));
          },
        };
      },
    }),
  };
  // Dexie builds its middleware stack when it opens, so the seam takes effect on a reopen.
  db.use(middleware);
  db.close();
  await db.open();
  return { writesAttempted: () => attempted };
}
