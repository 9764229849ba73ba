// Canned-response normalization (issue 7): the same macro sent to different customers differs
// only in names, numbers, dates, emails and order ids. Masking those, and folding case,
// whitespace and punctuation, turns every variant of one macro into one token sequence.
//
// Linear: one pass over the text with a hand-written scanner, no backtracking regex.

/** Placeholders that stand in for the masked parts; they are single tokens. */
export const MASK = {
  email: '<email>',
  url: '<url>',
  number: '<num>',
  id: '<id>',
  name: '<name>',
  date: '<date>',
} as const;

export interface MaskedToken {
  /** Normalized token: lowercase word, or a MASK placeholder. */
  value: string;
  /** UTF-16 offsets of the token in the original text. */
  start: number;
  end: number;
}

const MONTHS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

// Capitalized words that are not names even mid-sentence ("I", days, product-neutral words a
// macro capitalizes). Months are dates, handled separately.
const NOT_NAMES = new Set([
  'i', "i'm", "i'll", "i've", "i'd", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'ok', 'okay', 'faq', 'pm', 'am', 'utc', 'us', 'eu', 'uk',
]);

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isWordChar = (c: string) => isLetter(c) || isDigit(c) || c === "'" || c === '’' || c === '_';

/** Raw tokens: runs of word characters, plus e-mail / URL / id runs kept whole. */
function rawTokens(text: string): { raw: string; start: number; end: number; sentenceStart: boolean }[] {
  const out: { raw: string; start: number; end: number; sentenceStart: boolean }[] = [];
  let sentenceStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      if (c === '\n') sentenceStart = true;
      i++;
      continue;
    }
    if (!isWordChar(c) && c !== '#') {
      if (c === '.' || c === '!' || c === '?' || c === ':') sentenceStart = true;
      i++;
      continue;
    }
    // A token runs over word chars and the joiners that occur inside emails, URLs and ids
    // (. @ - / : # + %), but a trailing joiner is punctuation, not part of the token.
    let j = i;
    while (j < text.length) {
      const d = text[j]!;
      if (isWordChar(d)) { j++; continue; }
      if ('.@-/:#+%'.includes(d) && j + 1 < text.length && (isWordChar(text[j + 1]!) || text[j + 1] === '/')) { j++; continue; }
      if (d === '#' && j === i) { j++; continue; }
      break;
    }
    if (j === i) { i++; continue; }
    out.push({ raw: text.slice(i, j), start: i, end: j, sentenceStart });
    sentenceStart = false;
    i = j;
  }
  return out;
}

function classify(raw: string, sentenceStart: boolean): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (lower.includes('@') && /\.[a-z]{2,}$/.test(lower)) return MASK.email;
  if (lower.startsWith('http') || lower.startsWith('www.') || /\.(com|net|org|io|co)(\/|$)/.test(lower)) return MASK.url;
  let digits = 0;
  let letters = 0;
  for (const ch of lower) {
    if (isDigit(ch)) digits++;
    else if (isLetter(ch)) letters++;
  }
  if (digits > 0) {
    if (/^\d{1,4}([/.-]\d{1,4}){1,2}$/.test(lower)) return MASK.date;
    if (letters === 0 && !lower.startsWith('#')) return MASK.number;
    return MASK.id; // #12345, AB-1234, 1Z999AA10123456784, 3pm → all vary per customer
  }
  if (MONTHS.has(lower)) return MASK.date;
  // A Titlecase word mid-sentence is a name ("contact Expedia", "Hi Dana"); an ALL-CAPS word is
  // shouting or an acronym, folded like any other word so case changes do not split a group.
  if (!sentenceStart && /^\p{Lu}/u.test(raw) && /\p{Ll}/u.test(raw) && !NOT_NAMES.has(lower)) return MASK.name;
  return lower.replace(/'/g, '');
}

/** Tokens of `text` with the variable parts masked; consecutive masks of one kind collapse. */
export function maskedTokens(text: string): MaskedToken[] {
  const tokens: MaskedToken[] = [];
  for (const t of rawTokens(text)) {
    const value = classify(t.raw, t.sentenceStart);
    const previous = tokens[tokens.length - 1];
    // "Dana Smith" is one name, "3 March 2026" one date: variants differ in how many parts they have.
    if (previous && value.startsWith('<') && previous.value === value) {
      previous.end = t.end;
      continue;
    }
    if (previous && value === MASK.date && previous.value === MASK.number) {
      previous.value = MASK.date;
      previous.end = t.end;
      continue;
    }
    if (previous && previous.value === MASK.date && value === MASK.number) {
      previous.end = t.end;
      continue;
    }
    tokens.push({ value, start: t.start, end: t.end });
  }
  return tokens;
}

/** The masked, folded form of a canned response: what groups repeats of one macro. */
export function normalizeCanned(text: string): string {
  return maskedTokens(text)
    .map((t) => t.value)
    .join(' ');
}

/** FNV-1a over UTF-16 code units, 2 × 32 bits: a stable group key, no crypto API needed (pure). */
export function hashNormalized(normalized: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The key that groups every flag of the same macro. */
export function cannedGroupKey(text: string): string {
  return hashNormalized(normalizeCanned(text));
}
