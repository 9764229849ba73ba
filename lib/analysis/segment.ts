import { F_CAP, F_NUM, F_PUNCT, F_SPACE_AFTER, F_SPACE_BEFORE, F_WORD, type Tokens } from './tokenize';

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

export function segment(tok: Tokens): Segments {
  const n = tok.length;
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const sentenceEnd = new Int32Array(n);
  const sentenceOf = new Int32Array(n);
  const clauseStart = new Uint8Array(n + 1);
  const clauseEndBefore = new Uint8Array(n + 1);
  const lead = new Uint8Array(n + 1);
  if (n === 0) return { sentStart, sentEnd, sentenceEnd, sentenceOf, clauseStart, clauseEndBefore, lead };

  // Sentence boundaries: boundary[i] = 1 if a sentence starts at token i.
  const boundary = new Uint8Array(n + 1);
  boundary[0] = 1;
  boundary[n] = 1;
  for (let i = 1; i < n; i++) {
    const prevNorm = tok.norm[i - 1]!;
    const prevFlags = tok.flags[i - 1]!;
    const f = tok.flags[i]!;
    if (tok.nl[i]! >= 2) { boundary[i] = 1; continue; }
    if (tok.nl[i] === 1) {
      const prevIsPunct = (prevFlags & F_PUNCT) !== 0;
      const lowerContinuation = (f & F_WORD) !== 0 && (f & F_CAP) === 0 && !prevIsPunct;
      const numberContinuation = (f & F_NUM) !== 0 && !prevIsPunct;
      if (!lowerContinuation && !numberContinuation && !(prevNorm === ',' && (f & F_CAP) === 0 && (f & F_WORD) !== 0)) { boundary[i] = 1; continue; }
      if (prevNorm === ',' && (f & F_CAP) !== 0) { boundary[i] = 1; continue; }
    }
    if (CLOSERS.has(tok.norm[i]!) && TERMINAL.has(prevNorm)) continue; // closing quote joins the sentence
    let k = i - 1;
    while (k > 0 && CLOSERS.has(tok.norm[k]!) && (tok.flags[k]! & F_PUNCT)) k--;
    const term = tok.norm[k]!;
    if (!TERMINAL.has(term) || TERMINAL.has(tok.norm[i]!)) continue;
    if (term === '.' && k > 0) {
      const before = tok.norm[k - 1]!;
      const glued = (tok.flags[k]! & F_SPACE_BEFORE) === 0;
      if (glued && (ABBREV.has(before) || (before.length === 1 && (tok.flags[k - 1]! & F_WORD) !== 0))) {
        if (TITLES.has(before) || (f & F_CAP) === 0) continue;
      }
      if ((f & F_WORD) && !(f & F_CAP) && !(tok.flags[k]! & F_SPACE_AFTER) && !(tok.nl[i]! > 0)) continue;
    }
    boundary[i] = 1;
  }
  let s = 0;
  for (let i = 1; i <= n; i++) {
    if (boundary[i]) {
      const idx = sentStart.length;
      sentStart.push(s);
      sentEnd.push(i);
      for (let j = s; j < i; j++) { sentenceEnd[j] = i; sentenceOf[j] = idx; }
      s = i;
    }
  }

  // Clauses.
  for (let si = 0; si < sentStart.length; si++) {
    const a = sentStart[si]!;
    const b = sentEnd[si]!;
    clauseStart[a] = 1;
    clauseEndBefore[b] = 1;
    for (let i = a + 1; i < b; i++) {
      const prev = tok.norm[i - 1]!;
      const cur = tok.norm[i]!;
      const prevF = tok.flags[i - 1]!;
      let split = false;
      if (CLAUSE_PUNCT.has(prev) && i - 1 > a) split = true;
      else if ((prev === '—' || prev === '-') && (prevF & F_SPACE_BEFORE) && (prevF & F_SPACE_AFTER)) split = true;
      else if (prev === ',' && COMMA_CONJ.has(cur)) split = true;
      else if (cur === 'but' && prev !== ',') split = true;
      else if ((cur === 'and' || cur === 'so' || cur === 'or') && i + 1 < b && SUBJECTS.has(tok.norm[i + 1]!) && !(tok.flags[i - 1]! & F_PUNCT)) split = true;
      else if (TERMINAL.has(prev) && !(tok.flags[i]! & F_PUNCT)) split = true; // "?" inside a sentence kept by a closer
      if (split) {
        clauseStart[i] = 1;
        // The clause before ends before trailing punctuation.
        clauseEndBefore[i] = 1;
        if (tok.flags[i - 1]! & F_PUNCT) clauseEndBefore[i - 1] = 1;
      }
    }
    // A clause also ends before its closing punctuation.
    let e = b;
    while (e > a && (tok.flags[e - 1]! & F_PUNCT)) e--;
    if (e < b && e > a) clauseEndBefore[e] = 1;
  }
  // Also "," ends a clause-ish unit for `$` purposes.
  for (let i = 1; i < n; i++) if (tok.norm[i] === ',' || TERMINAL.has(tok.norm[i]!)) clauseEndBefore[i] = 1;

  // Lead: a position where an imperative or a new clause may begin.
  let allLeadIns = true;
  for (let i = 0; i < n; i++) {
    if (clauseStart[i]) allLeadIns = true;
    const prev = i > 0 ? tok.norm[i - 1]! : '';
    if (clauseStart[i] || allLeadIns || prev === ',' || prev === '(' || prev === '"' || prev === ':') lead[i] = 1;
    if (!LEAD_INS.has(tok.norm[i]!)) allLeadIns = false;
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
