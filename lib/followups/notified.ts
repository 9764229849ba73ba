import { z } from 'zod';
import type { FollowupBrowser } from './browser';

// Which follow-ups the rep was already reminded of, and for which due time. Without it, every
// reschedule (a change in any tab, a browser start) would re-create alarms for overdue
// follow-ups and raise the same reminder again. A snooze moves the effective due time, so the
// snoozed follow-up is reminded once more at its new time. storage.local, not .session: a
// browser restart is not a reason to repeat every overdue reminder (the badge still counts them).

export const NOTIFIED_KEY = 'ownup.followups.notified';

/** Follow-up id → the effective due time it was reminded for. Storage is a trust boundary. */
const Notified = z.record(z.string(), z.number());
export type Notified = Record<string, number>;

export async function loadNotified(browser: FollowupBrowser): Promise<Notified> {
  const stored: Record<string, unknown> = await browser.storage.local.get(NOTIFIED_KEY);
  const parsed = Notified.safeParse(stored[NOTIFIED_KEY]);
  return parsed.success ? parsed.data : {};
}

export async function saveNotified(browser: FollowupBrowser, notified: Notified): Promise<void> {
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified });
}
