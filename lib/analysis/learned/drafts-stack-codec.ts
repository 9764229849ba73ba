import type { LinearModel } from './core';

// A compact text form for the stacked draft model's weights file (drafts-stack-weights.ts). Why
// not core.ts's modelToSource: the stack keeps every weight of magnitude ≥ TRIM (thousands of
// small ones carry real signal: keeping the 1000 largest per category lost 3 points of recall
// out of fold), and as JSON with a string key per feature that is ~400 KB. Here each word is
// written once, a feature is one or two word numbers, and a weight is a label digit and as few
// base-64 digits as the largest weight needs, so the same model fits in well under 150 KB. Weights are quantized to QUANTUM; the training side
// quantizes fold models the same way (quantize), so the cross-fitting measures what ships.

/** Weight resolution: 1/100 (a sum of ~30 weights moves by at most ~0.15 in the logit, in practice far less). */
export const QUANTUM = 0.01;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Map([...DIGITS].map((ch, i) => [ch, i]));
/** The fewest base-64 digits that hold every number below `n`. */
function widthFor(n: number): number {
  let width = 1;
  while (64 ** width < n) width++;
  return width;
}

export interface EncodedModel {
  labels: string[];
  bias: number[];
  /** Digits per word number and per weight (a weight is stored as its count of QUANTUM plus half the range). */
  idWidth: number;
  weightWidth: number;
  /** The words features are made of ('^' and stacked names like 'r:redirect' included), joined by ' '. */
  words: string;
  /** Unigram features: a word number each. */
  unigrams: string;
  /** Bigram features ("a|b"): two word numbers each. */
  bigrams: string;
  /** Per feature (unigrams, then bigrams), its count of weights (one digit) and per weight a label digit and a weight. */
  weights: string;
}

/** `|| 0`: a weight that rounds to -0 is stored as nothing and read back as 0. */
const quantizeOne = (x: number): number => Math.round(x / QUANTUM) * QUANTUM || 0;

/** The model with every weight rounded to QUANTUM, zeros dropped: what decode(encode(m)) gives. */
export function quantize(model: LinearModel): LinearModel {
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const row = (model.weights[f] ?? []).map(quantizeOne);
    if (row.some((x) => x !== 0)) weights[f] = row;
  }
  return { labels: [...model.labels], bias: model.bias.map(quantizeOne), weights };
}

function number(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = DIGITS[n % 64]! + out;
    n = Math.floor(n / 64);
  }
  return out;
}

function readNumber(s: string, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 64 + (DIGIT_VALUE.get(s[at + i]!) ?? 0);
  return n;
}

/** The compact form of a quantized model (weights must be multiples of QUANTUM, fewer than 10 labels). */
export function encode(model: LinearModel): EncodedModel {
  if (model.labels.length > 10) throw new Error('encode: at most 10 labels (one digit each)');
  const m = quantize(model);
  const features = Object.keys(m.weights).sort();
  const uni = features.filter((f) => !f.includes('|'));
  const bi = features.filter((f) => f.includes('|'));
  const words = [...new Set([...uni, ...bi.flatMap((f) => f.split('|'))])].sort();
  if (words.some((w) => w.includes(' ') || w === '')) throw new Error('encode: a word holds a space or is empty');
  const id = new Map(words.map((w, i) => [w, i]));
  const idWidth = widthFor(words.length);
  // A loop, not Math.max(...spread): tens of thousands of weights overflow the argument stack.
  let largest = 0;
  for (const f of features) for (const x of m.weights[f]!) largest = Math.max(largest, Math.abs(Math.round(x / QUANTUM)));
  const weightWidth = widthFor(2 * largest + 2);
  const offset = 64 ** weightWidth / 2;
  let weights = '';
  for (const f of [...uni, ...bi]) {
    const row = m.weights[f]!;
    const nonzero = row.flatMap((x, j) => (x !== 0 ? [[j, Math.round(x / QUANTUM)] as const] : []));
    weights += String(nonzero.length);
    for (const [j, q] of nonzero) weights += String(j) + number(q + offset, weightWidth);
  }
  return {
    labels: [...m.labels],
    bias: m.bias,
    idWidth,
    weightWidth,
    words: words.join(' '),
    unigrams: uni.map((f) => number(id.get(f)!, idWidth)).join(''),
    bigrams: bi.map((f) => f.split('|').map((w) => number(id.get(w)!, idWidth)).join('')).join(''),
    weights,
  };
}

/** The model back from its compact form (the weights file calls this once, at load). */
export function decode(e: EncodedModel): LinearModel {
  const words = e.words.split(' ');
  const { idWidth, weightWidth } = e;
  const offset = 64 ** weightWidth / 2;
  const features: string[] = [];
  for (let at = 0; at < e.unigrams.length; at += idWidth) features.push(words[readNumber(e.unigrams, at, idWidth)]!);
  for (let at = 0; at < e.bigrams.length; at += 2 * idWidth) {
    features.push(`${words[readNumber(e.bigrams, at, idWidth)]!}|${words[readNumber(e.bigrams, at + idWidth, idWidth)]!}`);
  }
  const weights: Record<string, number[]> = {};
  let at = 0;
  for (const f of features) {
    const row = e.labels.map(() => 0);
    const count = Number(e.weights[at++]);
    for (let c = 0; c < count; c++) {
      const j = Number(e.weights[at]);
      const q = readNumber(e.weights, at + 1, weightWidth) - offset;
      row[j] = quantizeOne(q * QUANTUM);
      at += 1 + weightWidth;
    }
    weights[f] = row;
  }
  return { labels: [...e.labels], bias: [...e.bias], weights };
}
