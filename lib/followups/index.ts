// Follow-ups beyond the database: due-time presets (pure), the background scheduler (alarms,
// reminders, badge), and the message extension pages send after changing a follow-up.
export * from './due';
export * from './messages';
export { safeWebUrl } from './ticket-url';
export type { FollowupBrowser } from './browser';
