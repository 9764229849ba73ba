import { describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, resolvePeriod, startOfDay } from '@/components/dashboard/period';

// The dashboard's periods are calendar days in the rep's zone, worked out here by hand.

describe('dashboard periods', () => {
  it('makes "last 7 days" today and the six days before, local midnight to local midnight, across a DST change', () => {
    // Berlin leaves summer time on 2026-10-25; "now" is 2026-10-27 09:00 local (08:00 UTC).
    const period = resolvePeriod({ kind: 'preset', days: 7 }, Date.UTC(2026, 9, 27, 8), 'Europe/Berlin');
    expect(period).toEqual({
      fromDay: '2026-10-21',
      toDay: '2026-10-27',
      from: Date.UTC(2026, 9, 20, 22), // 00:00 CEST
      to: Date.UTC(2026, 9, 27, 23), // 00:00 CET on the 28th
    });
  });

  it('takes the day from the zone, not from UTC: 23:30 UTC is already tomorrow in Tokyo', () => {
    const now = Date.UTC(2026, 10, 20, 23, 30);
    expect(dayKeyOf(now, 'UTC')).toBe('2026-11-20');
    expect(dayKeyOf(now, 'Asia/Tokyo')).toBe('2026-11-21');
    expect(resolvePeriod({ kind: 'preset', days: 30 }, now, 'Asia/Tokyo').toDay).toBe('2026-11-21');
  });

  it('includes both days of a custom period and refuses reversed or endless ones', () => {
    const period = resolvePeriod({ kind: 'custom', fromDay: '2026-11-01', toDay: '2026-11-30' }, 0, 'America/New_York');
    expect(period.from).toBe(Date.UTC(2026, 10, 1, 4)); // EDT until Nov 1 02:00
    expect(period.to).toBe(Date.UTC(2026, 11, 1, 5)); // EST
    expect(() => resolvePeriod({ kind: 'custom', fromDay: '2026-11-30', toDay: '2026-11-01' }, 0, 'UTC')).toThrow('The start day is after the end day.');
    expect(() => resolvePeriod({ kind: 'custom', fromDay: '1990-01-01', toDay: '2026-11-01' }, 0, 'UTC')).toThrow(/at most 731 days/);
    expect(() => resolvePeriod({ kind: 'custom', fromDay: '', toDay: '2026-11-01' }, 0, 'UTC')).toThrow(/both a start and an end/);
  });

  it('counts days over month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(startOfDay('2026-11-20', 'UTC')).toBe(Date.UTC(2026, 10, 20));
  });
});
