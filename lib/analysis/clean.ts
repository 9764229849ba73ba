import type { Span } from './types';

// Which parts of a draft are the rep's own new words. Quoted history ("On … wrote:" and
// everything after, lines starting with ">", "-----Original Message-----", forwarded blocks,
// Outlook's "From: … Sent: …" header) and the signature ("-- ", "Sent from my iPhone", a short
// sign-off like "Best regards,\nDana" at the end) are left out. Line-based and linear: each
// line is looked at once, with plain string tests on its first few hundred characters. Every
// regular expression here sits behind a test of a line's first or last character or its length
// that almost every line fails: most lines of a draft are the rep's prose, and running a dozen
// expressions over each was most of cleanDraft's time (profile 2026-11-22).

export interface CleanResult {
  /** Ranges of the original text to analyze, in order. */
  regions: Span[];
  /** From the first analyzed character to the last (quoted history and signature excluded). */
  analyzedSpan: Span;
}

interface Line { start: number; end: number; head: string }

const HEAD = 200;

// Line breaks other than "\n", and the characters a head blanks: most drafts have none, and
// then lines are found with indexOf and heads need no replacing. Looked for with indexOf and
// one character class, not a loop over the text: the loop was a quarter of cleanDraft, these a
// quarter of the loop (2026-11-23). Not indexOf for U+200B-U+200D: V8 scans a Latin-1 string
// for those (each cost as much as the loop), and a class of characters above U+00FF fails a
// Latin-1 string at once. (An alternation of the eight characters cost a third of cleanDraft,
// profile 2026-11-23.)
const ODD_BREAK = 1;
const ANY_BLANKED = 2;
const WIDE_ODD = /[\u200b-\u200d\u2028\u2029]/;
const WIDE_BREAK = /[\u2028\u2029]/;
const ZERO_WIDTH_BLANKED = /[\u200b-\u200d]/;
function oddCharacters(text: string): number {
  let found = 0;
  if (text.indexOf('\r') >= 0) found |= ODD_BREAK;
  if (text.indexOf('\u00a0') >= 0 || text.indexOf('\ufeff') >= 0) found |= ANY_BLANKED;
  if (WIDE_ODD.test(text)) {
    if (WIDE_BREAK.test(text)) found |= ODD_BREAK;
    if (ZERO_WIDTH_BLANKED.test(text)) found |= ANY_BLANKED;
  }
  return found;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  const n = text.length;
  const odd = oddCharacters(text);
  const blanked = (odd & ANY_BLANKED) !== 0;
  if (!(odd & ODD_BREAK)) {
    for (;;) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = n;
      out.push({ start: s, end: e, head: headOf(text, s, Math.min(e, s + HEAD), blanked) });
      if (e >= n) return out;
      s = e + 1;
    }
  }
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      let e = i;
      if (e > s && text.charCodeAt(e - 1) === 13) e--;
      out.push({ start: s, end: e, head: headOf(text, s, Math.min(e, s + HEAD), blanked) });
      s = i + 1;
    }
  }
  return out;
}

// The characters a line's head turns into spaces (rich editors put them where spaces were).
const BLANKED = /\u00a0|\u200b|\u200c|\u200d|\ufeff/g;
function isBlanked(c: number): boolean {
  return c === 0xa0 || c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff;
}
/** What String#trim drops (WhiteSpace and LineTerminator), the same set as \s. */
function isTrimmed(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text[s, e) with BLANKED characters as spaces, trimmed; slices once and replaces only when needed. */
function headOf(text: string, s: number, e: number, blanked: boolean): string {
  while (s < e && (isTrimmed(text.charCodeAt(s)) || isBlanked(text.charCodeAt(s)))) s++;
  while (e > s && (isTrimmed(text.charCodeAt(e - 1)) || isBlanked(text.charCodeAt(e - 1)))) e--;
  const head = text.slice(s, e);
  if (!blanked) return head;
  for (let i = s; i < e; i++) if (isBlanked(text.charCodeAt(i))) return head.replace(BLANKED, ' ');
  return head;
}

function firstLower(h: string): number {
  return h.charCodeAt(0) | 32;
}
function endsWithColon(h: string): boolean {
  return h.charCodeAt(h.length - 1) === 58;
}

const QUOTE_INTRO_END = [/wrote:\s*$/i, /a écrit\s*:\s*$/i, /schrieb:\s*$/i, /escribió:\s*$/i, /ha scritto:\s*$/i, /schreef:\s*$/i, /skrev:\s*$/i];
// Every QUOTE_INTRO_END ends in ":" and a head is trimmed, so a head it matches ends in ":".
// The expressions are module constants, not literals in the functions: a literal makes a new
// RegExp object each time it is evaluated (garbage on every line that gets that far).
const STARTS_ON = /^(on|le|am|el|il|op|den|em)\s/i;
const ENDS_SENTENCE = /[.!?]$/;
const WROTE_END = /^\S.{0,120}\bwrote:\s*$/i;
const LOOKS_ADDRESSED = /\d|@|<|\bat\b/;
function isQuoteIntro(l: Line, next?: Line): boolean {
  const h = l.head;
  if (h.length > 180) return false;
  const endsColon = endsWithColon(h);
  const nextEndsColon = next !== undefined && next.head.length < 120 && endsWithColon(next.head);
  if (!endsColon && !nextEndsColon) return false;
  const startsOn = mayStartOn(h) && STARTS_ON.test(h);
  if (startsOn && endsColon && endsQuoteIntro(h)) return true;
  // Gmail wraps long intros over two lines.
  if (startsOn && nextEndsColon && endsQuoteIntro(next!.head) && !ENDS_SENTENCE.test(h)) return true;
  if (endsColon && WROTE_END.test(h) && LOOKS_ADDRESSED.test(h)) return true;
  return false;
}

/** Whether one of QUOTE_INTRO_END matches h (a loop, not some() with a closure made per call). */
function endsQuoteIntro(h: string): boolean {
  for (let k = 0; k < QUOTE_INTRO_END.length; k++) if (QUOTE_INTRO_END[k]!.test(h)) return true;
  return false;
}

/** First letter of on, le, am, el, il, op, den, em. */
function mayStartOn(h: string): boolean {
  const c = firstLower(h);
  return c === 111 || c === 108 || c === 97 || c === 101 || c === 105 || c === 100;
}

const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|forwarded message|message d'origine|ursprüngliche nachricht|mensaje original)\s*-*$/i;
const BEGIN_FORWARDED = /^begin forwarded message:?$/i;
const DASHES_FORWARDED = /^-{5,}\s*forwarded/i;
const UNDERSCORES = /^_{10,}$/;
function isSeparator(h: string): boolean {
  const c = h.charCodeAt(0);
  if (c !== 45 /* - */ && c !== 95 /* _ */ && (c | 32) !== 98 /* b */) return false;
  return (
    ORIGINAL_MESSAGE.test(h) ||
    BEGIN_FORWARDED.test(h) ||
    DASHES_FORWARDED.test(h) ||
    UNDERSCORES.test(h)
  );
}

const HEADER_RE = /^(from|sent|date|to|cc|subject|von|gesendet|de|envoyé|objet|an|betreff):\s?/i;
const FROM_HEADER = /^(from|von|de):\s?\S/i;
function isHeaderBlock(ls: Line[], i: number): boolean {
  const h = ls[i]!.head;
  const c = firstLower(h);
  if (c !== 102 /* f */ && c !== 118 /* v */ && c !== 100 /* d */) return false;
  if (!FROM_HEADER.test(h)) return false;
  let headers = 0;
  for (let k = i + 1; k < ls.length && k <= i + 5; k++) {
    if (HEADER_RE.test(ls[k]!.head)) headers++;
  }
  return headers >= 1;
}

const SIG_LINE = /^(sent from my \w+|sent from (outlook|mail|yahoo|gmail)|get outlook for \w+|sent via \w+|sent from my (iphone|ipad|android|galaxy|samsung|mobile|phone|blackberry))/i;
const SIGN_OFFS = new Set([
  'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'best', 'best wishes',
  'all the best', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'yours faithfully',
  'cheers', 'thanks', 'thank you', 'many thanks', 'thanks again', 'thanks so much', 'thank you so much',
  'with thanks', 'take care', 'talk soon', 'speak soon', 'respectfully', 'cordially', 'warmly',
  'with appreciation', 'kindest regards', 'thanks and regards', 'thanks & regards', 'br', 'rgds',
  'have a great day', 'have a good day', 'have a nice day', 'have a great weekend', 'best,', 'warm wishes',
]);
function isSignOff(h: string): boolean {
  if (h.length > 40) return false;
  const ends = endsKey(h);
  if (ends === undefined) return SIGN_OFFS.has(signOffKey(h));
  const candidates = SIGN_OFFS_BY_ENDS.get(ends);
  if (candidates === undefined) return false;
  if (!isAscii(h)) return SIGN_OFFS.has(signOffKey(h));
  for (let k = 0; k < candidates.length; k++) if (readsAsSignOff(h, candidates[k]!)) return true;
  return false;
}

const SIGN_OFF_TRAIL = /[,.!\s]+$/;
const SPACE_RUN = /\s+/g;
/** The line as SIGN_OFFS spells its entries: lower case, no trailing ",.!", spaces collapsed. */
function signOffKey(h: string): string {
  return h.toLowerCase().replace(SIGN_OFF_TRAIL, '').replace(SPACE_RUN, ' ');
}

function isAscii(h: string): boolean {
  for (let i = 0; i < h.length; i++) if (h.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * signOffKey(h) === signOff for an ASCII line, compared in place. Why: the lines that pass
 * endsKey's test are mostly sign-offs, and lower-casing and two replaces per line to build the
 * key were a sixth of cleanDraft (2026-11-23).
 */
function readsAsSignOff(h: string, signOff: string): boolean {
  let e = h.length;
  while (e > 0 && isSignOffTrail(h.charCodeAt(e - 1))) e--;
  let j = 0;
  for (let i = 0; i < e; ) {
    let c = h.charCodeAt(i);
    if (isAsciiSpace(c)) {
      // A run of white space reads as one space.
      if (signOff.charCodeAt(j) !== 32) return false;
      j++;
      do i++; while (i < e && isAsciiSpace(h.charCodeAt(i)));
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (signOff.charCodeAt(j) !== c) return false;
    j++;
    i++;
  }
  return j === signOff.length;
}
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The line is exactly "-- " (the signature delimiter). */
function isDashDashSpace(text: string, l: Line): boolean {
  return l.end - l.start === 3 && text.charCodeAt(l.start) === 45 && text.charCodeAt(l.start + 1) === 45 && text.charCodeAt(l.start + 2) === 32;
}

/** First letter of "sent …" and "get outlook …". */
function maySigLine(h: string): boolean {
  const c = firstLower(h);
  return c === 115 || c === 103;
}

/**
 * A sign-off's first and last letter (trailing ",.!" and spaces aside), lower-cased, as one
 * number: a cheap test that rules out almost every short line before the expressions run.
 * Undefined when either is not ASCII, since toLowerCase may fold it to a letter (the Kelvin
 * sign is a "k").
 */
function endsKey(h: string): number | undefined {
  let e = h.length;
  while (e > 0 && isSignOffTrail(h.charCodeAt(e - 1))) e--;
  if (e === 0) return -1;
  const first = h.charCodeAt(0);
  const last = h.charCodeAt(e - 1);
  if (first >= 128 || last >= 128) return undefined;
  return ((first | 32) << 8) | (last | 32);
}
/** What isSignOff strips from the end: [,.!\s]. */
function isSignOffTrail(c: number): boolean {
  return c === 44 || c === 46 || c === 33 || isTrimmed(c);
}
/** The sign-offs by their endsKey. */
const SIGN_OFFS_BY_ENDS = new Map<number, string[]>();
for (const k of SIGN_OFFS) {
  const ends = endsKey(k)!;
  const list = SIGN_OFFS_BY_ENDS.get(ends);
  if (list) list.push(k);
  else SIGN_OFFS_BY_ENDS.set(ends, [k]);
}

export function cleanDraft(text: string): CleanResult {
  if (text.length === 0) return { regions: [], analyzedSpan: { start: 0, end: 0 } };
  const ls = lines(text);
  // 1. Quoted history and forwarded blocks: everything from the first marker on.
  let cut = ls.length;
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    if (l.head === '') continue;
    if (isQuoteIntro(l, ls[i + 1]) || isSeparator(l.head) || isHeaderBlock(ls, i)) { cut = i; break; }
    if (l.head === '--' || isDashDashSpace(text, l)) { cut = i; break; }
    if (maySigLine(l.head) && SIG_LINE.test(l.head)) { cut = i; break; }
  }
  // 2. A sign-off near the end: "Best regards," followed by at most a few short lines. A line
  // with more than five counted lines after it (not empty, not quoted with ">") never is one,
  // so only the tail is looked at: testing every line of the draft for a sign-off was a sixth
  // of cleanDraft (profile 2026-11-23).
  let from = cut;
  for (let after = 0; from > 0 && after <= 5; from--) {
    const h = ls[from - 1]!.head;
    if (h !== '' && h.charCodeAt(0) !== 62) after++;
  }
  for (let i = from; i < cut; i++) {
    if (!isSignOff(ls[i]!.head)) continue;
    let rest = 0;
    let short = true;
    for (let k = i + 1; k < cut; k++) {
      const h = ls[k]!.head;
      if (h === '') continue;
      if (h.charCodeAt(0) === 62) continue;
      rest++;
      const words = wordCount(h);
      const last = h.charCodeAt(h.length - 1);
      if (h.length > 80 || words > 7 || last === 33 || last === 63 || (last === 46 && words > 3)) short = false;
      // The verdict is settled: looking further would make a draft full of sign-offs quadratic.
      if (rest > 5 || !short) break;
    }
    if (rest <= 5 && short) { cut = i; break; }
  }
  // 3. Regions: lines before the cut, without ">" quoted lines, trimmed as each one closes (not
  // collected first and trimmed into a second array).
  const trimmed: Span[] = [];
  let open = -1;
  let lastEnd = -1;
  for (let i = 0; i < cut; i++) {
    const l = ls[i]!;
    const quoted = isQuoted(l.head);
    if (quoted) {
      if (open >= 0) { pushTrimmed(text, open, lastEnd, trimmed); open = -1; }
      continue;
    }
    if (open < 0) open = l.start;
    lastEnd = l.end;
  }
  if (open >= 0) pushTrimmed(text, open, lastEnd, trimmed);
  const analyzedSpan = trimmed.length ? { start: trimmed[0]!.start, end: trimmed[trimmed.length - 1]!.end } : { start: 0, end: 0 };
  return { regions: trimmed, analyzedSpan };
}

/** The region text[s, e) without white space at its ends, onto `out` unless nothing is left. */
function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isWs(text.charCodeAt(s))) s++;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** A line quoted with ">" (or "&gt;", pasted from HTML). */
function isQuoted(h: string): boolean {
  const c = h.charCodeAt(0);
  return c === 62 || (c === 38 && h.startsWith('&gt;'));
}

/** h.split(/\s+/).length for a head (trimmed, so no white space at either end): runs of \s, plus one. */
function wordCount(h: string): number {
  let words = 1;
  for (let i = 0; i < h.length; i++) {
    if (!isTrimmed(h.charCodeAt(i))) continue;
    words++;
    while (i + 1 < h.length && isTrimmed(h.charCodeAt(i + 1))) i++;
  }
  return words;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}
