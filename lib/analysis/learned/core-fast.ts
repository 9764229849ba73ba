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
  /**
   * Every row, one after the other; a row is known by its offset here (what rowOf, uniRow, the
   * bigram table and the handles hold): at the offset the call that last added it (a feature
   * counts once per call, like Set(features)), then its entry count, then its entries, each
   * (index of its weight in `values`) << labelBits | label. The stamp and the entries side by
   * side, so adding a row mostly touches one cache line, not a stamp table's and an entry
   * table's (the rule engine runs between two drafts' predictions and evicts both: the two
   * loads were among the stack's hottest lines in the corpus profile).
   */
  rows: Int32Array;
  labelBits: number;
  /** The model's distinct weights (a quantized model has a few hundred). */
  values: Float64Array;
  /** Feature string -> row offset (predict over ready-made features). */
  rowOf: Map<string, number>;
  /** Word -> id, for every word a feature names ('^' included). The words with a unigram feature come first: word id w < uniCount has row offset uniRow[w]. */
  wordId: Map<string, number>;
  /** wordId.size. */
  words: number;
  uniCount: number;
  uniRow: Int32Array;
  /**
   * Bigram "prev|word" as an open-addressing table: key prev * words + word at biTab[2 slot], its
   * row offset at biTab[2 slot + 1]; key -1 empty. For a vocabulary whose squared size passes 2^31 (no
   * shipped model comes near) the keys are doubles, in biWide instead.
   */
  biTab: Int32Array;
  biWide: Map<number, number> | undefined;
  biMask: number;
  caret: number;
  call: number;
  /**
   * Token cache (open addressing), per slot at TC slot: a matched word's hash, the id of its one
   * word (-1: unknown to the model) or MULTI, its derived rows (tdOne's value, see below), the
   * count of its characters (0: an empty slot); for a one-word token its unigram row (-1: none),
   * then its last bigram: the word before it and their bigram's row (-1: none), so a pair met
   * again costs no probe of the bigram table; where its characters start in tcChars when it is
   * longer than TC_INLINE, else at TC slot + 8 the characters themselves (lower-cased, as in
   * the text), two per int. A MULTI token's word ids ("we're": two) are at tcIds[slot]. A slot
   * is 64 bytes: a lookup of a usual word reads about one cache line, where the characters, the
   * derived rows, the unigram row and the bigram table each cost a line of their own per token
   * (the hottest loads of the stack in the corpus profile, where the rule engine runs between
   * two drafts' predictions). With the remembered bigram, analyzeDraft's CPU time went -3 to
   * -5 % (/tmp/s8/ab.mts: 1 KB, 10 KB and the corpus).
   */
  tcInfo: Int32Array;
  tcChars: Uint16Array;
  tcCharsUsed: number;
  tcIds: Array<Int32Array | undefined>;
  tcMask: number;
  tcCount: number;
  /**
   * Per token slot (tdOne, at TC slot + 2 in tcInfo), the rows of the features its words imply
   * by themselves (a WordDerived, such as a stacked model's lemma features): UNRESOLVED until a
   * scan that wants them first meets the token, then -1 (none the model weighs), a row, or MANY
   * (the rows, in word order, at tdIds[slot]). A function of the token, so found once per
   * distinct token, not per occurrence.
   */
  tdIds: Array<Int32Array | undefined>;
  /** The WordDerived the slots' tdOne was resolved with, and its epoch then (a change starts tdOne over). */
  derived: WordDerived | undefined;
  derivedEpoch: number;
  /** Whether the scan running now collects derived rows, and the ones it met (in text order, repeats included). */
  deriving: boolean;
  dRows: Int32Array;
  dCount: number;
}

/**
 * A feature a word implies by itself, whatever its neighbours (a stacked model's `l:<lemma>`):
 * its name, '' for none. `epoch` changes whenever featureOf may answer otherwise (core-fast then
 * resolves its tokens again).
 */
export interface WordDerived {
  featureOf(word: string): string;
  epoch(): number;
}

/** tdOne's marks: a token not resolved yet, and one whose words imply several rows. */
const UNRESOLVED = -2;
const MANY = -3;

/** tcOne's mark for a token of several words. */
const MULTI = -2;

/** Ints per token cache slot, and the longest token whose characters it holds itself (two per int). */
const TC = 16;
const TC_INLINE = 16;
/** Where a slot's unigram row, its last bigram, its characters' offset and its inline characters are. */
const TC_UNI = 4;
const TC_BI_PREV = 5;
const TC_BI_ROW = 6;
const TC_OFF = 7;
const TC_CHARS = 8;

/** Compiled once per model object: a model is never changed after it is built (train, prune and expand make new ones). */
const COMPILED = new WeakMap<LinearModel, Compiled>();
/** Words cached per model before the cache starts over (a pasted wall of order numbers must stay bounded). */
const TOKEN_CACHE_MAX = 20_000;
/** The token cache's first size (it doubles up to 2^16 slots for TOKEN_CACHE_MAX words). */
const TOKEN_CACHE_START = 1024;

/** A bigram key's first slot (Fibonacci hashing: consecutive word ids spread over the table). */
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 12) & mask;

/** The row of bigram key `key`, -1 when the model has no such bigram. */
function bigramRow(c: Compiled, key: number): number {
  if (c.biWide !== undefined) return c.biWide.get(key) ?? -1;
  const { biTab, biMask } = c;
  let slot = slotOf(key, biMask);
  for (;;) {
    const k = biTab[2 * slot]!;
    if (k === key) return biTab[2 * slot + 1]!;
    if (k === -1) return -1;
    slot = (slot + 1) & biMask;
  }
}

function compile(model: LinearModel): Compiled {
  // predict sums over the bias's length (one entry per label).
  const k = model.bias.length;
  const features = Object.entries(model.weights);
  const wordId = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = wordId.get(w);
    if (id === undefined) { id = wordId.size; wordId.set(w, id); }
    return id;
  };
  // Unigrams first, so a word's id is its unigram's row. Rows are only table positions: the sum
  // order is the order a text's features are visited in, whatever the rows' numbering.
  const order: Array<[string, number[]]> = [];
  for (const entry of features) if (!entry[0].includes('|')) { idOf(entry[0]); order.push(entry); }
  const uniCount = order.length;
  const caret = idOf('^');
  for (const entry of features) if (entry[0].includes('|')) order.push(entry);
  const rowOf = new Map<string, number>();
  const lab: number[] = [];
  const val: number[] = [];
  const ranges: number[] = [];
  const bi: Array<[number, number, number]> = [];
  order.forEach(([f, row], r) => {
    const from = lab.length;
    // Zeros are left out: adding 0 leaves every sum as it was (a -0 becomes +0, the same sigmoid).
    for (let j = 0; j < k; j++) {
      const x = row[j] ?? 0;
      if (x !== 0) { lab.push(j); val.push(x); }
    }
    ranges.push(from, lab.length);
    rowOf.set(f, r);
    const bar = f.indexOf('|');
    if (bar >= 0 && f.indexOf('|', bar + 1) < 0) bi.push([idOf(f.slice(0, bar)), idOf(f.slice(bar + 1)), r]);
  });
  const rowCount = order.length;
  const valueIndex = new Map<number, number>();
  for (const x of val) if (!valueIndex.has(x)) valueIndex.set(x, valueIndex.size);
  let labelBits = 0;
  while (1 << labelBits < k) labelBits++;
  if (valueIndex.size > 2 ** (31 - labelBits)) throw new Error('core-fast: too many distinct weights to pack');
  // Row r at offsetOf[r]: stamp, count, entries.
  const rows = new Int32Array(2 * rowCount + lab.length);
  const offsetOf = new Int32Array(rowCount);
  let off = 0;
  for (let r = 0; r < rowCount; r++) {
    offsetOf[r] = off;
    const from = ranges[2 * r]!;
    const to = ranges[2 * r + 1]!;
    rows[off + 1] = to - from;
    for (let e = from; e < to; e++) rows[off + 2 + e - from] = (valueIndex.get(val[e]!)! << labelBits) | lab[e]!;
    off += 2 + to - from;
  }
  for (const [f, r] of rowOf) rowOf.set(f, offsetOf[r]!);
  const uniRow = offsetOf.slice(0, uniCount);
  const words = wordId.size;
  // At most half full, so a lookup probes one or two slots; a miss (most bigrams of a text) ends at an empty one.
  let size = 16;
  while (size < 2 * bi.length) size *= 2;
  const biTab = new Int32Array(2 * size).fill(-1);
  const biMask = size - 1;
  const biWide = words * words >= 2 ** 31 ? new Map<number, number>() : undefined;
  for (const [a, b, r] of bi) {
    const key = a * words + b;
    if (biWide !== undefined) { biWide.set(key, offsetOf[r]!); continue; }
    let slot = slotOf(key, biMask);
    while (biTab[2 * slot] !== -1) slot = (slot + 1) & biMask;
    biTab[2 * slot] = key;
    biTab[2 * slot + 1] = offsetOf[r]!;
  }
  return {
    k, bias: [...model.bias], rows, labelBits, values: Float64Array.from(valueIndex.keys()), rowOf, wordId, words, uniCount, uniRow,
    biTab, biWide, biMask, caret, call: 0,
    tcInfo: new Int32Array(TC * TOKEN_CACHE_START), tcChars: new Uint16Array(TOKEN_CACHE_START), tcCharsUsed: 0,
    tcIds: new Array<Int32Array | undefined>(TOKEN_CACHE_START).fill(undefined), tcMask: TOKEN_CACHE_START - 1, tcCount: 0,
    tdIds: new Array<Int32Array | undefined>(TOKEN_CACHE_START).fill(undefined),
    derived: undefined, derivedEpoch: 0, deriving: false, dRows: new Int32Array(64), dCount: 0,
  };
}

function compiled(model: LinearModel): Compiled {
  let c = COMPILED.get(model);
  if (!c) { c = compile(model); COMPILED.set(model, c); }
  return c;
}

function nextCall(c: Compiled): number {
  c.call++;
  if (c.call > 0x3fffffff) {
    for (let at = 0; at < c.rows.length; at += 2 + c.rows[at + 1]!) c.rows[at] = 0;
    c.call = 1;
  }
  return c.call;
}

/** Adds the row at offset `at` to z, unless this call added it already. */
function addRow(c: Compiled, z: number[], at: number, call: number): void {
  const { rows } = c;
  if (rows[at] === call) return;
  rows[at] = call;
  const { values, labelBits } = c;
  const mask = (1 << labelBits) - 1;
  for (let e = at + 2, end = at + 2 + rows[at + 1]!; e < end; e++) {
    const x = rows[e]!;
    const j = x & mask;
    z[j] = z[j]! + values[x >>> labelBits]!;
  }
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

/**
 * The cache slot of the token s[start, end) lower-cased (scanRows' hash h of its lowered
 * characters), filled on a miss: found by hash and compared in place, so a token already seen
 * costs no slice, no string hash and no Map lookup (most of a draft's words are common ones).
 */
function tokenSlotOf(c: Compiled, s: string, start: number, end: number, h: number): number {
  const { tcInfo, tcChars, tcMask } = c;
  const len = end - start;
  let slot = tokenSlot(h, tcMask);
  for (;;) {
    const at = TC * slot;
    const stored = tcInfo[at + 3]!;
    if (stored === 0) break;
    if (stored === len && tcInfo[at] === h) {
      let t = 0;
      if (len <= TC_INLINE) {
        while (t < len && ((tcInfo[at + TC_CHARS + (t >> 1)]! >>> (16 * (t & 1))) & 0xffff) === lowerTokenChar(s.charCodeAt(start + t))) t++;
      } else {
        const off = tcInfo[at + TC_OFF]!;
        while (t < len && tcChars[off + t] === lowerTokenChar(s.charCodeAt(start + t))) t++;
      }
      if (t === len) return slot;
    }
    slot = (slot + 1) & tcMask;
  }
  return addToken(c, s, start, end, h);
}

/**
 * tokenSlotOf's miss: caches the token s[start, end) under hash h. A function of its own: its
 * closure over `c` made tokenSlotOf allocate a context on every call, hits included (~40 bytes
 * per token read, a scavenge every ~1,500 drafts of 1 KB).
 */
function addToken(c: Compiled, s: string, start: number, end: number, h: number): number {
  const len = end - start;
  // A token's characters are letters, digits and apostrophes: toLowerCase of the slice is what scanRows read.
  const raw = s.slice(start, end).toLowerCase();
  if (c.tcCount >= TOKEN_CACHE_MAX) clearTokenCache(c);
  else if (2 * (c.tcCount + 1) > c.tcIds.length) growTokenCache(c);
  const ids = Int32Array.from(wordsOfToken(raw), (w) => c.wordId.get(w) ?? -1);
  const slot = freeTokenSlot(c, h);
  const at = TC * slot;
  const { tcInfo } = c;
  tcInfo[at] = h;
  const one = ids.length === 1 ? ids[0]! : MULTI;
  tcInfo[at + 1] = one;
  tcInfo[at + 2] = UNRESOLVED;
  tcInfo[at + 3] = len;
  tcInfo[at + TC_UNI] = one >= 0 && one < c.uniCount ? c.uniRow[one]! : -1;
  // No word id is -2: no bigram remembered yet.
  tcInfo[at + TC_BI_PREV] = -2;
  tcInfo[at + TC_BI_ROW] = -1;
  if (len <= TC_INLINE) {
    for (let t = 0; t < len; t += 2) tcInfo[at + TC_CHARS + (t >> 1)] = raw.charCodeAt(t) | (t + 1 < len ? raw.charCodeAt(t + 1) << 16 : 0);
  } else {
    if (c.tcCharsUsed + len > c.tcChars.length) {
      const more = new Uint16Array(2 * (c.tcCharsUsed + len));
      more.set(c.tcChars.subarray(0, c.tcCharsUsed));
      c.tcChars = more;
    }
    const off = c.tcCharsUsed;
    for (let t = 0; t < len; t++) c.tcChars[off + t] = raw.charCodeAt(t);
    c.tcCharsUsed += len;
    tcInfo[at + TC_OFF] = off;
  }
  c.tcIds[slot] = ids.length === 1 ? undefined : ids;
  c.tdIds[slot] = undefined;
  c.tcCount++;
  return slot;
}

/** A token's cache slot for its first slot's hash; the cache is at most half full, so one is free. */
const tokenSlot = (h: number, mask: number): number => (Math.imul(h, 0x9e3779b1) >>> 16) & mask;

/** The empty slot a token of hash h goes to (the cache is at most half full, so there is one). */
function freeTokenSlot(c: Compiled, h: number): number {
  let slot = tokenSlot(h, c.tcMask);
  while (c.tcInfo[TC * slot + 3] !== 0) slot = (slot + 1) & c.tcMask;
  return slot;
}

function clearTokenCache(c: Compiled): void {
  c.tcInfo.fill(0);
  c.tcIds.fill(undefined);
  c.tdIds.fill(undefined);
  c.tcCharsUsed = 0;
  c.tcCount = 0;
}

/** Doubles the cache (kept at most half full, so a miss ends at an empty slot within a probe or two); the characters stay where they are. */
function growTokenCache(c: Compiled): void {
  const { tcInfo, tcIds, tdIds } = c;
  const size = tcIds.length * 2;
  c.tcInfo = new Int32Array(TC * size);
  c.tcIds = new Array<Int32Array | undefined>(size).fill(undefined);
  c.tdIds = new Array<Int32Array | undefined>(size).fill(undefined);
  c.tcMask = size - 1;
  for (let slot = 0; slot < tcIds.length; slot++) {
    const at = TC * slot;
    if (tcInfo[at + 3] === 0) continue;
    const to = freeTokenSlot(c, tcInfo[at]!);
    c.tcInfo.set(tcInfo.subarray(at, at + TC), TC * to);
    c.tcIds[to] = tcIds[slot];
    c.tdIds[to] = tdIds[slot];
  }
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
  const z = c.bias.slice();
  const call = addTextRows(c, z, text, nextCall(c));
  for (let i = 0; i < extra.length; i++) {
    const r = c.rowOf.get(extra[i]!);
    if (r !== undefined) addRow(c, z, r, call);
  }
  return probabilities(z);
}

/**
 * Handles for ready-made feature names (one per name, -1 for a name the model has no weight for),
 * looked up once so a caller scoring many texts with a few recurring extra features
 * (predictTextWithIds) does not look a string up per text. Valid for this model object only.
 */
export function featureHandles(model: LinearModel, names: readonly string[]): Int32Array {
  const c = compiled(model);
  return Int32Array.from(names, (name) => c.rowOf.get(name) ?? -1);
}

/**
 * predictTextWith(model, text, extra), bit for bit, where extra is the names of
 * handles[ids[from]], ..., handles[ids[to - 1]] (featureHandles of the same model).
 */
export function predictTextWithIds(model: LinearModel, text: string, handles: Int32Array, ids: readonly number[], from: number, to: number): number[] {
  const c = compiled(model);
  const z = c.bias.slice();
  const call = addTextRows(c, z, text, nextCall(c));
  for (let i = from; i < to; i++) {
    const r = handles[ids[i]!]!;
    if (r >= 0) addRow(c, z, r, call);
  }
  return probabilities(z);
}

/**
 * predictTextWithIds(model, text.slice(from, to), ...), bit for bit, reading the span in place
 * (a draft's sentence units are spans of it: no scan of a sliced string). With `derived`: then
 * also predictTextWith's extra features `derived.featureOf(word)` for each word of the span in
 * first-seen order after the ids (each found once per distinct token, not as strings per text).
 */
export function predictSpanWithIds(
  model: LinearModel,
  text: string,
  from: number,
  to: number,
  handles: Int32Array,
  ids: readonly number[],
  idsFrom: number,
  idsTo: number,
  derived?: WordDerived,
): number[] {
  const c = compiled(model);
  const z = c.bias.slice();
  if (derived !== undefined) startDeriving(c, derived);
  const call = addSpanRows(c, z, text, from, to, nextCall(c));
  c.deriving = false;
  for (let i = idsFrom; i < idsTo; i++) {
    const r = handles[ids[i]!]!;
    if (r >= 0) addRow(c, z, r, call);
  }
  // The derived features last, in the order their words first appear (a repeat is counted once, like a Set of names).
  if (derived !== undefined) for (let i = 0; i < c.dCount; i++) addRow(c, z, c.dRows[i]!, call);
  return probabilities(z);
}

/**
 * Adds to z the rows of the text's word features, in wordFeatures' order (predictText's scan),
 * and returns the call stamp the rows were counted under. The scan lower-cases as it reads (A-Z
 * only: no other character toLowerCase changes becomes a letter, digit, apostrophe or break, and
 * none changes length) instead of copying the text; the two exceptions, "İ" (two characters
 * lower-cased) and the Kelvin sign (a "k"), send the text through toLowerCase and a fresh stamp.
 */
function addTextRows(c: Compiled, z: number[], text: string, call: number): number {
  return addSpanRows(c, z, text, 0, text.length, call);
}

/** addTextRows over text.slice(from, to), read in place. */
function addSpanRows(c: Compiled, z: number[], text: string, from: number, to: number, call: number): number {
  if (scanRows(c, z, text, from, to, call)) return call;
  for (let j = 0; j < z.length; j++) z[j] = c.bias[j]!;
  const again = nextCall(c);
  const lower = text.slice(from, to).toLowerCase();
  scanRows(c, z, lower, 0, lower.length, again);
  return again;
}

/** A token character as toLowerCase leaves it (A-Z to a-z; digits and "'" have the 0x20 bit already; curly apostrophes stay). */
const lowerTokenChar = (ch: number): number => (ch < 128 ? ch | 0x20 : ch);

/** Per ASCII code, its class with A-Z read as letters too (scanRows reads the text as it is). */
const ASCII = CLASS.slice(0, 128);
for (let ch = 65; ch <= 90; ch++) ASCII[ch] = LETTER;

/** İ and the Kelvin sign: the two characters toLowerCase turns into more than one, or into a letter. */
const lowersOddly = (ch: number): boolean => ch === 0x130 || ch === 0x212a;

/**
 * scanRows over one text, read as its toLowerCase: A-Z are letters and the rest of a token is
 * hashed lowered; no character >= 128 can start a token or break a sentence (the apostrophes
 * that may continue one are checked apart). False (z half filled) at a character that
 * lowersOddly: the caller then lower-cases the text itself.
 */
function scanRows(c: Compiled, z: number[], s: string, from: number, to: number, call: number): boolean {
  let prev = c.caret;
  const deriving = c.deriving;
  c.dCount = 0;
  const n = to;
  let i = from;
  while (i < n) {
    const ch = s.charCodeAt(i);
    if (ch >= 128) {
      if (lowersOddly(ch)) return false;
      i++;
      continue;
    }
    const k = ASCII[ch]!;
    if (k === BREAK) { prev = c.caret; i++; continue; }
    if (k !== LETTER && k !== DIGIT) { i++; continue; }
    // The token sentenceWords' pattern matches here (tokenEnd), hashed as it is read.
    const start = i;
    let h = ch | 0x20;
    i++;
    // The character that ended the run of letters and digits (when i < n).
    let x = 0;
    while (i < n) {
      x = s.charCodeAt(i);
      if (x >= 128 || !isWordChar(ASCII[x]!)) break;
      h = (Math.imul(h, 31) + (x | 0x20)) | 0;
      i++;
    }
    if (i + 1 < n && (x === 39 || (x >= 128 && classOf(x) === APOSTROPHE))) {
      const y = s.charCodeAt(i + 1);
      if (lowersOddly(y)) return false;
      if (y < 128 && ASCII[y] === LETTER) {
        h = (Math.imul((Math.imul(h, 31) + x) | 0, 31) + (y | 0x20)) | 0;
        i += 2;
        while (i < n) {
          const l = s.charCodeAt(i);
          if (l >= 128 || ASCII[l] !== LETTER) break;
          h = (Math.imul(h, 31) + (l | 0x20)) | 0;
          i++;
        }
      }
    }
    const slot = tokenSlotOf(c, s, start, i, h);
    if (deriving) collectDerived(c, slot, s, start, i);
    const tcInfo = c.tcInfo;
    const at = TC * slot;
    const one = tcInfo[at + 1]!;
    if (one >= 0) {
      // addWord, with the unigram row and the last bigram the slot keeps.
      const uni = tcInfo[at + TC_UNI]!;
      if (uni >= 0) addRow(c, z, uni, call);
      if (prev >= 0) {
        let b = tcInfo[at + TC_BI_ROW]!;
        if (tcInfo[at + TC_BI_PREV] !== prev) {
          b = bigramRow(c, prev * c.words + one);
          tcInfo[at + TC_BI_PREV] = prev;
          tcInfo[at + TC_BI_ROW] = b;
        }
        if (b >= 0) addRow(c, z, b, call);
      }
      prev = one;
    } else if (one !== MULTI) {
      prev = one;
    } else {
      const ids = c.tcIds[slot]!;
      for (let w = 0; w < ids.length; w++) prev = addWord(c, z, prev, ids[w]!, call);
    }
  }
  return true;
}

/** Adds word `id`'s unigram row and its bigram with `prev` (-1: a word the model does not know); returns it as the next prev. */
function addWord(c: Compiled, z: number[], prev: number, id: number, call: number): number {
  if (id < 0) return id;
  if (id < c.uniCount) addRow(c, z, c.uniRow[id]!, call);
  if (prev >= 0) {
    const b = bigramRow(c, prev * c.words + id);
    if (b >= 0) addRow(c, z, b, call);
  }
  return id;
}

/** Before a scan that collects derived rows: tdOne holds `derived`'s rows of its current epoch. */
function startDeriving(c: Compiled, derived: WordDerived): void {
  const epoch = derived.epoch();
  if (c.derived !== derived || c.derivedEpoch !== epoch) {
    for (let at = 2; at < c.tcInfo.length; at += TC) c.tcInfo[at] = UNRESOLVED;
    c.tdIds.fill(undefined);
    c.derived = derived;
    c.derivedEpoch = epoch;
  }
  c.deriving = true;
}

/** Appends the derived rows of the token s[start, end) at `slot` to dRows (resolving them on its first meeting). */
function collectDerived(c: Compiled, slot: number, s: string, start: number, end: number): void {
  let one = c.tcInfo[TC * slot + 2]!;
  if (one === UNRESOLVED) one = resolveDerived(c, slot, s.slice(start, end).toLowerCase());
  if (one === -1) return;
  if (one !== MANY) { pushDerived(c, one); return; }
  const rows = c.tdIds[slot]!;
  for (let w = 0; w < rows.length; w++) pushDerived(c, rows[w]!);
}

function pushDerived(c: Compiled, row: number): void {
  if (c.dCount === c.dRows.length) {
    const more = new Int32Array(2 * c.dRows.length);
    more.set(c.dRows);
    c.dRows = more;
  }
  c.dRows[c.dCount++] = row;
}

/** The derived rows of token `raw` (lower-cased, as tokenSlotOf reads it) at `slot`: its words' features the model weighs, in word order; stored in the slot's tdOne / tdIds. */
function resolveDerived(c: Compiled, slot: number, raw: string): number {
  const rows: number[] = [];
  for (const word of wordsOfToken(raw)) {
    const name = c.derived!.featureOf(word);
    const row = name === '' ? undefined : c.rowOf.get(name);
    if (row !== undefined) rows.push(row);
  }
  const one = rows.length === 0 ? -1 : rows.length === 1 ? rows[0]! : MANY;
  c.tcInfo[TC * slot + 2] = one;
  c.tdIds[slot] = one === MANY ? Int32Array.from(rows) : undefined;
  return one;
}
