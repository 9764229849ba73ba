import { DAY_MS, startOfLocalDay, wallAt, wallDayStart } from '../analysis/zone';

// Local calendar days in a time zone, for bucketing the dashboard's time series. Intl knows
// the zones (and their DST changes, through analysis/zone.ts); a day is from one local midnight
// to the next.

/**
 * Local midnights of every calendar day that overlaps [from, to), the first one at or before
 * `from`. An unknown zone throws RangeError (the dashboard validates the zone from settings).
 */
export function localDayStarts(from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  let day = wallDayStart(wallAt(from, timeZone));
  // Bounded: a period of more than ~3 years of days is a caller's mistake, not a chart.
  for (let guard = 0; guard < 1200; guard++) {
    const start = startOfLocalDay(day, timeZone);
    if (start >= to && starts.length > 0) break;
    starts.push(start);
    day += DAY_MS;
  }
  return starts;
}
