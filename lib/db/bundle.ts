import { z } from 'zod';
import type { OwnUpDatabase } from './database';
import { BundleImportError, formatIssues, guardStorage } from './errors';
import { EpochMs } from './schemas/common';
import { FollowupRecord } from './schemas/followup';
import { NoteRecord } from './schemas/note';

// The notes backup (issue 6 item 4): every note (deleted ones too, so undo history survives a
// restore) and every follow-up as one versioned JSON file. Import merges by id, the newer
// updatedAt wins, all or nothing.

export const NOTES_BUNDLE_FORMAT = 'ownup-notes';
/** Bump with a new bundle schema; keep reading the old ones (append, like versions.ts). */
export const NOTES_BUNDLE_VERSION = 1;

export const NotesBundle = z.strictObject({
  format: z.literal(NOTES_BUNDLE_FORMAT),
  version: z.literal(NOTES_BUNDLE_VERSION),
  exportedAt: EpochMs,
  notes: z.array(NoteRecord),
  followups: z.array(FollowupRecord),
});
export type NotesBundle = z.infer<typeof NotesBundle>;

export interface MergeCounts {
  added: number;
  /** The bundle's row was newer and replaced the stored one. */
  updated: number;
  /** The stored row was as new or newer and was kept. */
  kept: number;
}

export interface ImportResult {
  notes: MergeCounts;
  followups: MergeCounts;
}

export async function exportNotesBundle(db: OwnUpDatabase, now: number): Promise<NotesBundle> {
  return db.transaction('r', db.notes, db.followups, async () => ({
    format: NOTES_BUNDLE_FORMAT,
    version: NOTES_BUNDLE_VERSION,
    exportedAt: now,
    notes: await db.notes.toArray(),
    followups: await db.followups.toArray(),
  }));
}

/** The file's text: indented, because reps open backups to see what is in them. */
export function serializeNotesBundle(bundle: NotesBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * Checks a file's text or an already-parsed value and returns the bundle, or throws
 * BundleImportError naming what is wrong — the row and the field where a row is bad.
 */
export function parseNotesBundle(input: unknown): NotesBundle {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      throw new BundleImportError('Nothing was imported: this file is not valid JSON — it may be cut short (truncated) or not an OwnUp backup.');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BundleImportError('Nothing was imported: this file is not an OwnUp notes backup.');
  }
  const header = value as { format?: unknown; version?: unknown };
  if (header.format !== NOTES_BUNDLE_FORMAT) {
    throw new BundleImportError(`Nothing was imported: this file is not an OwnUp notes backup (format: ${JSON.stringify(header.format) ?? 'missing'}).`);
  }
  if (typeof header.version === 'number' && Number.isInteger(header.version) && header.version > NOTES_BUNDLE_VERSION) {
    throw new BundleImportError(
      `Nothing was imported: this backup was made by a newer OwnUp (backup version ${header.version}; this one reads version ${NOTES_BUNDLE_VERSION}) — update to import it.`,
    );
  }
  if (header.version !== NOTES_BUNDLE_VERSION) {
    throw new BundleImportError(`Nothing was imported: unknown backup version ${JSON.stringify(header.version) ?? '(missing)'}.`);
  }
  const parsed = NotesBundle.safeParse(value);
  if (!parsed.success) throw new BundleImportError(`Nothing was imported: ${formatIssues(parsed.error.issues)}`);
  refuseDuplicateIds('notes', parsed.data.notes);
  refuseDuplicateIds('followups', parsed.data.followups);
  return parsed.data;
}

/**
 * Imports a backup: validated whole before anything is written, then merged in ONE
 * transaction (a full disk midway leaves nothing half-imported — StorageFullError).
 */
export async function importNotesBundle(db: OwnUpDatabase, input: unknown): Promise<ImportResult> {
  const bundle = parseNotesBundle(input);
  return guardStorage(() =>
    db.transaction('rw', db.notes, db.followups, async () => ({
      notes: await mergeNewerWins<NoteRecord>(db.notes, bundle.notes),
      followups: await mergeNewerWins<FollowupRecord>(db.followups, bundle.followups),
    })),
  );
}

interface Stamped {
  id: string;
  updatedAt: number;
}

interface MergeTable<Row extends Stamped> {
  bulkGet(keys: string[]): PromiseLike<(Row | undefined)[]>;
  bulkPut(rows: readonly Row[]): PromiseLike<unknown>;
}

async function mergeNewerWins<Row extends Stamped>(table: MergeTable<Row>, incoming: readonly Row[]): Promise<MergeCounts> {
  const stored = await table.bulkGet(incoming.map((row) => row.id));
  const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
  const winners = incoming.filter((row, i) => {
    const current = stored[i];
    if (!current) counts.added++;
    else if (row.updatedAt > current.updatedAt) counts.updated++;
    else {
      counts.kept++;
      return false;
    }
    return true;
  });
  if (winners.length > 0) await table.bulkPut(winners);
  return counts;
}

function refuseDuplicateIds(list: string, rows: readonly { id: string }[]): void {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = seen.get(row.id);
    if (first !== undefined) {
      throw new BundleImportError(`Nothing was imported: ${list}[${index}].id: "${row.id}" appears twice (also ${list}[${first}])`);
    }
    seen.set(row.id, index);
  });
}
