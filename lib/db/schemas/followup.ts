import { z } from 'zod';
import { FOLLOWUP_TEXT_MAX_CHARS } from '../limits';
import { CustomerKey, EpochMs, RowStamps, TicketKey } from './common';

export const FollowupStatus = z.enum(['open', 'done']);
export type FollowupStatus = z.infer<typeof FollowupStatus>;

export const FollowupRecord = z.strictObject({
  ...RowStamps,
  customerKey: CustomerKey,
  ticketKey: TicketKey.optional(),
  /** Opened when the rep clicks the due notification. */
  ticketUrl: z.string().min(1).max(2048),
  text: z.string().min(1).max(FOLLOWUP_TEXT_MAX_CHARS),
  dueAt: EpochMs,
  status: FollowupStatus,
  /** Snoozing never moves dueAt (the promise stays on record); the effective due time is the later of the two. */
  snoozedUntil: EpochMs.optional(),
  doneAt: EpochMs.optional(),
});
export type FollowupRecord = z.infer<typeof FollowupRecord>;

/** When the rep should next be reminded: snoozing only ever pushes it later. */
export function effectiveDueAt(followup: Pick<FollowupRecord, 'dueAt' | 'snoozedUntil'>): number {
  return Math.max(followup.dueAt, followup.snoozedUntil ?? 0);
}
