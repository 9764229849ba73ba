import Papa from 'papaparse';
import { CATEGORY_IDS, TIER_IDS } from '../analysis/taxonomy';
import type { EventRecord } from '../db/schemas/event';
import type { StatsSummary } from './aggregate';

// CSV exports for managers' spreadsheets (issue 8). The columns are documented in README
// ("Exports"); changing one is a change to a contract, so they are listed here once, in order.

const iso = (at: number) => new Date(at).toISOString();

/** One row per sent reply, counts only. */
export const EVENT_COLUMNS = [
  'id',
  'sent_at',
  'site',
  'rep',
  'score_at_first',
  'score_at_send',
  ...CATEGORY_IDS.map((c) => `first_${c}`),
  ...CATEGORY_IDS.map((c) => `send_${c}`),
  'suggestions_shown',
  'suggestions_applied',
  'suggestions_dismissed',
  ...TIER_IDS.map((t) => `tier_${t}_applied`),
  'situations',
  'signals',
  'flagged_canned_sent',
  'source',
] as const;

/** The cells of one event, in EVENT_COLUMNS order. Built as an array: 100,000 rows × 40 cells. */
export function eventCells(event: EventRecord): (string | number | boolean)[] {
  let shown = 0;
  let applied = 0;
  let dismissed = 0;
  for (const counts of Object.values(event.suggestions.byCategory)) {
    shown += counts?.shown ?? 0;
    applied += counts?.applied ?? 0;
    dismissed += counts?.dismissed ?? 0;
  }
  const cells: (string | number | boolean)[] = [
    defuse(event.id),
    iso(event.at),
    defuse(event.site),
    defuse(event.rep),
    event.scoreAtFirst,
    event.scoreAtSend,
  ];
  for (const c of CATEGORY_IDS) cells.push(event.findingsAtFirst[c] ?? 0);
  for (const c of CATEGORY_IDS) cells.push(event.findingsAtSend[c] ?? 0);
  cells.push(shown, applied, dismissed);
  for (const t of TIER_IDS) cells.push(event.suggestions.byTier[t]?.applied ?? 0);
  cells.push(event.situations.join(';'), event.signals.join(';'), event.flaggedCannedSent);
  cells.push(event.source.kind === 'own' ? 'own' : defuse(`imported:${event.source.rep}`));
  return cells;
}

/**
 * Spreadsheet apps execute a cell that starts with = + - @ (CSV injection); site and rep
 * names come from pages and settings, so such cells are prefixed with an apostrophe.
 */
function defuse<T extends string | number | boolean>(value: T): T | string {
  if (typeof value !== 'string' || value.length === 0) return value;
  const first = value.charCodeAt(0);
  // = + - @ tab CR
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13 ? `'${value}` : value;
}

function toCsv(columns: readonly string[], rows: Record<string, string | number | boolean | null>[]): string {
  const data = rows.map((row) => {
    const cells: (string | number | boolean)[] = new Array(columns.length);
    for (let i = 0; i < columns.length; i++) cells[i] = defuse(row[columns[i]!] ?? '');
    return cells;
  });
  return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' });
}

export function eventsToCsv(events: readonly EventRecord[]): string {
  return Papa.unparse({ fields: [...EVENT_COLUMNS], data: events.map(eventCells) }, { newline: '\r\n' });
}

/** The aggregated table: one row per day of the period, then one per rep. */
export const DAY_COLUMNS = ['day', 'replies', 'deflections_per_100', 'mean_score_at_send'] as const;
export const REP_COLUMNS = ['rep', 'replies', 'deflections_per_100', 'mean_score_at_first', 'mean_score_at_send', 'acceptance_rate'] as const;

export function daysToCsv(summary: StatsSummary): string {
  return toCsv(
    DAY_COLUMNS,
    summary.days.map((d) => ({
      day: iso(d.day),
      replies: d.replies,
      deflections_per_100: d.deflectionsPer100 ?? '',
      mean_score_at_send: d.meanScoreAtSend ?? '',
    })),
  );
}

export function repsToCsv(summary: StatsSummary): string {
  return toCsv(
    REP_COLUMNS,
    summary.reps.map((r) => ({
      rep: r.rep,
      replies: r.replies,
      deflections_per_100: r.deflectionsPer100,
      mean_score_at_first: r.meanScoreAtFirst,
      mean_score_at_send: r.meanScoreAtSend,
      acceptance_rate: r.acceptance === null ? '' : Math.round(r.acceptance * 1000) / 1000,
    })),
  );
}
