import { z } from 'zod';
import { EventRecord } from '../db/schemas/event';

// A rep's "share my stats" bundle (issue 8): versioned JSON, counts only (EventRecord is strict,
// so a bundle carrying any text field is refused). A manager imports many; events are merged
// by id, so importing the same bundle twice changes nothing.

export const STATS_BUNDLE_FORMAT = 'ownup-stats';
export const STATS_BUNDLE_VERSION = 1;

export const StatsBundle = z.strictObject({
  format: z.literal(STATS_BUNDLE_FORMAT),
  version: z.literal(STATS_BUNDLE_VERSION),
  /** The rep who shared it (from their settings). */
  rep: z.string().max(100),
  exportedAt: z.number().int().nonnegative(),
  events: z.array(EventRecord),
});
export type StatsBundle = z.infer<typeof StatsBundle>;

export class StatsBundleError extends Error {
  override readonly name = 'StatsBundleError';
}

export function makeStatsBundle(rep: string, exportedAt: number, events: readonly EventRecord[]): StatsBundle {
  return StatsBundle.parse({ format: STATS_BUNDLE_FORMAT, version: STATS_BUNDLE_VERSION, rep, exportedAt, events });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
  return `${path || 'bundle'}: ${issue.message}`;
}

/**
 * Parses a bundle file's text. Refused as a whole, with a message naming the row and field,
 * when it is not JSON, not a stats bundle, from a newer OwnUp, or has any invalid row.
 */
export function parseStatsBundle(text: string): StatsBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new StatsBundleError('This file is not a complete JSON file (it may be truncated); nothing was imported.');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== STATS_BUNDLE_FORMAT) {
    throw new StatsBundleError('This file is not an OwnUp stats bundle; nothing was imported.');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > STATS_BUNDLE_VERSION) {
    throw new StatsBundleError(`This bundle was made by a newer OwnUp (format version ${version}); update OwnUp to import it. Nothing was imported.`);
  }
  const parsed = StatsBundle.safeParse(raw);
  if (!parsed.success) {
    throw new StatsBundleError(`Refused, nothing was imported: ${parsed.error.issues.slice(0, 3).map(describeIssue).join('; ')}`);
  }
  return parsed.data;
}

/**
 * The events of many bundles, deduplicated by id (the first occurrence wins, and an event
 * already recorded keeps its row). Imported events are marked with the sharing rep.
 */
export function mergeBundles(bundles: readonly StatsBundle[]): EventRecord[] {
  const byId = new Map<string, EventRecord>();
  for (const bundle of bundles) {
    for (const event of bundle.events) {
      if (byId.has(event.id)) continue;
      byId.set(event.id, event.source.kind === 'own' ? { ...event, source: { kind: 'imported', rep: bundle.rep } } : event);
    }
  }
  return [...byId.values()];
}
