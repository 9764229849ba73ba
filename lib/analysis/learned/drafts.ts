import { CATALOG } from '../catalog';
import { penaltyOf } from '../score';
import { slotsFromContext } from '../slots';
import type { CategoryId } from '../taxonomy';
import { fillTemplate } from '../template';
import type { DraftAnalysis, Finding, ReplyContext } from '../types';
import { draftProbabilities } from './drafts-features';
import { pickLearned, type LearnedPick } from './drafts-pick';
import { draftSentences } from './drafts-units';
import { DRAFT_MODEL, DRAFT_THRESHOLDS } from './drafts-weights';

// The learned fallback beside the rule engine (learned-model brief, 2026-11-22): a sentence the
// rules left alone gets a finding when the linear model (train-drafts.ts) is confident about a
// deflection category. The rules miss a long tail of wording on text they were not tuned on;
// the model reads words and bigrams, so it generalizes over that tail. Thresholds per category
// were chosen by cross-validation on the corpus's tune half, high for precision.

/**
 * The rule whose message and rewrites a learned finding borrows: the category's most general
 * rule (its message speaks of the category, not of one phrase; its rewrites fit any sentence).
 */
export const GENERAL_RULE: Record<CategoryId, string> = {
  redirect: 'redirect.contact-third-party',
  blame_shift: 'blame_shift.not-our-fault',
  policy_wall: 'policy_wall.unable-to',
  hollow_empathy: 'hollow_empathy.understand-frustration',
  hollow_closer: 'hollow_closer.anything-else',
  passive_evasion: 'passive_evasion.mistakes-were-made',
  vague_timeline: 'vague_timeline.working-on-it',
  condescension: 'condescension.as-you-know',
  premature_close: 'premature_close.closing-ticket',
};

/** A learned finding's ruleId: "<category>.learned", so statistics tell it from the rules'. */
export const learnedRuleId = (category: CategoryId): string => `${category}.learned`;

const RULE_BY_ID = new Map(CATALOG.map((r) => [r.id, r]));

function learnedFinding(text: string, pick: LearnedPick, ctx: ReplyContext | undefined): Finding {
  const rule = RULE_BY_ID.get(GENERAL_RULE[pick.category]);
  const slots = slotsFromContext(ctx ?? {});
  const after = text.slice(pick.unit.end, pick.unit.end + 1);
  const rewrites = (rule?.rewrites ?? []).map((tpl, i) => {
    let out = fillTemplate(tpl, slots);
    // The span stops before the sentence's closing punctuation, which stays in the draft.
    if (/^[.!?]/.test(after)) out = out.replace(/[.!]+$/, '');
    return { id: `r${i + 1}`, text: out.length > 0 ? out[0]!.toUpperCase() + out.slice(1) : out };
  });
  return {
    ruleId: learnedRuleId(pick.category),
    category: pick.category,
    start: pick.unit.start,
    end: pick.unit.end,
    text: pick.unit.text,
    message: rule?.message ?? `Reads like a ${pick.category.replace('_', ' ')}.`,
    rewrites,
  };
}

/** The engine's cap on a draft's findings (engine.ts MAX_FINDINGS), kept with the learned ones added. */
const MAX_FINDINGS = 500;


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
