import { DAY_MS, HOUR_MS, instantOfWall, wallAt, wallDayStart } from '../analysis/zone';

// When a follow-up is due, from the sidebar's presets or a chosen date and time, in the REP's
// time zone from settings (not the browser's: a rep may work a team's hours from elsewhere).
// Pure: `now` is passed in. Intl knows the zones (through analysis/zone.ts); no date library
// needed. An unknown zone throws RangeError wherever a wall clock is read; formatDue, only
// for display, falls back to ISO time instead.

/** The reminder's Snooze: an hour, long enough to finish the reply in hand. */
export const SNOOZE_MS = HOUR_MS;

export type DuePreset = 'in-2-hours' | 'tomorrow-10am' | 'in-3-days';

export const DUE_PRESETS: readonly { id: DuePreset; label: string }[] = [
  { id: 'in-2-hours', label: 'In 2 hours' },
  { id: 'tomorrow-10am', label: 'Tomorrow 10 am' },
  { id: 'in-3-days', label: 'In 3 days' },
];

export function dueAtForPreset(preset: DuePreset, now: number, timeZone: string): number {
  switch (preset) {
    case 'in-2-hours':
      return now + 2 * HOUR_MS;
    case 'tomorrow-10am': {
      const tomorrow = wallDayStart(wallAt(now, timeZone)) + DAY_MS;
      return instantOfWall(tomorrow + 10 * HOUR_MS, timeZone);
    }
    case 'in-3-days':
      // The same clock time three days on, even across a DST change.
      return instantOfWall(wallAt(now, timeZone) + 3 * DAY_MS, timeZone);
  }
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Reads an `<input type="datetime-local">` value ("2026-11-25T14:30") as a time in `timeZone`.
 * Undefined for anything else, including impossible dates (Feb 30).
 */
export function dueAtFromLocalInput(value: string, timeZone: string): number | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return instantOfWall(wall, timeZone);
}

/** The value for a datetime-local input showing `at` in `timeZone`. */
export function localInputValue(at: number, timeZone: string): string {
  return new Date(wallAt(at, timeZone)).toISOString().slice(0, 16);
}

/** "Tue, Nov 24, 10:00 AM" in the rep's zone, for lists and notifications. */
export function formatDue(at: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}
