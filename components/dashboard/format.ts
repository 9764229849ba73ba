import { dayKeyOf } from './period';

// How figures read on the dashboard: a missing figure is a dash, never a misleading 0.

export const figure = (value: number | null | undefined, suffix = ''): string =>
  value === null || value === undefined ? '—' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}${suffix}`;

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

export const dayLabel = (day: number, timeZone: string): string => dayKeyOf(day, timeZone);

/** A rep's name as shown; events recorded before the rep set their name carry ''. */
export const repLabel = (rep: string): string => rep || '(no name set)';
