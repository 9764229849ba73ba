import { penaltyOf } from '../score';
import type { DraftAnalysis, ReplyContext } from '../types';
import type { LinearModel } from './core';
import { featureHandles, predictSpanWithIds } from './core-fast';
import { MAX_FINDINGS } from '../engine';
import { learnedFinding } from './drafts-finding';
import { LEMMA_FEATURE } from './drafts-stack-context';
import { STACK_FEATURES, stackFeatureIds, unitsOfFindings } from './drafts-stack-features';
import { decideStack, type StackThresholds } from './drafts-stack-pick';
import { STACK_MODEL, STACK_THRESHOLDS } from './drafts-stack-weights';
import { ownershipOf } from './drafts-ownership';
import { draftSentences } from './drafts-units';

// The stacked learned layer beside the rule engine (STACK brief, 2026-11-22). One sentence model
// reads each sentence's words AND what the rules said (in this sentence, elsewhere in the draft:
// drafts-stack-features.ts); it was trained on the corpus half the rules were never tuned on, so
// it learned where the rules are right and where they miss on wording they never saw. With the
// bars the cross-fitting chose (drafts-stack-train.ts) it both drops rule findings it finds
// unlikely (the former veto) and adds findings in sentences where the rules missed a category
// (the former additions).

/** Per model, the handles of STACK_FEATURES (looked up once, not per unit). */
const HANDLES = new WeakMap<LinearModel, Int32Array>();

function stackHandles(model: LinearModel): Int32Array {
  let handles = HANDLES.get(model);
  if (!handles) { handles = featureHandles(model, STACK_FEATURES); HANDLES.set(model, handles); }
  return handles;
}

/**
 * The rules' analysis with the stack's decisions: rule findings the model rejects dropped, its
 * own unit-wide findings added. The score moves by the penalty of what changed (score.ts is
 * linear until it clamps). A draft the rules leave clean is read only when the thresholds have
 * clean bars (else it could not change: returned as it is, unread).
 * `model` and `thresholds` are for the cross-fitting (drafts-crossfit.ts): the same code with a
 * fold's weights.
 */
export function stackFindings(
  text: string,
  analysis: DraftAnalysis,
  ctx?: ReplyContext,
  model: LinearModel = STACK_MODEL,
  thresholds: StackThresholds = STACK_THRESHOLDS,
): DraftAnalysis {
  // Without clean bars a draft the rules leave clean cannot change: not read.
  if (analysis.findings.length === 0 && !thresholds.clean) return analysis;
  const units = draftSentences(text);
  if (units.length === 0) return analysis;
  const unitOf = unitsOfFindings(units, analysis.findings);
  // Each unit's extra features in training's order (drafts-stack-train.ts): its rule features and
  // its neighbour features as ids, then its lemma features, derived by core-fast per distinct word.
  const { ids, from } = stackFeatureIds(units.length, analysis.findings, unitOf, true);
  const handles = stackHandles(model);
  // Per unit, asked for at most once: with cleanVetoNext a unit is read as the next of the one
  // before it and again as itself, and each read prepares its text anew. Read only up to the
  // first kind the veto names (decideStack asks whether any shows).
  const owns: number[] = [];
  const veto = thresholds.cleanVeto ?? 0;
  const { keep, adds } = decideStack(
    units,
    analysis.findings,
    unitOf,
    (u) => predictSpanWithIds(model, text, units[u]!.start, units[u]!.end, handles, ids, from[u]!, from[u + 1]!, LEMMA_FEATURE),
    model.labels,
    thresholds,
    Math.max(0, MAX_FINDINGS - analysis.findings.length),
    (u) => (owns[u] ??= ownershipOf(units[u]!.text, veto)),
  );
  if (adds.length === 0 && keep.every(Boolean)) return analysis;
  const kept = analysis.findings.filter((_f, k) => keep[k]);
  const findings = [...kept, ...adds.map((a) => learnedFinding(text, a, ctx))].sort((a, b) => a.start - b.start || a.end - b.end);
  const score = Math.max(0, Math.min(100, Math.round(analysis.score + penaltyOf(analysis.findings) - penaltyOf(findings))));
  return { ...analysis, findings, score };
}
