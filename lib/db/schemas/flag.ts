import { z } from 'zod';
import { CategoryId } from '../../analysis/taxonomy';
import { FLAG_HISTORY_MAX_ENTRIES, FLAG_TEXT_MAX_CHARS } from '../limits';
import { EpochMs, RepName, RowStamps } from './common';

/** Why a rep flagged a canned response: a deflection category, their own words, or both. */
export const FlagReason = z
  .strictObject({
    category: CategoryId.optional(),
    text: z.string().min(1).max(1000).optional(),
  })
  .refine((reason) => reason.category !== undefined || reason.text !== undefined, 'give a category or a reason');
export type FlagReason = z.infer<typeof FlagReason>;

export const FlagStatus = z.enum(['open', 'approved', 'dismissed']);
export type FlagStatus = z.infer<typeof FlagStatus>;

export const FlagHistoryEntry = z.strictObject({ at: EpochMs, rep: RepName, reason: FlagReason });
export type FlagHistoryEntry = z.infer<typeof FlagHistoryEntry>;

/**
 * One row per group of the same canned response. `groupKey` is computed by the caller from the
 * normalized text (lib/analysis owns the masking); the database only groups by it. `count` is
 * every flag ever added; `history` keeps the latest FLAG_HISTORY_MAX_ENTRIES so a macro flagged
 * thousands of times does not grow one row without bound.
 */
export const FlagRecord = z
  .strictObject({
    ...RowStamps,
    groupKey: z.string().min(1).max(512),
    /** The text as first flagged, shown in the review queue. */
    text: z.string().min(1).max(FLAG_TEXT_MAX_CHARS),
    macroName: z.string().min(1).max(200).optional(),
    /** The latest reason; every reason is in history. */
    reason: FlagReason,
    /** The rep who flagged it first. */
    rep: RepName,
    status: FlagStatus,
    approvedRewrite: z.string().min(1).max(FLAG_TEXT_MAX_CHARS).optional(),
    count: z.number().int().positive(),
    lastFlaggedAt: EpochMs,
    history: z.array(FlagHistoryEntry).min(1).max(FLAG_HISTORY_MAX_ENTRIES),
  })
  .refine((flag) => flag.count >= flag.history.length, { message: 'count is below the history length', path: ['count'] })
  .refine((flag) => flag.status !== 'approved' || flag.approvedRewrite !== undefined, {
    message: 'an approved flag needs its approved rewrite',
    path: ['approvedRewrite'],
  });
export type FlagRecord = z.infer<typeof FlagRecord>;
