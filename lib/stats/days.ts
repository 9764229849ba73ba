// Local calendar days in a time zone, for bucketing the dashboard's time series. Intl knows
// the zones (and their DST changes); a day is from one local midnight to the next.

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Offset of the zone's wall clock from UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(at / 1000) * 1000;
}

/** The instant of local midnight starting the calendar day (y, m, d) in the zone. */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // Settle twice: the offset at midnight may differ from a guess taken on the other side of a DST change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

/**
 * Local midnights of every calendar day that overlaps [from, to), the first one at or before
 * `from`. An unknown zone throws RangeError (the dashboard validates the zone from settings).
 */
export function localDayStarts(from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  const first = wallClock(from, timeZone);
  let y = first.year;
  let m = first.month;
  let d = first.day;
  // Bounded: a period of more than ~3 years of days is a caller's mistake, not a chart.
  for (let guard = 0; guard < 1200; guard++) {
    const start = localMidnight(y, m, d, timeZone);
    if (start >= to && starts.length > 0) break;
    starts.push(start);
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    y = next.getUTCFullYear();
    m = next.getUTCMonth() + 1;
    d = next.getUTCDate();
  }
  return starts;
}
