import type { Dexie, Transaction } from 'dexie';

// Every schema the `ownup` database has ever had, oldest first. APPEND ONLY: never edit or
// remove a shipped entry — a rep's browser may still hold a database written by it, and the
// migration test (tests/db/migrations.test.ts) seeds each older version raw from this list and
// opens the current one. A change is a new entry with its date, why, the full store list and,
// when rows must change, an upgrade.
//
// Indexes are only what a repository queries (STYLE.md, Dexie docs habit):
// - notes.customerKey: a customer's notes. Deliberately NOT [site+customerKey]: an email key is
//   the same customer on every site (the cross-site note), and a name key already carries its
//   site (`name:<name>@<site>`), so the site would only split what must stay together.
// - notes.ticketKey: a ticket's notes.
// - followups.dueAt: the options page's list by due date, the badge's "due today", the
//   background's alarms. followups.[customerKey+status]: a customer's open follow-ups.
// - flags.&groupKey: one row per group (unique), looked up on every addFlag.
// - events.at: a period; events.[rep+at]: one rep's period on the dashboard.
// - playbook: by id only; the whole playbook is read at once.

export interface SchemaVersion {
  version: number;
  /** When it was added, e.g. '2026-11-22'. */
  date: string;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-22',
    why: 'initial schema: notes, follow-ups, flags, events, playbook',
    stores: {
      notes: 'id, customerKey, ticketKey',
      followups: 'id, dueAt, [customerKey+status]',
      flags: 'id, &groupKey',
      events: 'id, at, [rep+at]',
      playbook: 'id',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions 1..upTo on a Dexie instance — the current database, or a test seeding an older one. */
export function declareVersions(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > upTo) break;
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
}
