import type { CategoryId } from '../taxonomy';
import type { Span } from '../types';
import type { SentenceUnit } from './drafts-units';

// Where the learned draft model adds a finding, given its probabilities: shared by the run-time
// fallback (drafts.ts) and the cross-validation (drafts-tune-train.ts), so both choose alike.

export interface LearnedPick {
  unit: SentenceUnit;
  category: CategoryId;
  probability: number;
}

/**
 * Which sentences get a learned finding: only in a draft where the rules already found a
 * deflection, only sentences no rule finding overlaps (the rules decide where they fired,
 * exceptions included), and in each at most the one most probable category that clears its
 * threshold. Pure, so the cross-validation runs the same choice on held-out probabilities.
 *
 * Why only drafts the rules already fault: the corpus's clean drafts are ownership rewrites of
 * the same stories, with the same words ("I've called Expedia myself"), and a sentence model
 * without the draft's context mistakes them for deflections: on the first evaluation (all
 * drafts) clean drafts flagged went from 1.2 % to 9.1 % in tune cross-validation. A draft that
 * deflects once mostly deflects more than once (tune: 3 findings a faulted draft), so its
 * unflagged sentences are where the rules' missed wording sits.
 */
export function pickLearned(
  units: readonly SentenceUnit[],
  /** Per unit, the probability per label; a function is asked only for the units that can get a finding. */
  probabilities: readonly (readonly number[])[] | ((unitIndex: number) => readonly number[]),
  labels: readonly string[],
  ruleSpans: readonly Span[],
  thresholds: Readonly<Record<string, number>>,
  onlyFaultedDrafts = true,
  /** At most this many picks (the engine caps a draft's findings; a pasted wall of text must stay bounded). */
  limit = Infinity,
): LearnedPick[] {
  const picks: LearnedPick[] = [];
  if (onlyFaultedDrafts && ruleSpans.length === 0) return picks;
  const probabilityOf = typeof probabilities === 'function' ? probabilities : (i: number) => probabilities[i] ?? [];
  // Units come in text order: one pass over the rule spans sorted by start. A rule span overlaps
  // the unit iff the furthest end among spans starting before the unit's end passes its start.
  const spans = [...ruleSpans].sort((a, b) => a.start - b.start);
  let k = 0;
  let furthestEnd = -1;
  for (let i = 0; i < units.length && picks.length < limit; i++) {
    const unit = units[i]!;
    while (k < spans.length && spans[k]!.start < unit.end) furthestEnd = Math.max(furthestEnd, spans[k++]!.end);
    if (furthestEnd > unit.start) continue;
    let best: LearnedPick | undefined;
    probabilityOf(i).forEach((p, j) => {
      const category = labels[j] as CategoryId;
      const bar = thresholds[category];
      if (bar === undefined || p < bar) return;
      if (!best || p > best.probability) best = { unit, category, probability: p };
    });
    if (best) picks.push(best);
  }
  return picks;
}
