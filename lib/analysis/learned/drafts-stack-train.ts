import { halfOf, type Corpus } from '../../../tests/corpus/evaluate';
import type { DraftRecord } from '../../../tests/corpus/format';
import { matchSpans } from '../../../tests/corpus/score';
import { analyzeWith, getEngine } from '../engine';
import { CATEGORY_IDS } from '../taxonomy';
import type { Finding } from '../types';
import { predict, trainOneVsRest, type LinearModel, type TrainOptions } from './core';
import { quantize } from './weights-codec';
import { catalogExamples, ownExamples, rewriteExamples, type UnitExample } from './drafts-data';
import { draftFeatures } from './drafts-features';
import { stackContextFeatures } from './drafts-stack-context';
import { stackRuleFeatures, unitsOfFindings } from './drafts-stack-features';
import { decideStack, type StackThresholds } from './drafts-stack-pick';
import { OWN_ANY, ownershipOf } from './drafts-ownership';
import { draftSentences, type SentenceUnit } from './drafts-units';

// The recipe of the stacked draft model (script side only: train-drafts.ts, drafts-crossfit.ts,
// eval-drafts.ts; never imported by the extension). STACK brief, 2026-11-22: the model is trained
// on the HONEST pool H (the corpus's check half, which the rules were never tuned on, so their
// outputs there behave as on new text), with the rules' output as features; its bars are chosen
// by K-fold cross-fitting over H. Everything is deterministic (sorted ids, hashed folds, no clock).

export const LABELS = [...CATEGORY_IDS];
export const FOLDS = 5;
/**
 * 30 epochs (out-of-fold on the 341 H drafts before the held… drafts landed: 30 recall 0.857,
 * 20 0.844, 40 0.850, 60 0.844). On the 3,365-draft pool (sweep-drafts.ts / eval-drafts.ts, with
 * the context features and clean bars): l2 3e-4 instead of 1e-3 moves the whole frontier out (at
 * recall 0.858 precision 0.913 instead of 0.906, fewer clean drafts flagged; 1e-4 no better);
 * minCount 3 instead of 2 costs ~0.003 of precision and recall (within noise) but keeps the
 * weights file at 147 KB instead of 173 KB (TRIM 0.35 instead cost more: R 0.854, 0.4: 0.848).
 */
export const STACK_TRAIN_OPTIONS: TrainOptions = { epochs: 30, l2: 3e-4, rate: 0.5, minCount: 3 };

/** The rules alone (index.ts's analyzeDraft runs the learned layer too). */
export const rulesOnly = (text: string) => analyzeWith(getEngine(), text);

/** The honest pool, sorted by id (file order must not matter). */
export function honestPool(corpus: Corpus): DraftRecord[] {
  return halfOf(corpus, 'check').drafts.slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * An item's fold: FNV-1a of the id with a salt, so folds are independent of the tune/check split
 * (corpusHalf hashes the bare id) and of file order.
 */
export function foldOf(id: string, folds = FOLDS): number {
  const salted = `drafts-stack:${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < salted.length; i++) h = Math.imul(h ^ salted.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}

/** A draft as the stack reads it: its units, the rules' findings, and per unit the features and gold labels. */
export interface PreparedDraft {
  id: string;
  text: string;
  gold: DraftRecord['findings'];
  units: SentenceUnit[];
  rules: Finding[];
  unitOf: number[];
  features: string[][];
  labels: string[][];
  /** Per unit, the ownership it shows (drafts-ownership.ts OWN bits), for the clean additions' veto. */
  owns: number[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(a.start, b.start) < Math.min(a.end, b.end);

export function prepareDraft(d: DraftRecord): PreparedDraft {
  // A copy: draftSentences shares its last array with the next call on the same text.
  const units = [...draftSentences(d.draft)];
  const rules = rulesOnly(d.draft).findings;
  const unitOf = unitsOfFindings(units, rules);
  const ruleFeatures = stackRuleFeatures(units.length, rules, unitOf);
  const context = stackContextFeatures(units, rules, unitOf);
  return {
    id: d.id,
    text: d.draft,
    gold: d.findings,
    units,
    rules,
    unitOf,
    features: units.map((u, i) => [...draftFeatures(u.text), ...ruleFeatures[i]!, ...context[i]!]),
    labels: units.map((u) => [...new Set(d.findings.filter((g) => overlaps(g, u)).map((g) => g.category))].sort()),
    owns: units.map((u) => ownershipOf(u.text)),
  };
}

/** What the stack learns from besides H (each source can be switched off to measure it). */
export interface ExtraSources {
  /** The tune half's units, words only (their rule features would teach that the rules are always right). */
  tune: boolean;
  /** The catalog's examples and rewrites and OWN_DRAFT_SENTENCES, words only. */
  written: boolean;
  /** The tune units WITH their rule features (the rules are near-perfect there: over-confident). */
  tuneRules?: boolean;
}

export const DEFAULT_EXTRAS: ExtraSources = { tune: true, written: true };

export function extraExamples(corpus: Corpus, sources: ExtraSources = DEFAULT_EXTRAS): UnitExample[] {
  const out: UnitExample[] = [];
  if (sources.tune) {
    const tune = halfOf(corpus, 'tune').drafts.slice().sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const d of tune) {
      if (sources.tuneRules) {
        const p = prepareDraft(d);
        p.features.forEach((features, i) => out.push({ features, labels: p.labels[i]! }));
        continue;
      }
      for (const u of draftSentences(d.draft)) {
        out.push({ features: draftFeatures(u.text), labels: [...new Set(d.findings.filter((g) => overlaps(g, u)).map((g) => g.category))].sort() });
      }
    }
  }
  if (sources.written) out.push(...catalogExamples(), ...rewriteExamples(), ...ownExamples());
  return out;
}

/**
 * Weights of smaller magnitude are dropped (fold models and the shipped one alike, so the
 * cross-fitting measures the model that ships). Why a global bar and not the largest N per
 * category: thousands of small weights carry signal. Out of fold on the first 341 H drafts
 * (before the held… drafts): unpruned recall 0.857; the 1000 largest per category 0.816 (0.840
 * refitted); |w| ≥ 0.05 0.854, 0.1 0.850, 0.2 0.854, 0.3 0.850, 0.4 0.838, 0.5 0.824. At 0.3 the
 * model trained on 1,221 H drafts has ~20 k weights, which weights-codec.ts writes in 118 KB.
 * On the 4,565-draft pool (2026-11-23, clean additions on) 0.3 wrote 171 KB; 0.4 writes 143 KB at
 * the same out-of-fold recall (0.856 both; P 0.922 / 0.917); minCount 4 at 0.3: 153 KB, P 0.914.
 */
export const TRIM = 0.4;

export function trainStack(pool: readonly PreparedDraft[], extra: readonly UnitExample[], opts: TrainOptions = STACK_TRAIN_OPTIONS): LinearModel {
  const examples: UnitExample[] = [];
  for (const d of pool) d.features.forEach((features, i) => examples.push({ features, labels: d.labels[i]! }));
  const m = trainOneVsRest([...examples, ...extra], LABELS, opts);
  const weights: Record<string, number[]> = {};
  for (const [f, row] of Object.entries(m.weights)) {
    const kept = row.map((x) => (Math.abs(x) < TRIM ? 0 : x));
    if (kept.some((x) => x !== 0)) weights[f] = kept;
  }
  // As the weights file holds it (weights-codec.ts), so fold models and the shipped one compute alike.
  return quantize({ ...m, weights });
}

/** Per draft, per unit, the model's probabilities (string features: the training-side path). */
export function probabilitiesOf(model: LinearModel, d: PreparedDraft): number[][] {
  return d.features.map((f) => predict(model, f));
}

// --- Threshold search --------------------------------------------------------------------

/** Drop bars tried (0: never drop); add bars tried (Infinity: never add). */
const DROP_GRID = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
const ADD_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, Infinity];
/**
 * What a false positive costs against a found gold finding. Below 1 a change is made even when
 * it is a little more likely wrong than right: the micro precision stays over the 0.90 bar
 * because most findings are the rules' (~0.87 precise on H, and the model drops their worst).
 * Out of fold on the 3,365-draft pool (nested bars): cost 0.7 P 0.921 R 0.847, 0.6 P 0.917
 * R 0.857, 0.5 P 0.915 R 0.859; 0.6 leaves precision a margin for text by other writers (the
 * model before this one lost ~0.03 of precision on blind drafts it had never seen).
 */
export const FP_COST = 0.6;
/** What a finding in a draft with no gold finding costs on top (the clean-drafts-flagged bar). */
export const CLEAN_COST = 2;

/** One draft's held-out probabilities with its preparation. */
export interface Scored {
  draft: PreparedDraft;
  probs: number[][];
}

/** tp and fp of one category under one pair of bars, over the given drafts. */
function countCategory(items: readonly Scored[], category: string, drop: number, add: number): { tp: number; fp: number; cleanFp: number } {
  const j = LABELS.indexOf(category as (typeof LABELS)[number]);
  let tp = 0;
  let fp = 0;
  let cleanFp = 0;
  for (const { draft: d, probs } of items) {
    const predicted: Array<{ category: string; start: number; end: number }> = [];
    const ruleUnits = new Set<number>();
    d.rules.forEach((f, k) => {
      if (f.category !== category) return;
      const u = d.unitOf[k]!;
      if (u >= 0) ruleUnits.add(u);
      if (u < 0 || drop <= 0 || (probs[u]![j] ?? 1) >= drop) predicted.push(f);
    });
    if (d.rules.length > 0) {
      d.units.forEach((unit, u) => {
        if (!ruleUnits.has(u) && (probs[u]![j] ?? 0) >= add) predicted.push({ category, start: unit.start, end: unit.end });
      });
    }
    if (predicted.length === 0) continue;
    const gold = d.gold.filter((g) => g.category === category);
    const hit = matchSpans(gold, predicted).length;
    tp += hit;
    fp += predicted.length - hit;
    if (d.gold.length === 0) cleanFp += predicted.length;
  }
  return { tp, fp, cleanFp };
}

/**
 * Whether the layer may add findings in drafts where no rule finding stays (StackThresholds.clean,
 * chooseCleanBars). Off for a while on 2026-11-23: they flagged the extension's own recovery
 * replies (tests/recovery: "I'm taking it up with Expedia directly and correcting the booking
 * myself" as a redirect), sentences TAXONOMY §1a calls clean. On again with the ownership veto
 * (CLEAN_VETO, CLEAN_VETO_NEXT), tests/recovery green (without the veto it fails). Out of fold
 * (drafts-clean-sweep.ts) on the 4,565-draft honest pool: without clean additions P 0.918
 * R 0.835, clean drafts flagged 2.4 %; with them and no veto P 0.915 R 0.852 3.5 %; with the
 * veto P 0.916 R 0.860 3.0 %. On the 1,200 drafts that arrived after the veto was designed:
 * P 0.913 R 0.842 2.6 % without, P 0.912 R 0.861 3.0 % with.
 */
export const CLEAN_ADDS = true;

/**
 * The OWN bits that veto a clean addition (StackThresholds.cleanVeto): all of them. Out of fold
 * (3,365 drafts) every veto tried (the engine's cues alone, + concrete times, + the rep's legwork
 * and "myself", + "I / we" acting, all) cost at most 0.001 of recall, and on 4,565 drafts the
 * widest did best (R 0.856 against 0.850-0.855): a sentence where the rep owns the work is rarely
 * the deflection the rules missed, and with owning sentences out of the way the bars for the
 * rest can be lower.
 */
export const CLEAN_VETO = OWN_ANY;

/**
 * Whether the veto also reads the next unit (StackThresholds.cleanVetoNext): a rule or a limit
 * followed by the rep's remedy is clean as a whole (the catalog's own valid example "the landlord
 * has to approve any pets. I have already asked him…" was flagged without it). Out of fold on
 * 4,565 drafts: P 0.917 R 0.856 3.2 % -> P 0.916 R 0.860 3.0 %.
 */
export const CLEAN_VETO_NEXT = true;

/** How the bars are chosen: the decision costs and the clean-draft additions with their veto (the constants above). */
export interface DecisionSettings {
  fpCost: number;
  cleanCost: number;
  cleanAdds: boolean;
  cleanVeto: number;
  cleanVetoNext: boolean;
}
export const DECISION: DecisionSettings = { fpCost: FP_COST, cleanCost: CLEAN_COST, cleanAdds: CLEAN_ADDS, cleanVeto: CLEAN_VETO, cleanVetoNext: CLEAN_VETO_NEXT };

/**
 * Per category, the pair of bars with the most tp − FP_COST·fp on the given held-out
 * probabilities (ties: the pair that changes the rules least). Categories are independent:
 * a finding only ever matches gold of its own category.
 */
export function chooseThresholds(items: readonly Scored[], settings: Partial<DecisionSettings> = {}): StackThresholds {
  const { fpCost, cleanCost, cleanAdds, cleanVeto, cleanVetoNext } = { ...DECISION, ...settings };
  const drop: Record<string, number> = {};
  const add: Record<string, number> = {};
  for (const category of LABELS) {
    let best = { utility: -Infinity, drop: 0, add: Infinity };
    // Least change first, so a tie keeps it.
    for (const d of DROP_GRID) {
      for (const a of [...ADD_GRID].reverse()) {
        const { tp, fp, cleanFp } = countCategory(items, category, d, a);
        const utility = tp - fpCost * fp - cleanCost * cleanFp;
        if (utility > best.utility + 1e-9) best = { utility, drop: d, add: a };
      }
    }
    if (best.drop > 0) drop[category] = best.drop;
    if (best.add !== Infinity) add[category] = best.add;
  }
  const lone = chooseLone(items, drop, fpCost, cleanCost);
  if (!cleanAdds) return { drop, add, lone };
  const clean = chooseCleanBars(items, { drop, add, lone }, fpCost, cleanCost, cleanVeto, cleanVetoNext);
  if (!cleanVeto) return { drop, add, lone, clean };
  return cleanVetoNext ? { drop, add, lone, clean, cleanVeto, cleanVetoNext } : { drop, add, lone, clean, cleanVeto };
}

const CLEAN_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, Infinity];

/**
 * Per category, the bar for findings in drafts where no rule finding stays (StackThresholds.clean)
 * with the most tp − fpCost·fp − cleanCost·(clean drafts it flags), given the other bars.
 * Categories one at a time, each against no additions of the others (they rarely meet).
 */
function chooseCleanBars(items: readonly Scored[], others: StackThresholds, fpCost: number, cleanCost: number, cleanVeto: number, cleanVetoNext: boolean): Record<string, number> {
  const candidates: Array<{ category: string; p: number; right: boolean; cleanDraft: number }> = [];
  items.forEach(({ draft: d, probs }, i) => {
    if (stackedSpans(d, probs, others).length > 0) return;
    d.units.forEach((u, ui) => LABELS.forEach((c, j) => {
      const p = probs[ui]![j]!;
      if (p < CLEAN_GRID[0]! || (d.owns[ui]! & cleanVeto) !== 0) return;
      if (cleanVetoNext && ui + 1 < d.units.length && (d.owns[ui + 1]! & cleanVeto) !== 0) return;
      const right = d.gold.some((g) => g.category === c && overlaps(g, u));
      candidates.push({ category: c, p, right, cleanDraft: d.gold.length === 0 ? i : -1 });
    }));
  });
  const out: Record<string, number> = {};
  for (const c of LABELS) {
    let best = { utility: 0, bar: Infinity };
    for (const bar of CLEAN_GRID) {
      let utility = 0;
      const flagged = new Set<number>();
      for (const x of candidates) {
        if (x.category !== c || x.p < bar) continue;
        utility += x.right ? 1 : -fpCost;
        if (x.cleanDraft >= 0 && !flagged.has(x.cleanDraft)) {
          flagged.add(x.cleanDraft);
          utility -= cleanCost;
        }
      }
      if (utility > best.utility + 1e-9) best = { utility, bar };
    }
    if (best.bar !== Infinity) out[c] = best.bar;
  }
  return out;
}

const LONE_OWN_GRID = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
/** 2: no probability reaches it (never keep for the other units' sake); JSON-safe, unlike Infinity. */
const LONE_OTHER_GRID = [2, 0.9, 0.8, 0.7, 0.5, 0.3];

/** The lone-finding bars (StackThresholds.lone) with the most utility, given the per-category drop bars. */
function chooseLone(items: readonly Scored[], drop: Readonly<Record<string, number>>, fpCost: number, cleanCost: number): { own: number; other: number } {
  // Per draft with one rule finding that the drop bar keeps: its value if kept, its probability, the other units' best.
  const lone = items.flatMap(({ draft: d, probs }) => {
    if (d.rules.length !== 1 || d.unitOf[0]! < 0) return [];
    const f = d.rules[0]!;
    const u = d.unitOf[0]!;
    const p = probs[u]![LABELS.indexOf(f.category as (typeof LABELS)[number])] ?? 1;
    if (p < (drop[f.category] ?? 0)) return [];
    const right = matchSpans(d.gold.filter((g) => g.category === f.category), [f]).length === 1;
    const value = right ? 1 : -fpCost - (d.gold.length === 0 ? cleanCost : 0);
    const other = Math.max(0, ...probs.flatMap((q, v) => (v === u ? [] : q)));
    return [{ value, p, other }];
  });
  let best = { utility: -Infinity, own: 0, other: 2 };
  for (const own of LONE_OWN_GRID) {
    for (const other of LONE_OTHER_GRID) {
      const utility = lone.reduce((sum, r) => sum + (r.p >= own || r.other >= other ? r.value : 0), 0);
      if (utility > best.utility + 1e-9) best = { utility, own, other };
    }
  }
  return { own: best.own, other: best.other };
}

/** The findings the stack ends with for one prepared draft (what stackFindings returns, spans only). */
export function stackedSpans(d: PreparedDraft, probs: number[][], thresholds: StackThresholds): Array<{ category: string; start: number; end: number }> {
  const { keep, adds } = decideStack(d.units, d.rules, d.unitOf, (u) => probs[u]!, LABELS, thresholds, Infinity, (u) => d.owns[u]!);
  return [...d.rules.filter((_f, k) => keep[k]), ...adds.map((a) => ({ category: a.category, start: a.unit.start, end: a.unit.end }))];
}

/** The fold models and their bars, and every H draft's held-out probabilities. */
export interface CrossFit {
  pool: PreparedDraft[];
  models: LinearModel[];
  /** Per fold, bars chosen on the OTHER folds' held-out probabilities. */
  thresholds: StackThresholds[];
  /** Bars chosen on all held-out probabilities (for the shipped model). */
  pooledThresholds: StackThresholds;
  scored: Scored[];
}

export function crossFit(
  corpus: Corpus,
  sources: ExtraSources = DEFAULT_EXTRAS,
  opts: TrainOptions = STACK_TRAIN_OPTIONS,
  settings: Partial<DecisionSettings> = {},
): CrossFit {
  return crossFitPool(honestPool(corpus).map(prepareDraft), extraExamples(corpus, sources), opts, settings);
}

/** crossFit over prepared drafts (a sweep may change their features first) and the extra examples. */
export function crossFitPool(
  pool: PreparedDraft[],
  extra: ReturnType<typeof extraExamples>,
  opts: TrainOptions = STACK_TRAIN_OPTIONS,
  settings: Partial<DecisionSettings> = {},
): CrossFit {
  const models: LinearModel[] = [];
  const scored: Scored[] = pool.map((draft) => ({ draft, probs: [] }));
  for (let f = 0; f < FOLDS; f++) {
    const model = trainStack(pool.filter((d) => foldOf(d.id) !== f), extra, opts);
    models.push(model);
    scored.forEach((s) => {
      if (foldOf(s.draft.id) === f) s.probs = probabilitiesOf(model, s.draft);
    });
  }
  const thresholds = models.map((_m, f) => chooseThresholds(scored.filter((s) => foldOf(s.draft.id) !== f), settings));
  return { pool, models, thresholds, pooledThresholds: chooseThresholds(scored, settings), scored };
}
