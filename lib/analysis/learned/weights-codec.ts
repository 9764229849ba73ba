import type { LinearModel } from './core';

// One stored form for both learned layers' weights files (drafts-stack-weights.ts,
// customer-weights.ts). Why not core.ts's modelToSource: the stacks keep thousands of small
// weights that carry real signal (keeping the 1,000 largest per category lost 3 points of
// drafts recall out of fold), and as JSON with a string key per feature ("was|told":[3,12,7,-5])
// every word of every bigram is written again and every weight spends a comma, a sign and up to
// four digits: ~400 KB. Here each word is written once, a feature is one or two word numbers and
// a weight is a label digit plus as few base-64 digits as the largest weight needs.
//
// Weights are kept in hundredths (QUANTUM): a third decimal spends a character on precision
// that moves no decision. Training rounds its fold models with the same `quantize`, and
// fromCompact reads a stored step count back to exactly that float, so the cross-fitted scores
// are those of exactly what ships.

/** Weight resolution: 1/100 (a sum of ~30 weights moves by at most ~0.15 in the logit, in practice far less). */
export const QUANTUM = 0.01;

const toSteps = (x: number): number => Math.round(x / QUANTUM);
/** A step count back to the float quantize gives (`|| 0`: a weight that rounds to -0 is 0). */
const fromSteps = (q: number): number => q * QUANTUM || 0;
const quantizeOne = (x: number): number => fromSteps(toSteps(x));

/** The model with every weight rounded to QUANTUM, zero rows dropped: what fromCompact(toCompact(m)) gives. */
export function quantize(model: LinearModel): LinearModel {
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const row = (model.weights[f] ?? []).map(quantizeOne);
    if (row.some((x) => x !== 0)) weights[f] = row;
  }
  return { labels: [...model.labels], bias: model.bias.map(quantizeOne), weights };
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Map([...DIGITS].map((ch, i) => [ch, i]));

/** The fewest base-64 digits that hold every number below `n`. */
function widthFor(n: number): number {
  let width = 1;
  while (64 ** width < n) width++;
  return width;
}
function digits(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = DIGITS[n % 64]! + out;
    n = Math.floor(n / 64);
  }
  return out;
}
function readDigits(s: string, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 64 + (DIGIT_VALUE.get(s[at + i]!) ?? 0);
  return n;
}

export interface CompactModel {
  labels: string[];
  /** Per label, its bias in steps of QUANTUM. */
  bias: number[];
  /** Digits per word number and per weight (a weight is its count of QUANTUM plus half the range). */
  idWidth: number;
  weightWidth: number;
  /** The words the features are made of (stacked names like 'r:redirect' included), joined by ' '. */
  words: string;
  /** Unigram features, a word number each; then bigram features ("a|b"), two word numbers each. */
  unigrams: string;
  bigrams: string;
  /** Per feature (unigrams, then bigrams), its count of weights (one digit) and per weight a label digit and a weight. */
  weights: string;
}

/** The compact form of a model, quantized (at most 64 labels, no word with a space). */
export function toCompact(model: LinearModel): CompactModel {
  if (model.labels.length > 64) throw new Error('toCompact: at most 64 labels (one digit each)');
  const m = quantize(model);
  const features = Object.keys(m.weights).sort();
  const uni = features.filter((f) => !f.includes('|'));
  const bi = features.filter((f) => f.includes('|'));
  if (bi.some((f) => f.split('|').length !== 2)) throw new Error('toCompact: a feature of more than two words');
  const words = [...new Set([...uni, ...bi.flatMap((f) => f.split('|'))])].sort();
  if (words.some((w) => w.includes(' ') || w === '')) throw new Error('toCompact: a word holds a space or is empty');
  const id = new Map(words.map((w, i) => [w, i]));
  const idWidth = widthFor(words.length);
  // A loop, not Math.max(...spread): tens of thousands of weights overflow the argument stack.
  let largest = 0;
  for (const f of features) for (const x of m.weights[f]!) largest = Math.max(largest, Math.abs(toSteps(x)));
  const weightWidth = widthFor(2 * largest + 2);
  const offset = 64 ** weightWidth / 2;
  let weights = '';
  for (const f of [...uni, ...bi]) {
    const nonzero = m.weights[f]!.flatMap((x, j) => (toSteps(x) !== 0 ? [[j, toSteps(x)] as const] : []));
    weights += DIGITS[nonzero.length]!;
    for (const [j, q] of nonzero) weights += DIGITS[j]! + digits(q + offset, weightWidth);
  }
  return {
    labels: [...m.labels],
    bias: m.bias.map(toSteps),
    idWidth,
    weightWidth,
    words: words.join(' '),
    unigrams: uni.map((f) => digits(id.get(f)!, idWidth)).join(''),
    bigrams: bi.map((f) => f.split('|').map((w) => digits(id.get(w)!, idWidth)).join('')).join(''),
    weights,
  };
}

/** The model back from its compact form (a weights file calls this once, at load): exactly quantize's floats. */
export function fromCompact(c: CompactModel): LinearModel {
  const words = c.words.split(' ');
  const { idWidth, weightWidth } = c;
  const offset = 64 ** weightWidth / 2;
  const features: string[] = [];
  for (let at = 0; at < c.unigrams.length; at += idWidth) features.push(words[readDigits(c.unigrams, at, idWidth)]!);
  for (let at = 0; at < c.bigrams.length; at += 2 * idWidth) {
    features.push(`${words[readDigits(c.bigrams, at, idWidth)]!}|${words[readDigits(c.bigrams, at + idWidth, idWidth)]!}`);
  }
  const weights: Record<string, number[]> = {};
  let at = 0;
  for (const f of features) {
    const row = c.labels.map(() => 0);
    const count = DIGIT_VALUE.get(c.weights[at++]!) ?? 0;
    for (let k = 0; k < count; k++) {
      row[DIGIT_VALUE.get(c.weights[at]!) ?? 0] = fromSteps(readDigits(c.weights, at + 1, weightWidth) - offset);
      at += 1 + weightWidth;
    }
    weights[f] = row;
  }
  return { labels: [...c.labels], bias: c.bias.map(fromSteps), weights };
}
