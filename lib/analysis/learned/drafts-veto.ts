import { penaltyOf } from '../score';
import type { CategoryId } from '../taxonomy';
import type { DraftAnalysis } from '../types';
import { draftProbabilities } from './drafts-features';
import { draftSentences } from './drafts-units';
import { keepMask } from './drafts-veto-pick';
import { DRAFT_MODEL } from './drafts-weights';

// The learned VETO beside the rule engine (2026-11-22): a rule finding is dropped when the
// learned sentence model (DRAFT_MODEL, drafts-tune-train.ts) finds its own category all but
// impossible in the sentence that holds it. The rules fire on innocent words ("policy",
// "contact", "unfortunately") in ownership replies they were not tuned on; the model reads the
// whole sentence. Bars per category were chosen by 5-fold cross-validation on the tune half
// (drafts-veto-train.ts): the highest bar that drops no more than RECALL_BUDGET (0.5 %) of the
// category's correct rule findings. A category without a bar is never vetoed (even its lowest
// grid bar cost more than the budget). A draft's only rule finding meets a higher bar, LONE_BAR.
// Run it on the ENGINE's findings, before addLearnedFindings: "only finding" means only rule finding.

/** Per category, the probability below which a rule finding is dropped (drafts-veto-train.ts prints them). */
export const VETO_BARS: Readonly<Partial<Record<CategoryId, number>>> = {
  redirect: 0.001,
  hollow_empathy: 0.001,
  hollow_closer: 0.01,
  passive_evasion: 0.01,
  vague_timeline: 0.002,
  premature_close: 0.02,
};

/**
 * The bar for a draft's only rule finding (drafts-veto-pick.ts): below 0.5 the model finds the
 * category less likely than not. Tune 5-fold CV: the 9 correct lone rule findings have held-out
 * probabilities 0.89–1.00, so no bar under 0.89 costs anything there; of the own clean replies
 * the rules flag (drafts-veto-sentences.ts), all sit below 0.30. 0.5 leaves room on both sides.
 */
export const LONE_BAR = 0.5;


/**
 * The rules' analysis without the findings the model vetoes. The score gets back the vetoed
 * findings' penalty (score.ts is linear until it clamps; a score clamped at 0 stays an estimate).
 * Only sentences that hold a finding are read by the model, so a clean draft costs nothing.
 */
export function vetoFindings(text: string, analysis: DraftAnalysis): DraftAnalysis {
  if (analysis.findings.length === 0) return analysis;
  const units = draftSentences(text);
  const keep = keepMask(units, analysis.findings, (i) => draftProbabilities(DRAFT_MODEL, units[i]!.text), DRAFT_MODEL.labels, VETO_BARS, LONE_BAR);
  if (keep.every(Boolean)) return analysis;
  const findings = analysis.findings.filter((_f, k) => keep[k]);
  const score = Math.max(0, Math.min(100, Math.round(analysis.score + penaltyOf(analysis.findings) - penaltyOf(findings))));
  return { ...analysis, findings, score };
}
