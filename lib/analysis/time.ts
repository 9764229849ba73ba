import type { ReplyContext } from './types';
import { DAY_MS, HOUR_MS, instantOfWall, isKnownTimeZone, wallAt, wallDayStart, type WallMs } from './zone';

// Concrete follow-up times ("by 3 pm tomorrow") for rewrites and recovery replies.
//
// Why concrete: TAXONOMY §1 `vague_timeline` — "as soon as possible" is a deflection, "by 5 pm
// tomorrow" is ownership. Why business hours: a promise that lands at 3 am on a Sunday is one the
// rep cannot keep, so time is counted in the rep's working hours only: a promise made after hours
// starts counting at the next business morning.
//
// Pure: the clock is ctx.now (epoch ms), never read here. Time zones come from Intl through
// zone.ts, which is deterministic for a given runtime. An invalid or missing ctx.timeZone falls
// back to UTC (the settings schema defaults to 'UTC' too, so the two agree); missing or unusable
// business hours fall back to DEFAULT_BUSINESS_HOURS.

export interface BusinessHours {
  /** Hour of the day the rep starts, 0–23, in the rep's zone. */
  start: number;
  /** Hour of the day the rep stops, 1–24, after start. */
  end: number;
  /** Working weekdays, 0 = Sunday … 6 = Saturday (as Date#getUTCDay counts). */
  days: number[];
}

export const DEFAULT_BUSINESS_HOURS: BusinessHours = { start: 9, end: 17, days: [1, 2, 3, 4, 5] };

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** A business-hours walk never needs more days than this (a year of skipped holidays is absurd). */
const MAX_DAYS_WALKED = 400;

/** The zone to use: ctx.timeZone when the runtime knows it, else UTC. */
export function resolveTimeZone(timeZone: string | undefined): string {
  return timeZone && isKnownTimeZone(timeZone) ? timeZone : 'UTC';
}

/** Business hours to use: the context's when they make sense, else the default 9–17 Mon–Fri. */
export function resolveBusinessHours(hours: ReplyContext['businessHours']): BusinessHours {
  if (!hours) return DEFAULT_BUSINESS_HOURS;
  const { start, end } = hours;
  const days = [...new Set(hours.days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6))];
  const sane =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= 24 && start < end && days.length > 0;
  return sane ? { start, end, days } : DEFAULT_BUSINESS_HOURS;
}

const weekday = (wall: WallMs): number => new Date(wallDayStart(wall)).getUTCDay();

/**
 * Walks `hoursAhead` working hours forward from `startWall`, counting only time inside the
 * business window, and rounds the result up to the whole hour so it can be said aloud.
 */
function addBusinessHours(startWall: WallMs, hoursAhead: number, hours: BusinessHours): WallMs {
  let remainingMs = Math.max(0, hoursAhead) * HOUR_MS;
  let cursor = startWall;
  for (let day = 0; day < MAX_DAYS_WALKED; day += 1) {
    const today = wallDayStart(cursor);
    const open = today + hours.start * HOUR_MS;
    const close = today + hours.end * HOUR_MS;
    if (hours.days.includes(weekday(today)) && cursor < close) {
      const from = Math.max(cursor, open);
      if (from + remainingMs <= close) return roundUpToHour(from + remainingMs);
      remainingMs -= close - from;
    }
    cursor = today + DAY_MS;
  }
  return roundUpToHour(cursor + remainingMs);
}

const roundUpToHour = (wall: WallMs): WallMs => Math.ceil(wall / HOUR_MS) * HOUR_MS;

function dueWall(ctx: ReplyContext, hoursAhead: number): { due: WallMs; now: WallMs; zone: string } | undefined {
  if (ctx.now === undefined || !Number.isFinite(ctx.now) || !Number.isFinite(hoursAhead)) return undefined;
  const zone = resolveTimeZone(ctx.timeZone);
  const now = wallAt(ctx.now, zone);
  return { due: addBusinessHours(now, hoursAhead, resolveBusinessHours(ctx.businessHours)), now, zone };
}

/**
 * When a promise made now, `hoursAhead` working hours out, falls due — as epoch ms, for the
 * follow-up reminder. Undefined without ctx.now.
 */
export function followUpDueAt(ctx: ReplyContext, hoursAhead: number): number | undefined {
  const computed = dueWall(ctx, hoursAhead);
  return computed && instantOfWall(computed.due, computed.zone);
}

function clockPhrase(hourOfDay: number): string {
  if (hourOfDay === 0 || hourOfDay === 24) return 'midnight';
  if (hourOfDay === 12) return 'noon';
  return hourOfDay < 12 ? `${hourOfDay} am` : `${hourOfDay - 12} pm`;
}

function dayPhrase(due: WallMs, now: WallMs): string {
  const daysAhead = Math.round((wallDayStart(due) - wallDayStart(now)) / DAY_MS);
  if (daysAhead === 0) return 'today';
  if (daysAhead === 1) return 'tomorrow';
  const date = new Date(wallDayStart(due));
  const name = WEEKDAY_NAMES[date.getUTCDay()] ?? '';
  // Within the coming week the weekday alone is unambiguous; beyond it, name the date too.
  if (daysAhead < 7) return `on ${name}`;
  return `on ${name}, ${MONTH_NAMES[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}`;
}

/**
 * "by 3 pm tomorrow", "by 11 am on Monday", "by 5 pm today" — a concrete promise `hoursAhead`
 * working hours from ctx.now, in the rep's zone and business hours. Undefined without ctx.now,
 * so callers word the promise relatively instead (see relativeFollowUpPhrase).
 */
export function followUpPhrase(ctx: ReplyContext, hoursAhead: number): string | undefined {
  const computed = dueWall(ctx, hoursAhead);
  if (!computed) return undefined;
  const { due, now } = computed;
  const hourOfDay = Math.round((due - wallDayStart(due)) / HOUR_MS);
  // A promise due at the stroke of midnight belongs to the day that is ending.
  if (hourOfDay === 0) return `by midnight ${dayPhrase(due - DAY_MS, now)}`;
  return `by ${clockPhrase(hourOfDay)} ${dayPhrase(due, now)}`;
}

/**
 * A promise without a clock: still a concrete window (TAXONOMY §1a: "within 2 business days" is
 * not vague), never "soon".
 */
export function relativeFollowUpPhrase(hoursAhead: number): string {
  // Hours are not promised without a clock: "within four business hours" can't be checked by the
  // customer, and a business day can.
  if (hoursAhead <= 8) return 'within one business day';
  const days = Math.ceil(hoursAhead / 8);
  const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return `within ${words[days] ?? String(days)} business days`;
}

/**
 * A promise for a need that is today ("we have a ferry at 6 pm", "I'm standing at the airport"):
 * `hoursAhead` clock hours from now, whatever the business hours — a rep does not leave a
 * stranded customer until Monday — rounded up to the hour, and at least an hour before
 * `beforeHour` (hour of day, in the rep's zone) when the customer named one. Undefined without
 * ctx.now, or when no whole hour fits before the deadline or midnight; callers then promise
 * "within the hour".
 */
export function sameDayPhrase(ctx: ReplyContext, hoursAhead: number, beforeHour?: number): { phrase: string; dueAt: number } | undefined {
  if (ctx.now === undefined || !Number.isFinite(ctx.now) || !Number.isFinite(hoursAhead)) return undefined;
  const zone = resolveTimeZone(ctx.timeZone);
  const now = wallAt(ctx.now, zone);
  const dayStart = wallDayStart(now);
  let due = roundUpToHour(now + Math.max(0, hoursAhead) * HOUR_MS);
  if (beforeHour !== undefined && Number.isFinite(beforeHour)) {
    const latest = dayStart + Math.floor(beforeHour - 1) * HOUR_MS;
    if (due > latest) due = latest;
  }
  if (due <= now || due >= dayStart + DAY_MS) return undefined;
  const hourOfDay = Math.round((due - dayStart) / HOUR_MS);
  return { phrase: `by ${clockPhrase(hourOfDay)} today`, dueAt: instantOfWall(due, zone) };
}
