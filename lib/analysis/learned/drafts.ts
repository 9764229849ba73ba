import { penaltyOf } from '../score';
import type { DraftAnalysis, ReplyContext } from '../types';
import { draftProbabilities } from './drafts-features';
import { learnedFinding, MAX_FINDINGS } from './drafts-finding';
import { pickLearned } from './drafts-pick';
import { draftSentences } from './drafts-units';
import { DRAFT_MODEL, DRAFT_THRESHOLDS } from './drafts-weights';

// The learned fallback beside the rule engine (learned-model brief, 2026-11-22): a sentence the
// rules left alone gets a finding when the linear model (drafts-tune-train.ts) is confident about a
// deflection category. The rules miss a long tail of wording on text they were not tuned on;
// the model reads words and bigrams, so it generalizes over that tail. Thresholds per category
// were chosen by cross-validation on the corpus's tune half, high for precision.

export { GENERAL_RULE, learnedRuleId } from './drafts-finding';

/**
 * The rules' analysis plus the model's findings in sentences the rules left alone. The score
 * also takes the added findings' penalty, on top of the rules' score (which already holds the
 * ownership bonus the engine counted; score.ts is linear until it clamps).
 */
export function addLearnedFindings(text: string, analysis: DraftAnalysis, ctx?: ReplyContext): DraftAnalysis {
  // Only drafts the rules already fault get additions (drafts-pick.ts): skip the sentence split.
  if (analysis.findings.length === 0) return analysis;
  const units = draftSentences(text);
  if (units.length === 0) return analysis;
  const picks = pickLearned(
    units,
    (i) => draftProbabilities(DRAFT_MODEL, units[i]!.text),
    DRAFT_MODEL.labels,
    analysis.findings,
    DRAFT_THRESHOLDS,
    true,
    Math.max(0, MAX_FINDINGS - analysis.findings.length),
  );
  if (picks.length === 0) return analysis;
  const added = picks.map((p) => learnedFinding(text, p, ctx));
  const findings = [...analysis.findings, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  const score = Math.max(0, Math.min(100, Math.round(analysis.score - (penaltyOf(findings) - penaltyOf(analysis.findings)))));
  return { ...analysis, findings, score };
}
