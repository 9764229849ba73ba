import type { z } from 'zod';
import { RecordValidationError } from '../errors';

/** What a repository may take from the world, injectable so tests control time and ids. */
export interface RepositoryOptions {
  /** Epoch ms; Date.now by default. */
  clock?: () => number;
  /** crypto.randomUUID by default. */
  newId?: () => string;
}

export interface RepositoryWorld {
  now: () => number;
  newId: () => string;
}

export function worldOf(options: RepositoryOptions = {}): RepositoryWorld {
  return {
    now: options.clock ?? (() => Date.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
}

/**
 * Validates a row before it is written (STYLE.md habit 6). Keys whose value is undefined are
 * dropped first, so a stored row and its backup copy are deep-equal (JSON has no undefined).
 */
export function validRow<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const result = schema.safeParse(withoutUndefined(row));
  if (!result.success) throw new RecordValidationError(table, result.error.issues);
  return result.data;
}

export function withoutUndefined<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
