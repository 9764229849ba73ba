import { lemmaEpoch, lemmaOf } from './lemma';
import type { Span } from './types';

// The tokenizer turns the ORIGINAL text into normalized tokens whose [start, end) always index
// that original string (UTF-16 code units), so a finding maps straight back onto the editor.
// Normalization happens in the token's `norm`, never by rewriting the text first: lower case,
// smart quotes and apostrophes folded, zero-width characters dropped, NBSP and the other
// Unicode spaces treated as spaces, contractions split ("you'll" → you + will, "can't" →
// can + not, "won't" → will + not). Emoji and other symbols are skipped; unpaired surrogates
// too. One pass, no regular expression over the text: linear in its length. A word seen before
// (most words of a draft) is found in a table of distinct words instead of being sliced, lower-cased
// and lemmatized again (see WORDS below).

export const F_WORD = 1;
export const F_NUM = 2;
export const F_PUNCT = 4;
export const F_CAP = 8; // first letter upper case in the original
export const F_ALLCAPS = 16; // every letter upper case, at least two letters
export const F_URL = 32;
export const F_EMAIL = 64;
export const F_SPACE_BEFORE = 128;
export const F_SPACE_AFTER = 256;
export const F_CONTRACTION = 512; // second half of a split contraction ("'ll", "n't")

/**
 * Tokens as parallel arrays, exactly as long as there are tokens (cheap to build for a 1 MB
 * draft: see TokenWriter). The typed arrays live in a shared arena that each draft analysis
 * (analyzeWith) hands out again from its start (reuseArena): read them before the next one.
 */
export interface Tokens {
  text: string;
  start: Int32Array;
  end: Int32Array;
  norm: string[];
  lemma: string[];
  flags: Uint16Array;
  /** Line breaks in the gap before the token (capped at 2). */
  nl: Uint8Array;
  length: number;
  /**
   * Each token's index in the tokenizer's table of distinct words (-1: not a table word), valid
   * while the table's epoch is `wordEpoch`; for PerWord. Absent when the table filled up and
   * started over during the call.
   */
  word?: Int32Array;
  wordEpoch?: number;
}

// Character classes for the BMP, filled lazily: 0 unknown, 1 letter/mark, 2 digit (any script), 3 other.
const CLASS = new Uint8Array(65536);
const LETTER_RE = /\p{L}|\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;
function classOf(c: number): number {
  let k = CLASS[c]!;
  if (k !== 0) return k;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) k = 1;
  else if (c >= 48 && c <= 57) k = 2;
  else if (c < 128) k = 3;
  else if (c >= 0xd800 && c <= 0xdfff) k = 3;
  else {
    const ch = String.fromCharCode(c);
    k = LETTER_RE.test(ch) ? 1 : DIGIT_RE.test(ch) ? 2 : 3;
  }
  CLASS[c] = k;
  return k;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x1680
  );
}
function isNewline(c: number): boolean {
  return c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 11 || c === 12;
}
/** Characters rich editors sprinkle into text that carry nothing: zero-width, soft hyphen, BOM, variation selectors. */
function isIgnorable(c: number): boolean {
  return (
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad ||
    (c >= 0xfe00 && c <= 0xfe0f) || c === 0x180e
  );
}
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 96 || c === 0xb4 || c === 0x2032;
}
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
function isAlnum(c: number): boolean {
  const k = classOf(c);
  return k === 1 || k === 2;
}

// Punctuation folded to one spelling.
function punctNorm(c: number): string | undefined {
  switch (c) {
    case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: return '"';
    case 0x2018: case 0x2019: case 0x201a: return "'";
    case 0x2013: case 0x2212: return '-';
    case 0x2014: case 0x2015: return '—';
    case 0x2026: return '...';
    case 0xff01: return '!';
    case 0xff1f: case 0x61f: return '?';
    case 0x3002: return '.';
    case 0xff0c: case 0x60c: return ',';
    case 0x20ac: return '€';
    case 0xa3: return '£';
    case 0xa5: return '¥';
    case 0x20b9: return '₹';
    default: return undefined;
  }
}

const CONTRACT_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this', 'everything', 'nothing', 'something', 'when', 'why']);
// Informal spellings without an apostrophe that reps type in a hurry.
// A Map, not an object: every word of a draft is looked up here, and an object with arbitrary
// string keys takes V8's slow dictionary path (it was most of emitWord's time).
const BARE_CONTRACTIONS = new Map<string, [string, string, number]>(Object.entries({
  dont: ['do', 'not', 2], cant: ['can', 'not', 2], didnt: ['did', 'not', 3], doesnt: ['does', 'not', 4],
  isnt: ['is', 'not', 2], wasnt: ['was', 'not', 3], arent: ['are', 'not', 3], havent: ['have', 'not', 4],
  hasnt: ['has', 'not', 3], couldnt: ['could', 'not', 5], wouldnt: ['would', 'not', 5], shouldnt: ['should', 'not', 6],
  im: ['i', 'am', 1], ive: ['i', 'have', 1], youre: ['you', 'are', 3], youll: ['you', 'will', 3], weve: ['we', 'have', 2],
  cannot: ['can', 'not', 3], wont: ['will', 'not', 2], theyre: ['they', 'are', 4], youve: ['you', 'have', 3],
} satisfies Record<string, [string, string, number]>));

// The table of distinct words: plain ASCII words (no curly apostrophe, no ignorable character), keyed
// by their lower-cased characters, and norms that are not read straight from the text (normIndex). Why: slicing, lower-casing and looking up the lemma and the
// bare contraction of every word was most of the tokenizer's time (profile 2026-11-22), and a
// draft repeats its words. A hit costs a hash and a compare against the text, and every token
// of a word shares one norm string, whose hash V8 keeps for the Map lookups downstream.
// Open addressing with linear probing over (key, word) pairs in one Int32Array, the words'
// data in dense arrays in the order first seen: the matcher runs between tokenizer calls and
// evicts the tables from the CPU caches, so a token should touch as few cache lines as it can
// (in the corpus pass the table path cost several times what it does alone, 2026-11-23). A
// word of up to four ASCII characters is its own key (KEY below): found without reading its
// string; a longer one is compared with the text. Whether a word splits (wordBare) is a bit of
// its slot, and its norm and lemma sit side by side (wordStr). Bounded: when full it starts
// over, and every per-word cache with it, so it holds the corpus's 8.6 k distinct words (16 k:
// a draft touches the same cache lines of a bigger table, and a start-over per corpus pass
// cost more).
const WORD_SLOTS = 1 << 15;
const WORD_MASK = WORD_SLOTS - 1;
const MAX_WORDS = WORD_SLOTS >> 1;
/** Set in a slot's word (and in what wordIndex returns) when the word splits in two (wordBare). */
const SPLITS = 1 << 30;
/** slots[2k] the key, slots[2k + 1] the word's index + 1, plus SPLITS (0: empty). */
const slots = new Int32Array(2 * WORD_SLOTS);
/** Word w's norm at 2w, its lemma at 2w + 1. */
const wordStr: string[] = [];
const wordBare: Array<[string, string, number] | undefined> = [];
let wordCount = 0;
/** lemmaOf's epoch the table was filled under: registerLemmas changes lemmas, so the table empties. */
let wordEpoch = lemmaEpoch;
/** Bumped whenever the table empties: word indices of an older epoch mean other words. */
let tableEpoch = 0;

/**
 * The numbers kept per table word, WORD_DATA of them from w * WORD_DATA, in one typed array so
 * that a word's numbers share a cache line: the word's characters (D_PACK, for a hit without
 * reading its string), the halves of a contraction (D_HALVES) and the first PerWord columns
 * (D_PER_WORD). Why: between two drafts the matcher evicts these tables from the CPU caches, and
 * each table of its own cost a cache miss per distinct word of a draft (the word's string, the
 * halves, segment's kinds, the vocabulary ids of lemma and form, the shapes).
 */
const WORD_DATA = 8;
/** Two numbers: a word of five to eight ASCII characters, seven bits each, and its length (packOf). */
const D_PACK = 0;
/** Two numbers: for a word that splits (wordBare), the table indices of its halves (-1: not looked up yet). */
const D_HALVES = 2;
const D_PER_WORD = 4;
const wordData = new Int32Array(MAX_WORDS * WORD_DATA);
/** PerWord columns handed out so far (at most WORD_DATA - D_PER_WORD live in wordData). */
let perWordColumns = 0;
/** The first number of a pack no word of five to eight ASCII characters has. */
const NO_PACK = -1;

function clearWords(): void {
  slots.fill(0);
  wordStr.length = 0;
  wordBare.length = 0;
  wordCount = 0;
  wordEpoch = lemmaEpoch;
  tableEpoch++;
}

// FNV-1a over the lower-cased characters of a word. readWord hashes as it reads, so a word's
// characters are not walked once more for its hash.
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * A word's key. Up to four ASCII characters (each below 128): the characters themselves, one
 * per byte, and the length less one in the bytes' free top bits, so equal keys mean equal words.
 * Longer (or beyond ASCII): the hash with the sign bit set, which a short key never has.
 */
function longKey(h: number): number {
  return h | 0x80000000;
}
function slotOf(key: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 17) & WORD_MASK;
}

/**
 * The ASCII word text[s, e), lower-cased, with hash h, in the table (added when new): its index,
 * plus SPLITS when it splits in two.
 */
function wordIndex(text: string, s: number, e: number, h: number): number {
  if (e - s > 8) return hashedIndex(text, s, e, h);
  let lo = 0;
  let hi = 0;
  for (let k = s; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    if (k - s < 4) lo |= c << (8 * (k - s));
    else hi |= c << (8 * (k - s - 4));
  }
  return packedIndex(text, s, e, lo, hi);
}

/** The bits a short key (up to four characters) has for its length: the top bits of its first two bytes. */
function shortLengthBits(len: number): number {
  return ((len - 1) & 1 ? 0x80 : 0) | (len > 2 ? 0x8000 : 0);
}
/** The bits a pack's second number has for a length of five to eight: the top bits of its first two bytes. */
function packLengthBits(len: number): number {
  return ((len - 5) & 1 ? 0x80 : 0) | (len > 6 ? 0x8000 : 0);
}
/** The key of a word of five to eight ASCII characters: a hash of its pack, sign bit set like longKey's. */
function packKey(p0: number, p1: number): number {
  const x = Math.imul(p0, 0x85ebca6b) ^ Math.imul(p1 ^ (p1 >>> 15), 0xc2b2ae35);
  return longKey(x ^ (x >>> 13));
}

/**
 * wordIndex of an ASCII word of up to eight characters, given its lower-cased characters a byte
 * each (lo: the first four, hi: the next four). Up to four characters the key is the word
 * itself; five to eight are keyed by a hash of their pack and compared with it (wordData), not
 * with their string. Why: readPlainWord builds lo and hi as it reads, so a word's characters are
 * not read again (on the bench's 1 KB draft the reads were a fifth of the tokenizer), and the
 * string was one more cache miss per distinct word.
 */
function packedIndex(text: string, s: number, e: number, lo: number, hi: number): number {
  const len = e - s;
  if (len <= 4) {
    const key = lo | shortLengthBits(len);
    let slot = slotOf(key);
    for (;;) {
      const v = slots[2 * slot + 1]!;
      if (v === 0) break;
      if (slots[2 * slot] === key) return v - 1;
      slot = (slot + 1) & WORD_MASK;
    }
    return addWordAt(text.slice(s, e).toLowerCase(), key, slot);
  }
  const p1 = hi | packLengthBits(len);
  const key = packKey(lo, p1);
  let slot = slotOf(key);
  for (;;) {
    const v = slots[2 * slot + 1]!;
    if (v === 0) break;
    if (slots[2 * slot] === key) {
      const d = ((v - 1) & ~SPLITS) * WORD_DATA + D_PACK;
      if (wordData[d] === lo && wordData[d + 1] === p1) return v - 1;
    }
    slot = (slot + 1) & WORD_MASK;
  }
  return addWordAt(text.slice(s, e).toLowerCase(), key, slot);
}

/** wordIndex of an ASCII word of more than eight characters: keyed by its hash h, compared with its string. */
function hashedIndex(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  const key = longKey(h);
  let slot = slotOf(key);
  for (;;) {
    const v = slots[2 * slot + 1]!;
    if (v === 0) break;
    if (slots[2 * slot] === key) {
      const norm = wordStr[2 * ((v - 1) & ~SPLITS)]!;
      if (norm.length === len && sameLowerAscii(norm, text, s)) return v - 1;
    }
    slot = (slot + 1) & WORD_MASK;
  }
  return addWordAt(text.slice(s, e).toLowerCase(), key, slot);
}

/** Adds `norm` (key `key`) at the empty slot `slot`, or at its own slot of an emptied table. */
function addWordAt(norm: string, key: number, slot: number): number {
  if (wordCount >= MAX_WORDS) {
    clearWords();
    slot = slotOf(key);
  }
  const w = wordCount++;
  const bare = norm.indexOf("'") < 0 ? (norm.length <= 8 ? BARE_CONTRACTIONS.get(norm) : undefined) : splitAtApostrophe(norm);
  const v = w + 1 + (bare ? SPLITS : 0);
  slots[2 * slot] = key;
  slots[2 * slot + 1] = v;
  wordStr.push(norm, lemmaOf(norm));
  wordBare.push(bare);
  const d = w * WORD_DATA;
  packInto(norm, d);
  wordData[d + D_HALVES] = -1;
  return v - 1;
}

/**
 * The index of a norm that is not read straight from the text (a contraction's halves, curly
 * quotes folded, a word beyond ASCII), added when new. Its key is the norm's, as wordIndex keys
 * the lower-cased text, so "do" of "don't" and a typed "do" are one word.
 * Why: tokens outside the table missed every per-word cache downstream (PerWord: lemma, vocabulary
 * ids, segment's kinds, shapes) and paid a Map lookup each; they were one token in nine of the
 * corpus (contraction halves, numbers, typographic punctuation).
 */
function normIndex(norm: string): number {
  const len = norm.length;
  // Keyed as wordIndex keys the same word read from the text: itself up to four ASCII
  // characters, its pack up to eight, else its hash.
  let ascii = len > 0 && len <= 8;
  let lo = 0;
  let hi = 0;
  for (let k = 0; ascii && k < len; k++) {
    const c = norm.charCodeAt(k);
    if (c >= 128) ascii = false;
    else if (k < 4) lo |= c << (8 * k);
    else hi |= c << (8 * (k - 4));
  }
  const short = ascii && len <= 4;
  let key: number;
  if (short) key = lo | shortLengthBits(len);
  else if (ascii) key = packKey(lo, hi | packLengthBits(len));
  else {
    let h = HASH_SEED;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ norm.charCodeAt(k), HASH_PRIME);
    key = longKey(h);
  }
  let slot = slotOf(key);
  for (;;) {
    const v = slots[2 * slot + 1]!;
    if (v === 0) break;
    if (slots[2 * slot] === key) {
      const w = (v - 1) & ~SPLITS;
      if (short || wordStr[2 * w] === norm) return w;
    }
    slot = (slot + 1) & WORD_MASK;
  }
  return addWordAt(norm, key, slot) & ~SPLITS;
}

/**
 * wordData[d + D_PACK], wordData[d + D_PACK + 1]: a norm of five to eight ASCII characters, a
 * byte each (four per number), and its length in the second number's free top bits
 * (packLengthBits), so equal packs mean equal words; NO_PACK for any other norm (no ASCII pack
 * has a first number with its top bit set).
 */
function packInto(norm: string, d: number): void {
  const len = norm.length;
  let p0 = 0;
  let p1 = 0;
  if (len < 5 || len > 8) p0 = NO_PACK;
  else {
    for (let k = 0; k < len; k++) {
      const c = norm.charCodeAt(k);
      if (c >= 128) { p0 = NO_PACK; break; }
      if (k < 4) p0 |= c << (8 * k);
      else p1 |= c << (8 * (k - 4));
    }
    p1 |= packLengthBits(len);
  }
  wordData[d + D_PACK] = p0;
  wordData[d + D_PACK + 1] = p1;
}

function sameLowerAscii(norm: string, text: string, s: number): boolean {
  for (let k = 0; k < norm.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== norm.charCodeAt(k)) return false;
  }
  return true;
}

const UNSET = -0x80000000;

/**
 * A number per token computed once per distinct word: f(norm, lemma) of a table word is kept
 * under its index, so the tokens after the first cost two array loads instead of a Map lookup
 * (segment's kind of each token; the matcher's vocabulary ids). Tokens that are not table words
 * (numbers of five characters or more, URLs, e-mail addresses, codes like "1Z999AA") call f each time. f must depend on norm
 * and lemma only; call reset() when what f reads changes.
 */
export class PerWord {
  /** f's values: of word w at w * stride + column (in wordData for the first few PerWords). */
  private readonly values: Int32Array;
  private readonly stride: number;
  private readonly column: number;
  private epoch = -1;

  constructor(private readonly f: (norm: string, lemma: string) => number) {
    if (perWordColumns < WORD_DATA - D_PER_WORD) {
      this.values = wordData;
      this.stride = WORD_DATA;
      this.column = D_PER_WORD + perWordColumns++;
    } else {
      this.values = new Int32Array(MAX_WORDS);
      this.stride = 1;
      this.column = 0;
    }
  }

  reset(): void {
    this.epoch = -1;
  }

  /** out[i] = f(norm, lemma) of token i, for every token. */
  fill(tok: Tokens, out: Int32Array | Uint16Array | Uint8Array): void {
    const { norm, lemma } = tok;
    const word = tok.word;
    if (!word || tok.wordEpoch !== tableEpoch) {
      for (let i = 0; i < tok.length; i++) out[i] = this.f(norm[i]!, lemma[i]!);
      return;
    }
    const values = this.current();
    const { stride, column } = this;
    for (let i = 0; i < tok.length; i++) {
      const w = word[i]!;
      if (w < 0) {
        out[i] = this.f(norm[i]!, lemma[i]!);
        continue;
      }
      const at = w * stride + column;
      let v = values[at]!;
      if (v === UNSET) v = values[at] = this.f(norm[i]!, lemma[i]!);
      out[i] = v;
    }
  }

  /** a.fill(tok, outA) and b.fill(tok, outB) in one pass over the tokens (half the loads). */
  static fillBoth(tok: Tokens, a: PerWord, outA: Int32Array, b: PerWord, outB: Int32Array): void {
    const word = tok.word;
    if (!word || tok.wordEpoch !== tableEpoch) {
      a.fill(tok, outA);
      b.fill(tok, outB);
      return;
    }
    const { norm, lemma } = tok;
    const va = a.current();
    const vb = b.current();
    const sa = a.stride;
    const ca = a.column;
    const sb = b.stride;
    const cb = b.column;
    for (let i = 0; i < tok.length; i++) {
      const w = word[i]!;
      if (w < 0) {
        outA[i] = a.f(norm[i]!, lemma[i]!);
        outB[i] = b.f(norm[i]!, lemma[i]!);
        continue;
      }
      const atA = w * sa + ca;
      let x = va[atA]!;
      if (x === UNSET) x = va[atA] = a.f(norm[i]!, lemma[i]!);
      outA[i] = x;
      const atB = w * sb + cb;
      let y = vb[atB]!;
      if (y === UNSET) y = vb[atB] = b.f(norm[i]!, lemma[i]!);
      outB[i] = y;
    }
  }

  /** The values, emptied first if the word table started over since they were filled. */
  private current(): Int32Array {
    if (this.epoch !== tableEpoch) {
      const { values, stride } = this;
      for (let at = this.column; at < values.length; at += stride) values[at] = UNSET;
      this.epoch = tableEpoch;
    }
    return this.values;
  }
}

// Fresh zeroed memory for per-call typed arrays, carved from a shared buffer. Why: an
// ArrayBuffer per call cost 2.6 % of analyzeDraft on the corpus's short drafts (profile
// 2026-11-22), where a view on an existing buffer costs a small fraction of that. Memory is
// never handed out twice (a view keeps its buffer alive), so arrays from earlier calls stay
// valid and start zeroed; a request too big to share gets a buffer of its own.
const ARENA_BYTES = 1 << 18;
let arena = new ArrayBuffer(ARENA_BYTES);
let arenaZero = new Uint8Array(arena);
let arenaUsed = 0;

/**
 * Hands the arena's memory out again from its start (zeroed first): only for the start of a
 * draft's analysis (engine.ts analyzeWith), when no array of an earlier analysis is read again.
 * Why: fresh memory is a cold cache line per 64 bytes, each new arena was zeroed (256 KB) when
 * made, while the few KB a draft uses, used again, are still in the core's caches.
 */
export function reuseArena(): void {
  arenaZero.fill(0, 0, arenaUsed);
  arenaUsed = 0;
}

/** `bytes` of zeroed memory: a buffer and the offset (a multiple of 8) where they start. */
export function zeroedBytes(bytes: number): { buffer: ArrayBuffer; offset: number } {
  if (bytes > ARENA_BYTES >> 3) return { buffer: new ArrayBuffer(bytes), offset: 0 };
  if (arenaUsed + bytes > ARENA_BYTES) {
    arena = new ArrayBuffer(ARENA_BYTES);
    arenaZero = new Uint8Array(arena);
    arenaUsed = 0;
  }
  const offset = arenaUsed;
  arenaUsed += (bytes + 7) & ~7;
  return { buffer: arena, offset };
}

/**
 * A text of up to about 16 K characters (SCRATCH_TOKENS tokens at one per four characters) is
 * written here, then copied out at its length: norm and lemma as packed arrays of the tokens
 * only, the numbers into one piece of the arena (zeroedBytes). Why: the arrays TokenWriter made
 * per call had room for a token per four characters (a quarter more than prose needs), and five
 * typed-array views plus five subarrays of them were most of the rest of what it allocated, each
 * byte a cold cache line; these stay cached. Should a text hold more tokens, the writer moves to
 * arrays of its own (grow). Not for longer texts: kept arrays grown by index past their length
 * made a 1 MB draft 25 % slower (2026-11-23). Filled with strings from the start, so packed.
 */
/**
 * Tokens up to which the analysis writes its per-token arrays into arrays kept from call to call
 * (here, segment.ts, prepare.ts), one size for all of them; longer texts get arrays of their own,
 * so a huge draft's are not held.
 */
export const KEPT_TOKENS = 4096;
const SCRATCH_TOKENS = KEPT_TOKENS;
const SCRATCH_NORM: string[] = new Array<string>(SCRATCH_TOKENS).fill('');
const SCRATCH_LEMMA: string[] = new Array<string>(SCRATCH_TOKENS).fill('');
const SCRATCH_START = new Int32Array(SCRATCH_TOKENS);
const SCRATCH_END = new Int32Array(SCRATCH_TOKENS);
const SCRATCH_WORD = new Int32Array(SCRATCH_TOKENS);
const SCRATCH_FLAGS = new Uint16Array(SCRATCH_TOKENS);
const SCRATCH_NL = new Uint8Array(SCRATCH_TOKENS);

/**
 * Writes tokens into arrays allocated for one token per four characters and doubled when a
 * draft has more, never past one per character (a token is never shorter than a character).
 * Why not push onto plain arrays: growing six arrays one token at a time cost more than the
 * rest of the tokenizer on big drafts (2026-11-22: a 1 MB draft spent most of its 40 ms in
 * push and the garbage collector).
 */
class TokenWriter {
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  nl: Uint8Array;
  word: Int32Array;
  // Preallocated and filled by index, not pushed: growing by push copies a big draft's arrays
  // over and over (a 1 MB draft spent a third of its tokenizing time in the two pushes).
  norm: string[];
  lemma: string[];
  /** How many tokens the arrays have room for. */
  private room: number;
  /** The most tokens the text can hold: one per character. */
  private readonly capacity: number;
  length = 0;
  /** White space (or a skipped symbol) since the last token. */
  spaced = true;
  /** Line breaks since the last token. */
  newlines = 0;

  /** The word table's epoch when writing began. */
  readonly epoch = tableEpoch;

  /** Whether the arrays are the shared SCRATCH ones. */
  private scratch: boolean;

  constructor(capacity: number) {
    this.capacity = capacity;
    // Prose has about one token per five characters; room doubles when a draft has more.
    const room = Math.min(capacity, (capacity >> 2) + 16);
    this.scratch = room <= SCRATCH_TOKENS;
    if (this.scratch) {
      this.room = Math.min(capacity, SCRATCH_TOKENS);
      this.norm = SCRATCH_NORM;
      this.lemma = SCRATCH_LEMMA;
      this.start = SCRATCH_START;
      this.end = SCRATCH_END;
      this.word = SCRATCH_WORD;
      this.flags = SCRATCH_FLAGS;
      this.nl = SCRATCH_NL;
      return;
    }
    this.room = room;
    this.norm = new Array<string>(room);
    this.lemma = new Array<string>(room);
    [this.start, this.end, this.word, this.flags, this.nl] = TokenWriter.numbers(room);
  }

  /** The numeric arrays, in one piece of memory (zeroedBytes). */
  private static numbers(room: number): [Int32Array, Int32Array, Int32Array, Uint16Array, Uint8Array] {
    const { buffer, offset } = zeroedBytes(room * 15);
    return [
      new Int32Array(buffer, offset, room),
      new Int32Array(buffer, offset + 4 * room, room),
      new Int32Array(buffer, offset + 8 * room, room),
      new Uint16Array(buffer, offset + 12 * room, room),
      new Uint8Array(buffer, offset + 14 * room, room),
    ];
  }

  /** More room, in arrays of the writer's own (also when it wrote to the scratch arrays so far). */
  private grow(): void {
    this.room = Math.min(this.capacity, this.room * 2);
    this.scratch = false;
    const norm = new Array<string>(this.room);
    const lemma = new Array<string>(this.room);
    for (let i = 0; i < this.length; i++) {
      norm[i] = this.norm[i]!;
      lemma[i] = this.lemma[i]!;
    }
    this.norm = norm;
    this.lemma = lemma;
    const [start, end, word, flags, nl] = TokenWriter.numbers(this.room);
    start.set(this.start);
    end.set(this.end);
    word.set(this.word);
    flags.set(this.flags);
    nl.set(this.nl);
    [this.start, this.end, this.word, this.flags, this.nl] = [start, end, word, flags, nl];
  }

  /** A token of the word table. */
  pushWord(s: number, e: number, word: number, flags: number): void {
    const n = this.length;
    this.push(s, e, wordStr[2 * word]!, wordStr[2 * word + 1]!, flags);
    this.word[n] = word;
  }

  /** A token whose norm and lemma are given; call pushWord instead when it is a table word. */
  push(s: number, e: number, norm: string, lemma: string, flags: number): void {
    const n = this.length;
    if (this.spaced) {
      flags |= F_SPACE_BEFORE;
      if (n > 0) this.flags[n - 1]! |= F_SPACE_AFTER;
    }
    if (n === this.room) this.grow();
    this.start[n] = s;
    this.end[n] = e;
    this.word[n] = -1;
    this.norm[n] = norm;
    this.lemma[n] = lemma;
    this.flags[n] = flags;
    this.nl[n] = this.newlines > 2 ? 2 : this.newlines;
    this.length = n + 1;
    this.newlines = 0;
    this.spaced = false;
  }

  /** The tokens, in arrays exactly as long as they are. */
  finish(text: string): Tokens {
    const n = this.length;
    // Word indices are only good if the table did not start over while they were written.
    const wordsValid = this.epoch === tableEpoch;
    if (this.scratch) return this.copyOut(text, n, wordsValid);
    this.norm.length = n;
    this.lemma.length = n;
    return {
      text,
      start: this.start.subarray(0, n),
      end: this.end.subarray(0, n),
      norm: this.norm,
      lemma: this.lemma,
      flags: this.flags.subarray(0, n),
      nl: this.nl.subarray(0, n),
      length: n,
      word: wordsValid ? this.word.subarray(0, n) : undefined,
      wordEpoch: wordsValid ? tableEpoch : undefined,
    };
  }

  /** finish for tokens in the scratch arrays: copies of their first n. */
  private copyOut(text: string, n: number, wordsValid: boolean): Tokens {
    const { buffer, offset } = zeroedBytes(15 * n);
    const start = new Int32Array(buffer, offset, n);
    const end = new Int32Array(buffer, offset + 4 * n, n);
    const word = wordsValid ? new Int32Array(buffer, offset + 8 * n, n) : undefined;
    const flags = new Uint16Array(buffer, offset + 12 * n, n);
    const nl = new Uint8Array(buffer, offset + 14 * n, n);
    for (let i = 0; i < n; i++) {
      start[i] = SCRATCH_START[i]!;
      end[i] = SCRATCH_END[i]!;
      flags[i] = SCRATCH_FLAGS[i]!;
      nl[i] = SCRATCH_NL[i]!;
    }
    if (word) for (let i = 0; i < n; i++) word[i] = SCRATCH_WORD[i]!;
    return {
      text,
      start,
      end,
      norm: SCRATCH_NORM.slice(0, n),
      lemma: SCRATCH_LEMMA.slice(0, n),
      flags,
      nl,
      length: n,
      word,
      wordEpoch: wordsValid ? tableEpoch : undefined,
    };
  }
}

/**
 * Tokens of the regions of `text`, in order, in one Tokens. A new region always starts a new
 * sentence (nl = 2 on its first token), as the regions cleanDraft keeps are separated by
 * quoted lines the rep did not write.
 */
export function tokenizeRegions(text: string, regions: readonly Span[]): Tokens {
  let capacity = 1;
  for (const r of regions) capacity += Math.max(0, r.end - r.start);
  if (wordEpoch !== lemmaEpoch) clearWords();
  const w = new TokenWriter(capacity);
  for (const r of regions) {
    const before = w.length;
    w.spaced = true;
    w.newlines = 0;
    scan(text, r.start, r.end, w);
    if (before > 0 && w.length > before) w.nl[before] = 2;
  }
  return w.finish(text);
}

/** Tokens of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Tokens {
  return tokenizeRegions(text, [{ start: from, end: to }]);
}

function scan(text: string, from: number, to: number, w: TokenWriter): void {
  if (wordEpoch !== lemmaEpoch) clearWords();
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // The commonest characters first: a space, an ASCII letter (a word starts).
    if (c === 32) {
      w.spaced = true;
      i++;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const lower = c | 32;
      i = (lower === 104 || lower === 119) && startsUrl(text, i, to) ? readUrl(text, i, to, w) : readPlainWord(text, i, to, w);
      continue;
    }
    if (isSpace(c)) {
      if (isNewline(c)) w.newlines++;
      else if (c === 13 && (i + 1 >= to || text.charCodeAt(i + 1) !== 10)) w.newlines++;
      w.spaced = true;
      i++;
      continue;
    }
    if (isIgnorable(c)) { i++; continue; }
    // Surrogates: a pair is one code point (letters kept, emoji skipped); a lone half is skipped.
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < to) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          if (LETTER_RE.test(String.fromCodePoint(cp))) {
            i = readWord(text, i, to, w);
            continue;
          }
          i += 2;
          w.spaced = true;
          continue;
        }
      }
      i++;
      continue;
    }
    const k = classOf(c);
    if (k === 1 || k === 2) {
      // URL or e-mail address: one token up to the next space.
      if ((c === 104 || c === 72 || c === 119 || c === 87) && startsUrl(text, i, to)) {
        i = readUrl(text, i, to, w);
        continue;
      }
      i = k === 2 ? readNumber(text, i, to, w) : readWord(text, i, to, w);
      continue;
    }
    // Punctuation and symbols.
    if (c < 128) {
      // HTML pasted from a rich editor: a tag reads as a space (a block tag as a line break),
      // an entity like &nbsp; as a space.
      if (c === 60) {
        const e = skipTag(text, i, to);
        if (e > 0) {
          if (isBlockTag(text, i)) w.newlines++;
          w.spaced = true;
          i = e;
          continue;
        }
      } else if (c === 38) {
        const e = skipEntity(text, i, to);
        if (e > 0) { w.spaced = true; i = e; continue; }
      }
      if (c === 46 && i + 2 < to && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        let e = i + 3;
        while (e < to && text.charCodeAt(e) === 46) e++;
        w.pushWord(i, e, normIndex('...'), F_PUNCT);
        i = e;
        continue;
      }
      // A table word too, for PerWord (its lemma is itself: lemmaOf leaves one character alone).
      w.pushWord(i, i + 1, wordIndex(text, i, i + 1, Math.imul(HASH_SEED ^ c, HASH_PRIME)) & ~SPLITS, F_PUNCT);
      i++;
      continue;
    }
    const p = punctNorm(c);
    if (p !== undefined) {
      // A table word (its lemma is itself: lemmaOf leaves three characters or fewer alone).
      w.pushWord(i, i + 1, normIndex(p), F_PUNCT);
      i++;
      continue;
    }
    // Other symbols (emoji, bullets, ©): skipped, like a space.
    w.spaced = true;
    i++;
  }
}

/** A URL (startsUrl said one starts at i): one token up to the next space. */
function readUrl(text: string, i: number, to: number, w: TokenWriter): number {
  let e = i;
  while (e < to && !isSpace(text.charCodeAt(e))) e++;
  e = trimTrailingPunct(text, i, e);
  const url = text.slice(i, e).toLowerCase();
  w.push(i, e, url, url, F_URL);
  return e;
}

function skipTag(text: string, i: number, to: number): number {
  const n = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  if (!((n >= 97 && n <= 122) || (n >= 65 && n <= 90) || n === 47 || n === 33)) return -1;
  const lim = Math.min(to, i + 400);
  for (let e = i + 1; e < lim; e++) {
    const c = text.charCodeAt(e);
    if (c === 62) return e + 1;
    if (c === 60) return -1;
  }
  return -1;
}

const BLOCK_TAGS = ['p', 'br', 'div', 'li', 'tr', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'hr'];
function isBlockTag(text: string, i: number): boolean {
  let s = i + 1;
  if (text.charCodeAt(s) === 47) s++;
  let e = s;
  while (e < text.length && e - s < 12 && isAlnum(text.charCodeAt(e))) e++;
  return BLOCK_TAGS.includes(text.slice(s, e).toLowerCase());
}

function skipEntity(text: string, i: number, to: number): number {
  const lim = Math.min(to, i + 10);
  for (let e = i + 1; e < lim; e++) {
    const c = text.charCodeAt(e);
    if (c === 59) return e > i + 1 ? e + 1 : -1;
    if (!(isAlnum(c) || c === 35)) return -1;
  }
  return -1;
}

function startsUrl(text: string, i: number, to: number): boolean {
  // Cheap character tests first: almost every word starting with h or w is not a URL.
  const c1 = i + 1 < to ? text.charCodeAt(i + 1) | 32 : 0;
  if (c1 !== 116 /* t */ && c1 !== 119 /* w */) return false;
  const head = text.slice(i, Math.min(to, i + 8)).toLowerCase();
  return head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.');
}

function trimTrailingPunct(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 34 || c === 39 || c === 0x201d || c === 0x2019) e--;
    else break;
  }
  return e;
}


function readNumber(text: string, i: number, to: number, w: TokenWriter): number {
  const s = i;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (classOf(c) === 2) { i++; continue; }
    // 1,299.00 · 3:30 · 3/14 · 10.5
    if ((c === 44 || c === 46 || c === 58 || c === 47) && i + 1 < to && classOf(text.charCodeAt(i + 1)) === 2) { i += 2; continue; }
    break;
  }
  // Letters glued on: "3pm", "2nd", "24h" split off as their own token; "1Z999AA" stays one code.
  if (i < to && classOf(text.charCodeAt(i)) === 1) {
    let e = i;
    while (e < to && isAlnum(text.charCodeAt(e))) e++;
    const tail = text.slice(i, e).toLowerCase();
    if (tail === 'am' || tail === 'pm' || tail === 'st' || tail === 'nd' || tail === 'rd' || tail === 'th' || tail === 'h' || tail === 'hrs' || tail === 'k' || tail === 'x' || tail === 'min' || tail === 'mins' || tail === 'hr') {
      pushNumber(text, s, i, w);
      w.pushWord(i, e, normIndex(tail), F_WORD);
      return e;
    }
    // "a.m." right after digits
    const code = text.slice(s, e).toLowerCase();
    w.push(s, e, code, lemmaOf(code), F_WORD | F_NUM);
    return e;
  }
  pushNumber(text, s, i, w);
  return i;
}

/**
 * The number text[s, e), its own norm and lemma (digits of other scripts keep their spelling).
 * Short ASCII numbers ("3", "24", "2024", "3:30") are table words: lemmaOf leaves a string
 * without letters alone, so the table's lemma is the same. Longer ones (order numbers, phone
 * numbers) are mostly seen once and would only crowd the table.
 */
function pushNumber(text: string, s: number, e: number, w: TokenWriter): void {
  if (e - s <= 4) {
    let h = HASH_SEED;
    let k = s;
    for (; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 128) break;
      h = Math.imul(h ^ c, HASH_PRIME);
    }
    if (k === e) {
      w.pushWord(s, e, wordIndex(text, s, e, h) & ~SPLITS, F_NUM);
      return;
    }
  }
  const digits = text.slice(s, e);
  w.push(s, e, digits, digits, F_NUM);
}

/**
 * A word of ASCII letters only, ended by a character that cannot continue it (a space, a line
 * break, end of sentence or clause punctuation): most words of a draft. It is what readWord
 * makes of such a word, without readWord's tests for what may continue a word at every
 * character and at the end; anything else is handed to readWord from the word's start.
 */
function readPlainWord(text: string, s: number, to: number, w: TokenWriter): number {
  // The lower-cased characters as packedIndex wants them, not a hash: most words have up to
  // eight, and a longer one is hashed after (hashOfLower).
  let c = text.charCodeAt(s); // a letter: scan saw it
  let flags = F_WORD;
  let uppers = 0;
  if (c <= 90) {
    flags |= F_CAP;
    uppers = 1;
    c += 32;
  }
  let lo = c;
  let hi = 0;
  let apostrophes = 0;
  let i = s + 1;
  for (; i < to; i++) {
    c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) { uppers++; c += 32; }
    else if (c < 97 || c > 122) {
      // "I'm", "don't": an ASCII apostrophe between ASCII letters keeps the word plain, as
      // readWord would read it (reading such words twice, here and again in readWord, was a
      // third of readWord's time on the corpus, 2026-11-23).
      if (c !== 39 || i + 1 >= to || !isAsciiLetter(text.charCodeAt(i + 1))) break;
      apostrophes++;
    }
    const k = i - s;
    if (k < 4) lo |= c << (8 * k);
    else if (k < 8) hi |= c << (8 * (k - 4));
  }
  if (i < to && !endsPlainWord(c, text, i, to)) return readWord(text, s, to, w);
  const len = i - s;
  const letters = len - apostrophes;
  if (letters >= 2 && uppers === letters) flags |= F_ALLCAPS;
  emitTableWord(s, i, len > 8 ? hashedIndex(text, s, i, hashOfLower(text, s, i)) : packedIndex(text, s, i, lo, hi), flags, w);
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The hash wordIndex wants of an ASCII word: FNV-1a over its lower-cased characters. */
function hashOfLower(text: string, s: number, e: number): number {
  let h = HASH_SEED;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), HASH_PRIME);
  }
  return h;
}

/**
 * Whether text[i] (c) ends a word of ASCII letters for readWord: space, line break, , ; : ! ? ) "
 * and a period not followed by a letter (which may glue "e.g", "booking.com", "U.S").
 */
function endsPlainWord(c: number, text: string, i: number, to: number): boolean {
  switch (c) {
    case 32: case 10: case 13: case 44: case 59: case 58: case 33: case 63: case 41: case 34:
      return true;
    case 46: {
      if (i + 1 >= to) return true;
      const n = text.charCodeAt(i + 1) | 32;
      return !(n >= 97 && n <= 122);
    }
    default:
      return false;
  }
}

/**
 * One word from i. `plainApostrophe`: an ASCII apostrophe keeps the word on the table path
 * (its norm is then the lower-cased text); should the word turn out to need more than that
 * (a character beyond ASCII, a curly apostrophe), it is read again without (the norm built
 * character by character, as always).
 */
function readWord(text: string, i: number, to: number, w: TokenWriter, plainApostrophe = true): number {
  const s = i;
  let tookApostrophe = false;
  let special = false; // norm differs from the slice beyond case
  let letters = 0;
  let uppers = 0;
  let firstUpper = false;
  let chars: string[] | undefined;
  let email = false;
  let wide = false; // a character beyond ASCII: lower-casing it needs toLowerCase
  let h = HASH_SEED; // of the lower-cased characters read (what wordIndex needs when !special && !wide)

  while (i < to) {
    const c = text.charCodeAt(i);
    // Most characters of most words: a lower-case ASCII letter.
    if (c >= 97 && c <= 122) {
      letters++;
      h = Math.imul(h ^ c, HASH_PRIME);
      if (special) chars!.push(String.fromCharCode(c));
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        if (LETTER_RE.test(String.fromCodePoint(cp))) {
          if (special) chars!.push(String.fromCodePoint(cp).toLowerCase());
          i += 2;
          letters++;
          wide = true;
          continue;
        }
      }
      break;
    }
    const k = classOf(c);
    if (k === 1 || k === 2) {
      if (c > 127) wide = true;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), HASH_PRIME);
      if (k === 1) {
        letters++;
        const isUp = (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
        if (isUp) { uppers++; if (i === s) firstUpper = true; }
      }
      if (special) chars!.push(String.fromCharCode(c).toLowerCase());
      i++;
      continue;
    }
    if (isIgnorable(c)) {
      // Only inside a word; a trailing one ends it.
      if (i + 1 < to && isAlnum(text.charCodeAt(i + 1))) {
        if (!special) { chars = [text.slice(s, i).toLowerCase()]; special = true; }
        i++;
        continue;
      }
      break;
    }
    if (isApostrophe(c) && i + 1 < to && classOf(text.charCodeAt(i + 1)) === 1 && i > s) {
      // A plain apostrophe is its own norm: the word can still be a table word ("I've").
      if (c === 39 && !special && plainApostrophe) {
        tookApostrophe = true;
        h = Math.imul(h ^ c, HASH_PRIME);
        i++;
        continue;
      }
      if (!special) { chars = [text.slice(s, i).toLowerCase()]; special = true; }
      chars!.push("'");
      i++;
      continue;
    }
    if (isHyphen(c) && i + 1 < to && isAlnum(text.charCodeAt(i + 1))) {
      if (c !== 45 && !special) { chars = [text.slice(s, i).toLowerCase()]; special = true; }
      if (special) chars!.push('-');
      h = Math.imul(h ^ c, HASH_PRIME);
      i++;
      continue;
    }
    if (c === 64 /* @ */ && i + 1 < to && isAlnum(text.charCodeAt(i + 1))) {
      email = true;
      let e = i + 1;
      while (e < to) {
        const d = text.charCodeAt(e);
        if (isAlnum(d) || d === 45 || d === 95 || (d === 46 && e + 1 < to && isAlnum(text.charCodeAt(e + 1)))) e++;
        else break;
      }
      i = e;
      special = false;
      chars = undefined;
      break;
    }
    if ((c === 46 || c === 95) && i + 1 < to && i > s) {
      // "e.g." / "a.m." / "booking.com" / "first_name": keep together when a short lower-case
      // run follows directly (a missing space before a capitalized sentence is not glued).
      const n = text.charCodeAt(i + 1);
      if (c === 95 && isAlnum(n)) { if (special) chars!.push('_'); h = Math.imul(h ^ c, HASH_PRIME); i++; continue; }
      if (n >= 97 && n <= 122) {
        let e = i + 1;
        while (e < to && classOf(text.charCodeAt(e)) === 1) e++;
        if (e - (i + 1) <= 4 && (e >= to || !isAlnum(text.charCodeAt(e)))) {
          if (special) chars!.push('.');
          h = Math.imul(h ^ c, HASH_PRIME);
          i++;
          continue;
        }
      }
      if (c === 46 && i - s === 1 && n >= 65 && n <= 90 && i + 2 < to && text.charCodeAt(i + 2) === 46) {
        // "U.S." style initials
        if (special) chars!.push('.');
        h = Math.imul(h ^ c, HASH_PRIME);
        i++;
        continue;
      }
    }
    break;
  }
  // A trailing period of an abbreviation made of initials ("a.m.", "e.g.", "U.S.") belongs to it.
  if (i < to && text.charCodeAt(i) === 46 && i - s >= 3 && text.charCodeAt(i - 2) === 46) {
    if (special) chars!.push('.');
    h = Math.imul(h ^ 46, HASH_PRIME);
    i++;
  }
  if (email) {
    const e = trimTrailingPunct(text, s, i);
    const address = text.slice(s, e).toLowerCase();
    w.push(s, e, address, address, F_EMAIL);
    return e;
  }
  let flags = F_WORD;
  if (firstUpper) flags |= F_CAP;
  if (letters >= 2 && uppers === letters) flags |= F_ALLCAPS;
  if (!special && !wide) {
    emitTableWord(s, i, wordIndex(text, s, i, h), flags, w);
    return i;
  }
  if (tookApostrophe) return readWord(text, s, to, w, false);
  const norm = special ? chars!.join('') : text.slice(s, i).toLowerCase();
  emitWord(text, s, i, norm, flags, w);
  return i;
}

/**
 * emitWord for a word of the table (`found`: what wordIndex returned): plain ASCII, so its norm
 * is as long as the text and wordBare has its split.
 */
function emitTableWord(s: number, e: number, found: number, flags: number, w: TokenWriter): void {
  const word = found & ~SPLITS;
  if (found & SPLITS) {
    const bare = wordBare[word]!;
    const cut = s + bare[2];
    if (cut < e) {
      const d = word * WORD_DATA + D_HALVES;
      let a = wordData[d]!;
      let b = wordData[d + 1]!;
      if (a < 0) {
        // Kept only when the table cannot start over meanwhile (`word` would mean another word).
        if (wordCount + 2 > MAX_WORDS) {
          a = normIndex(bare[0]);
          b = normIndex(bare[1]);
        } else {
          a = wordData[d] = normIndex(bare[0]);
          b = wordData[d + 1] = normIndex(bare[1]);
        }
      }
      w.pushWord(s, cut, a, flags);
      w.pushWord(cut, e, b, F_WORD | F_CONTRACTION);
      return;
    }
  }
  w.pushWord(s, e, word, flags);
}

/**
 * How emitWord splits a table word with an apostrophe (its norm and text have the same length):
 * the halves and where the second starts, or undefined when it stays whole.
 */
function splitAtApostrophe(norm: string): [string, string, number] | undefined {
  const ap = norm.indexOf("'");
  const halves = contractionHalves(norm.slice(0, ap), norm.slice(ap));
  if (!halves) return undefined;
  const cut = halves[2] ? ap - 1 : ap;
  return cut > 0 && cut < norm.length ? [halves[0], halves[1], cut] : undefined;
}

/** The two words of a contraction (base + suffix from its apostrophe on), and whether the cut is one before the apostrophe ("n't"). */
function contractionHalves(base: string, suffix: string): [string, string, boolean] | undefined {
  switch (suffix) {
    case "'ll": return [base, 'will', false];
    case "'re": return [base, 'are', false];
    case "'ve": return [base, 'have', false];
    case "'m": return [base, 'am', false];
    case "'d": return [base, 'would', false];
    case "'s":
      if (base === 'let') return ['let', 'us', false];
      return CONTRACT_IS.has(base) ? [base, 'is', false] : [base, "'s", false];
    case "'t": {
      if (!base.endsWith('n')) return undefined;
      const b = base.slice(0, -1);
      return [b === 'ca' ? 'can' : b === 'wo' ? 'will' : b === 'sha' ? 'shall' : b === 'ai' ? 'is' : b, 'not', true];
    }
    default:
      return undefined;
  }
}

/** Splits contractions; offsets of each half stay inside the original word. */
function emitWord(text: string, s: number, e: number, norm: string, flags: number, w: TokenWriter): void {
  const ap = norm.indexOf("'");
  if (ap < 0) {
    const bare = norm.length <= 8 ? BARE_CONTRACTIONS.get(norm) : undefined;
    if (bare && !(norm === 'wont' && false)) {
      const cut = s + bare[2];
      if (cut < e && norm.length === e - s) {
        pushHalves(s, cut, e, bare[0], bare[1], flags, w);
        return;
      }
    }
    w.pushWord(s, e, normIndex(norm), flags);
    return;
  }
  // Map the apostrophe's index in norm back to the original (norm drops ignorable chars).
  const origAp = findApostrophe(text, s, e);
  const halves = contractionHalves(norm.slice(0, ap), norm.slice(ap));
  const cut = halves?.[2] ? origAp - 1 : origAp;
  if (!halves || cut <= s || cut >= e) {
    w.pushWord(s, e, normIndex(norm), flags);
    return;
  }
  pushHalves(s, cut, e, halves[0], halves[1], flags, w);
}

/** A contraction's halves, as table words. */
function pushHalves(s: number, cut: number, e: number, a: string, b: string, flags: number, w: TokenWriter): void {
  w.pushWord(s, cut, normIndex(a), flags);
  w.pushWord(cut, e, normIndex(b), F_WORD | F_CONTRACTION);
}

function findApostrophe(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) if (isApostrophe(text.charCodeAt(i))) return i;
  return e;
}
