import { describe, expect, it } from 'vitest';
import { FLAG_HISTORY_MAX_ENTRIES, RecordValidationError } from '../../lib/db';
import { FlagsRepository, type NewFlag } from '../../lib/db/repos/flags';
import { freshDb, testWorld } from './helpers';

const contactBookingSite: NewFlag = {
  groupKey: 'we are not affiliated with <partner> please contact them directly',
  text: 'We are not affiliated with Expedia, please contact them directly.',
  macroName: 'Third-party booking',
  reason: { category: 'redirect' },
  rep: 'Sam',
};

async function setup() {
  const db = await freshDb();
  const world = testWorld();
  return { db, world, flags: new FlagsRepository(db, world) };
}

describe('flags repository', () => {
  it('creates a group on the first flag', async () => {
    const { flags, world } = await setup();
    const flag = await flags.addFlag(contactBookingSite);
    expect(flag).toEqual({
      ...contactBookingSite,
      id: 'id-0001',
      createdAt: world.now(),
      updatedAt: world.now(),
      status: 'open',
      count: 1,
      lastFlaggedAt: world.now(),
      history: [{ at: world.now(), rep: 'Sam', reason: { category: 'redirect' } }],
    });
  });

  it('adds later flags of the same group to its count and history, keeping the first text', async () => {
    const { flags, world } = await setup();
    const first = await flags.addFlag(contactBookingSite);
    world.advance(1000);
    const second = await flags.addFlag({ ...contactBookingSite, text: 'We are not affiliated with Booking.com, please contact them directly.', rep: 'Kim', reason: { text: 'customer got angrier' } });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ count: 2, text: contactBookingSite.text, rep: 'Sam', reason: { text: 'customer got angrier' }, lastFlaggedAt: world.now() });
    expect(second.history.map((h) => h.rep)).toEqual(['Sam', 'Kim']);
    expect(await flags.list()).toHaveLength(1);
  });

  it('makes one group when two flags of a new macro race', async () => {
    const { flags } = await setup();
    await Promise.all([flags.addFlag(contactBookingSite), flags.addFlag({ ...contactBookingSite, rep: 'Kim' })]);
    const all = await flags.list();
    expect(all).toHaveLength(1);
    expect(all[0]!.count).toBe(2);
  });

  it('keeps the total count but only the latest history entries', async () => {
    const { flags, world } = await setup();
    for (let i = 0; i < FLAG_HISTORY_MAX_ENTRIES + 5; i++) {
      world.advance(1);
      await flags.addFlag({ ...contactBookingSite, rep: `rep ${i}` });
    }
    const flag = (await flags.getByGroup(contactBookingSite.groupKey))!;
    expect(flag.count).toBe(FLAG_HISTORY_MAX_ENTRIES + 5);
    expect(flag.history).toHaveLength(FLAG_HISTORY_MAX_ENTRIES);
    expect(flag.history.at(-1)!.rep).toBe(`rep ${FLAG_HISTORY_MAX_ENTRIES + 4}`);
    expect(flag.history[0]!.rep).toBe('rep 5');
  });

  it('lists the review queue by count or by recency, optionally by status', async () => {
    const { flags, world } = await setup();
    const often = await flags.addFlag({ ...contactBookingSite, groupKey: 'often' });
    await flags.addFlag({ ...contactBookingSite, groupKey: 'often' });
    world.advance(10);
    const recent = await flags.addFlag({ ...contactBookingSite, groupKey: 'recent' });
    expect((await flags.list({ order: 'count' })).map((f) => f.id)).toEqual([often.id, recent.id]);
    expect((await flags.list({ order: 'recent' })).map((f) => f.id)).toEqual([recent.id, often.id]);
    await flags.setStatus(recent.id, 'dismissed');
    expect((await flags.list({ status: 'open' })).map((f) => f.id)).toEqual([often.id]);
  });

  it('approves a rewrite, and reopens a dismissed group flagged again', async () => {
    const { flags } = await setup();
    const flag = await flags.addFlag(contactBookingSite);
    const approved = await flags.approveRewrite(flag.id, "I'll get this corrected with them myself and confirm by 5 pm.");
    expect(approved).toMatchObject({ status: 'approved', approvedRewrite: "I'll get this corrected with them myself and confirm by 5 pm." });
    expect((await flags.addFlag(contactBookingSite)).status).toBe('approved');
    await flags.setStatus(flag.id, 'dismissed');
    expect((await flags.addFlag(contactBookingSite)).status).toBe('open');
  });

  it('refuses a flag without any reason, or an empty rewrite', async () => {
    const { flags } = await setup();
    await expect(flags.addFlag({ ...contactBookingSite, reason: {} })).rejects.toThrow(/give a category or a reason/);
    await expect(flags.addFlag({ ...contactBookingSite, reason: { category: 'not_a_category' as never } })).rejects.toBeInstanceOf(RecordValidationError);
    const flag = await flags.addFlag(contactBookingSite);
    await expect(flags.approveRewrite(flag.id, '')).rejects.toThrow(/flag\.approvedRewrite/);
    expect((await flags.get(flag.id))!.status).toBe('open');
  });
});
