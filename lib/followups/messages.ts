import { z } from 'zod';

// The sidebar and the options page write follow-ups straight to IndexedDB; the background only
// learns of it from this one-off runtime message, which also wakes a sleeping MV3 service worker
// (a Dexie liveQuery in the worker would not: it dies when idle and misses the change).

export const FOLLOWUPS_CHANGED = 'ownup/followups-changed';

export const FollowupsChangedMessage = z.strictObject({ type: z.literal(FOLLOWUPS_CHANGED) });
export type FollowupsChangedMessage = z.infer<typeof FollowupsChangedMessage>;

/** The part of `browser.runtime` an extension page needs to announce a change. */
export interface RuntimeMessenger {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Tells the background to reschedule alarms and refresh the badge. Never throws: the write it
 * follows has succeeded, and the background also reconciles on its next start and every alarm.
 */
export async function announceFollowupsChanged(browser: RuntimeMessenger): Promise<void> {
  const message: FollowupsChangedMessage = { type: FOLLOWUPS_CHANGED };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No receiver (the worker is restarting): it reconciles from the database when it starts.
  }
}
