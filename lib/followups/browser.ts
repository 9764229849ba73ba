import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension APIs lib/followups uses, passed in (never imported) so unit tests hand it WXT's
 * fakeBrowser and the background hands it the real one.
 */
export type FollowupBrowser = Pick<WxtBrowser, 'alarms' | 'notifications' | 'action' | 'tabs' | 'windows' | 'runtime' | 'storage'>;
