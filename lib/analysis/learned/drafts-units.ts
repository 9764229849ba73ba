import { cleanDraft } from '../clean';
import { segment, type Segments } from '../segment';
import { F_PUNCT, F_WORD, tokenizeRegions, type Tokens } from '../tokenize';
import type { Span } from '../types';

// The units the learned draft model reads and flags: the sentences of the rep's own words
// (cleanDraft drops quoted history and the signature, segment.ts finds the sentences, as the
// rule engine does), each as the span a finding would mark (tests/corpus/README.md: the
// sentence without its closing punctuation, a leading joining word and a greeting left out).

export interface SentenceUnit extends Span {
  /** text.slice(start, end). */
  text: string;
}

/** Joining words a finding's span leaves outside (README "the joining word stays outside"). */
const LEADING_DROP = new Set(['and', 'but', 'so', 'or', 'then', ',', '—', '-', '(', ';', ':', '"', '“']);
const TRAILING_DROP = new Set(['.', '!', '?', '...', '…', ',', ';', ':', '—', '-']);
/** "Hi Dana, please call the bank": the greeting before the comma is not what a rep rewrites. */
const GREETING = new Set(['hi', 'hello', 'hey', 'dear', 'greetings']);
/** Longer "sentences" are left to the rules (the corpus's longest sentence is far shorter). */
const MAX_UNIT_WORDS = 200;
/** A greeting's name is short; a comma further away belongs to the sentence itself. */
const GREETING_REACH = 5;

// The last draft's units: index.ts primes them from the engine's own tokens and segments, so the
// stacked layer (drafts-stack.ts) does not clean, tokenize and segment the draft a second time
// (that was a fifth of the learned layer's time). Keyed by the text itself, so a stale entry cannot be
// returned; one entry, so memory stays one draft's worth.
let lastText: string | undefined;
let lastUnits: SentenceUnit[] = [];

/** The draft's sentence units in text order. The array may be shared with the next call on the same text: do not change it. */
export function draftSentences(text: string): SentenceUnit[] {
  if (text === lastText) return lastUnits;
  const out = unitsOf(text);
  lastText = text;
  lastUnits = out;
  return out;
}

/**
 * Hands over units the caller already computed from the rule engine's own tokens (index.ts:
 * analyzeWith's onPrepared), so the draft is not cleaned, tokenized and segmented a second time.
 */
export function primeDraftSentences(text: string, units: SentenceUnit[]): void {
  lastText = text;
  lastUnits = units;
}

function unitsOf(text: string): SentenceUnit[] {
  const { regions } = cleanDraft(text);
  const tok = tokenizeRegions(text, regions);
  return unitsFrom(text, tok, segment(tok));
}

/** The sentence units of a draft already tokenized (over cleanDraft's regions) and segmented. */
export function unitsFrom(text: string, tok: Tokens, seg: Segments): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  for (let si = 0; si < seg.sentStart.length; si++) {
    let s = seg.sentStart[si]!;
    let e = seg.sentEnd[si]!;
    if (GREETING.has(tok.norm[s]!)) {
      for (let k = s + 1; k < Math.min(e, s + GREETING_REACH); k++) {
        if (tok.norm[k] === ',') { s = k + 1; break; }
      }
    }
    while (s < e && LEADING_DROP.has(tok.norm[s]!)) s++;
    while (e > s && (tok.flags[e - 1]! & F_PUNCT) && TRAILING_DROP.has(tok.norm[e - 1]!)) e--;
    let words = 0;
    for (let k = s; k < e; k++) if (tok.flags[k]! & F_WORD) words++;
    // A bare name, "Thanks," or a sign-off line: nothing a deflection could hide in.
    if (words < 2) continue;
    // A run-on of hundreds of words (a paste with no punctuation) is no sentence the model was
    // trained on, and scoring it would cost more than the rules did: the rules alone judge it.
    if (words > MAX_UNIT_WORDS) continue;
    const start = tok.start[s]!;
    const end = tok.end[e - 1]!;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
