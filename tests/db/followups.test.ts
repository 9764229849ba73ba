import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../lib/db/day';
import { FollowupsRepository, isOverdue, type NewFollowup } from '../../lib/db/repos/followups';
import { freshDb, testWorld } from './helpers';

const HOUR = 3_600_000;
const promise: Omit<NewFollowup, 'dueAt'> = {
  customerKey: 'ada@example.com',
  ticketKey: 'zendesk:42',
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/42',
  text: 'Send the replacement tracking number',
};

async function setup() {
  const db = await freshDb();
  const world = testWorld(Date.UTC(2026, 10, 22, 12, 0)); // noon UTC
  return { db, world, followups: new FollowupsRepository(db, world) };
}

describe('follow-ups repository', () => {
  it('creates an open follow-up', async () => {
    const { followups, world } = await setup();
    const f = await followups.create({ ...promise, dueAt: world.now() + 2 * HOUR });
    expect(f).toEqual({ ...promise, dueAt: world.now() + 2 * HOUR, status: 'open', id: 'id-0001', createdAt: world.now(), updatedAt: world.now() });
    expect(await followups.get(f.id)).toEqual(f);
  });

  it("lists a customer's open follow-ups with the overdue ones first", async () => {
    const { followups, world } = await setup();
    const now = world.now();
    const later = await followups.create({ ...promise, text: 'in three days', dueAt: now + 72 * HOUR });
    const overdue = await followups.create({ ...promise, text: 'yesterday', dueAt: now - 24 * HOUR });
    const soon = await followups.create({ ...promise, text: 'in two hours', dueAt: now + 2 * HOUR });
    const done = await followups.create({ ...promise, text: 'done already', dueAt: now - 48 * HOUR });
    await followups.markDone(done.id);
    await followups.create({ ...promise, customerKey: 'bob@example.com', dueAt: now - HOUR });
    const open = await followups.listOpenForCustomer('ada@example.com');
    expect(open.map((f) => f.id)).toEqual([overdue.id, soon.id, later.id]);
    expect(open.map((f) => isOverdue(f, now))).toEqual([true, false, false]);
  });

  it('snoozes without moving the promised time, and the snooze decides the order', async () => {
    const { followups, world } = await setup();
    const now = world.now();
    const a = await followups.create({ ...promise, text: 'a', dueAt: now - HOUR });
    const b = await followups.create({ ...promise, text: 'b', dueAt: now + HOUR });
    const snoozed = await followups.snooze(a.id, now + 3 * HOUR);
    expect(snoozed).toMatchObject({ dueAt: now - HOUR, snoozedUntil: now + 3 * HOUR });
    expect(isOverdue(snoozed, now)).toBe(false);
    expect((await followups.listOpenForCustomer(promise.customerKey)).map((f) => f.id)).toEqual([b.id, a.id]);
    await expect(followups.snooze(b.id, now)).rejects.toThrow(/after the follow-up is due/);
  });

  it('marks done with the time, drops it from the open list, and can reopen it', async () => {
    const { followups, world } = await setup();
    const f = await followups.create({ ...promise, dueAt: world.now() });
    world.advance(60_000);
    const done = await followups.markDone(f.id);
    expect(done).toMatchObject({ status: 'done', doneAt: world.now(), updatedAt: world.now() });
    expect(await followups.listOpenForCustomer(promise.customerKey)).toEqual([]);
    await expect(followups.snooze(f.id, world.now() + HOUR)).rejects.toThrow(/Only an open follow-up/);
    const reopened = await followups.reopen(f.id);
    expect(reopened.status).toBe('open');
    expect('doneAt' in reopened).toBe(false);
  });

  it("counts what is due by the end of the rep's day, in the rep's time zone", async () => {
    const { followups } = await setup();
    // 2026-11-22 20:00 UTC is 21:00 in Berlin (UTC+1) but already 2026-11-23 05:00 in Tokyo (UTC+9).
    const now = Date.UTC(2026, 10, 22, 20, 0);
    await followups.create({ ...promise, text: 'overdue since yesterday', dueAt: now - 24 * HOUR });
    await followups.create({ ...promise, text: 'in 2 h: 23:00 Berlin, 07:00 Tokyo', dueAt: now + 2 * HOUR });
    await followups.create({ ...promise, text: 'in 5 h: 02:00 tomorrow in Berlin, 10:00 Tokyo', dueAt: now + 5 * HOUR });
    await followups.create({ ...promise, text: 'in 20 h: 17:00 Berlin tomorrow, 01:00 Tokyo the day after', dueAt: now + 20 * HOUR });
    const done = await followups.create({ ...promise, text: 'done', dueAt: now - HOUR });
    await followups.markDone(done.id);
    expect(await followups.countDueToday(now, 'Europe/Berlin')).toBe(2);
    expect(await followups.countDueToday(now, 'Asia/Tokyo')).toBe(3);
  });

  it('leaves a follow-up snoozed past tonight out of today', async () => {
    const { followups } = await setup();
    const now = Date.UTC(2026, 10, 22, 10, 0);
    const f = await followups.create({ ...promise, dueAt: now - HOUR });
    expect(await followups.countDueToday(now, 'UTC')).toBe(1);
    await followups.snooze(f.id, now + 24 * HOUR);
    expect(await followups.countDueToday(now, 'UTC')).toBe(0);
  });

  it('lists by due date within a range and status, and finds the next one for the alarm', async () => {
    const { followups, world } = await setup();
    const now = world.now();
    const three = await followups.create({ ...promise, dueAt: now + 3 * HOUR });
    const one = await followups.create({ ...promise, dueAt: now + HOUR });
    const two = await followups.create({ ...promise, dueAt: now + 2 * HOUR });
    await followups.markDone(two.id);
    expect((await followups.listByDue()).map((f) => f.id)).toEqual([one.id, two.id, three.id]);
    expect((await followups.listByDue({ from: now + 2 * HOUR })).map((f) => f.id)).toEqual([two.id, three.id]);
    expect((await followups.listByDue({ to: now + 3 * HOUR, status: 'open' })).map((f) => f.id)).toEqual([one.id]);
    expect((await followups.nextOpenDue())?.id).toBe(one.id);
    await followups.remove(one.id);
    expect((await followups.nextOpenDue())?.id).toBe(three.id);
  });

  it('refuses a follow-up without a ticket URL or with a long text', async () => {
    const { followups, world } = await setup();
    await expect(followups.create({ ...promise, ticketUrl: '', dueAt: world.now() })).rejects.toThrow(/followup\.ticketUrl/);
    await expect(followups.create({ ...promise, text: 'x'.repeat(501), dueAt: world.now() })).rejects.toThrow(/followup\.text/);
  });
});

describe('end of the local day', () => {
  it('is the next local midnight, across a daylight-saving change', () => {
    // Berlin leaves summer time on 2026-10-25 at 03:00 local: that day has 25 hours.
    const morning = Date.UTC(2026, 9, 25, 6, 0); // 07:00 CET
    expect(endOfLocalDay(morning, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 25, 23, 0)); // 00:00 CET on the 26th
    const beforeChange = Date.UTC(2026, 9, 24, 20, 0); // 22:00 CEST on the 24th
    expect(endOfLocalDay(beforeChange, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 24, 22, 0)); // 00:00 CEST
    expect(endOfLocalDay(Date.UTC(2026, 10, 22, 23, 59), 'UTC')).toBe(Date.UTC(2026, 10, 23));
    expect(() => endOfLocalDay(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
