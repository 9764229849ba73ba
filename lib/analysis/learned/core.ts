// A small linear model over words: the learned fallback next to the rule catalog
// (/tmp brief "Learned fallback models", 2026-11). The rules hold ~0.99 on the text they were
// tuned on but miss a long tail of wording elsewhere; bag-of-words logistic regression
// generalizes over that tail. Everything here is deterministic (zero init, fixed epochs,
// fixed example order, no randomness) so a committed weights file is reproducible.

import { expandContraction, predictFast, sigmoid, wordFeaturesFast } from './core-fast';

/** One-vs-rest logistic regression: per label a bias and, per feature, one weight per label. */
export interface LinearModel {
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  /** Passes over the examples (default 30). */
  epochs?: number;
  /** L2 penalty per update on the weights an example touches (default 1e-4). */
  l2?: number;
  /** Initial learning rate, decayed as rate / (1 + epoch / 10) (default 0.5). */
  rate?: number;
  /** A feature must occur in at least this many examples to get a weight (default 2). */
  minCount?: number;
}

/** The words of a text, lowercased, contractions expanded, digit runs as "0"; one list per sentence. */
export function sentenceWords(text: string): string[][] {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\d+/g, '0');
  const sentences: string[][] = [];
  // Sentence ends and line breaks bound the bigrams: "...today. Please" is no "today|please".
  for (const chunk of normalized.split(/[.!?;:\n\r]+/)) {
    const words = (chunk.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).flatMap((w) => expandContraction(w).split(' '));
    if (words.length > 0) sentences.push(words);
  }
  return sentences;
}

/**
 * Unigrams and bigrams ("contact|them") of a text, plus a start marker bigram for each
 * sentence ("^|please"), deduplicated in first-seen order.
 */
export function wordFeatures(text: string): string[] {
  // The same list as from sentenceWords (seen set, '^' reset per sentence), found in one scan (core-fast.ts).
  return wordFeaturesFast(text);
}

/**
 * One training example. `only`, when given, names the labels it speaks for: a cue's example
 * "how do I downgrade?" says it is no cancellation, not that it is about nothing else.
 */
export interface TrainingExample { features: string[]; labels: string[]; only?: string[] }

export function trainOneVsRest(
  examples: TrainingExample[],
  labels: string[],
  opts: TrainOptions = {},
): LinearModel {
  const { epochs = 30, l2 = 1e-4, rate = 0.5, minCount = 2 } = opts;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= minCount).sort();
  const indexOf = new Map(kept.map((f, i) => [f, i]));
  const k = labels.length;
  const w = new Float64Array(kept.length * k);
  const bias = new Float64Array(k);
  // Pre-index once: each example as feature indices and a 0/1 target per label.
  const rows = examples.map((ex) => ({
    ids: [...new Set(ex.features)].map((f) => indexOf.get(f)).filter((i): i is number => i !== undefined),
    target: labels.map((l) => (ex.labels.includes(l) ? 1 : 0)),
    known: labels.map((l) => ex.only === undefined || ex.only.includes(l)),
  }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch / 10);
    for (const { ids, target, known } of rows) {
      for (let j = 0; j < k; j++) {
        if (!known[j]) continue;
        let z = bias[j] ?? 0;
        for (const i of ids) z += w[i * k + j] ?? 0;
        const g = sigmoid(z) - (target[j] ?? 0);
        bias[j] = (bias[j] ?? 0) - step * g;
        for (const i of ids) {
          const at = i * k + j;
          const old = w[at] ?? 0;
          w[at] = old - step * (g + l2 * old);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  kept.forEach((f, i) => {
    const row = Array.from(w.subarray(i * k, (i + 1) * k));
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return { labels: [...labels], bias: Array.from(bias), weights };
}

/**
 * The probability of each label (in model.labels order). Unknown features count for nothing.
 * core-fast.ts computes it from lookup tables, bit for bit as a sum over new Set(features) in order.
 */
export function predict(model: LinearModel, features: string[]): number[] {
  return predictFast(model, features);
}

/** The features present that pushed this label up most, strongest first (for an evidence span). */
export function topFeatures(model: LinearModel, label: string, features: string[], n: number): string[] {
  const j = model.labels.indexOf(label);
  if (j < 0) return [];
  return [...new Set(features)]
    .map((f) => ({ f, w: model.weights[f]?.[j] ?? 0 }))
    .filter(({ w }) => w > 0)
    .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0))
    .slice(0, n)
    .map(({ f }) => f);
}

/** Keeps, per label, the keepPerLabel weights of largest magnitude; the rest become 0. */
export function pruneModel(model: LinearModel, keepPerLabel: number): LinearModel {
  const features = Object.keys(model.weights).sort();
  const keep = model.labels.map((_, j) => {
    const ranked = features
      .map((f) => ({ f, a: Math.abs(model.weights[f]?.[j] ?? 0) }))
      .filter(({ a }) => a > 0)
      .sort((x, y) => y.a - x.a || (x.f < y.f ? -1 : 1));
    return new Set(ranked.slice(0, keepPerLabel).map(({ f }) => f));
  });
  const weights: Record<string, number[]> = {};
  for (const f of features) {
    const row = (model.weights[f] ?? []).map((x, j) => (keep[j]?.has(f) ? x : 0));
    if (row.some((x) => x !== 0)) weights[f] = row;
  }
  return { labels: [...model.labels], bias: [...model.bias], weights };
}

/** The sparse form a weights file stores: per feature, flat [labelIndex, weight, ...] pairs. */
export interface SparseModel {
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** Rebuilds the dense model from its stored sparse form (used by generated weights files). */
export function expandModel(sparse: SparseModel): LinearModel {
  const weights: Record<string, number[]> = {};
  for (const [f, pairs] of Object.entries(sparse.weights)) {
    const row = sparse.labels.map(() => 0);
    for (let p = 0; p + 1 < pairs.length; p += 2) row[pairs[p] ?? 0] = pairs[p + 1] ?? 0;
    weights[f] = row;
  }
  return { labels: [...sparse.labels], bias: [...sparse.bias], weights };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * TypeScript source for a weights file: the model as sparse JSON (weights rounded to 3
 * decimals, zeros left out) passed to expandModel, so a pruned model stays small.
 */
export function modelToSource(model: LinearModel, exportName: string): string {
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const pairs: number[] = [];
    (model.weights[f] ?? []).forEach((x, j) => {
      if (round(x) !== 0) pairs.push(j, round(x));
    });
    if (pairs.length > 0) weights[f] = pairs;
  }
  const sparse: SparseModel = { labels: model.labels, bias: model.bias.map(round), weights };
  const body = JSON.stringify(sparse).replace(/\],"/g, '],\n"');
  return [
    '// Generated by a lib/analysis/learned/train-*.ts script; regenerate it, do not edit it.',
    "import { expandModel, type LinearModel } from './core';",
    '',
    `export const ${exportName}: LinearModel = expandModel(${body});`,
    '',
  ].join('\n');
}
