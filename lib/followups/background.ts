import { openOwnUpDatabase } from '../db';
import type { FollowupBrowser } from './browser';
import { startFollowupScheduler, type FollowupScheduler } from './scheduler';

/** The background's one call: follow-up alarms, reminders and the badge on the real database. */
export function startFollowupsInBackground(browser: FollowupBrowser): FollowupScheduler {
  return startFollowupScheduler({ browser, openDatabase: () => openOwnUpDatabase() });
}
