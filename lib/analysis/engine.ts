import { CATALOG } from './catalog';
import { LEXICON } from './catalog/lexicon';
import { OWNERSHIP_CUES } from './catalog/ownership';
import { CatalogSchema, type Lexicon, type Rule, type RuleInput } from './catalog/schema';
import { cleanDraft } from './clean';
import { compilePatterns, makeParseEnv, PatternIndex, resolveExceptions, vocabId, type CompiledException, type CompiledRule } from './compile';
import * as patternModule from './pattern';
import type { MatchEnv } from './pattern';
import { prepare } from './prepare';
import { bonusMatters, CATEGORY_COUNT, categoryIndex, scoreDraft } from './score';
import * as segmentModule from './segment';
import type { Segments } from './segment';
import { slotsFromContext } from './slots';
import type { Slots } from './template';
import { fillTemplate } from './template';
import * as tokenizeModule from './tokenize';
import type { Tokens } from './tokenize';
import type { DraftAnalysis, Finding, ReplyContext } from './types';
import { WakeFilter } from './wake';
import * as wordSetsModule from './word-sets';
import { buildWordSets, type WordSets } from './word-sets';

// Read once into module constants: the exception checks and the ownership scan use them per
// window and per token, and under tsx each use of an imported name is a getter call (see compile.ts).
const { matchAt, spanBound } = patternModule;
const { clauseEndOf, clauseStartOf } = segmentModule;
const { F_ALLCAPS, F_CAP, F_EMAIL, F_NUM, F_PUNCT, F_URL, F_WORD, reuseArena, zeroedBytes } = tokenizeModule;
const { slotInWordSet } = wordSetsModule;

// The draft analyzer: clean → tokens → sentences/clauses → entities → candidate patterns from
// the index at each token → bounded set-based match → exceptions in bounded windows → one
// finding per category per clause, spanning the clause a rep would rewrite.

/** Caps that keep pathological drafts bounded (a trigger phrase pasted 50,000 times). */
const MAX_MATCHES_PER_RULE = 200;
/** The most findings a draft gets, learned ones included (learned/drafts-stack.ts adds within it). */
export const MAX_FINDINGS = 500;
const MAX_RAW_MATCHES = 4 * MAX_FINDINGS;
/** Overlapping findings of one category merge into one, but never into a span longer than this. */
const MAX_MERGED_CHARS = 600;
/** Two same-category findings of one sentence merge when at most this many characters lie between them. */
const MAX_SENTENCE_GAP_CHARS = 120;
/** A span grows to its clause only when the clause is not much longer than the match. */
const MAX_CLAUSE_GROW = 30;
/** Exception windows never look further than this many tokens from the match. */
const WINDOW_TOKENS = 90;

export interface Engine {
  rules: CompiledRule[];
  index: PatternIndex;
  /** Rule index for each pattern id. */
  ruleOfPattern: number[];
  ownership: { index: PatternIndex; cueOfPattern: number[]; wake: WakeFilter };
  /** The tokens where `index` may find a pattern (a third of a support draft's wake none). */
  wake: WakeFilter;
  /**
   * Every exception pattern, indexed on its anchor like the rules' patterns: an exception window
   * is searched from the anchors in it, not by trying every pattern at every token.
   */
  exceptions: ExceptionIndex;
}

interface ExceptionIndex {
  index: PatternIndex;
  /** Each exception by its number (its bit), and each rule's exceptions as those numbers (by rule index). */
  exceptionOfBit: CompiledException[];
  bitsOfRule: Int32Array[];
  /** Fewest and most tokens from a match's start to its anchor (most: computed on first use, once entity spans are known). */
  minPre: Int32Array;
  maxPre?: Float64Array;
  /** Per anyMatch call: the highest start tried per pattern id (valid where gen matches). */
  tried: Int32Array;
  gen: Int32Array;
  stamp: number;
  /**
   * Per exception (by bit), a bit per vocabulary id (below anchorIds, `rowInts` ints a row): set
   * when that word is an anchor word of a pattern of the exception. Why: a token can hold a
   * pattern of the window's exception only where its lemma or form is one of that exception's
   * anchor words (or where one of its class or prefix anchors applies, otherAnchors), and most
   * window tokens are none. One row per exception, not one per word: a window's lookups then
   * fall in one ~500-byte row, where a row per word spread them over the whole ~110 KB table.
   */
  anchorBits: Int32Array;
  rowInts: number;
  anchorIds: number;
  /**
   * Per exception (by bit), its patterns by anchor word: set k of exWords holds exception k's
   * anchor word ids, and beside each slot of its table the offset and length in exPids of the
   * pattern ids anchored on that word (in id order). Why: a window wants only its exception's
   * patterns at a token, yet it took the token's list of every exception's patterns from the
   * index (kept per token of the draft) and filtered it by owner: ~14 entries per token for
   * one of its own, and listing and filtering them were most of the window scan (profile
   * 2026-11-23). The words are the ids candidates() keys those patterns by, so the patterns
   * looked up here are that list's patterns of the exception.
   */
  exWords: WordSets;
  exSlotStart: Int32Array;
  exSlotLen: Int32Array;
  exPids: Int32Array;
  /**
   * Per exception (by bit), its patterns anchored on a token class or a prefix, tested at a
   * token as candidates() tests them (undefined for the nine in ten anchored on words alone).
   */
  otherAnchors: Array<OtherAnchor[] | undefined>;
  /** Per exception (by bit), whether a draft-scope one holds in this draft: valid where draftGen is draftEpoch (one per analysis). */
  draftHolds: Uint8Array;
  draftGen: Int32Array;
  draftEpoch: number;
}

/** An exception pattern's class or prefix anchor: a token flag, else an entity name, else a prefix of the form. */
interface OtherAnchor { pid: number; flag: number; entity: string | undefined; prefix: string | undefined }

/** The classes candidates() reads from token flags; any other anchor class is an entity name. */
const ANCHOR_FLAGS: Readonly<Record<string, number>> = { NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL };

function buildExceptionIndex(rules: CompiledRule[]): ExceptionIndex {
  const index = new PatternIndex();
  const ownerBit: number[] = [];
  const bitOf = new Map<CompiledException, number>();
  const minPre: number[] = [];
  for (const r of rules) {
    for (const ex of r.exceptions) {
      if (bitOf.has(ex)) continue;
      bitOf.set(ex, bitOf.size);
      for (const cp of ex.patterns) {
        const id = index.add(cp);
        ownerBit[id] = bitOf.get(ex)!;
        minPre[id] = cp.minPre;
      }
    }
  }
  const n = ownerBit.length;
  const count = bitOf.size;
  const otherAnchors: Array<OtherAnchor[] | undefined> = new Array(count).fill(undefined);
  const anchorWords: Array<[number, number]> = [];
  const byWordOf = Array.from({ length: count }, () => new Map<number, number[]>());
  index.patterns.forEach((cp, id) => {
    const bit = ownerBit[id]!;
    const others: OtherAnchor[] = [];
    for (const c of cp.anchor.classes) others.push({ pid: id, flag: ANCHOR_FLAGS[c] ?? 0, entity: ANCHOR_FLAGS[c] ? undefined : c, prefix: undefined });
    for (const x of cp.anchor.prefixes) others.push({ pid: id, flag: 0, entity: undefined, prefix: x });
    if (others.length) (otherAnchors[bit] ??= []).push(...others);
    const m = byWordOf[bit]!;
    for (const w of new Set([...cp.anchor.lemmas, ...cp.anchor.norms])) {
      const wid = vocabId(w);
      anchorWords.push([wid, bit]);
      const list = m.get(wid);
      if (list) list.push(id);
      else m.set(wid, [id]);
    }
  });
  const anchorIds = Math.max(0, ...anchorWords.map(([id]) => id)) + 1;
  const rowInts = Math.ceil(anchorIds / 32);
  const anchorBits = new Int32Array(rowInts * count);
  for (const [id, bit] of anchorWords) anchorBits[bit * rowInts + (id >> 5)]! |= 1 << (id & 31);
  const exWords = buildWordSets(byWordOf.map((m) => new Set(m.keys())));
  const exSlotStart = new Int32Array(exWords.table.length);
  const exSlotLen = new Int32Array(exWords.table.length);
  const exPids: number[] = [];
  byWordOf.forEach((m, bit) => {
    for (const [wid, list] of m) {
      const slot = slotInWordSet(exWords, bit, wid);
      exSlotStart[slot] = exPids.length;
      exSlotLen[slot] = list.length;
      exPids.push(...list);
    }
  });
  return {
    index, exceptionOfBit: [...bitOf.keys()], bitsOfRule: rules.map((r) => Int32Array.from(r.exceptions, (ex) => bitOf.get(ex)!)),
    minPre: Int32Array.from(minPre), tried: new Int32Array(n), gen: new Int32Array(n), stamp: 0, rowInts,
    anchorBits, anchorIds, exWords, exSlotStart, exSlotLen, exPids: Int32Array.from(exPids), otherAnchors,
    draftHolds: new Uint8Array(count), draftGen: new Int32Array(count), draftEpoch: 0,
  };
}

export function buildEngine(rulesInput: RuleInput[] = CATALOG, lexicon: Lexicon = LEXICON): Engine {
  const rules: Rule[] = CatalogSchema.parse(rulesInput);
  const env = makeParseEnv(lexicon);
  const index = new PatternIndex();
  const ruleOfPattern: number[] = [];
  const shared = new Map<string, CompiledException>();
  const compiled: CompiledRule[] = rules.map((rule, ri) => {
    const patternIds: number[] = [];
    for (const src of rule.patterns) {
      try {
        for (const cp of compilePatterns(src, env)) {
          const id = index.add(cp);
          ruleOfPattern[id] = ri;
          patternIds.push(id);
        }
      } catch (e) {
        throw new Error(`rule ${rule.id}: ${(e as Error).message}`, { cause: e });
      }
    }
    return { rule, patternIds, exceptions: resolveExceptions(rule, lexicon, env, shared) };
  });
  const oIndex = new PatternIndex();
  const cueOfPattern: number[] = [];
  OWNERSHIP_CUES.forEach((cue, ci) => {
    for (const src of cue.patterns) for (const cp of compilePatterns(src, env)) cueOfPattern[oIndex.add(cp)] = ci;
  });
  return {
    rules: compiled,
    index,
    ruleOfPattern,
    ownership: { index: oIndex, cueOfPattern, wake: new WakeFilter(oIndex) },
    wake: new WakeFilter(index),
    exceptions: buildExceptionIndex(compiled),
  };
}

let defaultEngine: Engine | undefined;
export function getEngine(): Engine {
  defaultEngine ??= buildEngine();
  return defaultEngine;
}

interface RawMatch { rule: number; start: number; end: number; sentence: number }

/** scanAt's candidate buffer, one for every scan here (analyses never nest): grown once, not per draft. */
const scanCands: number[] = [];

/**
 * The rule scan's state for scanAt's callbacks, which are plain functions: scanAt calls them
 * for every candidate, and closures made per call (each named by the bundler's keepNames)
 * were a measurable share of a short draft's time.
 */
const ruleScan: { ruleOfPattern: number[]; perRule: Int32Array; found: RawMatch[]; sent: number } = { ruleOfPattern: [], perRule: new Int32Array(0), found: [], sent: 0 };
function skipCappedRule(pid: number): boolean {
  return ruleScan.perRule[ruleScan.ruleOfPattern[pid]!]! >= MAX_MATCHES_PER_RULE;
}
function onRuleMatch(pid: number, s: number, e: number): void {
  const ri = ruleScan.ruleOfPattern[pid]!;
  ruleScan.perRule[ri]!++;
  ruleScan.found.push({ rule: ri, start: s, end: e, sentence: ruleScan.sent });
}
function byStartLongestRule(a: RawMatch, b: RawMatch): number {
  return a.start - b.start || b.end - a.end || a.rule - b.rule;
}
function byStartEnd(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Sorts in place, stably (the order Array#sort gives). Matches and findings come in order but
 * for a few moved back a little (a match found at its anchor starts before the matches found
 * at the tokens before it), so an insertion sort does it in about one pass. Array#sort allocated
 * its work space (a twentieth of what a short draft allocated, heap profile 2026-11-22) and
 * called the comparator from the builtin (~1 % of the bench 1 KB draft's time, 2026-11-23).
 * Past a budget of moves (order far from sorted) Array#sort finishes: an element only ever
 * moves back past greater ones, so equal elements keep their first order either way.
 */
function sortUnlessSorted<T>(a: T[], cmp: (x: T, y: T) => number): void {
  let budget = 8 * a.length + 64;
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    if (cmp(a[i - 1]!, x) <= 0) continue;
    let j = i - 1;
    do {
      a[j + 1] = a[j]!;
      j--;
    } while (j >= 0 && cmp(a[j]!, x) > 0 && --budget > 0);
    a[j + 1] = x;
    if (budget <= 0) { a.sort(cmp); return; }
  }
}

/**
 * `onPrepared` sees the draft's tokens and sentences while they are valid (the arrays are reused
 * by the next analysis): the learned layer takes its sentence units from them (index.ts).
 */
export function analyzeWith(engine: Engine, text: string, ctx?: ReplyContext, onPrepared?: (tok: Tokens, seg: Segments) => void): DraftAnalysis {
  if (typeof text !== 'string') text = String(text ?? '');
  // The tokens and tables of the analysis before are not read again (see onPrepared).
  reuseArena();
  const cleaned = cleanDraft(text);
  const { env, seg } = prepare(text, cleaned.regions);
  const tok = env.tok;
  onPrepared?.(tok, seg);

  // 1. Candidate matches around anchor tokens; then leftmost-longest per rule, never
  //    overlapping itself.
  const found: RawMatch[] = [];
  const cands = scanCands;
  const index = engine.index;
  index.beginScan();
  ruleScan.ruleOfPattern = engine.ruleOfPattern;
  ruleScan.perRule = zeroedInt32(engine.rules.length);
  ruleScan.found = found;
  // Enough raw matches to fill the findings cap several times over: stop looking (a trigger
  // phrase pasted thousands of times must not cost thousands of exception checks).
  const wake = engine.wake;
  for (let p = 0; p < tok.length && found.length < MAX_RAW_MATCHES; p++) {
    if (!wake.mayWake(env, p)) continue;
    const sent = (ruleScan.sent = seg.sentenceOf[p]!);
    // No rule can be capped before the draft has MAX_MATCHES_PER_RULE matches in all: until
    // then, no skip test per candidate (a call and a rule-of-pattern load each, mostly a cold
    // line of ruleOfPattern).
    index.scanAt(env, p, seg.sentStart[sent]!, seg.sentenceEnd[p]!, cands, onRuleMatch, found.length >= MAX_MATCHES_PER_RULE ? skipCappedRule : undefined);
  }
  ruleScan.found = [];
  // Ties (two rules on the same words) go to the rule listed first in the catalog, not to
  // whichever anchor the scan happened to reach first.
  sortUnlessSorted(found, byStartLongestRule);
  const raw: RawMatch[] = [];
  // Zeroed, not -1: a start is never below 0 either.
  const lastEnd = zeroedInt32(engine.rules.length);
  for (const m of found) {
    if (m.start < lastEnd[m.rule]!) continue;
    lastEnd[m.rule] = m.end;
    raw.push(m);
  }

  // 2. Exceptions, then spans; one finding per category per clause.
  if (++engine.exceptions.draftEpoch > 2_000_000_000) { engine.exceptions.draftEpoch = 1; engine.exceptions.draftGen.fill(0); }
  const findings: Finding[] = [];
  let slots: ReturnType<typeof slotsFromContext> | undefined;
  // Per category, the last finding and the sentence it sits in (lastFinding, lastSentence);
  // and the rewrite texts made (with the first finding: most drafts have none).
  lastFinding.fill(undefined);
  let rewriteCache: RewriteCache | undefined;
  for (const m of raw) {
    if (findings.length >= MAX_FINDINGS) break;
    const cr = engine.rules[m.rule]!;
    spanOf(m, env, seg);
    const spanS = spanOut.s;
    const spanE = spanOut.e;
    const cat = categoryIndex(cr.rule.category);
    const prev = lastFinding[cat];
    const startChar = tok.start[spanS]!;
    const endChar = tok.end[spanE - 1]!;
    const overlaps = prev !== undefined && prev.end > startChar && prev.start <= startChar;
    // Two clauses of one sentence saying the same kind of thing ("X handles refunds, and any
    // hold-up is on their side") are one deflection to the rep, and one span in the corpus's
    // labels (tests/corpus/README.md): the finding grows to cover both.
    const sameSentence = prev !== undefined && lastSentence[cat] === m.sentence && startChar >= prev.end && startChar - prev.end <= MAX_SENTENCE_GAP_CHARS;
    const merges = prev !== undefined && (overlaps || sameSentence) && endChar - prev.start <= MAX_MERGED_CHARS;
    // A match inside a finding of its category changes nothing whether an exception holds or
    // not, so its exceptions are not checked (18 % of the corpus's raw matches, 2026-11-23).
    if (merges && endChar <= prev.end) continue;
    if (anyExceptionHolds(m, env, seg, engine.exceptions)) continue;
    if (merges) {
      prev.end = endChar;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    const start = tok.start[spanS]!;
    const end = tok.end[spanE - 1]!;
    slots ??= slotsFromContext(ctx ?? {});
    const partner = partnerIn(m, env, text) ?? ctx?.partner;
    const atSentenceStart = spanS === seg.sentStart[m.sentence];
    const texts = rewriteTexts(cr, m.rule, partner, atSentenceStart, endsBeforePunct(text, end), slots, (rewriteCache ??= rewriteCacheFor(engine, slots)));
    const rewrites = texts.map((t, i) => ({ id: rewriteId(i), text: t }));
    const f: Finding = { ruleId: cr.rule.id, category: cr.rule.category, start, end, text: text.slice(start, end), message: cr.rule.message, rewrites };
    findings.push(f);
    lastFinding[cat] = f;
    lastSentence[cat] = m.sentence;
  }
  sortUnlessSorted(findings, byStartEnd);
  // Nothing to analyze (empty, white space, only quoted history): nothing to fault.
  const score = tok.length === 0 ? 100 : scoreDraft(findings, bonusMatters(findings) ? ownershipCounts(engine, env, seg) : NO_CUES);
  return { findings, score, analyzedSpan: cleaned.analyzedSpan };
}

/**
 * analyzeWith's last finding of each category (by categoryIndex) and its sentence, kept from
 * call to call (analyses never nest) and cleared at the start of each: a Map and an entry
 * object per finding were garbage, and its lookups ~0.5 % of the bench 1 KB draft (2026-11-23).
 */
const lastFinding: Array<Finding | undefined> = new Array<Finding | undefined>(CATEGORY_COUNT).fill(undefined);
const lastSentence = new Int32Array(CATEGORY_COUNT);

/** No ownership cue counted (when they cannot change the score, see bonusMatters). */
const NO_CUES: readonly number[] = [0, 0, 0];

/**
 * Per analysis, a rule's rewrite texts by partner and by how the span sits in its sentence
 * (key: rule * 4 + at sentence start * 2 + punctuation after). Why: a draft's findings fill the
 * same templates with the same slots over and over, and building each text again (a slots
 * object, the template, the shaping) was a twentieth of a draft's time (2026-11-22). The
 * texts are strings, so sharing them between findings is safe; each finding still gets its
 * own rewrite objects.
 */
type RewriteCache = Map<string | undefined, Map<number, string[]>>;

/**
 * The rewrite texts made so far, kept from analysis to analysis while the engine and the slot
 * values stay the same. Why: a draft is analysed again at every keystroke with the same reply
 * context, and each analysis filled and shaped the same texts anew (rewriteTexts, shapeRewrite
 * mostly, ~3 % of the bench's 1 KB draft, 2026-11-23). Partners come from the drafts' text, so
 * the cache starts over past MAX_CACHED_PARTNERS of them.
 */
let rewriteMemo: { engine: Engine | undefined; slots: Slots; cache: RewriteCache } = { engine: undefined, slots: {}, cache: new Map() };
const MAX_CACHED_PARTNERS = 32;

function rewriteCacheFor(engine: Engine, slots: Slots): RewriteCache {
  const memo = rewriteMemo;
  if (memo.engine !== engine || memo.cache.size > MAX_CACHED_PARTNERS || !sameSlots(memo.slots, slots)) rewriteMemo = { engine, slots, cache: new Map() };
  return rewriteMemo.cache;
}

function sameSlots(a: Slots, b: Slots): boolean {
  const x = a as Record<string, string | undefined>;
  const y = b as Record<string, string | undefined>;
  for (const k in x) if (x[k] !== y[k]) return false;
  for (const k in y) if (x[k] !== y[k]) return false;
  return true;
}

function rewriteTexts(cr: CompiledRule, rule: number, partner: string | undefined, atSentenceStart: boolean, beforePunct: boolean, slots: Slots, cache: RewriteCache): string[] {
  let byRule = cache.get(partner);
  if (!byRule) cache.set(partner, (byRule = new Map()));
  const key = rule * 4 + (atSentenceStart ? 2 : 0) + (beforePunct ? 1 : 0);
  let texts = byRule.get(key);
  if (texts) return texts;
  const filled = { ...slots, partner: partner ?? slots.partner };
  const names = [filled.partner, filled.customer_first_name, filled.rep_name, filled.company];
  texts = cr.rule.rewrites.map((tpl) => shapeRewrite(fillTemplate(tpl, filled), atSentenceStart, beforePunct, names));
  byRule.set(key, texts);
  return texts;
}

/** Whether the character at `end` is a sentence's closing punctuation (. ! ?). */
function endsBeforePunct(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 46 || c === 33 || c === 63;
}

/** "r1", "r2", …: the same few ids for every finding. */
const REWRITE_IDS: string[] = [];
function rewriteId(i: number): string {
  return (REWRITE_IDS[i] ??= `r${i + 1}`);
}

/** A rewrite's closing "." or "!" (dropped before the sentence's own punctuation); a constant, as a literal is a new RegExp per evaluation. */
const TRAILING_STOPS = /[.!]+$/;

/** "I", "I'll", "I've"… stay capitalized mid-sentence. */
const FIRST_PERSON = /^I(?:['’](?:m|ll|ve|d))?\b/;

/**
 * Fits a rewrite into the sentence it replaces: capitalized at a sentence start, lowercased after
 * "Hi Marco, " (QA 2026-11-22: Apply produced "Hi Marco, They sell on our behalf…") unless it
 * starts with "I" or a name (the partner, the customer, the rep, the company).
 */
function shapeRewrite(s: string, atSentenceStart: boolean, beforePunct: boolean, names: (string | undefined)[]): string {
  let out = s;
  if (beforePunct) out = out.replace(TRAILING_STOPS, '');
  if (!out.length) return out;
  if (atSentenceStart) return out[0]!.toUpperCase() + out.slice(1);
  const startsWithName = names.some((name) => name && out.startsWith(name));
  if (!startsWithName && !FIRST_PERSON.test(out)) out = out[0]!.toLowerCase() + out.slice(1);
  return out;
}

/** The partner a finding talks about: in the match, else the nearest one before it (bounded). */
function partnerIn(m: RawMatch, env: MatchEnv, text: string): string | undefined {
  const inMatch = partnerBetween(m.start, m.end, env, text);
  if (inMatch) return inMatch;
  for (let p = m.start - 1; p >= 0 && m.start - p < 200; p--) {
    const ents = env.entities[p];
    if (!ents) continue;
    for (const e of ents) if ((e.name === 'ORG' || (e.name === 'PARTY' && e.end - p <= 4)) && e.end <= m.start) return text.slice(env.tok.start[p]!, env.tok.end[e.end - 1]!);
  }
  return undefined;
}

function partnerBetween(from: number, to: number, env: MatchEnv, text: string): string | undefined {
  const m = { start: from, end: to };
  for (let p = m.start; p < m.end; p++) {
    const ents = env.entities[p];
    if (!ents) continue;
    for (const e of ents) {
      if (e.name === 'PARTY' || e.name === 'ORG') return text.slice(env.tok.start[p]!, env.tok.end[e.end - 1]!);
    }
  }
  return undefined;
}

const LEADING_DROP = new Set(['and', 'but', 'so', 'or', 'then', ',', '—', '-', '(', ';', ':', 'because', 'as', 'since', 'which', 'while', 'whereas', 'though', 'although', 'yet']);
const TRAILING_DROP = new Set(['.', '!', '?', ',', ';', ':', '...', '—', '-']);
const GREETING = new Set(['hi', 'hello', 'hey', 'dear', 'greetings', 'good', 'thanks', 'thank']);

/** spanOf's answer (read at once): an object per raw match was garbage for nothing. */
const spanOut = { s: 0, e: 0 };

/** The tokens [s, e) a finding of match m spans, into spanOut. */
function spanOf(m: RawMatch, env: MatchEnv, seg: Segments): void {
  const tok = env.tok;
  const sStart = seg.sentStart[m.sentence]!;
  const sEnd = seg.sentEnd[m.sentence]!;
  let s = clauseStartOf(seg, m.start, sStart, MAX_CLAUSE_GROW + 1);
  if (m.start - s > MAX_CLAUSE_GROW) s = m.start;
  let e = clauseEndOf(seg, m.end - 1, sEnd, MAX_CLAUSE_GROW + 1);
  if (e - m.end > MAX_CLAUSE_GROW) e = m.end;
  // A greeting before a comma is not part of the clause ("Hi Sam, please call the bank").
  if (GREETING.has(tok.norm[s]!)) {
    for (let k = s; k < m.start; k++) if (tok.norm[k] === ',') { s = k + 1; break; }
  }
  while (s < m.start && LEADING_DROP.has(tok.norm[s]!)) s++;
  while (e > s + 1 && (tok.flags[e - 1]! & F_PUNCT) && TRAILING_DROP.has(tok.norm[e - 1]!)) e--;
  if (e <= s) e = Math.max(m.end, s + 1);
  spanOut.s = s;
  spanOut.e = e;
}

/** Whether an exception of match m's rule holds around it. */
function anyExceptionHolds(m: RawMatch, env: MatchEnv, seg: Segments, xi: ExceptionIndex): boolean {
  const bits = xi.bitsOfRule[m.rule]!;
  for (let i = 0; i < bits.length; i++) if (exceptionHolds(bits[i]!, m, env, seg, xi)) return true;
  return false;
}

/** Whether exception number `bit` holds around match m. */
function exceptionHolds(bit: number, m: RawMatch, env: MatchEnv, seg: Segments, xi: ExceptionIndex): boolean {
  const tok = env.tok;
  const ex = xi.exceptionOfBit[bit]!;
  if (ex.scope === 'draft') {
    // Once per draft (draftGen / draftHolds by the exception's bit).
    if (xi.draftGen[bit] !== xi.draftEpoch) {
      xi.draftHolds[bit] = anyMatchIndexed(bit, 0, tok.length, env, xi) ? 1 : 0;
      xi.draftGen[bit] = xi.draftEpoch;
    }
    return xi.draftHolds[bit] === 1;
  }
  const sIdx = m.sentence;
  const sStart = seg.sentStart[sIdx]!;
  const sEnd = seg.sentEnd[sIdx]!;
  let from: number;
  let to: number;
  switch (ex.scope) {
    case 'clause':
      from = clauseStartOf(seg, m.start, sStart, WINDOW_TOKENS);
      to = clauseEndOf(seg, m.end - 1, sEnd, WINDOW_TOKENS);
      break;
    case 'sentence':
      from = sStart;
      to = sEnd;
      break;
    case 'before':
      from = seg.sentStart[Math.max(0, sIdx - ex.window)]!;
      to = m.end;
      break;
    case 'after':
      from = m.start;
      to = seg.sentEnd[Math.min(seg.sentEnd.length - 1, sIdx + ex.window)]!;
      break;
    case 'around':
    default:
      from = seg.sentStart[Math.max(0, sIdx - ex.window)]!;
      to = seg.sentEnd[Math.min(seg.sentEnd.length - 1, sIdx + ex.window)]!;
      break;
  }
  from = Math.max(from, m.start - WINDOW_TOKENS);
  to = Math.min(to, m.end + WINDOW_TOKENS);
  return anyMatchIndexed(bit, from, to, env, xi);
}

/**
 * anyMatch from the anchors: a match starting at s in [from, to) holds its anchor token at
 * some a in [s + minPre, s + maxPre], inside the match and so before `to`. Each anchor token in
 * the window wakes only the exception patterns anchored on it, which then try the starts that
 * anchor allows (each start once per call). Same answer as trying every pattern everywhere.
 */
function anyMatchIndexed(bit: number, from: number, to: number, env: MatchEnv, xi: ExceptionIndex): boolean {
  if (!xi.maxPre) {
    // spanBound needs the entity spans, known once a text has been prepared (as here).
    const mp = new Float64Array(xi.index.patterns.length);
    for (let id = 0; id < mp.length; id++) {
      const cp = xi.index.patterns[id]!;
      mp[id] = Math.max(cp.maxPre, spanBound(cp.node));
    }
    xi.maxPre = mp;
  }
  if (++xi.stamp > 2_000_000_000) { xi.stamp = 1; xi.gen.fill(0); }
  const others = xi.otherAnchors[bit];
  const anchorBits = xi.anchorBits;
  const anchorIds = xi.anchorIds;
  const row = bit * xi.rowInts;
  const { lid, nid } = env;
  for (let a = from; a < to; a++) {
    const l = lid[a]!;
    const n = nid[a]!;
    // A pattern anchored on both the lemma and the form is woken twice here; the second time
    // every start it allows has been tried (matchesFrom), so the answer is the same.
    if (l < anchorIds && (anchorBits[row + (l >> 5)]! & (1 << (l & 31))) !== 0 && wordMatchesFrom(bit, l, a, from, to, env, xi)) return true;
    if (n !== l && n < anchorIds && (anchorBits[row + (n >> 5)]! & (1 << (n & 31))) !== 0 && wordMatchesFrom(bit, n, a, from, to, env, xi)) return true;
    if (others !== undefined && othersMatchFrom(others, a, from, to, env, xi)) return true;
  }
  return false;
}

/** Whether a pattern anchored on a class or prefix that applies at token a (as candidates() decides) matches from there. */
function othersMatchFrom(others: OtherAnchor[], a: number, from: number, to: number, env: MatchEnv, xi: ExceptionIndex): boolean {
  const flags = env.tok.flags[a]!;
  const ents = env.entities[a];
  for (const o of others) {
    let applies: boolean;
    if (o.flag !== 0) applies = (flags & o.flag) !== 0;
    else if (o.entity !== undefined) {
      applies = false;
      if (ents !== undefined) for (let i = 0; i < ents.length; i++) if (ents[i]!.name === o.entity) applies = true;
    }
    else applies = env.tok.norm[a]!.startsWith(o.prefix!);
    if (applies && matchesFrom(o.pid, a, from, to, env, xi)) return true;
  }
  return false;
}

/** Whether a pattern of exception `bit` anchored on word id `w` matches from anchor token a. */
function wordMatchesFrom(bit: number, w: number, a: number, from: number, to: number, env: MatchEnv, xi: ExceptionIndex): boolean {
  const slot = slotInWordSet(xi.exWords, bit, w);
  if (slot < 0) return false;
  const off = xi.exSlotStart[slot]!;
  const end = off + xi.exSlotLen[slot]!;
  for (let i = off; i < end; i++) if (matchesFrom(xi.exPids[i]!, a, from, to, env, xi)) return true;
  return false;
}

/**
 * Whether exception pattern pid, woken at anchor token a, matches from a start in [from, a]
 * (within the window [from, to)). Each start is tried once per anyMatchIndexed call (tried,
 * valid where gen is that call's stamp).
 */
function matchesFrom(pid: number, a: number, from: number, to: number, env: MatchEnv, xi: ExceptionIndex): boolean {
  const index = xi.index;
  // The anchor's neighbours, as the rule scan tests them: most exception patterns woken
  // in a window cannot match there, and every start they allow was tried (and its
  // match attempt run) for nothing. No start is marked tried: another anchor may reach it.
  if (!index.neighboursAllow(pid, env, a, from, Math.min(to, env.sentenceEnd[a]!))) return false;
  const stamp = xi.stamp;
  const cp = index.patterns[pid]!;
  const mx = xi.maxPre![pid]!;
  let s = mx === Infinity ? from : Math.max(from, a - mx);
  if (xi.gen[pid] === stamp) s = Math.max(s, xi.tried[pid]! + 1);
  const last = a - xi.minPre[pid]!;
  for (; s <= last; s++) {
    if (!index.mayStartAt(pid, env, s)) continue;
    const limit = Math.min(to, env.sentenceEnd[s]!);
    if (matchAt(cp.node, s, env, limit) > 0) return true;
  }
  if (xi.gen[pid] !== stamp || last > xi.tried[pid]!) { xi.gen[pid] = stamp; xi.tried[pid] = last; }
  return false;
}

function zeroedInt32(n: number): Int32Array {
  const { buffer, offset } = zeroedBytes(4 * n);
  return new Int32Array(buffer, offset, n);
}

/** ownershipCounts' state for scanAt's callback (a plain function, see ruleScan). */
const ownScan = { counts: [] as number[], cueOfPattern: [] as number[], lastEnd: -1 };
function onOwnershipMatch(pid: number, s: number, e: number): void {
  if (s < ownScan.lastEnd) return;
  ownScan.counts[ownScan.cueOfPattern[pid]!]!++;
  ownScan.lastEnd = e;
}

function ownershipCounts(engine: Engine, env: MatchEnv, seg: Segments): number[] {
  const counts = new Array<number>(OWNERSHIP_CUES.length).fill(0);
  const cands = scanCands;
  const tok = env.tok;
  const index = engine.ownership.index;
  index.beginScan();
  ownScan.counts = counts;
  ownScan.cueOfPattern = engine.ownership.cueOfPattern;
  ownScan.lastEnd = -1;
  // The bonus saturates (score.ts): stop once every cue has reached its cap.
  for (let p = 0; p < tok.length && !(counts[0]! >= 2 && counts[1]! >= 2 && counts[2]! >= 1); p++) {
    if (!(tok.flags[p]! & (F_WORD | F_NUM)) && !env.entities[p]) continue;
    if (!engine.ownership.wake.mayWake(env, p)) continue;
    index.scanAt(env, p, seg.sentStart[seg.sentenceOf[p]!]!, seg.sentenceEnd[p]!, cands, onOwnershipMatch);
  }
  return counts;
}
