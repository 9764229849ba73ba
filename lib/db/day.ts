import { startOfNextLocalDay } from '../analysis/zone';

// "Today" in the rep's time zone, for the toolbar badge's "due today". Intl knows the zones
// (through analysis/zone.ts); no date library needed.

/**
 * The first instant of the next local day in `timeZone` (exclusive end of "today"). Throws
 * RangeError for an unknown zone: better than a silently wrong badge.
 */
export function endOfLocalDay(now: number, timeZone: string): number {
  return startOfNextLocalDay(now, timeZone);
}
