import { lemmaEpoch, lemmaOf } from './lemma';

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

/** Tokens as parallel arrays (cheap to build for a 1 MB draft). */
export interface Tokens {
  text: string;
  start: number[];
  end: number[];
  norm: string[];
  lemma: string[];
  flags: number[];
  /** Line breaks in the gap before the token (capped at 2). */
  nl: number[];
  length: number;
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

// The table of distinct words: plain ASCII words (no apostrophe, no ignorable character), keyed
// by their lower-cased characters. Why: slicing, lower-casing and looking up the lemma and the
// bare contraction of every word was most of the tokenizer's time (profile 2026-11-22), and a
// draft repeats its words. A hit costs a hash and a compare against the text, and every token
// of a word shares one norm string, whose hash V8 keeps for the Map lookups downstream.
// Open addressing, linear probing; bounded: when full it starts over.
const WORD_SLOTS = 1 << 16;
const WORD_MASK = WORD_SLOTS - 1;
const MAX_WORDS = WORD_SLOTS >> 1;
const wordHash = new Int32Array(WORD_SLOTS);
/** '' marks an empty slot (a norm is never empty). */
const wordNorm: string[] = new Array<string>(WORD_SLOTS).fill('');
const wordLemma: string[] = new Array<string>(WORD_SLOTS).fill('');
const wordBare: Array<[string, string, number] | undefined> = new Array(WORD_SLOTS).fill(undefined);
let wordCount = 0;
/** lemmaOf's epoch the table was filled under: registerLemmas changes lemmas, so the table empties. */
let wordEpoch = lemmaEpoch;

function clearWords(): void {
  wordNorm.fill('');
  wordLemma.fill('');
  wordBare.fill(undefined);
  wordCount = 0;
  wordEpoch = lemmaEpoch;
}

/** The table slot of the ASCII word text[s, e), lower-cased; added when new. */
function wordSlot(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let k = s; k < e; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const len = e - s;
  let slot = (h ^ (h >>> 15)) & WORD_MASK;
  for (;;) {
    const norm = wordNorm[slot]!;
    if (norm === '') break;
    if (wordHash[slot] === h && norm.length === len && sameLowerAscii(norm, text, s)) return slot;
    slot = (slot + 1) & WORD_MASK;
  }
  if (wordCount >= MAX_WORDS) {
    clearWords();
    slot = (h ^ (h >>> 15)) & WORD_MASK;
  }
  const norm = text.slice(s, e).toLowerCase();
  wordHash[slot] = h;
  wordNorm[slot] = norm;
  wordLemma[slot] = lemmaOf(norm);
  wordBare[slot] = len <= 8 ? BARE_CONTRACTIONS.get(norm) : undefined;
  wordCount++;
  return slot;
}

function sameLowerAscii(norm: string, text: string, s: number): boolean {
  for (let k = 0; k < norm.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== norm.charCodeAt(k)) return false;
  }
  return true;
}

export function tokenize(text: string, from = 0, to = text.length, out?: Tokens): Tokens {
  const t: Tokens = out ?? { text, start: [], end: [], norm: [], lemma: [], flags: [], nl: [], length: 0 };
  if (wordEpoch !== lemmaEpoch) clearWords();
  let i = from;
  let newlines = 0;
  let spaced = true;
  const push = (s: number, e: number, norm: string, lemma: string, flags: number) => {
    if (spaced) flags |= F_SPACE_BEFORE;
    const n = t.length;
    if (n > 0 && spaced && t.end[n - 1] !== undefined) t.flags[n - 1]! |= F_SPACE_AFTER;
    t.start.push(s);
    t.end.push(e);
    t.norm.push(norm);
    t.lemma.push(lemma);
    t.flags.push(flags);
    t.nl.push(newlines > 2 ? 2 : newlines);
    t.length = n + 1;
    newlines = 0;
    spaced = false;
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (isNewline(c)) newlines++;
      else if (c === 13 && (i + 1 >= to || text.charCodeAt(i + 1) !== 10)) newlines++;
      spaced = true;
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
            i = readWord(text, i, to, push);
            continue;
          }
          i += 2;
          spaced = true;
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
        let e = i;
        while (e < to && !isSpace(text.charCodeAt(e))) e++;
        e = trimTrailingPunct(text, i, e);
        const url = text.slice(i, e).toLowerCase();
        push(i, e, url, url, F_URL);
        i = e;
        continue;
      }
      i = k === 2 ? readNumber(text, i, to, push) : readWord(text, i, to, push);
      continue;
    }
    // Punctuation and symbols.
    if (c < 128) {
      // HTML pasted from a rich editor: a tag reads as a space (a block tag as a line break),
      // an entity like &nbsp; as a space.
      if (c === 60) {
        const e = skipTag(text, i, to);
        if (e > 0) {
          if (isBlockTag(text, i)) newlines++;
          spaced = true;
          i = e;
          continue;
        }
      } else if (c === 38) {
        const e = skipEntity(text, i, to);
        if (e > 0) { spaced = true; i = e; continue; }
      }
      if (c === 46 && i + 2 < to && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        let e = i + 3;
        while (e < to && text.charCodeAt(e) === 46) e++;
        push(i, e, '...', '...', F_PUNCT);
        i = e;
        continue;
      }
      const ch = String.fromCharCode(c);
      push(i, i + 1, ch, ch, F_PUNCT);
      i++;
      continue;
    }
    const p = punctNorm(c);
    if (p !== undefined) {
      push(i, i + 1, p, p, F_PUNCT);
      i++;
      continue;
    }
    // Other symbols (emoji, bullets, ©): skipped, like a space.
    spaced = true;
    i++;
  }
  return t;
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

type Push = (s: number, e: number, norm: string, lemma: string, flags: number) => void;

function readNumber(text: string, i: number, to: number, push: Push): number {
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
      const digits = text.slice(s, i);
      push(s, i, digits, digits, F_NUM);
      push(i, e, tail, lemmaOf(tail), F_WORD);
      return e;
    }
    // "a.m." right after digits
    const code = text.slice(s, e).toLowerCase();
    push(s, e, code, lemmaOf(code), F_WORD | F_NUM);
    return e;
  }
  const digits = normDigits(text.slice(s, i));
  push(s, i, digits, digits, F_NUM);
  return i;
}

function normDigits(s: string): string {
  // Digits of other scripts count as numbers but keep their own spelling.
  return s;
}

function readWord(text: string, i: number, to: number, push: Push): number {
  const s = i;
  let special = false; // norm differs from the slice beyond case
  let letters = 0;
  let uppers = 0;
  let firstUpper = false;
  let chars: string[] | undefined;
  let email = false;
  let wide = false; // a character beyond ASCII: lower-casing it needs toLowerCase

  while (i < to) {
    const c = text.charCodeAt(i);
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
      if (!special) { chars = [text.slice(s, i).toLowerCase()]; special = true; }
      chars!.push("'");
      i++;
      continue;
    }
    if (isHyphen(c) && i + 1 < to && isAlnum(text.charCodeAt(i + 1))) {
      if (c !== 45 && !special) { chars = [text.slice(s, i).toLowerCase()]; special = true; }
      if (special) chars!.push('-');
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
      if (c === 95 && isAlnum(n)) { if (special) chars!.push('_'); i++; continue; }
      if (n >= 97 && n <= 122) {
        let e = i + 1;
        while (e < to && classOf(text.charCodeAt(e)) === 1) e++;
        if (e - (i + 1) <= 4 && (e >= to || !isAlnum(text.charCodeAt(e)))) {
          if (special) chars!.push('.');
          i++;
          continue;
        }
      }
      if (c === 46 && i - s === 1 && n >= 65 && n <= 90 && i + 2 < to && text.charCodeAt(i + 2) === 46) {
        // "U.S." style initials
        if (special) chars!.push('.');
        i++;
        continue;
      }
    }
    break;
  }
  // A trailing period of an abbreviation made of initials ("a.m.", "e.g.", "U.S.") belongs to it.
  if (i < to && text.charCodeAt(i) === 46 && i - s >= 3 && text.charCodeAt(i - 2) === 46) {
    if (special) chars!.push('.');
    i++;
  }
  if (email) {
    const e = trimTrailingPunct(text, s, i);
    const address = text.slice(s, e).toLowerCase();
    push(s, e, address, address, F_EMAIL);
    return e;
  }
  let flags = F_WORD;
  if (firstUpper) flags |= F_CAP;
  if (letters >= 2 && uppers === letters) flags |= F_ALLCAPS;
  if (!special && !wide) {
    emitTableWord(s, i, wordSlot(text, s, i), flags, push);
    return i;
  }
  const norm = special ? chars!.join('') : text.slice(s, i).toLowerCase();
  emitWord(text, s, i, norm, flags, push);
  return i;
}

/** emitWord for a word of the table: plain ASCII, so no apostrophe and norm as long as the text. */
function emitTableWord(s: number, e: number, slot: number, flags: number, push: Push): void {
  const bare = wordBare[slot];
  if (bare) {
    const cut = s + bare[2];
    if (cut < e) {
      push(s, cut, bare[0], lemmaOf(bare[0]), flags);
      push(cut, e, bare[1], lemmaOf(bare[1]), F_WORD | F_CONTRACTION);
      return;
    }
  }
  push(s, e, wordNorm[slot]!, wordLemma[slot]!, flags);
}

/** Splits contractions; offsets of each half stay inside the original word. */
function emitWord(text: string, s: number, e: number, norm: string, flags: number, push: Push): void {
  const ap = norm.indexOf("'");
  if (ap < 0) {
    const bare = norm.length <= 8 ? BARE_CONTRACTIONS.get(norm) : undefined;
    if (bare && !(norm === 'wont' && false)) {
      const cut = s + bare[2];
      if (cut < e && norm.length === e - s) {
        push(s, cut, bare[0], lemmaOf(bare[0]), flags);
        push(cut, e, bare[1], lemmaOf(bare[1]), F_WORD | F_CONTRACTION);
        return;
      }
    }
    push(s, e, norm, lemmaOf(norm), flags);
    return;
  }
  // Map the apostrophe's index in norm back to the original (norm drops ignorable chars).
  const origAp = findApostrophe(text, s, e);
  const base = norm.slice(0, ap);
  const suffix = norm.slice(ap);
  let first: string | undefined;
  let second: string | undefined;
  let cut = origAp;
  switch (suffix) {
    case "'ll": first = base; second = 'will'; break;
    case "'re": first = base; second = 'are'; break;
    case "'ve": first = base; second = 'have'; break;
    case "'m": first = base; second = 'am'; break;
    case "'d": first = base; second = 'would'; break;
    case "'s":
      if (base === 'let') { first = 'let'; second = 'us'; }
      else if (CONTRACT_IS.has(base)) { first = base; second = 'is'; }
      else { first = base; second = "'s"; }
      break;
    case "'t":
      if (base.endsWith('n')) {
        const b = base.slice(0, -1);
        first = b === 'ca' ? 'can' : b === 'wo' ? 'will' : b === 'sha' ? 'shall' : b === 'ai' ? 'is' : b;
        second = 'not';
        cut = origAp - 1;
      }
      break;
  }
  if (first === undefined || second === undefined || cut <= s || cut >= e) {
    push(s, e, norm, lemmaOf(norm), flags);
    return;
  }
  push(s, cut, first, lemmaOf(first), flags);
  push(cut, e, second, lemmaOf(second), F_WORD | F_CONTRACTION);
}

function findApostrophe(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) if (isApostrophe(text.charCodeAt(i))) return i;
  return e;
}
