import { localDayStarts } from '@/lib/stats/days';

// The dashboard's period as calendar days in the rep's time zone: "last 7 days" is today and
// the six days before, local midnight to local midnight, so a day bucket on the chart is the
// day the rep lived, DST included. Days are written as ISO dates ("2026-11-01"), the same
// strings an <input type="date"> gives and the export file names use.

export type PeriodPreset = 7 | 30 | 90;
export type PeriodChoice = { kind: 'preset'; days: PeriodPreset } | { kind: 'custom'; fromDay: string; toDay: string };

export interface Period {
  /** [from, to) in epoch ms. */
  from: number;
  to: number;
  /** First and last calendar day included. */
  fromDay: string;
  toDay: string;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayKeyOf(at: number, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter.format(at);
}

export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function addDays(day: string, count: number): string {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + count));
  return date.toISOString().slice(0, 10);
}

/** Local midnight starting `day` in the zone. */
export function startOfDay(day: string, timeZone: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Every zone's midnight for that date lies within ±14 h of UTC's.
  const starts = localDayStarts(utcMidnight - 36 * 3_600_000, utcMidnight + 36 * 3_600_000, timeZone);
  const start = starts.find((s) => dayKeyOf(s, timeZone) === day);
  if (start === undefined) throw new RangeError(`no midnight found for ${day} in ${timeZone}`);
  return start;
}

/** Custom periods are capped so a typo ("2062") cannot ask for a chart of 36 years of days. */
export const MAX_PERIOD_DAYS = 731;

export function resolvePeriod(choice: PeriodChoice, now: number, timeZone: string): Period {
  let fromDay: string;
  let toDay: string;
  if (choice.kind === 'preset') {
    toDay = dayKeyOf(now, timeZone);
    fromDay = addDays(toDay, -(choice.days - 1));
  } else {
    if (!ISO_DAY.test(choice.fromDay) || !ISO_DAY.test(choice.toDay)) throw new RangeError('Choose both a start and an end day.');
    if (choice.fromDay > choice.toDay) throw new RangeError('The start day is after the end day.');
    if (choice.fromDay < addDays(choice.toDay, -(MAX_PERIOD_DAYS - 1))) throw new RangeError(`Choose at most ${MAX_PERIOD_DAYS} days.`);
    fromDay = choice.fromDay;
    toDay = choice.toDay;
  }
  return { from: startOfDay(fromDay, timeZone), to: startOfDay(addDays(toDay, 1), timeZone), fromDay, toDay };
}
