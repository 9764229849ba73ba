import type { LinearModel } from './core';

// The inference half of core.ts, made cheap enough to run on every keystroke's draft (issue 2's
// speed bar: the learned layer's string features and object-key lookups cost more than the rule
// engine on a short draft). Outputs are bit-for-bit those of predict(model, wordFeatures(text)):
// the same features are visited in the same first-seen order and added to the same bias, so the
// doubles are summed in the same order. What changes is only how a feature is found: words are
// interned to ids, a bigram is a numeric key, and a model is compiled once (lazily, per model
// object) into those tables instead of looked up by string in a plain object.

// Contractions, so "can't" and "can not" are the same feature. "'s" is ambiguous ("it's" vs
// "the driver's"): it reads as "is" only after the pronouns where that is the usual meaning.
// A Map, not an object: an object with arbitrary word keys falls into V8's slow dictionary path.
const IRREGULAR = new Map<string, string>([
  ["can't", 'can not'], ['cannot', 'can not'], ["won't", 'will not'], ["shan't", 'shall not'],
  ["ain't", 'is not'], ["let's", 'let us'],
]);
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how']);
const SUFFIXES: Array<[string, string]> = [
  ["n't", ' not'], ["'re", ' are'], ["'ve", ' have'], ["'ll", ' will'], ["'d", ' would'], ["'m", ' am'],
];

/** One matched word with its contraction expanded ("we're" -> "we are"); may hold a space. */
export function expandContraction(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  for (const [suffix, full] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) return word.slice(0, -suffix.length) + full;
  }
  if (word.endsWith("'s")) {
    const stem = word.slice(0, -2);
    return S_IS.has(stem) ? `${stem} is` : stem;
  }
  return word.replace(/'/g, '');
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** A model as lookup tables: every weight row sparse (label, weight), found by feature string or by word ids. */
interface Compiled {
  k: number;
  bias: number[];
  /** Per row, its entries' range in `lab`/`val`. */
  rowFrom: Int32Array;
  lab: Int32Array;
  val: Float64Array;
  /** Feature string -> row (predict over ready-made features). */
  rowOf: Map<string, number>;
  /** Word -> id, for every word a feature names ('^' included). */
  wordId: Map<string, number>;
  /** Per word id, the row of its unigram feature, -1 when it has none. */
  uniRow: Int32Array;
  /** Bigram "prev|word" as an open-addressing table (doubles: words squared may pass 2^31): key prev * words + word at biKey[slot], its row at biVal[slot]; -1 empty. */
  biKey: Float64Array;
  biVal: Int32Array;
  biMask: number;
  caret: number;
  /** Per row, the call that last added it: a feature counts once per call, like Set(features). */
  stamp: Int32Array;
  call: number;
  /** A matched word (as in the text, lower-cased) -> the ids of its expanded words (-1: unknown to the model). */
  tokenIds: Map<string, Int32Array>;
}

/** Compiled once per model object: a model is never changed after it is built (train, prune and expand make new ones). */
const COMPILED = new WeakMap<LinearModel, Compiled>();
/** Words cached per model before the cache starts over (a pasted wall of order numbers must stay bounded). */
const TOKEN_CACHE_MAX = 20_000;

/** A bigram key's first slot (Fibonacci hashing: consecutive word ids spread over the table). */
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 12) & mask;

/** The row of bigram key `key`, -1 when the model has no such bigram. */
function bigramRow(c: Compiled, key: number): number {
  const { biKey, biMask } = c;
  let slot = slotOf(key, biMask);
  for (;;) {
    const k = biKey[slot]!;
    if (k === key) return c.biVal[slot]!;
    if (k === -1) return -1;
    slot = (slot + 1) & biMask;
  }
}

function compile(model: LinearModel): Compiled {
  // predict sums over the bias's length (one entry per label).
  const k = model.bias.length;
  const rowOf = new Map<string, number>();
  const wordId = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = wordId.get(w);
    if (id === undefined) { id = wordId.size; wordId.set(w, id); }
    return id;
  };
  const caret = idOf('^');
  const lab: number[] = [];
  const val: number[] = [];
  const rowFrom: number[] = [0];
  const uni: Array<[number, number]> = [];
  const bi: Array<[number, number, number]> = [];
  for (const [f, row] of Object.entries(model.weights)) {
    const r = rowFrom.length - 1;
    // Zeros are left out: adding 0 leaves every sum as it was (a -0 becomes +0, the same sigmoid).
    for (let j = 0; j < k; j++) {
      const x = row[j] ?? 0;
      if (x !== 0) { lab.push(j); val.push(x); }
    }
    rowFrom.push(lab.length);
    rowOf.set(f, r);
    const bar = f.indexOf('|');
    if (bar < 0) uni.push([idOf(f), r]);
    else if (f.indexOf('|', bar + 1) < 0) bi.push([idOf(f.slice(0, bar)), idOf(f.slice(bar + 1)), r]);
  }
  const words = wordId.size;
  const uniRow = new Int32Array(words).fill(-1);
  for (const [w, r] of uni) uniRow[w] = r;
  // At most half full, so a lookup probes one or two slots; a miss (most bigrams of a text) ends at an empty one.
  let size = 16;
  while (size < 2 * bi.length) size *= 2;
  const biKey = new Float64Array(size).fill(-1);
  const biVal = new Int32Array(size);
  const biMask = size - 1;
  for (const [a, b, r] of bi) {
    const key = a * words + b;
    let slot = slotOf(key, biMask);
    while (biKey[slot] !== -1) slot = (slot + 1) & biMask;
    biKey[slot] = key;
    biVal[slot] = r;
  }
  const rows = rowFrom.length - 1;
  return {
    k, bias: [...model.bias], rowFrom: Int32Array.from(rowFrom), lab: Int32Array.from(lab), val: Float64Array.from(val),
    rowOf, wordId, uniRow, biKey, biVal, biMask, caret, stamp: new Int32Array(rows), call: 0, tokenIds: new Map(),
  };
}

function compiled(model: LinearModel): Compiled {
  let c = COMPILED.get(model);
  if (!c) { c = compile(model); COMPILED.set(model, c); }
  return c;
}

function nextCall(c: Compiled): number {
  c.call++;
  if (c.call > 0x3fffffff) { c.stamp.fill(0); c.call = 1; }
  return c.call;
}

function addRow(c: Compiled, z: number[], r: number, call: number): void {
  if (c.stamp[r] === call) return;
  c.stamp[r] = call;
  const { lab, val } = c;
  for (let e = c.rowFrom[r]!, end = c.rowFrom[r + 1]!; e < end; e++) z[lab[e]!] = z[lab[e]!]! + val[e]!;
}

/** predict(model, features), without building a Set or looking features up in a plain object. */
export function predictFast(model: LinearModel, features: readonly string[]): number[] {
  const c = compiled(model);
  const call = nextCall(c);
  const z = c.bias.slice();
  for (let i = 0; i < features.length; i++) {
    const r = c.rowOf.get(features[i]!);
    if (r !== undefined) addRow(c, z, r, call);
  }
  return probabilities(z);
}

/** Each score through the sigmoid, in place (the array is the caller's new one). */
function probabilities(z: number[]): number[] {
  for (let j = 0; j < z.length; j++) z[j] = sigmoid(z[j]!);
  return z;
}

// The character classes the scan below tells apart, the same as core.ts's regular expressions:
// [a-z], [0-9], the apostrophes sentenceWords folds to "'", and [.!?;:\n\r] (a sentence break).
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const APOSTROPHE = 3;
const BREAK = 4;
const CLASS = new Uint8Array(0x2020);
for (let ch = 97; ch <= 122; ch++) CLASS[ch] = LETTER;
for (let ch = 48; ch <= 57; ch++) CLASS[ch] = DIGIT;
for (const ch of [39, 0x2018, 0x2019, 0x2bc]) CLASS[ch] = APOSTROPHE;
for (const ch of '.!?;:\n\r') CLASS[ch.charCodeAt(0)] = BREAK;
const classOf = (ch: number): number => (ch < 0x2020 ? CLASS[ch]! : OTHER);
const isWordChar = (k: number): boolean => k === LETTER || k === DIGIT;

/** From i, a letter or digit of the lower-cased text, the end of the word sentenceWords' pattern matches there. */
function tokenEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n && isWordChar(classOf(s.charCodeAt(i)))) i++;
  if (i + 1 < n && classOf(s.charCodeAt(i)) === APOSTROPHE && classOf(s.charCodeAt(i + 1)) === LETTER) {
    i += 2;
    while (i < n && classOf(s.charCodeAt(i)) === LETTER) i++;
  }
  return i;
}

/** A matched word (as in the text, lower-cased) -> its words as sentenceWords spells them. */
const TOKEN_WORDS = new Map<string, readonly string[]>();

function wordsOfToken(raw: string): readonly string[] {
  let words = TOKEN_WORDS.get(raw);
  if (words !== undefined) return words;
  // As sentenceWords normalizes: curly apostrophes to "'", each digit run to "0".
  words = expandContraction(raw.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\d+/g, '0')).split(' ');
  if (TOKEN_WORDS.size >= TOKEN_CACHE_MAX) TOKEN_WORDS.clear();
  TOKEN_WORDS.set(raw, words);
  return words;
}

/** The ids of a matched word's words in the model's vocabulary (-1: unknown to the model). */
function idsOfToken(c: Compiled, raw: string): Int32Array {
  let ids = c.tokenIds.get(raw);
  if (ids !== undefined) return ids;
  ids = Int32Array.from(wordsOfToken(raw), (w) => c.wordId.get(w) ?? -1);
  if (c.tokenIds.size >= TOKEN_CACHE_MAX) c.tokenIds.clear();
  c.tokenIds.set(raw, ids);
  return ids;
}

/**
 * core.ts's wordFeatures, the same strings in the same order, from one scan of the lower-cased
 * text instead of a replace, a split and a match per sentence (each word's expansion is cached).
 */
export function wordFeaturesFast(text: string): string[] {
  const seen = new Set<string>();
  const s = text.toLowerCase();
  let prev = '^';
  const n = s.length;
  let i = 0;
  while (i < n) {
    const k = classOf(s.charCodeAt(i));
    if (k === BREAK) { prev = '^'; i++; continue; }
    if (!isWordChar(k)) { i++; continue; }
    const end = tokenEnd(s, i);
    for (const word of wordsOfToken(s.slice(i, end))) {
      seen.add(word);
      seen.add(`${prev}|${word}`);
      prev = word;
    }
    i = end;
  }
  return [...seen];
}

/**
 * predict(model, wordFeatures(text)), bit for bit, without building a feature string: one scan
 * of the lower-cased text finds the words sentenceWords would (a run of letters and digits, an
 * apostrophe and letters after it), and each word's unigram and its bigram with the word before
 * are looked up by id in the order wordFeatures lists them.
 */
export function predictText(model: LinearModel, text: string): number[] {
  const c = compiled(model);
  const call = nextCall(c);
  const z = c.bias.slice();
  addTextRows(c, z, text, call);
  return probabilities(z);
}

/**
 * predict(model, [...wordFeatures(text), ...extra]), bit for bit: the text's words as in
 * predictText, then each extra feature (a ready-made string such as a stacked model's
 * "r:redirect", which no word feature can equal), each feature counted once.
 */
export function predictTextWith(model: LinearModel, text: string, extra: readonly string[]): number[] {
  const c = compiled(model);
  const call = nextCall(c);
  const z = c.bias.slice();
  addTextRows(c, z, text, call);
  for (let i = 0; i < extra.length; i++) {
    const r = c.rowOf.get(extra[i]!);
    if (r !== undefined) addRow(c, z, r, call);
  }
  return probabilities(z);
}

/** Adds to z the rows of the text's word features, in wordFeatures' order (predictText's scan). */
function addTextRows(c: Compiled, z: number[], text: string, call: number): void {
  const s = text.toLowerCase();
  const words = c.wordId.size;
  let prev = c.caret;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const k = classOf(s.charCodeAt(i));
    if (k === BREAK) { prev = c.caret; i++; continue; }
    if (!isWordChar(k)) { i++; continue; }
    const end = tokenEnd(s, i);
    const ids = idsOfToken(c, s.slice(i, end));
    i = end;
    for (let w = 0; w < ids.length; w++) {
      const id = ids[w]!;
      if (id >= 0) {
        const u = c.uniRow[id]!;
        if (u >= 0) addRow(c, z, u, call);
        if (prev >= 0) {
          const b = bigramRow(c, prev * words + id);
          if (b >= 0) addRow(c, z, b, call);
        }
      }
      prev = id;
    }
  }
}
