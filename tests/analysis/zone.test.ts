import { describe, expect, it } from 'vitest';
import {
  instantOfWall,
  isKnownTimeZone,
  startOfLocalDay,
  startOfNextLocalDay,
  wallAt,
  wallDayStart,
  zoneOffsetAt,
} from '../../lib/analysis/zone';

// Wall clocks of the zones that break naive arithmetic: quarter-hour offsets (Kathmandu,
// Chatham), DST both ways on both sides of the Atlantic, and the hour that does not exist.

const at = (iso: string): number => Date.parse(iso);
/** A wall-clock reading, written as ISO without a zone: "2026-03-29T02:30". */
const wall = (local: string): number => Date.parse(`${local}Z`);
const MINUTE = 60_000;

describe('wall clocks in a time zone', () => {
  it('reads Kathmandu at +5:45 both ways', () => {
    expect(zoneOffsetAt(at('2026-01-15T03:15:00Z'), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * MINUTE);
    expect(wallAt(at('2026-01-15T03:15:00Z'), 'Asia/Kathmandu')).toBe(wall('2026-01-15T09:00'));
    expect(instantOfWall(wall('2026-01-15T09:00'), 'Asia/Kathmandu')).toBe(at('2026-01-15T03:15:00Z'));
    expect(startOfLocalDay(wall('2026-01-15T00:00'), 'Asia/Kathmandu')).toBe(at('2026-01-14T18:15:00Z'));
  });

  it('reads Pacific/Chatham at +13:45 in its summer and +12:45 in its winter', () => {
    expect(zoneOffsetAt(at('2026-01-15T00:00:00Z'), 'Pacific/Chatham')).toBe((13 * 60 + 45) * MINUTE);
    expect(zoneOffsetAt(at('2026-07-15T00:00:00Z'), 'Pacific/Chatham')).toBe((12 * 60 + 45) * MINUTE);
    expect(instantOfWall(wall('2026-01-15T10:00'), 'Pacific/Chatham')).toBe(at('2026-01-14T20:15:00Z'));
    expect(instantOfWall(wall('2026-07-15T10:00'), 'Pacific/Chatham')).toBe(at('2026-07-14T21:15:00Z'));
  });

  it('keeps milliseconds, which Intl drops', () => {
    expect(wallAt(at('2026-01-15T03:15:00.250Z'), 'Asia/Kathmandu')).toBe(wall('2026-01-15T09:00:00.250'));
    expect(instantOfWall(wall('2026-01-15T09:00:00.250'), 'Asia/Kathmandu')).toBe(at('2026-01-15T03:15:00.250Z'));
  });

  it('follows Berlin into summer time and back', () => {
    // 2026-03-29 02:00 CET → 03:00 CEST at 01:00Z; 2026-10-25 03:00 CEST → 02:00 CET at 01:00Z.
    expect(instantOfWall(wall('2026-03-28T10:00'), 'Europe/Berlin')).toBe(at('2026-03-28T09:00:00Z'));
    expect(instantOfWall(wall('2026-03-30T10:00'), 'Europe/Berlin')).toBe(at('2026-03-30T08:00:00Z'));
    expect(instantOfWall(wall('2026-10-26T10:00'), 'Europe/Berlin')).toBe(at('2026-10-26T09:00:00Z'));
    expect(wallAt(at('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(wall('2026-03-29T01:59'));
    expect(wallAt(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(wall('2026-03-29T03:00'));
  });

  it('follows New York into summer time and back', () => {
    // 2026-03-08 02:00 EST → 03:00 EDT at 07:00Z; 2026-11-01 02:00 EDT → 01:00 EST at 06:00Z.
    expect(instantOfWall(wall('2026-03-07T12:00'), 'America/New_York')).toBe(at('2026-03-07T17:00:00Z'));
    expect(instantOfWall(wall('2026-03-09T12:00'), 'America/New_York')).toBe(at('2026-03-09T16:00:00Z'));
    expect(instantOfWall(wall('2026-10-31T12:00'), 'America/New_York')).toBe(at('2026-10-31T16:00:00Z'));
    expect(instantOfWall(wall('2026-11-02T12:00'), 'America/New_York')).toBe(at('2026-11-02T17:00:00Z'));
  });

  it('puts a wall time inside the spring-forward gap after the jump', () => {
    // 02:00–02:59 do not exist in New York on 2026-03-08: 02:00 is read as 03:00 EDT, and 02:30
    // with the offset before the gap (EST), i.e. 03:30 EDT.
    expect(instantOfWall(wall('2026-03-08T02:00'), 'America/New_York')).toBe(at('2026-03-08T07:00:00Z'));
    expect(instantOfWall(wall('2026-03-08T02:30'), 'America/New_York')).toBe(at('2026-03-08T07:30:00Z'));
    expect(wallAt(at('2026-03-08T07:30:00Z'), 'America/New_York')).toBe(wall('2026-03-08T03:30'));
    expect(instantOfWall(wall('2026-03-29T02:30'), 'Europe/Berlin')).toBe(at('2026-03-29T01:30:00Z'));
  });

  it('picks one of the two instants of a fall-back hour that occurs twice', () => {
    const instant = instantOfWall(wall('2026-11-01T01:30'), 'America/New_York');
    expect([at('2026-11-01T05:30:00Z'), at('2026-11-01T06:30:00Z')]).toContain(instant);
    expect(wallAt(instant, 'America/New_York')).toBe(wall('2026-11-01T01:30'));
  });

  it('finds local midnights and the start of the next local day across DST changes', () => {
    expect(wallDayStart(wall('2026-03-29T17:45:12.5'))).toBe(wall('2026-03-29T00:00'));
    expect(startOfLocalDay(wall('2026-03-29T00:00'), 'Europe/Berlin')).toBe(at('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay(wall('2026-03-30T00:00'), 'Europe/Berlin')).toBe(at('2026-03-29T22:00:00Z'));
    // The day of the spring change is 23 hours long, the day of the autumn change 25.
    expect(startOfNextLocalDay(at('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe(at('2026-03-29T22:00:00Z'));
    expect(startOfNextLocalDay(at('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe(at('2026-10-25T23:00:00Z'));
    expect(startOfNextLocalDay(at('2026-11-01T12:00:00Z'), 'America/New_York')).toBe(at('2026-11-02T05:00:00Z'));
    // Just before midnight, the next day is moments away; at midnight, a whole day.
    expect(startOfNextLocalDay(at('2026-01-14T18:14:59Z'), 'Asia/Kathmandu')).toBe(at('2026-01-14T18:15:00Z'));
    expect(startOfNextLocalDay(at('2026-01-14T18:15:00Z'), 'Asia/Kathmandu')).toBe(at('2026-01-15T18:15:00Z'));
  });

  it('starts a day when the clock resumes where DST jumps over midnight, and at the first midnight where it falls back across it', () => {
    // Cairo, 2026-04-24: 00:00 EET → 01:00 EEST at 22:00Z. The day begins at 01:00, not at 23:00 the evening before.
    expect(startOfLocalDay(wall('2026-04-24T00:00'), 'Africa/Cairo')).toBe(at('2026-04-23T22:00:00Z'));
    expect(startOfNextLocalDay(at('2026-04-23T12:00:00Z'), 'Africa/Cairo')).toBe(at('2026-04-23T22:00:00Z'));
    // Santiago, 2026-09-06: 00:00 (-4) → 01:00 (-3) at 04:00Z.
    expect(startOfLocalDay(wall('2026-09-06T00:00'), 'America/Santiago')).toBe(at('2026-09-06T04:00:00Z'));
    // Tunis, 1989-09-24: 01:00 (+2) → 00:00 (+1) at 23:00Z, so midnight came twice; the first counts.
    expect(startOfLocalDay(wall('1989-09-24T00:00'), 'Africa/Tunis')).toBe(at('1989-09-23T22:00:00Z'));
    expect(startOfNextLocalDay(at('1989-09-23T10:00:00Z'), 'Africa/Tunis')).toBe(at('1989-09-23T22:00:00Z'));
  });

  it('throws RangeError for a zone the runtime does not know, and says so when asked', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    // Asked twice: the second answer comes from the memo, and must agree.
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => wallAt(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => instantOfWall(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => startOfNextLocalDay(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
