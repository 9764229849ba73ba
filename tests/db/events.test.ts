import { describe, expect, it } from 'vitest';
import { EventRecord, RecordValidationError } from '../../lib/db';
import { EventsRepository, type NewEvent } from '../../lib/db/repos/events';
import { freshDb, testWorld } from './helpers';

export function sentReply(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    at: Date.UTC(2026, 10, 22, 10, 0),
    site: 'zendesk',
    rep: 'Sam',
    findingsAtFirst: { redirect: 2, hollow_closer: 1 },
    findingsAtSend: { hollow_closer: 1 },
    scoreAtFirst: 41,
    scoreAtSend: 78,
    suggestions: {
      byCategory: { redirect: { shown: 2, applied: 2, dismissed: 0 }, hollow_closer: { shown: 1, applied: 0, dismissed: 1 } },
      byTier: { customer_focused: { shown: 1, applied: 1, dismissed: 0 } },
    },
    situations: ['partner_error'],
    signals: ['deadline'],
    flaggedCannedSent: false,
    ...overrides,
  };
}

async function setup() {
  const db = await freshDb();
  const world = testWorld();
  return { db, world, events: new EventsRepository(db, world) };
}

describe('events repository', () => {
  it('adds a reply as counts, marked as recorded here', async () => {
    const { events, world } = await setup();
    const event = await events.add(sentReply());
    expect(event).toEqual({ ...sentReply(), id: 'id-0001', createdAt: world.now(), updatedAt: world.now(), source: { kind: 'own' } });
    expect(await events.count()).toBe(1);
  });

  it('lists a period, by rep and by site', async () => {
    const { events } = await setup();
    const day = 86_400_000;
    const t0 = Date.UTC(2026, 10, 1);
    const samDay1 = await events.add(sentReply({ at: t0 + day, rep: 'Sam' }));
    const kimDay2 = await events.add(sentReply({ at: t0 + 2 * day, rep: 'Kim', site: 'gmail' }));
    const samDay3 = await events.add(sentReply({ at: t0 + 3 * day, rep: 'Sam', site: 'gmail' }));
    await events.add(sentReply({ at: t0 + 10 * day, rep: 'Sam' }));
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await events.listRange(t0, t0 + 4 * day))).toEqual([samDay1.id, kimDay2.id, samDay3.id]);
    expect(ids(await events.listRange(t0, t0 + 4 * day, { rep: 'Sam' }))).toEqual([samDay1.id, samDay3.id]);
    expect(ids(await events.listRange(t0, t0 + 4 * day, { site: 'gmail' }))).toEqual([kimDay2.id, samDay3.id]);
    expect(ids(await events.listRange(t0, t0 + 4 * day, { rep: 'Sam', site: 'gmail' }))).toEqual([samDay3.id]);
    // [from, to): an event exactly at `to` belongs to the next period.
    expect(ids(await events.listRange(t0 + day, t0 + 3 * day))).toEqual([samDay1.id, kimDay2.id]);
  });

  it('merges bundles by id, so importing twice changes nothing', async () => {
    const { events, world } = await setup();
    const own = await events.add(sentReply());
    const imported = [1, 2, 3].map((n) => ({ ...sentReply({ rep: 'Kim' }), id: `kim-${n}`, createdAt: world.now(), updatedAt: world.now(), source: { kind: 'imported' as const, rep: 'Kim' } }));
    expect(await events.bulkMerge([...imported, imported[0]])).toEqual({ added: 3, skipped: 1 });
    expect(await events.bulkMerge([...imported, own])).toEqual({ added: 0, skipped: 4 });
    expect(await events.count()).toBe(4);
    const fresh = { ...imported[0]!, id: 'kim-4' };
    expect(await events.bulkMerge([imported[1], fresh, own])).toEqual({ added: 1, skipped: 2 });
    expect((await events.listRange(0, Number.MAX_SAFE_INTEGER, { rep: 'Kim' })).map((e) => e.id).sort()).toEqual(['kim-1', 'kim-2', 'kim-3', 'kim-4']);
  });

  it('refuses a whole merge for one bad row, naming it, and writes nothing', async () => {
    const { events, world } = await setup();
    const good = { ...sentReply(), id: 'a', createdAt: world.now(), updatedAt: world.now(), source: { kind: 'own' } };
    const bad = { ...good, id: 'b', scoreAtSend: 'high' };
    await expect(events.bulkMerge([good, good, bad])).rejects.toThrow(/events\[2\]\.scoreAtSend: expected number/);
    await expect(events.bulkMerge({ events: [good] })).rejects.toBeInstanceOf(RecordValidationError);
    expect(await events.count()).toBe(0);
  });

  it('deletes all statistics', async () => {
    const { events } = await setup();
    await events.add(sentReply());
    await events.add(sentReply());
    await events.deleteAll();
    expect(await events.count()).toBe(0);
  });
});

describe('event schema: counts only, never text', () => {
  const row = { ...sentReply(), id: 'e1', createdAt: 1, updatedAt: 1, source: { kind: 'own' } };

  it('accepts a row of counts', () => {
    expect(EventRecord.safeParse(row).success).toBe(true);
  });

  it.each([
    ['a text field on the row', { ...row, text: 'We are not affiliated with Expedia' }],
    ['a draft field on the row', { ...row, draft: 'Hi Ada' }],
    ['text inside the suggestions', { ...row, suggestions: { ...row.suggestions, text: 'rewrite' } }],
    ['text inside one suggestion count', { ...row, suggestions: { ...row.suggestions, byTier: { minimal: { shown: 1, applied: 0, dismissed: 0, text: 'x' } } } }],
    ['a text key among the findings', { ...row, findingsAtSend: { text: 3 } }],
    ['words as a finding count', { ...row, findingsAtFirst: { redirect: 'please contact them' } }],
    ['free text as a situation', { ...row, situations: ['customer is upset about the move'] }],
    ['text in the source', { ...row, source: { kind: 'own', note: 'x' } }],
    ['a reply pasted into the rep name', { ...row, rep: 'x'.repeat(500) }],
  ])('rejects %s', async (_label, candidate) => {
    expect(EventRecord.safeParse(candidate).success).toBe(false);
    const { events } = await setup();
    await expect(events.bulkMerge([candidate])).rejects.toBeInstanceOf(RecordValidationError);
    expect(await events.count()).toBe(0);
  });
});
