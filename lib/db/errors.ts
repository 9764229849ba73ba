import type { z } from 'zod';

// Errors a rep can be shown as they are: each says what happened and that nothing was saved.

/** Renders a zod path as a reader finds it in the file: `notes[3].text`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `notes[3].text: expected string, received number` — the first few issues, the row and field first. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix = '', limit = 3): string {
  const shown = issues.slice(0, limit).map((issue) => {
    const where = formatPath(issue.path, prefix) || '(top level)';
    return `${where}: ${issue.message.replace(/^Invalid input: /, '')}`;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return shown.join('; ') + more;
}

/** A row refused by its schema before anything was written. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  constructor(
    readonly table: string,
    readonly issues: readonly z.core.$ZodIssue[],
    /** How the message names the rows: `note` → `note.text`, `events` over an array → `events[3].site`. */
    pathPrefix: string = table,
  ) {
    super(`Not saved — ${formatIssues(issues, pathPrefix)}`);
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`No ${table} row with id ${id} (it may have been deleted in another tab)`);
  }
}

/** The browser refused the write for lack of space; the transaction was rolled back. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(override readonly cause: unknown) {
    super(
      "OwnUp's storage in this browser is full, so nothing was saved. Delete old statistics or notes (or export a backup first), then try again.",
    );
  }
}

/** The database on disk was written by a later OwnUp than the one running. */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor(
    readonly foundVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `OwnUp's data was saved by a newer OwnUp (database version ${foundVersion}, this one knows ${knownVersion}) — update OwnUp to open it. Nothing was changed.`,
    );
  }
}

/** A backup or statistics bundle that cannot be imported; nothing was written. */
export class BundleImportError extends Error {
  override readonly name = 'BundleImportError';
}

/**
 * Dexie reports a full disk as Dexie.QuotaExceededError, a bare DOMException, or wrapped
 * (`inner`, `cause`, a bulk operation's `failures`) depending on where it surfaced; look
 * everywhere so no path slips through as an unexplained crash.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((failure) => isQuotaExceeded(failure, depth + 1));
}

/** Runs one write (a whole transaction) and turns a full disk into StorageFullError. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError(error);
    throw error;
  }
}
