import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BUSINESS_HOURS,
  followUpDueAt,
  followUpPhrase,
  relativeFollowUpPhrase,
  resolveTimeZone,
} from '../../lib/analysis/time';
import type { ReplyContext } from '../../lib/analysis/types';

// Instants are written as UTC ISO strings so each expectation can be checked by hand against the
// zone's offset on that date.
const at = (iso: string): number => Date.parse(iso);
const ctx = (iso: string, timeZone?: string, extra: Partial<ReplyContext> = {}): ReplyContext => ({
  now: at(iso),
  timeZone,
  ...extra,
});

describe('followUpPhrase', () => {
  it('is undefined without a clock, so callers word the promise relatively', () => {
    expect(followUpPhrase({ timeZone: 'Europe/Berlin' }, 4)).toBeUndefined();
    expect(followUpDueAt({}, 4)).toBeUndefined();
  });

  it('promises later today when the hours fit in the working day', () => {
    // Wednesday 2026-03-11 10:00 in Berlin (UTC+1).
    expect(followUpPhrase(ctx('2026-03-11T09:00:00Z', 'Europe/Berlin'), 4)).toBe('by 2 pm today');
    expect(followUpPhrase(ctx('2026-03-11T09:00:00Z', 'Europe/Berlin'), 7)).toBe('by 5 pm today');
  });

  it('rounds a part-hour up so the rep never promises earlier than possible', () => {
    // 10:20 + 2 h = 12:20 → by 1 pm.
    expect(followUpPhrase(ctx('2026-03-11T09:20:00Z', 'Europe/Berlin'), 2)).toBe('by 1 pm today');
  });

  it('carries the hours that do not fit today into tomorrow morning', () => {
    // Wednesday 15:00 Berlin + 4 working hours: 2 today, 2 from 9 am Thursday → 11 am tomorrow.
    expect(followUpPhrase(ctx('2026-03-11T14:00:00Z', 'Europe/Berlin'), 4)).toBe('by 11 am tomorrow');
  });

  it('starts counting at the next business morning when asked after hours', () => {
    // Wednesday 21:30 Berlin + 2 h → Thursday 11 am.
    expect(followUpPhrase(ctx('2026-03-11T20:30:00Z', 'Europe/Berlin'), 2)).toBe('by 11 am tomorrow');
    // Wednesday 06:00 Berlin (before opening) + 2 h → 11 am today.
    expect(followUpPhrase(ctx('2026-03-11T05:00:00Z', 'Europe/Berlin'), 2)).toBe('by 11 am today');
  });

  it('skips the weekend', () => {
    // Friday 2026-03-13 16:00 Berlin + 4 h: 1 h Friday, 3 h Monday → by noon on Monday.
    expect(followUpPhrase(ctx('2026-03-13T15:00:00Z', 'Europe/Berlin'), 4)).toBe('by noon on Monday');
    // Saturday + 2 h → Monday 11 am.
    expect(followUpPhrase(ctx('2026-03-14T12:00:00Z', 'Europe/Berlin'), 2)).toBe('by 11 am on Monday');
  });

  it('names the date when the promise is a week or more away', () => {
    // Monday 2026-03-09 9:00 UTC + 40 working hours = five full days → Friday 5 pm (4 days ahead);
    // + 48 h → the following Monday at 5 pm, seven days ahead, so the date is named.
    expect(followUpPhrase(ctx('2026-03-09T09:00:00Z', 'UTC'), 40)).toBe('by 5 pm on Friday');
    expect(followUpPhrase(ctx('2026-03-09T09:00:00Z', 'UTC'), 48)).toBe('by 5 pm on Monday, March 16');
  });

  it('works in Asia/Kathmandu (UTC+5:45)', () => {
    // 2026-03-11 04:15Z = 10:00 in Kathmandu.
    expect(followUpPhrase(ctx('2026-03-11T04:15:00Z', 'Asia/Kathmandu'), 3)).toBe('by 1 pm today');
    expect(followUpDueAt(ctx('2026-03-11T04:15:00Z', 'Asia/Kathmandu'), 3)).toBe(at('2026-03-11T07:15:00Z'));
  });

  it('works in Pacific/Chatham (UTC+13:45 in its summer)', () => {
    // 2026-01-14 20:15Z = Thursday 2026-01-15 10:00 in Chatham (+13:45).
    expect(followUpPhrase(ctx('2026-01-14T20:15:00Z', 'Pacific/Chatham'), 8)).toBe('by 10 am tomorrow');
    expect(followUpDueAt(ctx('2026-01-14T20:15:00Z', 'Pacific/Chatham'), 8)).toBe(at('2026-01-15T20:15:00Z'));
  });

  it('keeps wall-clock hours across the spring DST change in Europe/Berlin', () => {
    // Friday 2026-03-27 16:00 CET (UTC+1); clocks jump on Sunday 29 March. + 2 h → Monday 10:00 CEST (UTC+2).
    const friday = ctx('2026-03-27T15:00:00Z', 'Europe/Berlin');
    expect(followUpPhrase(friday, 2)).toBe('by 10 am on Monday');
    expect(followUpDueAt(friday, 2)).toBe(at('2026-03-30T08:00:00Z'));
  });

  it('keeps wall-clock hours across the autumn DST change in America/New_York', () => {
    // Friday 2026-10-30 16:00 EDT (UTC-4); clocks fall back on Sunday 1 November. + 3 h → Monday 11:00 EST (UTC-5).
    const friday = ctx('2026-10-30T20:00:00Z', 'America/New_York');
    expect(followUpPhrase(friday, 3)).toBe('by 11 am on Monday');
    expect(followUpDueAt(friday, 3)).toBe(at('2026-11-02T16:00:00Z'));
  });

  it('lands inside the spring-forward gap correctly when business hours start at 2 am', () => {
    // New York, Sunday 2026-03-08: 2:00 does not exist; the clock reads 3:00 at 07:00Z.
    const saturdayNight = ctx('2026-03-08T04:00:00Z', 'America/New_York', {
      businessHours: { start: 2, end: 10, days: [0, 1, 2, 3, 4, 5, 6] },
    });
    expect(followUpDueAt(saturdayNight, 0)).toBe(at('2026-03-08T07:00:00Z'));
  });

  it('falls back to UTC for an unknown or missing zone', () => {
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBe('UTC');
    expect(resolveTimeZone(undefined)).toBe('UTC');
    expect(followUpPhrase(ctx('2026-03-11T10:00:00Z', 'Mars/Olympus_Mons'), 2)).toBe('by noon today');
    expect(followUpPhrase(ctx('2026-03-11T10:00:00Z'), 2)).toBe('by noon today');
  });

  it('uses the rep’s own business hours and days', () => {
    // A Sunday-to-Thursday team, 8–16, in Asia/Jerusalem (UTC+2 in winter). Friday 10:00 → Sunday.
    const friday = ctx('2026-01-16T08:00:00Z', 'Asia/Jerusalem', {
      businessHours: { start: 8, end: 16, days: [0, 1, 2, 3, 4] },
    });
    expect(followUpPhrase(friday, 2)).toBe('by 10 am on Sunday');
  });

  it('ignores nonsensical business hours rather than never finding a working day', () => {
    const broken = ctx('2026-03-11T10:00:00Z', 'UTC', { businessHours: { start: 17, end: 9, days: [] } });
    expect(followUpPhrase(broken, 2)).toBe('by noon today');
  });

  it('says midnight for a promise due when a 24-hour window closes', () => {
    const allDay = ctx('2026-03-11T22:00:00Z', 'UTC', { businessHours: { start: 0, end: 24, days: [0, 1, 2, 3, 4, 5, 6] } });
    expect(followUpPhrase(allDay, 2)).toBe('by midnight today');
  });

  it('never lands outside business hours, in any zone', () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 60 }),
        (now, timeZone, hoursAhead) => {
          const dueAt = followUpDueAt({ now, timeZone }, hoursAhead);
          expect(dueAt).toBeDefined();
          expect(dueAt!).toBeGreaterThanOrEqual(now);
          const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' })
            .formatToParts(dueAt!);
          const hour = Number(parts.find((p) => p.type === 'hour')?.value);
          const minute = Number(parts.find((p) => p.type === 'minute')?.value);
          const day = parts.find((p) => p.type === 'weekday')?.value;
          expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(day);
          expect(minute).toBe(0);
          expect(hour).toBeGreaterThanOrEqual(DEFAULT_BUSINESS_HOURS.start);
          expect(hour).toBeLessThanOrEqual(DEFAULT_BUSINESS_HOURS.end);
          expect(followUpPhrase({ now, timeZone }, hoursAhead)).toMatch(/^by (\d{1,2} (am|pm)|noon) (today|tomorrow|on \w+day(, \w+ \d{1,2})?)$/);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('relativeFollowUpPhrase', () => {
  it('gives a concrete window, never "soon"', () => {
    expect(relativeFollowUpPhrase(2)).toBe('within one business day');
    expect(relativeFollowUpPhrase(8)).toBe('within one business day');
    expect(relativeFollowUpPhrase(16)).toBe('within two business days');
  });
});
