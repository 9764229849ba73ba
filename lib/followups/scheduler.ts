import { FollowupsRepository, effectiveDueAt, type FollowupRecord, type OwnUpDatabase } from '../db';
import { endOfLocalDay } from '../db/day';
import { parseStoredSettings } from '../settings/schema';
import { SETTINGS_KEY } from '../settings/storage';
import type { FollowupBrowser } from './browser';
import { SNOOZE_MS, formatDue } from './due';
import { FOLLOWUP_ICON_URL } from './icon';
import { FollowupsChangedMessage } from './messages';
import { loadNotified, saveNotified } from './notified';
import { safeWebUrl } from './ticket-url';

export { SNOOZE_MS } from './due';

// The background's side of follow-ups (issue 6 item 3): one browser alarm per open follow-up
// at its effective due time, a notification when it fires, the ticket opened on click, snooze
// and done as notification buttons where the browser has them, and the toolbar badge showing
// how many are due today in the rep's zone. The database is the truth; alarms, badge and the
// "already reminded" record are reconciled from it on start, install, every alarm, a settings
// change, and whenever an extension page says follow-ups changed.

export const FOLLOWUP_ALARM_PREFIX = 'ownup-followup:';
export const FOLLOWUP_NOTIFICATION_PREFIX = 'ownup-followup:';
export const MIDNIGHT_ALARM = 'ownup-followups-midnight';
/** Set when more follow-ups are open than alarms are allowed; reschedules the rest later. */
export const RESYNC_ALARM = 'ownup-followups-resync';
/** Chrome allows an extension 500 active alarms (since Chrome 117); leave room for others. */
export const MAX_FOLLOWUP_ALARMS = 400;
export const SNOOZE_BUTTON = 0;
export const DONE_BUTTON = 1;
/** Amber: "owed today", distinct from an error red. */
const BADGE_COLOR = '#b45309';

export interface FollowupSchedulerOptions {
  browser: FollowupBrowser;
  openDatabase(): Promise<OwnUpDatabase>;
  now?: () => number;
  /** Where failures go (console in the worker); the scheduler itself never throws into the browser. */
  onError?: (error: unknown) => void;
}

export interface FollowupScheduler {
  /** Reconciles alarms, badge and the midnight alarm with the database; calls made while one is queued share it. */
  sync(): Promise<void>;
  /** Resolves when every piece of queued work has finished (for tests and shutdown). */
  idle(): Promise<void>;
  /** Removes the listeners (tests; a worker simply ends). */
  stop(): void;
}

/**
 * Registers the listeners synchronously (an MV3 worker woken by an alarm must have them before
 * its first turn ends) and starts a first reconciliation.
 */
export function startFollowupScheduler(options: FollowupSchedulerOptions): FollowupScheduler {
  const { browser } = options;
  const now = options.now ?? (() => Date.now());
  const onError = options.onError ?? ((error: unknown) => console.error('[ownup] follow-ups:', error));

  let database: Promise<OwnUpDatabase> | null = null;
  function repository(): Promise<FollowupsRepository> {
    database ??= options.openDatabase().catch((error: unknown) => {
      database = null; // try again next time rather than stay broken until the worker restarts
      throw error;
    });
    return database.then((db) => new FollowupsRepository(db));
  }

  // One task at a time: two syncs interleaving could clear an alarm the other just made.
  let queue: Promise<void> = Promise.resolve();
  function run(task: () => Promise<void>): Promise<void> {
    queue = queue.then(task).catch(onError);
    return queue;
  }

  let pendingSync: Promise<void> | null = null;
  function sync(): Promise<void> {
    pendingSync ??= run(async () => {
      pendingSync = null;
      await reconcile();
    });
    return pendingSync;
  }

  async function timeZone(): Promise<string> {
    const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
    return parseStoredSettings(stored[SETTINGS_KEY]).settings.timeZone;
  }

  async function reconcile(): Promise<void> {
    const repo = await repository();
    const at = now();
    const zone = await timeZone();
    const open = await repo.listByDue({ status: 'open' });
    const notified = await loadNotified(browser);

    const openIds = new Set(open.map((f) => f.id));
    const stale = Object.keys(notified).filter((id) => !openIds.has(id));
    for (const id of stale) delete notified[id];
    if (stale.length > 0) await saveNotified(browser, notified);

    const pending = open.filter((f) => notified[f.id] !== effectiveDueAt(f)).sort((a, b) => effectiveDueAt(a) - effectiveDueAt(b));
    const scheduled = pending.slice(0, MAX_FOLLOWUP_ALARMS);
    const wanted = new Map(scheduled.map((f) => [FOLLOWUP_ALARM_PREFIX + f.id, effectiveDueAt(f)]));
    const existing = (await browser.alarms.getAll()).filter((alarm) => alarm.name.startsWith(FOLLOWUP_ALARM_PREFIX));
    const existingTimes = new Map(existing.map((alarm) => [alarm.name, alarm.scheduledTime]));
    for (const alarm of existing) if (!wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
    for (const [name, when] of wanted) if (existingTimes.get(name) !== when) await browser.alarms.create(name, { when });

    const last = scheduled.at(-1);
    if (pending.length > scheduled.length && last) await browser.alarms.create(RESYNC_ALARM, { when: effectiveDueAt(last) + 1000 });
    else await browser.alarms.clear(RESYNC_ALARM);

    await refreshBadge(repo, at, zone);
    // "Due today" changes at midnight in the rep's zone even when nothing else happens.
    await browser.alarms.create(MIDNIGHT_ALARM, { when: endOfLocalDay(at, zone) + 1000 });
  }

  async function refreshBadge(repo: FollowupsRepository, at: number, zone: string): Promise<void> {
    const count = await repo.countDueToday(at, zone);
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await browser.action.setTitle({ title: count > 0 ? `OwnUp — ${count === 1 ? '1 follow-up' : `${count} follow-ups`} due today` : 'OwnUp' });
  }

  async function remindIfDue(id: string): Promise<void> {
    const repo = await repository();
    const followup = await repo.get(id);
    if (!followup || followup.status !== 'open') return reconcile();
    const due = effectiveDueAt(followup);
    // Snoozed in another tab after the alarm was set: the reconcile below moves the alarm.
    if (due > now() + 1000) return reconcile();
    const notified = await loadNotified(browser);
    if (notified[id] === due) return;
    await showReminder(followup, await timeZone());
    notified[id] = due;
    await saveNotified(browser, notified);
    await reconcile();
  }

  async function showReminder(followup: FollowupRecord, zone: string): Promise<void> {
    const notificationId = FOLLOWUP_NOTIFICATION_PREFIX + followup.id;
    const host = safeWebUrl(followup.ticketUrl) ? new URL(followup.ticketUrl).host : 'ticket';
    const basic = {
      type: 'basic' as const,
      iconUrl: FOLLOWUP_ICON_URL,
      title: 'Follow-up due',
      message: followup.text,
      contextMessage: `${host} · promised for ${formatDue(followup.dueAt, zone)}`,
    };
    try {
      await browser.notifications.create(notificationId, {
        ...basic,
        buttons: [{ title: 'Snooze 1 hour' }, { title: 'Done' }],
        requireInteraction: true,
      });
    } catch {
      // Firefox has no notification buttons (nor requireInteraction): a plain notification,
      // whose click still opens the ticket, where the sidebar offers snooze and done.
      await browser.notifications.create(notificationId, basic);
    }
  }

  async function openTicketOf(notificationId: string): Promise<void> {
    const id = notificationId.slice(FOLLOWUP_NOTIFICATION_PREFIX.length);
    await browser.notifications.clear(notificationId);
    const followup = await (await repository()).get(id);
    const url = safeWebUrl(followup?.ticketUrl);
    if (!url) return;
    const tabs = await browser.tabs.query({});
    const open = tabs.find((tab) => tab.url === url && tab.id !== undefined);
    if (open?.id !== undefined) {
      await browser.tabs.update(open.id, { active: true });
      await browser.windows.update(open.windowId, { focused: true }).catch(() => undefined);
    } else {
      await browser.tabs.create({ url, active: true });
    }
  }

  async function answerButton(notificationId: string, button: number): Promise<void> {
    const id = notificationId.slice(FOLLOWUP_NOTIFICATION_PREFIX.length);
    await browser.notifications.clear(notificationId);
    const repo = await repository();
    const followup = await repo.get(id);
    if (!followup || followup.status !== 'open') return reconcile();
    if (button === SNOOZE_BUTTON) await repo.snooze(id, Math.max(now(), effectiveDueAt(followup)) + SNOOZE_MS);
    else if (button === DONE_BUTTON) await repo.markDone(id);
    await reconcile();
  }

  const isOurs = (notificationId: string) => notificationId.startsWith(FOLLOWUP_NOTIFICATION_PREFIX);

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name.startsWith(FOLLOWUP_ALARM_PREFIX)) return run(() => remindIfDue(alarm.name.slice(FOLLOWUP_ALARM_PREFIX.length)));
    if (alarm.name === MIDNIGHT_ALARM || alarm.name === RESYNC_ALARM) return sync();
    return undefined;
  };
  const onClicked = (notificationId: string) => (isOurs(notificationId) ? run(() => openTicketOf(notificationId)) : undefined);
  const onButtonClicked = (notificationId: string, button: number) =>
    isOurs(notificationId) ? run(() => answerButton(notificationId, button)) : undefined;
  const extensionPages = browser.runtime.getURL('/');
  const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
    // Only our own pages write follow-ups; anything else (a content script) gets no say.
    if (!FollowupsChangedMessage.safeParse(raw).success) return undefined;
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionPages)) return undefined;
    void sync();
    return undefined; // no answer: the other listeners' replies stay theirs
  };
  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void sync(); // the rep's zone decides "today"
  };
  const onStartupOrInstall = () => void sync();

  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  browser.notifications.onButtonClicked?.addListener(onButtonClicked);
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorageChanged);
  browser.runtime.onStartup.addListener(onStartupOrInstall);
  browser.runtime.onInstalled.addListener(onStartupOrInstall);
  void sync();

  return {
    sync,
    idle: () => queue,
    stop() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.notifications.onClicked.removeListener(onClicked);
      browser.notifications.onButtonClicked?.removeListener(onButtonClicked);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorageChanged);
      browser.runtime.onStartup.removeListener(onStartupOrInstall);
      browser.runtime.onInstalled.removeListener(onStartupOrInstall);
    },
  };
}
