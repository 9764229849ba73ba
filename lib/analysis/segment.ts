import * as tokenizeModule from './tokenize';
import type { Tokens } from './tokenize';

// Read once into module constants: the boundary and clause loops test flags per token, and under
// tsx each use of an imported name is a getter call (see compile.ts).
const { F_CAP, F_NUM, F_PUNCT, F_SPACE_AFTER, F_SPACE_BEFORE, F_WORD, KEPT_TOKENS, PerWord, zeroedBytes } = tokenizeModule;

// Sentences and clauses over tokens, in one pass. A sentence ends at . ! ? … (not after an
// abbreviation), at a blank line, and at a single line break unless the next line plainly
// continues the sentence (a lower-case word after a word: rich editors wrap lines mid-sentence).
// Clauses split a sentence at ; : a spaced dash, ", so / , but / , because …", a bare "but",
// and "and/so" that open a new subject ("… so please call them").

export interface Segments {
  /** Token index where each sentence starts / ends (exclusive). */
  sentStart: number[];
  sentEnd: number[];
  /** For every token, the exclusive end of its sentence. */
  sentenceEnd: Int32Array;
  /** For every token, its sentence index. */
  sentenceOf: Int32Array;
  /** 1 where a clause starts at this token. */
  clauseStart: Uint8Array;
  /** 1 where a clause ends right before this index (length tokens+1). */
  clauseEndBefore: Uint8Array;
  /** 1 where a token can open a clause: clause start, after a comma, or after lead-ins only. */
  lead: Uint8Array;
}

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'ref', 'ext', 'inc', 'ltd', 'co', 'jr', 'sr', 'prof', 'dept', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'acct', 'tel', 'ph', 'min', 'hr', 'hrs', 'pt', 'vol', 'est', 'pst', 'cst', 'mst', 'gmt', 'utc', 'bst', 'cet']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'ref', 'ext', 'tel', 'e.g', 'i.e', 'vs', 'approx', 'acct']);
const TERMINAL = new Set(['.', '!', '?', '...']);
const CLOSERS = new Set(['"', "'", ')', ']', '”', '’']);
const CLAUSE_PUNCT = new Set([';', ':']);
const COMMA_CONJ = new Set(['so', 'but', 'because', 'as', 'since', 'which', 'however', 'though', 'although', 'while', 'whereas', 'yet', 'otherwise', 'and', 'or', 'then', 'whilst', 'cause']);
const SUBJECTS = new Set(['i', 'we', 'you', 'please', 'they', 'someone', 'somebody', 'our', 'your', 'it', 'this', 'that', 'he', 'she', 'there', 'the', 'kindly', 'feel', 'a', 'an', 'no', 'nobody', 'let', 'contact', 'call', 'reach']);
/** Words a clause may open with before its real start ("So, unfortunately, please …"). */
export const LEAD_INS = new Set(['so', 'and', 'but', 'also', 'then', 'however', 'unfortunately', 'sadly', 'regrettably', 'alternatively', 'meanwhile', 'otherwise', 'therefore', 'thus', 'hence', 'again', 'additionally', 'furthermore', 'moreover', 'instead', 'now', 'ok', 'okay', 'well', 'hi', 'hello', 'hey', 'dear', 'yes', 'no', 'in', 'the', 'meantime', 'for', 'that', 'said', 'anyway', 'honestly', 'frankly', 'just', 'finally', 'lastly', 'first', 'firstly', 'second', 'secondly', 'next', 'as', 'such', 'at', 'this', 'point', 'time', 'moment', 'going', 'forward', 'if', 'needed', 'necessary', 'possible', 'required', ',', '"', '(', '-', '—', ':']);

// What segment asks of a token's norm, as bits: one Map lookup per token instead of a Set
// lookup per question (the Set lookups were most of segment's time, profile 2026-11-22).
const K_TERMINAL = 1;
const K_CLOSER = 2;
const K_CLAUSE_PUNCT = 4;
const K_COMMA_CONJ = 8;
const K_SUBJECT = 16;
const K_LEAD_IN = 32;
const K_ABBREV = 64;
const K_TITLE = 128;
/** "and", "so", "or": open a new clause before a subject. */
const K_AND_SO_OR = 256;
/** ",", "(", '"', ":": a clause-like opening may follow. */
const K_OPENS_AFTER = 512;
const K_COMMA = 1024;
/** A dash, which splits clauses when spaced on both sides. */
const K_DASH = 2048;
const K_BUT = 4096;

const KIND = new Map<string, number>();
function addKind(words: Iterable<string>, bit: number): void {
  for (const w of words) KIND.set(w, (KIND.get(w) ?? 0) | bit);
}
addKind(TERMINAL, K_TERMINAL);
addKind(CLOSERS, K_CLOSER);
addKind(CLAUSE_PUNCT, K_CLAUSE_PUNCT);
addKind(COMMA_CONJ, K_COMMA_CONJ);
addKind(SUBJECTS, K_SUBJECT);
addKind(LEAD_INS, K_LEAD_IN);
addKind(ABBREV, K_ABBREV);
addKind(TITLES, K_TITLE);
addKind(['and', 'so', 'or'], K_AND_SO_OR);
addKind([',', '(', '"', ':'], K_OPENS_AFTER);
addKind([','], K_COMMA);
addKind(['—', '-'], K_DASH);
addKind(['but'], K_BUT);
const kindPerWord = new PerWord((norm) => KIND.get(norm) ?? 0);

/**
 * segment's own per-token arrays (each token's kind, the sentence boundaries), kept from call to
 * call for a draft of fewer than KEEP_TOKENS tokens: a view per call on fresh memory was a cold
 * cache line per 64 bytes, where these stay cached. Longer drafts get arrays of their own.
 */
const KEEP_TOKENS = KEPT_TOKENS;
const keptKind = new Uint16Array(KEEP_TOKENS);
const keptBoundary = new Uint8Array(KEEP_TOKENS + 1);
const keptStarts: number[] = new Array<number>(KEEP_TOKENS).fill(0);
const keptEnds: number[] = new Array<number>(KEEP_TOKENS).fill(0);

export function segment(tok: Tokens): Segments {
  const n = tok.length;
  const norm = tok.norm;
  const flags = tok.flags;
  const nl = tok.nl;
  // One piece of zeroed memory for every per-token array: allocating a typed array of its own
  // each cost more than segmenting a short draft (profile 2026-11-22).
  const { buffer: buf, offset } = zeroedBytes(8 * n + 3 * (n + 1));
  const sentenceEnd = new Int32Array(buf, offset, n);
  const sentenceOf = new Int32Array(buf, offset + 4 * n, n);
  let at = offset + 8 * n;
  const clauseStart = new Uint8Array(buf, at, n + 1);
  const clauseEndBefore = new Uint8Array(buf, (at += n + 1), n + 1);
  const lead = new Uint8Array(buf, at + n + 1, n + 1);
  // Read only here: kept from call to call up to KEEP_TOKENS tokens (see keptKind).
  const kind = n < KEEP_TOKENS ? keptKind : new Uint16Array(n);
  const boundary = n < KEEP_TOKENS ? keptBoundary.fill(0, 0, n + 1) : new Uint8Array(n + 1);
  if (n === 0) return { sentStart: [], sentEnd: [], sentenceEnd, sentenceOf, clauseStart, clauseEndBefore, lead };
  kindPerWord.fill(tok, kind);

  // Sentence boundaries: boundary[i] = 1 if a sentence starts at token i.
  boundary[0] = 1;
  boundary[n] = 1;
  for (let i = 1; i < n; i++) {
    const prevKind = kind[i - 1]!;
    const prevFlags = flags[i - 1]!;
    const f = flags[i]!;
    if (nl[i]! >= 2) { boundary[i] = 1; continue; }
    if (nl[i] === 1) {
      const prevIsPunct = (prevFlags & F_PUNCT) !== 0;
      const lowerContinuation = (f & F_WORD) !== 0 && (f & F_CAP) === 0 && !prevIsPunct;
      const numberContinuation = (f & F_NUM) !== 0 && !prevIsPunct;
      const afterComma = (prevKind & K_COMMA) !== 0;
      if (!lowerContinuation && !numberContinuation && !(afterComma && (f & F_CAP) === 0 && (f & F_WORD) !== 0)) { boundary[i] = 1; continue; }
      if (afterComma && (f & F_CAP) !== 0) { boundary[i] = 1; continue; }
    }
    // Only a terminal, or closers after one, can end a sentence.
    if ((prevKind & (K_TERMINAL | K_CLOSER)) === 0) continue;
    if (kind[i]! & K_CLOSER && prevKind & K_TERMINAL) continue; // closing quote joins the sentence
    let k = i - 1;
    while (k > 0 && kind[k]! & K_CLOSER && (flags[k]! & F_PUNCT)) k--;
    if (!(kind[k]! & K_TERMINAL) || kind[i]! & K_TERMINAL) continue;
    if (norm[k] === '.' && k > 0) {
      const before = norm[k - 1]!;
      const beforeKind = kind[k - 1]!;
      const glued = (flags[k]! & F_SPACE_BEFORE) === 0;
      if (glued && (beforeKind & K_ABBREV || (before.length === 1 && (flags[k - 1]! & F_WORD) !== 0))) {
        if (beforeKind & K_TITLE || (f & F_CAP) === 0) continue;
      }
      if ((f & F_WORD) && !(f & F_CAP) && !(flags[k]! & F_SPACE_AFTER) && !(nl[i]! > 0)) continue;
    }
    boundary[i] = 1;
  }
  // Written into kept arrays (a sentence has at least a token: they never grow past their
  // length) and copied out at their length: pushed arrays allocated room for 17 sentences.
  const kept = n < KEEP_TOKENS;
  const starts = kept ? keptStarts : [];
  const ends = kept ? keptEnds : [];
  let s = 0;
  let idx = 0;
  for (let i = 1; i <= n; i++) {
    if (boundary[i]) {
      starts[idx] = s;
      ends[idx] = i;
      // A loop, not TypedArray fill: its two builtin calls per sentence cost more than the
      // writes (a sentence has a handful of tokens).
      for (let k = s; k < i; k++) {
        sentenceEnd[k] = i;
        sentenceOf[k] = idx;
      }
      idx++;
      s = i;
    }
  }
  const sentStart = kept ? starts.slice(0, idx) : starts;
  const sentEnd = kept ? ends.slice(0, idx) : ends;

  // Clauses, and in the same walk over the tokens the leads: a position where an imperative or
  // a new clause may begin (a clause start, after lead-ins only, or after "," "(" '"' ":"). The
  // walk also marks "," (and a terminal) as ending a clause-ish unit for `$` purposes. Neither
  // reads what the others write but clauseStart at the token itself, decided just before.
  for (let si = 0; si < sentStart.length; si++) {
    const a = sentStart[si]!;
    const b = sentEnd[si]!;
    clauseStart[a] = 1;
    clauseEndBefore[b] = 1;
    const first = kind[a]!;
    if (a > 0 && first & (K_COMMA | K_TERMINAL)) clauseEndBefore[a] = 1;
    lead[a] = 1;
    let allLeadIns = (first & K_LEAD_IN) !== 0;
    for (let i = a + 1; i < b; i++) {
      const prev = kind[i - 1]!;
      const cur = kind[i]!;
      const prevF = flags[i - 1]!;
      let split = false;
      if (prev & K_CLAUSE_PUNCT && i - 1 > a) split = true;
      else if (prev & K_DASH && (prevF & F_SPACE_BEFORE) && (prevF & F_SPACE_AFTER)) split = true;
      else if (prev & K_COMMA && cur & K_COMMA_CONJ) split = true;
      else if (cur & K_BUT && !(prev & K_COMMA)) split = true;
      else if (cur & K_AND_SO_OR && i + 1 < b && kind[i + 1]! & K_SUBJECT && !(prevF & F_PUNCT)) split = true;
      else if (prev & K_TERMINAL && !(flags[i]! & F_PUNCT)) split = true; // "?" inside a sentence kept by a closer
      if (split) {
        clauseStart[i] = 1;
        // The clause before ends before trailing punctuation.
        clauseEndBefore[i] = 1;
        if (prevF & F_PUNCT) clauseEndBefore[i - 1] = 1;
        allLeadIns = true;
      }
      if (cur & (K_COMMA | K_TERMINAL)) clauseEndBefore[i] = 1;
      if (split || allLeadIns || prev & K_OPENS_AFTER) lead[i] = 1;
      if (!(cur & K_LEAD_IN)) allLeadIns = false;
    }
    // A clause also ends before its closing punctuation.
    let e = b;
    while (e > a && (flags[e - 1]! & F_PUNCT)) e--;
    if (e < b && e > a) clauseEndBefore[e] = 1;
  }
  return { sentStart, sentEnd, sentenceEnd, sentenceOf, clauseStart, clauseEndBefore, lead };
}

/** Start of the clause holding token i (scans back, bounded). */
export function clauseStartOf(seg: Segments, i: number, sentStartTok: number, maxBack = 80): number {
  let k = i;
  while (k > sentStartTok && !seg.clauseStart[k] && i - k < maxBack) k--;
  return k;
}

/** Exclusive end (token) of the clause holding token i (scans forward, bounded). */
export function clauseEndOf(seg: Segments, i: number, sentEndTok: number, maxFwd = 80): number {
  let k = i + 1;
  while (k < sentEndTok && !seg.clauseStart[k] && k - i < maxFwd) k++;
  return k;
}
