// "Today" in the rep's time zone, for the toolbar badge's "due today". Intl knows the zones;
// no date library needed.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone: better than a silently wrong badge.
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
  return formatter;
}

/** Local wall-clock time minus UTC at that instant, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The first instant of the next local day in `timeZone` (exclusive end of "today"). */
export function endOfLocalDay(now: number, timeZone: string): number {
  const local = new Date(now + zoneOffset(now, timeZone));
  const nextMidnightWall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1);
  // The offset at midnight may differ from now's (a DST change tonight): settle it twice.
  let instant = nextMidnightWall - zoneOffset(now, timeZone);
  instant = nextMidnightWall - zoneOffset(instant, timeZone);
  return instant;
}
