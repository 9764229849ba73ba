import type { LinearModel, SparseModel } from './core';

// The customer models are stored in hundredths as integers ("53" for 0.53): the weights file
// must stay near 150 KB, and "0.534" spends three characters on precision that moves no
// decision. Training rounds its models the same way (quantize), so the cross-fitted scores are
// those of exactly what is shipped.

const SCALE = 100;

/** The model with every weight and bias rounded to hundredths (zeros left out). */
export function quantize(model: LinearModel): LinearModel {
  const round = (x: number) => Math.round(x * SCALE) / SCALE;
  const weights: Record<string, number[]> = {};
  for (const [f, row] of Object.entries(model.weights)) {
    const q = row.map(round);
    if (q.some((x) => x !== 0)) weights[f] = q;
  }
  return { labels: [...model.labels], bias: model.bias.map(round), weights };
}

/** A quantized model as stored: per feature, flat [labelIndex, weight in hundredths, ...] pairs. */
export function toStored(model: LinearModel): SparseModel {
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const pairs: number[] = [];
    (model.weights[f] ?? []).forEach((x, j) => {
      const q = Math.round(x * SCALE);
      if (q !== 0) pairs.push(j, q);
    });
    if (pairs.length > 0) weights[f] = pairs;
  }
  return { labels: [...model.labels], bias: model.bias.map((x) => Math.round(x * SCALE)), weights };
}

/** The model back from its stored form (the inverse of toStored on a quantized model). */
export function fromStored(stored: SparseModel): LinearModel {
  const weights: Record<string, number[]> = {};
  for (const [f, pairs] of Object.entries(stored.weights)) {
    const row = stored.labels.map(() => 0);
    for (let p = 0; p + 1 < pairs.length; p += 2) row[pairs[p] ?? 0] = (pairs[p + 1] ?? 0) / SCALE;
    weights[f] = row;
  }
  return { labels: [...stored.labels], bias: stored.bias.map((x) => x / SCALE), weights };
}
