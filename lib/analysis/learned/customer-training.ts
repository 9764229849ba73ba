import { CUES } from '../catalog/customer';
import { CUE_LEXICONS } from '../catalog/customer-lexicons';
import { SIGNAL_IDS, SITUATION_IDS } from '../taxonomy';
import { pruneModel, trainOneVsRest, type LinearModel, type TrainingExample } from './core';
import { combineLabels, CUSTOMER_LABELS, customerFeatures, customerProbabilities, messageFeatures, type CustomerCombine } from './customer';
import { OWN_CUSTOMER_MESSAGES } from './customer-examples';

// Script-side helpers shared by train-customer.ts and eval-customer.ts (never imported by the
// extension): the training set, the model's settings, cross-validation inside the tune half
// and the choice of the combination thresholds. Only tune-half items, catalog examples and our
// own messages go in (brief "Learned fallback models").

/** A labelled customer message (the shape of a tune-half corpus record). */
export interface LabelledMessage { id: string; customer: string; situations: string[]; signals: string[] }

/** Settings chosen by cross-validation on the tune half (eval-customer.ts prints the comparison). */
export const TRAIN_OPTIONS = { epochs: 30, l2: 1e-4, rate: 0.3, minCount: 2 } as const;
export const KEEP_PER_LABEL = 400;
export const FOLDS = 5;

const realLabels = (m: { situations: string[]; signals: string[] }): string[] =>
  [...m.situations.filter((s) => s !== 'general'), ...m.signals];

/** Cue and lexicon examples: a positive one is its label; a negative one is not (and says nothing else). */
export function catalogExamples(): TrainingExample[] {
  const out: TrainingExample[] = [];
  const add = (label: string, examples: { positive: string[]; negative?: string[] }) => {
    for (const text of examples.positive) out.push({ features: customerFeatures(text), labels: [label], only: [label] });
    for (const text of examples.negative ?? []) out.push({ features: customerFeatures(text), labels: [], only: [label] });
  };
  for (const cue of CUES) add(cue.label, cue.examples);
  for (const lex of CUE_LEXICONS) add(lex.label, lex.examples);
  return out;
}

/** Fully labelled messages (tune-half records or our own): every label is known. */
export function messageExamples(messages: LabelledMessage[]): TrainingExample[] {
  return messages.map((m) => ({ features: messageFeatures(m.customer), labels: realLabels(m) }));
}

export function trainCustomerModel(messages: LabelledMessage[]): LinearModel {
  const examples = [...messageExamples(messages), ...messageExamples(OWN_CUSTOMER_MESSAGES), ...catalogExamples()];
  return pruneModel(trainOneVsRest(examples, CUSTOMER_LABELS, TRAIN_OPTIONS), KEEP_PER_LABEL);
}

/** Out-of-fold probabilities for each tune message (fold = position mod FOLDS, ids sorted). */
export function crossValidate(messages: LabelledMessage[]): { models: LinearModel[]; foldOf: Map<string, number>; prob: Map<string, Map<string, number>> } {
  const sorted = [...messages].sort((a, b) => (a.id < b.id ? -1 : 1));
  const foldOf = new Map(sorted.map((m, i) => [m.id, i % FOLDS]));
  const models: LinearModel[] = [];
  const prob = new Map<string, Map<string, number>>();
  for (let k = 0; k < FOLDS; k++) {
    const model = trainCustomerModel(sorted.filter((m) => foldOf.get(m.id) !== k));
    models.push(model);
    for (const m of sorted) if (foldOf.get(m.id) === k) prob.set(m.id, customerProbabilities(m.customer, model));
  }
  return { models, foldOf, prob };
}

export interface Decided { gold: LabelledMessage; rules: { situations: string[]; signals: string[] }; prob: Map<string, number> }

function microF1(cases: Decided[], combine: CustomerCombine, side: 'situations' | 'signals'): number {
  let tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const got = new Set(combineLabels(c.rules, c.prob, combine)[side]);
    const gold = new Set(c.gold[side]);
    for (const id of got) if (gold.has(id)) tp++; else fp++;
    for (const id of gold) if (!got.has(id)) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const ADD_GRID = [2, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3];
const DROP_GRID = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2];

/**
 * Per label, the add and drop thresholds that raise the out-of-fold micro-F1 of its side
 * (coordinate ascent from "never add, never drop"; a move must gain at least `minGain`, so a
 * threshold is not set on the strength of one lucky message).
 */
export function chooseThresholds(cases: Decided[], minGain = 0.002): CustomerCombine {
  const combine: CustomerCombine = { add: {}, drop: {} };
  for (const label of CUSTOMER_LABELS) { combine.add[label] = 2; combine.drop[label] = 0; }
  for (let pass = 0; pass < 2; pass++) {
    for (const label of CUSTOMER_LABELS) {
      const side = (SITUATION_IDS as readonly string[]).includes(label) ? 'situations' : 'signals';
      for (const [key, grid] of [['add', ADD_GRID], ['drop', DROP_GRID]] as const) {
        let best = combine[key][label]!;
        let bestF1 = microF1(cases, combine, side);
        for (const t of grid) {
          combine[key][label] = t;
          const f1 = microF1(cases, combine, side);
          if (f1 > bestF1 + minGain) { best = t; bestF1 = f1; }
        }
        combine[key][label] = best;
      }
    }
  }
  return combine;
}

export const ALL_LABELS = [...SITUATION_IDS, ...SIGNAL_IDS];
