import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowupsRepository, type OwnUpDatabase } from '../../lib/db';
import type { FollowupBrowser } from '../../lib/followups/browser';
import { FOLLOWUPS_CHANGED } from '../../lib/followups/messages';
import {
  DONE_BUTTON,
  FOLLOWUP_ALARM_PREFIX,
  MIDNIGHT_ALARM,
  SNOOZE_BUTTON,
  SNOOZE_MS,
  startFollowupScheduler,
  type FollowupScheduler,
} from '../../lib/followups/scheduler';
import { SETTINGS_KEY } from '../../lib/settings/storage';
import { freshDb, testWorld } from '../db/helpers';

// The background's follow-up scheduler against WXT's in-memory browser and a real (fake-indexeddb)
// database: alarms, the reminder, the click, snooze/done, the badge.

const HOUR = 3_600_000;
// Sunday 22 Nov 2026, 09:00 UTC = 04:00 in New York.
const START = Date.UTC(2026, 10, 22, 9, 0);
const browser = fakeBrowser as unknown as FollowupBrowser;

let db: OwnUpDatabase;
let world: ReturnType<typeof testWorld>;
let repo: FollowupsRepository;
let scheduler: FollowupScheduler | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  world = testWorld(START);
  db = await freshDb();
  repo = new FollowupsRepository(db, world);
});

afterEach(() => {
  scheduler?.stop();
  scheduler = undefined;
});

async function start(): Promise<FollowupScheduler> {
  scheduler = startFollowupScheduler({ browser, openDatabase: async () => db, now: world.now, onError: (e) => { throw e; } });
  await scheduler.idle();
  return scheduler;
}

function followup(text: string, dueAt: number, ticketUrl = 'https://acme.zendesk.com/agent/tickets/48213') {
  return repo.create({ customerKey: 'marco.bellini@fastmail.com', ticketKey: 'zendesk:48213', ticketUrl, text, dueAt });
}

async function followupAlarms() {
  const alarms = await fakeBrowser.alarms.getAll();
  return alarms
    .filter((a) => a.name.startsWith(FOLLOWUP_ALARM_PREFIX))
    .map((a) => ({ id: a.name.slice(FOLLOWUP_ALARM_PREFIX.length), when: a.scheduledTime }))
    .sort((a, b) => a.when - b.when);
}

async function fire(id: string) {
  await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOWUP_ALARM_PREFIX + id, scheduledTime: world.now(), persistAcrossSessions: true });
  await scheduler!.idle();
}

const notifications = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { message: string; buttons?: unknown[] }>;

describe('alarms', () => {
  it('sets one alarm per open follow-up at its effective due time, none for done ones', async () => {
    const soon = await followup('Send the tracking number', START + 2 * HOUR);
    const snoozed = await followup('Check the refund landed', START + HOUR);
    await repo.snooze(snoozed.id, START + 5 * HOUR);
    const done = await followup('Already handled', START + 3 * HOUR);
    await repo.markDone(done.id);

    await start();

    expect(await followupAlarms()).toEqual([
      { id: soon.id, when: START + 2 * HOUR },
      { id: snoozed.id, when: START + 5 * HOUR },
    ]);
  });

  it('reschedules when a page says follow-ups changed, and ignores the same message from a web page', async () => {
    await start();
    const created = await followup('Call back about the ferry', START + 4 * HOUR);

    await fakeBrowser.runtime.onMessage.trigger({ type: FOLLOWUPS_CHANGED }, { id: fakeBrowser.runtime.id, url: 'https://acme.zendesk.com/agent/tickets/1' }, () => undefined);
    await scheduler!.idle();
    expect(await followupAlarms()).toEqual([]);

    await fakeBrowser.runtime.onMessage.trigger({ type: FOLLOWUPS_CHANGED }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidebar.html') }, () => undefined);
    await scheduler!.idle();
    expect(await followupAlarms()).toEqual([{ id: created.id, when: START + 4 * HOUR }]);
  });

  it('reschedules on browser start-up', async () => {
    await start();
    const created = await followup('Confirm the replacement shipped', START + HOUR);
    await fakeBrowser.runtime.onStartup.trigger();
    await scheduler!.idle();
    expect((await followupAlarms()).map((a) => a.id)).toEqual([created.id]);
  });
});

describe('the reminder', () => {
  it('raises a notification with the text and snooze/done buttons when the alarm fires, once', async () => {
    const due = await followup('Send Marco the new pickup address', START + HOUR);
    await start();
    world.advance(HOUR);

    await fire(due.id);

    const shown = notifications()[`ownup-followup:${due.id}`];
    expect(shown?.message).toBe('Send Marco the new pickup address');
    expect(shown?.buttons).toHaveLength(2);
    // Reminded: no new alarm for the same due time, and a second firing does not repeat it.
    expect(await followupAlarms()).toEqual([]);
    await fakeBrowser.notifications.clear(`ownup-followup:${due.id}`);
    await fire(due.id);
    expect(notifications()).toEqual({});
  });

  it('does not remind about a follow-up snoozed after its alarm was set, and moves the alarm', async () => {
    const due = await followup('Check in after the trip', START + HOUR);
    await start();
    await repo.snooze(due.id, START + 3 * HOUR);
    world.advance(HOUR);

    await fire(due.id);

    expect(notifications()).toEqual({});
    expect(await followupAlarms()).toEqual([{ id: due.id, when: START + 3 * HOUR }]);
  });

  it('falls back to a plain notification where buttons are refused (Firefox)', async () => {
    const due = await followup('Send the invoice copy', START + HOUR);
    await start();
    world.advance(HOUR);
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const spy = vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: { buttons?: unknown }) => {
      if (options.buttons) return Promise.reject(new Error('Property "buttons" is unsupported by Firefox'));
      return create(id, options as never);
    }) as never);

    await fire(due.id);

    expect(spy).toHaveBeenCalledTimes(2);
    const shown = notifications()[`ownup-followup:${due.id}`];
    expect(shown?.message).toBe('Send the invoice copy');
    expect(shown?.buttons).toBeUndefined();
    spy.mockRestore();
  });
});

describe('clicking the reminder', () => {
  it('opens the ticket in a new tab when none shows it', async () => {
    const due = await followup('Follow up on the second charge', START, 'https://mail.google.com/mail/u/0/#inbox/FMfcg');
    await start();
    await fire(due.id);

    await fakeBrowser.notifications.onClicked.trigger(`ownup-followup:${due.id}`);
    await scheduler!.idle();

    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://mail.google.com/mail/u/0/#inbox/FMfcg');
    expect(notifications()).toEqual({});
  });

  it('focuses the tab already showing the ticket instead of opening another', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/48213';
    const existing = await fakeBrowser.tabs.create({ url, active: false });
    const due = await followup('Ring the depot', START, url);
    await start();
    await fire(due.id);

    await fakeBrowser.notifications.onClicked.trigger(`ownup-followup:${due.id}`);
    await scheduler!.idle();

    const tabs = await fakeBrowser.tabs.query({ url });
    expect(tabs.filter((t) => t.url === url)).toHaveLength(1);
    expect((await fakeBrowser.tabs.get(existing.id!))?.active).toBe(true);
  });

  it('never opens a ticket URL that is not a web address (an edited backup)', async () => {
    const due = await followup('Suspicious', START, 'javascript:alert(1)');
    await start();
    await fire(due.id);
    const before = (await fakeBrowser.tabs.query({})).length;

    await fakeBrowser.notifications.onClicked.trigger(`ownup-followup:${due.id}`);
    await scheduler!.idle();

    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});

describe('snooze and done buttons', () => {
  it('snoozes an hour from now and sets the alarm for then', async () => {
    const due = await followup('Send the refund receipt', START);
    await start();
    world.advance(10 * 60_000);
    await fire(due.id);

    await fakeBrowser.notifications.onButtonClicked.trigger(`ownup-followup:${due.id}`, SNOOZE_BUTTON);
    await scheduler!.idle();

    const until = START + 10 * 60_000 + SNOOZE_MS;
    expect((await repo.get(due.id))?.snoozedUntil).toBe(until);
    expect(await followupAlarms()).toEqual([{ id: due.id, when: until }]);
    expect(notifications()).toEqual({});
  });

  it('marks it done, leaving no alarm and a cleared badge', async () => {
    const due = await followup('Confirm the booking moved', START);
    await start();
    await fire(due.id);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    await fakeBrowser.notifications.onButtonClicked.trigger(`ownup-followup:${due.id}`, DONE_BUTTON);
    await scheduler!.idle();

    expect((await repo.get(due.id))?.status).toBe('done');
    expect(await followupAlarms()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('the toolbar badge', () => {
  it("counts follow-ups due today in the rep's time zone, overdue ones included", async () => {
    // 04:00 in New York on Sunday 22 Nov. "Today" there ends at 05:00 UTC on the 23rd.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'America/New_York' } });
    await followup('Overdue since yesterday', START - 20 * HOUR);
    await followup('Tonight, 23:00 New York', Date.UTC(2026, 10, 23, 4, 0));
    await followup('Tomorrow 01:00 New York (still the 23rd in UTC)', Date.UTC(2026, 10, 23, 6, 0));

    await start();

    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const midnight = (await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime;
    expect(midnight).toBe(Date.UTC(2026, 10, 23, 5, 0) + 1000);
  });

  it('recounts at midnight in that zone', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 'America/New_York' } });
    await followup('Tomorrow 01:00 New York', Date.UTC(2026, 10, 23, 6, 0));
    await start();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    world.advance(Date.UTC(2026, 10, 23, 5, 0, 1) - world.now());
    await fakeBrowser.alarms.onAlarm.trigger({ name: MIDNIGHT_ALARM, scheduledTime: world.now(), persistAcrossSessions: true });
    await scheduler!.idle();

    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
