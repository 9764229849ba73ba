// Wall clocks in an IANA time zone, for everything that speaks of "tomorrow 10 am" or "today" in
// the rep's zone: promise times (analysis/time.ts), follow-up presets (followups/due.ts), the
// badge's "due today" (db/day.ts) and the dashboard's days (stats/days.ts). Until 2026-11 each
// of them carried its own copy of this arithmetic; one copy now, so a DST fix lands everywhere.
//
// Pure: Intl knows the zones and their DST rules, deterministically for a given runtime; no clock
// is read. A wall-clock moment is held as WallMs, "epoch ms as if the zone were UTC", so date
// arithmetic on it is plain integer arithmetic that never sees DST.
//
// Unknown zones: every function here throws Intl's RangeError for a zone the runtime does not
// know. Callers choose what that means — analysis/time.ts falls back to UTC (a promise in the
// wrong zone beats none), db/day.ts and stats/days.ts let it throw (a silently wrong badge or
// chart is worse); isKnownTimeZone lets a caller ask first.

/** A wall-clock moment in some zone, as epoch ms read as if the zone were UTC. */
export type WallMs = number;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// Creating an Intl.DateTimeFormat costs tens of microseconds and the composer asks for times on
// every keystroke, so one formatter per zone is kept. The cache holds no clock or randomness.
const formatterByZone = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterByZone.get(timeZone);
  if (!formatter) {
    // Throws RangeError for a zone the runtime does not know.
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
    formatterByZone.set(timeZone, formatter);
  }
  return formatter;
}

// Zone names Intl refused: remembered, because a throw per keystroke is the slowest path here.
// Bounded, since the names come from settings and imports.
const unknownZones = new Set<string>();

/** Whether the runtime knows `timeZone` (an IANA name such as 'Europe/Berlin', or 'UTC'). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (unknownZones.has(timeZone)) return false;
  if (formatterByZone.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    if (unknownZones.size < 1000) unknownZones.add(timeZone);
    return false;
  }
}

/** The zone's calendar date and clock time at an instant; month 1–12, hour 0–23. */
interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallParts(at: number, timeZone: string): WallParts {
  const parts = formatterFor(timeZone).formatToParts(at);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** What the zone's clock shows at the instant `at`, as WallMs. */
export function wallAt(at: number, timeZone: string): WallMs {
  const w = wallParts(at, timeZone);
  const wholeSeconds = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Intl drops milliseconds; keep them so offsets computed from this are exact.
  return wholeSeconds + (((at % 1000) + 1000) % 1000);
}

/** The zone's wall clock minus UTC at the instant `at`, in ms (+5:45 in Kathmandu). */
export function zoneOffsetAt(at: number, timeZone: string): number {
  return wallAt(at, timeZone) - at;
}

/**
 * The instant at which the zone's clock shows `wall`.
 *
 * The offset is settled twice: a first guess from the offset at `wall` read as an instant, then
 * the offset at that guess, which is right unless a DST change lies between them. In a
 * spring-forward gap (a wall time that does not exist) it reads `wall` with the offset from
 * before the gap, so it lands after the jump: in New York on 2026-03-08, 02:00 gives 03:00 EDT and
 * 02:30 gives 03:30 EDT. In a fall-back overlap (a wall time that occurs twice) it returns
 * whichever of the two the settled offset lands on.
 */
export function instantOfWall(wall: WallMs, timeZone: string): number {
  const firstGuess = wall - zoneOffsetAt(wall, timeZone);
  const candidate = wall - zoneOffsetAt(firstGuess, timeZone);
  if (wallAt(candidate, timeZone) === wall) return candidate;
  // In a gap: both offsets around it fail; take the later instant, after the jump.
  return Math.max(candidate, wall - zoneOffsetAt(wall, timeZone));
}

/** Midnight starting the calendar day of `wall`. */
export function wallDayStart(wall: WallMs): WallMs {
  return Math.floor(wall / DAY_MS) * DAY_MS;
}

/**
 * The first instant of the local day that starts at the wall time `midnight` — its local midnight
 * as a rule. Some zones change clocks AT midnight (Cairo, Santiago, Havana, Asunción, Beirut):
 * where the clock jumps over midnight the day begins when it resumes (instantOfWall's gap rule);
 * where it falls back across midnight, 00:00 occurs twice and the day begins at the first.
 */
export function startOfLocalDay(midnight: WallMs, timeZone: string): number {
  const settled = instantOfWall(midnight, timeZone);
  // Twelve hours before covers any DST change near midnight; the offset there is the older one.
  const earlier = midnight - zoneOffsetAt(settled - 12 * HOUR_MS, timeZone);
  return earlier < settled && wallAt(earlier, timeZone) === midnight ? earlier : settled;
}

/** The first instant of the local day after the one containing `at` (exclusive end of "today"). */
export function startOfNextLocalDay(at: number, timeZone: string): number {
  return startOfLocalDay(wallDayStart(wallAt(at, timeZone)) + DAY_MS, timeZone);
}
