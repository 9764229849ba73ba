import type { CategoryId } from './taxonomy';
import type { Finding } from './types';

// The ownership score of a draft, 0–100, higher is better:
//
//   score = clamp(0, 100, BASE − Σ penalty + bonus)
//
//   BASE = 85 (a neutral draft with nothing to fault and no ownership language)
//   penalty: each finding costs its category's weight; a second finding of the same category
//            costs half, later ones a quarter (the rep sees every finding; the score should
//            say "deflects" without collapsing to 0 over one repeated habit)
//   bonus (at most +15 in total): +5 per commitment ("I'll call them", "I've refunded"),
//            up to +10; +3 per concrete time, up to +6; +5 per specific apology that names
//            what we did, up to +5
//
// So a clean draft with ownership language scores 100; one redirect alone takes a neutral
// draft to 67. A draft with nothing to analyze (empty, white space, only quoted history) scores
// 100: there is nothing to fault.

export const BASE_SCORE = 85;
export const CATEGORY_WEIGHTS: Record<CategoryId, number> = {
  redirect: 18,
  blame_shift: 18,
  policy_wall: 14,
  condescension: 14,
  premature_close: 14,
  passive_evasion: 10,
  vague_timeline: 10,
  hollow_empathy: 8,
  hollow_closer: 6,
};

/** The most the ownership bonus can add. */
export const MAX_BONUS = 15;

/** What the findings take off the score (before the bonus and the clamp); the learned layer re-scores with it. */
export function penaltyOf(findings: readonly Pick<Finding, 'category'>[]): number {
  // Findings per category so far, by the category's place in CATEGORY_WEIGHTS: an array kept
  // between calls, not a Map per call (a draft is scored two or three times).
  const seen = SEEN.fill(0);
  let penalty = 0;
  for (const f of findings) {
    const k = CATEGORY_INDEX[f.category];
    const n = seen[k]!;
    seen[k] = n + 1;
    const w = CATEGORY_WEIGHTS[f.category];
    penalty += n === 0 ? w : n === 1 ? w / 2 : w / 4;
  }
  return penalty;
}

const CATEGORY_INDEX = Object.fromEntries(Object.keys(CATEGORY_WEIGHTS).map((c, i) => [c, i])) as Record<CategoryId, number>;
/** How many categories there are; categoryIndex numbers them 0 … CATEGORY_COUNT - 1. */
export const CATEGORY_COUNT = Object.keys(CATEGORY_WEIGHTS).length;
const SEEN = new Int32Array(CATEGORY_COUNT);

/** A category's number (its place in CATEGORY_WEIGHTS), for arrays by category. */
export function categoryIndex(category: CategoryId): number {
  return CATEGORY_INDEX[category];
}

/**
 * Whether the ownership counts can change the score of a draft with these findings: not when
 * even the full bonus leaves it at 0. Why: counting the cues scans the whole draft, and a long
 * draft full of findings (a pasted trigger phrase) scores 0 whatever it says.
 */
export function bonusMatters(findings: Pick<Finding, 'category'>[]): boolean {
  return Math.round(BASE_SCORE - penaltyOf(findings) + MAX_BONUS) > 0;
}

/** counts: [commitments, concrete times, specific apologies] (OWNERSHIP_CUES order). */
export function scoreDraft(findings: Pick<Finding, 'category'>[], counts: readonly number[]): number {
  const penalty = penaltyOf(findings);
  const [commit = 0, times = 0, apologies = 0] = counts;
  const bonus = Math.min(MAX_BONUS, Math.min(10, commit * 5) + Math.min(6, times * 3) + Math.min(5, apologies * 5));
  return Math.max(0, Math.min(100, Math.round(BASE_SCORE - penalty + bonus)));
}
