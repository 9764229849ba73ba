import { describe, expect, it } from 'vitest';
import { aggregate, localDayStarts } from '../../lib/stats';
import { makeEvent } from './make-event';

const DAY = 86_400_000;
const MON = Date.UTC(2026, 10, 16); // Monday 16 Nov 2026, 00:00 UTC

// Five replies over two days, figures computed by hand in the comments.
const events = [
  // day 1: Sam, two replies
  makeEvent({ id: 'a', at: MON + 9 * 3600e3, rep: 'Sam', findingsAtFirst: { redirect: 2, hollow_closer: 1 }, findingsAtSend: { redirect: 1 }, scoreAtFirst: 40, scoreAtSend: 70,
    suggestions: { byCategory: { redirect: { shown: 2, applied: 1, dismissed: 1 }, hollow_closer: { shown: 1, applied: 1, dismissed: 0 } }, byTier: { try_harder: { shown: 1, applied: 1, dismissed: 0 } } } }),
  makeEvent({ id: 'b', at: MON + 15 * 3600e3, rep: 'Sam', findingsAtFirst: {}, findingsAtSend: {}, scoreAtFirst: 90, scoreAtSend: 90, flaggedCannedSent: true }),
  // day 2: Dana, three replies
  makeEvent({ id: 'c', at: MON + DAY + 1, rep: 'Dana', site: 'gmail', findingsAtFirst: { policy_wall: 1 }, findingsAtSend: { policy_wall: 1 }, scoreAtFirst: 60, scoreAtSend: 60,
    suggestions: { byCategory: { policy_wall: { shown: 1, applied: 0, dismissed: 1 } }, byTier: {} } }),
  makeEvent({ id: 'd', at: MON + DAY + 2, rep: 'Dana', site: 'gmail', findingsAtFirst: { redirect: 1 }, findingsAtSend: {}, scoreAtFirst: 50, scoreAtSend: 100,
    suggestions: { byCategory: { redirect: { shown: 1, applied: 1, dismissed: 0 } }, byTier: {} } }),
  makeEvent({ id: 'e', at: MON + DAY + 3, rep: 'Dana', site: 'gmail', scoreAtFirst: 70, scoreAtSend: 80 }),
  // outside the period: must not count
  makeEvent({ id: 'late', at: MON + 3 * DAY, findingsAtSend: { redirect: 9 } }),
];
const period = { from: MON, to: MON + 2 * DAY, timeZone: 'UTC' };

describe('dashboard aggregation', () => {
  const summary = aggregate(events, period);

  it('counts replies and deflections per 100 replies at first analysis and at send', () => {
    expect(summary.replies).toBe(5);
    // at first: 3 + 0 + 1 + 1 + 0 = 5 → 100; at send: 1 + 0 + 1 + 0 + 0 = 2 → 40
    expect(summary.deflectionsPer100AtFirst).toBe(100);
    expect(summary.deflectionsPer100AtSend).toBe(40);
    // scores: first (40+90+60+50+70)/5 = 62, send (70+90+60+100+80)/5 = 80
    expect(summary.meanScoreAtFirst).toBe(62);
    expect(summary.meanScoreAtSend).toBe(80);
    expect(summary.flaggedCannedSent).toBe(1);
  });

  it('draws one point per day with the day\'s own figures', () => {
    expect(summary.days.map((d) => d.replies)).toEqual([2, 3]);
    // day 1: 1 deflection over 2 replies → 50; score (70+90)/2 = 80. day 2: 1 over 3 → 33.3; (60+100+80)/3 = 80
    expect(summary.days.map((d) => d.deflectionsPer100)).toEqual([50, 33.3]);
    expect(summary.days.map((d) => d.meanScoreAtSend)).toEqual([80, 80]);
  });

  it('shows which categories persist until send, most still sent first', () => {
    const [top, second] = summary.categories;
    // both have 1 left at send; redirect was found more often, so it leads
    expect(top).toEqual({ category: 'redirect', atFirst: 3, atSend: 1, persistence: 1 / 3 });
    expect(second).toEqual({ category: 'policy_wall', atFirst: 1, atSend: 1, persistence: 1 });
    expect(summary.categories.find((c) => c.category === 'hollow_closer')).toEqual({ category: 'hollow_closer', atFirst: 1, atSend: 0, persistence: 0 });
    expect(summary.categories.find((c) => c.category === 'condescension')?.persistence).toBeNull();
  });

  it('computes suggestion acceptance by category and by tier', () => {
    expect(summary.acceptanceByCategory.redirect).toEqual({ shown: 3, applied: 2, dismissed: 1, rate: 2 / 3 });
    expect(summary.acceptanceByCategory.policy_wall.rate).toBe(0);
    expect(summary.acceptanceByCategory.blame_shift.rate).toBeNull();
    expect(summary.acceptanceByTier.try_harder).toEqual({ shown: 1, applied: 1, dismissed: 0, rate: 1 });
  });

  it('gives one row per rep', () => {
    expect(summary.reps).toEqual([
      // Dana: 3 replies, 1 deflection at send → 33.3; first (60+50+70)/3 = 60; send 80; applied 1 of shown 2
      { rep: 'Dana', replies: 3, deflectionsPer100: 33.3, meanScoreAtFirst: 60, meanScoreAtSend: 80, acceptance: 0.5 },
      // Sam: 2 replies, 1 at send → 50; first 65; send 80; applied 2 of shown 3
      { rep: 'Sam', replies: 2, deflectionsPer100: 50, meanScoreAtFirst: 65, meanScoreAtSend: 80, acceptance: 2 / 3 },
    ]);
  });

  it('filters by site, rep and category', () => {
    expect(aggregate(events, { ...period, site: 'gmail' }).replies).toBe(3);
    expect(aggregate(events, { ...period, rep: 'Sam' }).replies).toBe(2);
    const redirects = aggregate(events, { ...period, category: 'redirect' });
    // replies a and d had a redirect; 2 at send? a: 1, d: 0 → 1 over 2 replies → 50
    expect(redirects.replies).toBe(2);
    expect(redirects.deflectionsPer100AtSend).toBe(50);
    expect(redirects.categories.map((c) => c.category)).toEqual(['redirect']);
  });

  it('makes sense with no data', () => {
    const empty = aggregate([], period);
    expect(empty.replies).toBe(0);
    expect(empty.deflectionsPer100AtSend).toBeNull();
    expect(empty.meanScoreAtSend).toBeNull();
    expect(empty.days).toHaveLength(2);
    expect(empty.days.every((d) => d.replies === 0 && d.deflectionsPer100 === null)).toBe(true);
    expect(empty.reps).toEqual([]);
  });
});

describe('calendar days in the rep\'s time zone', () => {
  it('starts days at local midnight, across a DST change', () => {
    // Europe/Berlin leaves summer time on Sunday 25 Oct 2026: that day has 25 hours.
    const from = Date.UTC(2026, 9, 24, 12);
    const starts = localDayStarts(from, Date.UTC(2026, 9, 27), 'Europe/Berlin');
    expect(starts.map((s) => new Date(s).toISOString())).toEqual([
      '2026-10-23T22:00:00.000Z',
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
      '2026-10-26T23:00:00.000Z',
    ]);
  });

  it('puts an evening reply on the local day, not the UTC day', () => {
    // 23:30 in New York on 16 Nov is 04:30 UTC on 17 Nov.
    const at = Date.UTC(2026, 10, 17, 4, 30);
    const summary = aggregate([makeEvent({ id: 'x', at })], { from: Date.UTC(2026, 10, 16, 5), to: Date.UTC(2026, 10, 18, 5), timeZone: 'America/New_York' });
    expect(summary.days[0]!.replies).toBe(1);
    expect(new Date(summary.days[0]!.day).toISOString()).toBe('2026-11-16T05:00:00.000Z');
  });
});
