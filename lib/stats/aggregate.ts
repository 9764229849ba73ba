import { CATEGORY_IDS, TIER_IDS, type CategoryId, type TierId } from '../analysis/taxonomy';
import type { CountsByCategory, EventRecord, SuggestionCounts } from '../db/schemas/event';
import { localDayStarts } from './days';

// The manager dashboard's figures, computed from events (counts only). Pure: the period, the
// time zone and the events come in; no clock, no database. One pass over the events, so
// 100,000 events aggregate well inside the dashboard's 300 ms budget (see `npm run bench`).

export interface StatsQuery {
  /** Period [from, to) in epoch ms. */
  from: number;
  to: number;
  /** IANA zone whose calendar days bucket the time series. */
  timeZone: string;
  site?: string;
  rep?: string;
  /** Only replies where this category was found (at first analysis or at send); category figures narrowed to it. */
  category?: CategoryId;
}

export interface DayPoint {
  /** Local midnight of the day, epoch ms. */
  day: number;
  replies: number;
  /** Deflections still in the reply when it was sent, per 100 replies; null on a day without replies. */
  deflectionsPer100: number | null;
  /** Mean ownership score at send; null on a day without replies. */
  meanScoreAtSend: number | null;
}

export interface CategoryPersistence {
  category: CategoryId;
  /** Findings when the draft was first analyzed. */
  atFirst: number;
  /** Findings still there when it was sent. */
  atSend: number;
  /** atSend / atFirst; null when never found. */
  persistence: number | null;
}

export interface Acceptance extends SuggestionCounts {
  /** applied / shown; null when never shown. */
  rate: number | null;
}

export interface RepRow {
  rep: string;
  replies: number;
  deflectionsPer100: number;
  meanScoreAtFirst: number;
  meanScoreAtSend: number;
  acceptance: number | null;
}

export interface StatsSummary {
  replies: number;
  deflectionsPer100AtFirst: number | null;
  deflectionsPer100AtSend: number | null;
  meanScoreAtFirst: number | null;
  meanScoreAtSend: number | null;
  flaggedCannedSent: number;
  days: DayPoint[];
  categories: CategoryPersistence[];
  acceptanceByCategory: Record<CategoryId, Acceptance>;
  acceptanceByTier: Record<TierId, Acceptance>;
  reps: RepRow[];
  sites: string[];
}

const sumCounts = (counts: CountsByCategory, only?: CategoryId): number => {
  if (only) return counts[only] ?? 0;
  let total = 0;
  for (const value of Object.values(counts)) total += value ?? 0;
  return total;
};

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const round1 = (value: number | null): number | null => (value === null ? null : Math.round(value * 10) / 10);

function emptyAcceptance(): Acceptance {
  return { shown: 0, applied: 0, dismissed: 0, rate: null };
}

function addTo(target: Acceptance, counts: SuggestionCounts | undefined) {
  if (!counts) return;
  target.shown += counts.shown;
  target.applied += counts.applied;
  target.dismissed += counts.dismissed;
}

/** Whether an event passes the query's filters (period, site, rep, category). */
export function matchesQuery(event: EventRecord, query: StatsQuery): boolean {
  if (event.at < query.from || event.at >= query.to) return false;
  if (query.site !== undefined && event.site !== query.site) return false;
  if (query.rep !== undefined && event.rep !== query.rep) return false;
  if (query.category !== undefined && !event.findingsAtFirst[query.category] && !event.findingsAtSend[query.category]) return false;
  return true;
}

/** Index of the day bucket holding `at` (binary search over local midnights). */
function dayIndex(dayStarts: number[], at: number): number {
  let lo = 0;
  let hi = dayStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dayStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function aggregate(events: readonly EventRecord[], query: StatsQuery): StatsSummary {
  const dayStarts = localDayStarts(query.from, query.to, query.timeZone);
  const dayAcc = dayStarts.map(() => ({ replies: 0, deflections: 0, score: 0 }));
  const categories = new Map(CATEGORY_IDS.map((id) => [id, { atFirst: 0, atSend: 0 }]));
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, emptyAcceptance()])) as Record<CategoryId, Acceptance>;
  const byTier = Object.fromEntries(TIER_IDS.map((id) => [id, emptyAcceptance()])) as Record<TierId, Acceptance>;
  const reps = new Map<string, { replies: number; deflections: number; scoreFirst: number; scoreSend: number; shown: number; applied: number }>();
  const sites = new Set<string>();

  let replies = 0;
  let deflectionsFirst = 0;
  let deflectionsSend = 0;
  let scoreFirst = 0;
  let scoreSend = 0;
  let flagged = 0;

  for (const event of events) {
    sites.add(event.site);
    if (!matchesQuery(event, query)) continue;
    replies++;
    const first = sumCounts(event.findingsAtFirst, query.category);
    const send = sumCounts(event.findingsAtSend, query.category);
    deflectionsFirst += first;
    deflectionsSend += send;
    scoreFirst += event.scoreAtFirst;
    scoreSend += event.scoreAtSend;
    if (event.flaggedCannedSent) flagged++;

    const day = dayAcc[dayIndex(dayStarts, event.at)]!;
    day.replies++;
    day.deflections += send;
    day.score += event.scoreAtSend;

    for (const id of CATEGORY_IDS) {
      if (query.category !== undefined && id !== query.category) continue;
      const c = categories.get(id)!;
      c.atFirst += event.findingsAtFirst[id] ?? 0;
      c.atSend += event.findingsAtSend[id] ?? 0;
      addTo(byCategory[id], event.suggestions.byCategory[id]);
    }
    for (const tier of TIER_IDS) addTo(byTier[tier], event.suggestions.byTier[tier]);

    let rep = reps.get(event.rep);
    if (!rep) reps.set(event.rep, (rep = { replies: 0, deflections: 0, scoreFirst: 0, scoreSend: 0, shown: 0, applied: 0 }));
    rep.replies++;
    rep.deflections += send;
    rep.scoreFirst += event.scoreAtFirst;
    rep.scoreSend += event.scoreAtSend;
    for (const counts of Object.values(event.suggestions.byCategory)) {
      rep.shown += counts?.shown ?? 0;
      rep.applied += counts?.applied ?? 0;
    }
  }

  for (const acceptance of [...Object.values(byCategory), ...Object.values(byTier)]) {
    acceptance.rate = ratio(acceptance.applied, acceptance.shown);
  }

  return {
    replies,
    deflectionsPer100AtFirst: round1(ratio(deflectionsFirst * 100, replies)),
    deflectionsPer100AtSend: round1(ratio(deflectionsSend * 100, replies)),
    meanScoreAtFirst: round1(ratio(scoreFirst, replies)),
    meanScoreAtSend: round1(ratio(scoreSend, replies)),
    flaggedCannedSent: flagged,
    days: dayStarts.map((day, i) => {
      const acc = dayAcc[i]!;
      return {
        day,
        replies: acc.replies,
        deflectionsPer100: round1(ratio(acc.deflections * 100, acc.replies)),
        meanScoreAtSend: round1(ratio(acc.score, acc.replies)),
      };
    }),
    categories: [...categories]
      .filter(([id]) => query.category === undefined || id === query.category)
      .map(([category, c]) => ({ category, atFirst: c.atFirst, atSend: c.atSend, persistence: ratio(c.atSend, c.atFirst) }))
      .sort((a, b) => b.atSend - a.atSend || b.atFirst - a.atFirst),
    acceptanceByCategory: byCategory,
    acceptanceByTier: byTier,
    reps: [...reps]
      .map(([rep, r]) => ({
        rep,
        replies: r.replies,
        deflectionsPer100: round1((r.deflections * 100) / r.replies)!,
        meanScoreAtFirst: round1(r.scoreFirst / r.replies)!,
        meanScoreAtSend: round1(r.scoreSend / r.replies)!,
        acceptance: ratio(r.applied, r.shown),
      }))
      .sort((a, b) => b.replies - a.replies || a.rep.localeCompare(b.rep)),
    sites: [...sites].sort(),
  };
}
