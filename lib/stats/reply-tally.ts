import type { CategoryId, SignalId, SituationId, TierId } from '../analysis/taxonomy';
import type { CountsByCategory, EventRecord, SuggestionCounts } from '../db/schemas/event';

// One reply's statistics while the rep drafts it (issue 8), as COUNTS ONLY: the sidebar feeds
// facts in (an analysis finished, a rewrite was applied, a finding dismissed, a recovery tier
// inserted, the reply was sent) and, at send, gets the row for EventsRepository.add. Pure: no
// clock (the send time is passed in), no text kept — findings arrive as categories only.
//
// Why "found" and not the literal first analysis: a typed draft is analyzed every few keystrokes,
// so the very first analysis sees "Hi Ma" and finds nothing. A finding's words also grow while the
// rep types ("please contact" → "please contact them directly"), so counting distinct finding
// texts would count one deflection several times. Instead, `found[c]` adds every RISE in the
// number of category-c findings from one analysis to the next: a finding that appears counts
// once however often it is re-analyzed, one fixed and another typed later counts twice.
// `lowestScore` is the draft at its worst before the rep's fixes (for a pasted macro, that is
// its first analysis). Both go to the event as findingsAtFirst / scoreAtFirst (README.md, "Exports").

/** A finding as the tally needs it: its category, and whether it offered a rewrite (a suggestion shown). */
export interface TallyFinding {
  category: CategoryId;
  hasRewrite: boolean;
}

export type TallyAction =
  /** An analysis of this draft finished. */
  | { type: 'analyzed'; findings: readonly TallyFinding[]; score: number }
  /** The page confirmed a rewrite of a category-c finding went into the editor. */
  | { type: 'rewrite-applied'; category: CategoryId }
  | { type: 'finding-dismissed'; category: CategoryId }
  /** The rep had the recovery tiers in front of them (the Reply panel open with replies). */
  | { type: 'tiers-shown'; tiers: readonly TierId[] }
  | { type: 'tier-inserted'; tier: TierId }
  /** The customer's message was classified (the latest classification wins). */
  | { type: 'customer'; situations: readonly SituationId[]; signals: readonly SignalId[] }
  /** Issue 7's known-canned-response check: whether the draft holds a flagged response. */
  | { type: 'flagged-canned'; detected: boolean };

export interface ReplyTally {
  analyses: number;
  /** Category counts of the latest analysis. */
  latest: CountsByCategory;
  latestScore: number | null;
  /** Sum of rises per category (see the header). */
  found: CountsByCategory;
  lowestScore: number | null;
  /** Per category: findings with a rewrite in the latest analysis, to count rises as "shown". */
  latestWithRewrite: CountsByCategory;
  byCategory: Partial<Record<CategoryId, SuggestionCounts>>;
  byTier: Partial<Record<TierId, SuggestionCounts>>;
  situations: SituationId[];
  signals: SignalId[];
  flaggedCanned: boolean;
}

export function emptyTally(): ReplyTally {
  return {
    analyses: 0,
    latest: {},
    latestScore: null,
    found: {},
    lowestScore: null,
    latestWithRewrite: {},
    byCategory: {},
    byTier: {},
    situations: [],
    signals: [],
    flaggedCanned: false,
  };
}

function countByCategory(findings: readonly TallyFinding[], only: (f: TallyFinding) => boolean = () => true): CountsByCategory {
  const counts: CountsByCategory = {};
  for (const finding of findings) if (only(finding)) counts[finding.category] = (counts[finding.category] ?? 0) + 1;
  return counts;
}

function bump<K extends string>(table: Partial<Record<K, SuggestionCounts>>, key: K, field: keyof SuggestionCounts, by = 1) {
  const current = table[key] ?? { shown: 0, applied: 0, dismissed: 0 };
  return { ...table, [key]: { ...current, [field]: current[field] + by } };
}

export function tallyReducer(tally: ReplyTally, action: TallyAction): ReplyTally {
  switch (action.type) {
    case 'analyzed': {
      const now = countByCategory(action.findings);
      const withRewrite = countByCategory(action.findings, (f) => f.hasRewrite);
      const found = { ...tally.found };
      let byCategory = tally.byCategory;
      for (const category of Object.keys(now) as CategoryId[]) {
        const rise = (now[category] ?? 0) - (tally.latest[category] ?? 0);
        if (rise > 0) found[category] = (found[category] ?? 0) + rise;
      }
      for (const category of Object.keys(withRewrite) as CategoryId[]) {
        const rise = (withRewrite[category] ?? 0) - (tally.latestWithRewrite[category] ?? 0);
        if (rise > 0) byCategory = bump(byCategory, category, 'shown', rise);
      }
      return {
        ...tally,
        analyses: tally.analyses + 1,
        latest: now,
        latestScore: action.score,
        found,
        lowestScore: tally.lowestScore === null ? action.score : Math.min(tally.lowestScore, action.score),
        latestWithRewrite: withRewrite,
        byCategory,
      };
    }
    case 'rewrite-applied':
      return { ...tally, byCategory: bump(tally.byCategory, action.category, 'applied') };
    case 'finding-dismissed':
      return { ...tally, byCategory: bump(tally.byCategory, action.category, 'dismissed') };
    case 'tiers-shown': {
      let byTier = tally.byTier;
      // Shown once per draft: reopening the Reply panel is the same offer, not a new one.
      for (const tier of action.tiers) if (!byTier[tier]?.shown) byTier = bump(byTier, tier, 'shown');
      return byTier === tally.byTier ? tally : { ...tally, byTier };
    }
    case 'tier-inserted': {
      // An insert proves the tier was in front of the rep even if the panel was never seen open.
      const shown = tally.byTier[action.tier]?.shown ? tally.byTier : bump(tally.byTier, action.tier, 'shown');
      return { ...tally, byTier: bump(shown, action.tier, 'applied') };
    }
    case 'customer':
      return { ...tally, situations: [...new Set(action.situations)], signals: [...new Set(action.signals)] };
    case 'flagged-canned':
      return tally.flaggedCanned === action.detected ? tally : { ...tally, flaggedCanned: action.detected };
  }
}

/** What the event needs besides the tally. */
export interface SendFacts {
  site: string;
  rep: string;
  /** When the reply was sent, epoch ms (the caller reads the clock). */
  at: number;
}

export type TalliedEvent = Omit<EventRecord, 'id' | 'createdAt' | 'updatedAt' | 'source'>;

/**
 * The row for a sent reply, or null when the draft was never analyzed (nothing to count). The
 * tally should already hold the analysis of the text as sent (the caller folds it in first).
 * An acted-on suggestion was certainly shown, so `shown` never falls below applied + dismissed.
 */
export function eventAtSend(tally: ReplyTally, facts: SendFacts): TalliedEvent | null {
  if (tally.analyses === 0 || tally.latestScore === null || tally.lowestScore === null) return null;
  const byCategory: Partial<Record<CategoryId, SuggestionCounts>> = {};
  for (const [category, counts] of Object.entries(tally.byCategory) as [CategoryId, SuggestionCounts][]) {
    byCategory[category] = { ...counts, shown: Math.max(counts.shown, counts.applied + counts.dismissed) };
  }
  return {
    at: facts.at,
    site: facts.site,
    rep: facts.rep,
    findingsAtFirst: { ...tally.found },
    findingsAtSend: { ...tally.latest },
    scoreAtFirst: tally.lowestScore,
    scoreAtSend: tally.latestScore,
    suggestions: { byCategory, byTier: { ...tally.byTier } },
    situations: [...tally.situations],
    signals: [...tally.signals],
    flaggedCannedSent: tally.flaggedCanned,
  };
}
