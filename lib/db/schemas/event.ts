import { z } from 'zod';
import { CategoryId, SignalId, SituationId, TierId } from '../../analysis/taxonomy';
import { EpochMs, RepName, RowStamps, SiteName } from './common';

// One sent reply, as COUNTS ONLY (issue 8: "no reply text ever leaves their browser in those
// numbers"). Every object here is strict, so a field that could carry text (a `text`, a
// `draft`, a finding's words) is refused on write and on import rather than silently stored;
// the only strings are ids from the taxonomy, the site name and the rep name, all short.

const Count = z.number().int().nonnegative();

/** CategoryId → how many findings of that category; categories with none may be left out. */
export const CountsByCategory = z.partialRecord(CategoryId, Count);
export type CountsByCategory = z.infer<typeof CountsByCategory>;

export const SuggestionCounts = z.strictObject({ shown: Count, applied: Count, dismissed: Count });
export type SuggestionCounts = z.infer<typeof SuggestionCounts>;

export const EventSuggestions = z.strictObject({
  byCategory: z.partialRecord(CategoryId, SuggestionCounts),
  byTier: z.partialRecord(TierId, SuggestionCounts),
});

const Score = z.number().min(0).max(100);

/** Where the row came from: recorded here, or merged from a rep's shared-stats bundle. */
export const EventSource = z.union([
  z.strictObject({ kind: z.literal('own') }),
  z.strictObject({ kind: z.literal('imported'), rep: RepName }),
]);
export type EventSource = z.infer<typeof EventSource>;

export const EventRecord = z.strictObject({
  ...RowStamps,
  /** When the reply was sent. */
  at: EpochMs,
  site: SiteName,
  rep: RepName,
  findingsAtFirst: CountsByCategory,
  findingsAtSend: CountsByCategory,
  scoreAtFirst: Score,
  scoreAtSend: Score,
  suggestions: EventSuggestions,
  situations: z.array(SituationId).max(SituationId.options.length),
  signals: z.array(SignalId).max(SignalId.options.length),
  flaggedCannedSent: z.boolean(),
  source: EventSource,
});
export type EventRecord = z.infer<typeof EventRecord>;
