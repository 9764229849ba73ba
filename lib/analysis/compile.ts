import { ENTITY_GROUPS } from './catalog/entities';
import { LEXICON } from './catalog/lexicon';
import { CLASS_FREQUENCY, WORD_FREQUENCY } from './catalog/word-frequency';
import type { EntityGroup, Exception, Lexicon, Rule } from './catalog/schema';
import * as patternModule from './pattern';
import { internNode, ENTITY_SPAN, ONE_TOKEN_SHAPES, lastSet, secondByFirst, secondSet, type SecondByFirst, spanBound, vocabId, buildDispatch, firstSet, maxLength, minLength, parsePattern, PatternError, type FirstSet, type MatchEnv, type Node, type ParseEnv } from './pattern';
import { NeedTable, needsOf, type Need } from './prefilter';
import * as wordSetsModule from './word-sets';
import { buildWordSets, type WordSets } from './word-sets';
import * as tokenizeModule from './tokenize';
import type { Tokens } from './tokenize';

// What the scan calls or tests per token and per candidate, read once into module constants.
// Why: under tsx an imported name costs more than a local constant at each use: loaded as
// CommonJS (a script outside the package) each use is a call through two getters, 25 times a
// local constant in a flag loop and a twentieth of a corpus pass (profile 2026-11-23); loaded
// as ESM (the bench) the same loop was still 2-3 times slower. The bundled extension is
// unaffected either way.
const { mayContinue, mayContinueFrom, mayFollow, matchAt, couldStart } = patternModule;
const { inTable, inWordSet, slotInTable, slotInWordSet } = wordSetsModule;
const { F_EMAIL, F_NUM, F_URL, F_ALLCAPS, F_CAP, F_PUNCT, F_WORD } = tokenizeModule;

// Turns catalog data into matchers: patterns parsed once, first sets computed, and an index
// from a token's lemma / form / class to the patterns that may start on it.

/**
 * A compiled pattern. `anchor` is its most selective mandatory item: a match must contain a
 * token in the anchor's first set, `minPre`..`maxPre` tokens after the match's start. The
 * index is keyed on anchors, so common words ("the", "you", "be") do not wake up patterns
 * that merely start with them: matching work is spent only around rare words.
 */
export interface CompiledPattern {
  node: Node; first: FirstSet; anchor: FirstSet; minPre: number; maxPre: number; source: string;
  /**
   * Neighbour tests of a wake-up at token p (where the anchor item starts): token p + 1 must be
   * a possible second token (`next`, see secondSet), token p - 1 a possible last token of the
   * items before the anchor (`prev`, see lastSet). Most wake-ups fail one of them, and then no
   * start is tried.
   */
  next?: FirstSet; prev?: FirstSet;
  /** Instead of `next` when one first word lets anything follow: the second token per first word. */
  nextByFirst?: SecondByFirst;
  /** Words a match needs besides its anchor (prefilter.ts): tested before anything else. */
  needs?: Need[];
}

/** Per 10,000 tokens, for a word rarer than every listed one and for a prefix ("apolog*"). */
const RARE_WORD = 0.5;
const PREFIX_COST = 10;

/**
 * How many tokens of ordinary support text wake a pattern anchored on this item: the summed
 * frequencies of its words and classes (catalog/word-frequency.ts). Lower is a better anchor.
 */
function anchorCost(fs: FirstSet): number {
  if (fs.any || fs.nullable) return Infinity;
  let c = 0;
  for (const w of new Set<string>([...fs.lemmas, ...fs.norms])) c += WORD_FREQUENCY[w] ?? RARE_WORD;
  c += fs.prefixes.size * PREFIX_COST;
  for (const k of fs.classes) c += CLASS_FREQUENCY[k] ?? UNCOUNTED_CLASS_FREQUENCY[k] ?? CLASS_FREQUENCY.WORD!;
  return c;
}

/**
 * Shape classes word-frequency.ts does not count, estimated here. Why: counted as WORD (every
 * word), "(on)? NUMDATE" was anchored on "on" as well as NUMDATE, and "on" woke it 3,577 times
 * per corpus pass for 28 matches. NUMDATE ("3/4/2024") is a kind of DATE, so at most as common.
 */
const UNCOUNTED_CLASS_FREQUENCY: Readonly<Record<string, number>> = { NUMDATE: CLASS_FREQUENCY.DATE! };

/**
 * The anchor: the top-level item that wakes the pattern least often, counting that an anchor
 * after optional items is tried from every start they allow (one more try per optional token).
 */
/** Where a pattern is indexed, and the neighbour tests that go with it. */
type Anchored = Pick<CompiledPattern, 'anchor' | 'minPre' | 'maxPre' | 'next' | 'nextByFirst' | 'prev'>;

function chooseAnchor(node: Node): Anchored {
  const whole = firstSet(node);
  let best: Anchored = { anchor: whole, minPre: 0, maxPre: 0, ...neighbours([node], 0) };
  if (node.t !== 'seq') return best;
  let bestCost = anchorCost(whole);
  let minPre = 0;
  let maxPre = 0;
  for (const item of node.items) {
    const fs = firstSet(item);
    const cost = anchorCost(fs) * (1 + (maxPre - minPre) * START_COST);
    if (cost < bestCost) { bestCost = cost; best = { anchor: fs, minPre, maxPre, ...neighbours(node.items, node.items.indexOf(item)) }; }
    minPre += minLength(item);
    maxPre += maxLength(item);
    if (maxPre > 40) break;
  }
  return best;
}

/** The match may end here: what follows the whole pattern is unknown. */
const MATCH_END: FirstSet = { lemmas: new Set(), norms: new Set(), prefixes: new Set(), classes: new Set(), any: false, nullable: true };

/**
 * Neighbour tests for a pattern anchored on items[a] (a match starts where that item starts
 * when a = 0). `next`: what the token after the anchor can be, when the anchor item's first
 * token is always followed by one the pattern constrains. `prev`: how the items before the
 * anchor can end, unless they may be empty.
 */
function neighbours(items: Node[], a: number): Pick<Anchored, 'next' | 'nextByFirst' | 'prev'> {
  const out: Pick<Anchored, 'next' | 'nextByFirst' | 'prev'> = {};
  const byFirst = secondByFirst({ t: 'seq', items: items.slice(a) }, MATCH_END);
  const next = secondSet(byFirst);
  if (!next.any && !next.nullable) { withIds(next); out.next = next; }
  else {
    // Some first word lets anything follow: test the second token per first word instead,
    // when at least one first word constrains it.
    const sets = [...byFirst.words.values(), ...byFirst.classes.values(), ...byFirst.prefixes.values()];
    if (sets.some((fs) => !fs.any && !fs.nullable)) {
      sets.forEach(withIds);
      out.nextByFirst = byFirst;
    }
  }
  // The token before the anchor ends the items before it, unless they can all be empty.
  if (a > 0) {
    const prev = lastSet({ t: 'seq', items: items.slice(0, a) });
    if (!prev.any && !prev.nullable) { withIds(prev); out.prev = prev; }
  }
  return out;
}

/** Each extra start an anchor implies costs this fraction of a wake-up (a cheap first-set test). */
const START_COST = 0.1;

export { VOCAB, vocabId } from './pattern';

/** Code-computed entity classes (token shapes), available to every pattern. */
export const SHAPE_CLASSES: readonly string[] = [...ONE_TOKEN_SHAPES];

export function entityClassNames(groups: EntityGroup[] = ENTITY_GROUPS): Set<string> {
  return new Set<string>([...SHAPE_CLASSES, ...groups.map((g) => g.name)]);
}

export function makeParseEnv(lexicon: Lexicon = LEXICON, groups: EntityGroup[] = ENTITY_GROUPS): ParseEnv {
  return { macros: lexicon.macros, entityClasses: entityClassNames(groups) };
}

export function compilePattern(src: string, env: ParseEnv): CompiledPattern {
  const node = internNode(parsePattern(src, env));
  buildDispatch(node);
  const first = firstSet(node);
  if (first.nullable) throw new PatternError(`pattern can match nothing: "${src}"`);
  if (first.any && node.t !== 'seq') throw new PatternError(`pattern must start with a word or an entity class, not a gap or any-token: "${src}"`);
  if (maxLength(node) > 120) throw new PatternError(`pattern too long: "${src}"`);
  const anchored = chooseAnchor(node);
  if (anchored.anchor.any || anchored.anchor.nullable) throw new PatternError(`pattern needs a word or an entity class to anchor on: "${src}"`);
  withIds(first);
  return { node, first, ...anchored, needs: needsOf(node, anchored.anchor), source: src };
}

/** Gives a first set the vocabulary ids of its words, for integer lookups in couldStart. */
function withIds(fs: FirstSet): void {
  fs.ids = new Set([...fs.lemmas, ...fs.norms].map(vocabId));
  let maxId = 0;
  let lo = 0;
  let hi = 0;
  for (const id of fs.ids) {
    if (id > maxId) maxId = id;
    const bit = id & 63;
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  fs.maxId = maxId;
  fs.bloomLo = lo;
  fs.bloomHi = hi;
  fs.wordsOnly = fs.prefixes.size === 0 && fs.classes.size === 0;
  let mask = 0;
  let entities = false;
  for (const c of fs.classes) {
    const bit = CLASS_FLAGS[c];
    if (bit !== undefined) mask |= bit;
    else entities = true;
  }
  fs.flagMask = mask;
  fs.entityClasses = entities;
}

const CLASS_FLAGS: Record<string, number> = { NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL };

/** Top-level alternatives become separate patterns, each with its own anchor. */
export function compilePatterns(src: string, env: ParseEnv): CompiledPattern[] {
  const whole = compilePattern(src, env);
  if (whole.node.t !== 'alt') return [whole];
  return whole.node.options.map((node) => {
    const cp = compileOption(node, src);
    if (!cp) throw new PatternError(`every alternative needs a word or an entity class to anchor on: "${src}"`);
    return cp;
  });
}

/** An alternative of a compiled pattern as a pattern of its own, or undefined when it has nothing to anchor on. */
function compileOption(node: Node, src: string): CompiledPattern | undefined {
  const first = firstSet(node);
  const anchored = chooseAnchor(node);
  if (first.nullable || anchored.anchor.any || anchored.anchor.nullable) return undefined;
  withIds(first);
  return { node, first, ...anchored, needs: needsOf(node, anchored.anchor), source: src };
}

/**
 * compilePatterns for a pattern whose matches only count as "some match" (an exception's):
 * alternatives nested in a top-level alternative are split as well, each with its own anchor.
 * Why: "@rep_remedy" is an alternation whose first option is another macro's ("@rep_remedy_more",
 * ten options), which as one pattern was anchored on its whole first set ("i", "we", "the",
 * "your") and ran all ten options at each of them: 12 match attempts and two thirds of the
 * exception matching time in the bench's 1 KB draft, for no match (2026-11-23). A match of
 * the alternation is a match of one of its options, so the answer is the same. Rules keep
 * compilePatterns: their matches are counted against caps, and a split would count more.
 */
export function compileAnyOf(src: string, env: ParseEnv): CompiledPattern[] {
  return compilePatterns(src, env).flatMap(splitNested);
}

function splitNested(cp: CompiledPattern): CompiledPattern[] {
  if (cp.node.t !== 'alt') return [cp];
  const options = cp.node.options.map((node) => compileOption(node, cp.source));
  // An option without an anchor of its own (all optional, say) keeps the alternation whole.
  if (options.some((o) => o === undefined)) return [cp];
  return options.flatMap((o) => splitNested(o!));
}

/** Tokens in a sentence past which scanAt keeps per-word lists of live candidates (liveCandidates). */
const LONG_SENTENCE = 1000;

/** An index from token keys to pattern ids, so only plausible patterns are tried at a token. */
export class PatternIndex {
  /** Pattern ids by the vocabulary id of an anchor word (lemma or form). */
  private byWord: Array<number[] | undefined> = [];
  private byClass = new Map<string, number[]>();
  private byPrefix: Array<[string, number]> = [];
  readonly patterns: CompiledPattern[] = [];
  private stamp: Int32Array = new Int32Array(0);
  /**
   * Highest start already tried per pattern in the current scan, plus triedBase. Each scan
   * starts its base above every value stored before, so stale values read as "none tried"
   * without clearing the array (filling it for each index on each draft was 1.5 % of the
   * corpus's time, profile 2026-11-22).
   */
  private lastTried = new Int32Array(0);
  private triedBase = 2;
  private triedTop = 0;
  private stampGen = 0;
  /** The patterns' needs and the sentence being scanned (rebuilt when patterns were added). */
  private needs = new NeedTable();

  add(p: CompiledPattern): number {
    const id = this.patterns.length;
    this.patterns.push(p);
    const push = (m: Map<string, number[]>, k: string) => {
      const a = m.get(k);
      if (a) { if (a[a.length - 1] !== id) a.push(id); } else m.set(k, [id]);
    };
    for (const w of new Set([...p.anchor.lemmas, ...p.anchor.norms])) {
      const vid = vocabId(w);
      const a = this.byWord[vid];
      if (a) { if (a[a.length - 1] !== id) a.push(id); } else this.byWord[vid] = [id];
    }
    p.anchor.classes.forEach((c) => push(this.byClass, c));
    p.anchor.prefixes.forEach((x) => this.byPrefix.push([x, id]));
    this.liveVersion++;
    return id;
  }

  beginScan(): void {
    this.triedBase = this.triedTop + 2;
    // A fresh array long before last + triedBase could overflow (a draft has < 2^29 tokens).
    if (this.triedBase > 1 << 30 || this.lastTried.length !== this.patterns.length) {
      this.lastTried = new Int32Array(this.patterns.length);
      this.triedBase = 2;
      this.triedTop = 0;
    }
    this.newDeadGen();
    if (++this.skipGen > 2_000_000_000) { this.skipGen = 1; this.skipped.fill(0); }
  }

  /**
   * In long sentences (LONG_SENTENCE), patterns dropped for the rest of the sentence (deadGen)
   * or of the scan (skipGen). Why: one
   * giant sentence (1 MB without punctuation) wakes the same patterns at every repetition of
   * their anchor, and nearly all of them failed the same needs test or sat in a capped rule
   * each time (1.2 M such candidates for 200 k tokens). A need unmet from `from` on stays
   * unmet for every later anchor of the sentence (`from` only grows with p), and the callers'
   * skip is monotone within a scan, so a drop is final; results do not change.
   */
  private dead = new Int32Array(0);
  private deadGen = 0;
  private skipped = new Int32Array(0);
  private skipGen = 0;
  private deadEnv: MatchEnv | undefined;
  private deadStart = -1;
  private deadLimit = -1;
  private deadP = -1;

  private drop(marks: Int32Array, pid: number, gen: number): void {
    marks[pid] = gen;
    this.liveVersion++;
  }

  private newDeadGen(): void {
    this.liveVersion++;
    if (++this.deadGen > 2_000_000_000) { this.deadGen = 1; this.dead.fill(0); }
  }

  /**
   * Every match of every pattern whose anchor is at token p: tries each start the anchor
   * allows (never one already tried in this scan), calling found(patternId, start, end) with
   * the longest match at that start. `skip(pid)` lets the caller drop capped patterns: once
   * true it must stay true until the next beginScan (in a long sentence the pattern is not
   * asked again).
   */
  scanAt(env: MatchEnv, p: number, sentStart: number, limit: number, cands: number[], found: (pid: number, start: number, end: number) => void, skip?: (pid: number) => boolean): void {
    if (this.dead.length !== this.patterns.length) {
      this.dead = new Int32Array(this.patterns.length);
      this.skipped = new Int32Array(this.patterns.length);
    }
    if (this.lastTried.length !== this.patterns.length) {
      // Patterns added since beginScan: none of theirs tried yet (0 is below triedBase).
      const grown = new Int32Array(this.patterns.length);
      grown.set(this.lastTried.subarray(0, Math.min(grown.length, this.lastTried.length)));
      this.lastTried = grown;
    }
    // Drops pay off only where a sentence repeats its words thousands of times; elsewhere they
    // were a few per cent of a short draft's scan.
    const long = limit - sentStart > LONG_SENTENCE;
    if (long) {
      if (env !== this.deadEnv || sentStart !== this.deadStart || limit !== this.deadLimit || p < this.deadP) {
        this.newDeadGen();
        this.deadEnv = env;
        this.deadStart = sentStart;
        this.deadLimit = limit;
      }
      this.deadP = p;
    }
    const needs = this.needs;
    if (needs.size !== this.patterns.length) needs.build(this.patterns);
    let n: number;
    if (long) {
      n = this.liveCandidates(env, p, cands);
      if (n === 0) return;
      needs.enter(env, sentStart, limit);
    } else {
      // Entered before the candidates are listed: candidates() tests their needs.
      needs.enter(env, sentStart, limit);
      n = this.candidates(env, p, cands, limit, sentStart);
      if (n === 0) return;
    }
    const vocab = env.vocab ?? -1;
    const pat = this.pat;
    // candidates() tested every pattern it listed.
    const needsDone = !long && this.needFilter;
    for (let ci = 0; ci < n; ci++) {
      const pid = cands[ci]!;
      if (skip && skip(pid)) { if (long) this.drop(this.skipped, pid, this.skipGen); continue; }
      if (!needsDone && !needs.meets(pid, Math.max(sentStart, p - (pat[PAT * pid + P_PRE]! >>> 16)), vocab)) { if (long) this.drop(this.dead, pid, this.deadGen); continue; }
      if (!this.neighboursAllow(pid, env, p, sentStart, limit)) continue;
      const base = this.triedBase;
      const pre = pat[PAT * pid + P_PRE]!;
      let s = Math.max(p - (pre >>> 16), sentStart, this.lastTried[pid]! - base + 1);
      const last = p - (pre & 0xffff);
      for (; s <= last; s++) {
        if (!this.mayStartAt(pid, env, s)) continue;
        // The pattern object only now: most candidates never get here (see pat).
        const e = matchAt(this.patterns[pid]!.node, s, env, limit);
        if (e > s) found(pid, s, e);
      }
      if (last + base > this.lastTried[pid]!) {
        this.lastTried[pid] = last + base;
        if (last + base > this.triedTop) this.triedTop = last + base;
      }
    }
  }

  /**
   * In a long sentence, the candidates at p without the dropped ones, from a list kept per
   * word. Why: in one giant sentence (1 MB without punctuation) most candidates of a word are
   * dropped for good after its first occurrences, yet candidates() listed them again at each
   * of its thousands of occurrences. A kept list is valid while no drop happened since it was
   * made (liveVersion) and only for tokens keyedByWord.
   */
  private liveCandidates(env: MatchEnv, p: number, out: number[]): number {
    const l = env.lid[p]!;
    const f = env.nid[p]!;
    const byWord = this.keyedByWord(env, p);
    const kept = byWord ? this.live[l] : undefined;
    if (kept !== undefined && kept.version === this.liveVersion && kept.nid === f) {
      const ids = kept.ids;
      for (let i = 0; i < kept.n; i++) out[i] = ids[i]!;
      return kept.n;
    }
    const all = this.candidates(env, p, out);
    const dead = this.dead;
    const skipped = this.skipped;
    let n = 0;
    for (let i = 0; i < all; i++) {
      const pid = out[i]!;
      if (dead[pid] !== this.deadGen && skipped[pid] !== this.skipGen) out[n++] = pid;
    }
    if (byWord) {
      let entry = kept;
      if (entry === undefined || entry.ids.length < n) this.live[l] = entry = { version: 0, nid: 0, n: 0, ids: new Int32Array(Math.max(4, n)) };
      for (let i = 0; i < n; i++) entry.ids[i] = out[i]!;
      entry.version = this.liveVersion;
      entry.nid = f;
      entry.n = n;
    }
    return n;
  }

  /** Per lemma id, the live candidates of its last long-sentence token (see liveCandidates). */
  private live: Array<{ version: number; nid: number; n: number; ids: Int32Array } | undefined> = [];
  /** Bumped at every drop and every new sentence or scan: kept live lists older than it are stale. */
  private liveVersion = 0;

  /**
   * Whether candidates(env, p) depends on the token's word alone (its lemma and form ids): a
   * known form (its id fixes the form the prefixes test) and no class or entity anchor at p.
   */
  keyedByWord(env: MatchEnv, p: number): boolean {
    // classApplies reads what flatten computes.
    if (this.flatFor !== this.patterns.length) this.flatten();
    return env.nid[p]! !== 0 && !(this.byClass.size > 0 && this.classApplies(env, p));
  }

  /**
   * Pattern ids whose anchor may be token p (each once), in a fixed order (callers' results
   * depend on it). Given the sentence's `limit`, word-anchored patterns whose next token must
   * be one of a few words are listed only when the Bloom filter of those words may hold token
   * p + 1 (see wordNextLo): the test neighboursAllow would make first, read from arrays that
   * run alongside the list. Why: half the candidates of the corpus failed it, each after a
   * skip test and a needs test (2026-11-22). Without `limit` the list depends on the word alone.
   * Given also the sentence's start, the same for the token before (wordPrevLo), where there is one.
   */
  candidates(env: MatchEnv, p: number, out: number[], limit = -1, sentStart = -1): number {
    if (this.flatFor !== this.patterns.length) this.flatten();
    const rec = this.wordRec;
    const words = this.recWords;
    const wl = this.wordList;
    const lid = env.lid[p]!;
    const nid = env.nid[p]!;
    // The Bloom bits of token p + 1's ids (all bits: no filtering; the sentence's last token
    // is left to neighboursAllow, a rare case).
    const filter = limit >= 0 && p + 1 < limit;
    const next = filter ? (1 << (env.lid[p + 1]! & 31)) | (1 << (env.nid[p + 1]! & 31)) : -1;
    const prev = filter && sentStart >= 0 && p > sentStart ? (1 << (env.lid[p - 1]! & 31)) | (1 << (env.nid[p - 1]! & 31)) : -1;
    this.next = next;
    this.prev = prev;
    // The needs too, when a scan has entered this sentence (scanAt) and every need word has
    // an id in this text.
    this.vocab = env.vocab ?? -1;
    this.needFilter = filter && sentStart >= 0 && this.vocab >= this.maxNeedId;
    this.sentStart = sentStart;
    this.anchorAt = p;
    let a0 = 0;
    let a1 = 0;
    let b0 = 0;
    let b1 = 0;
    if (lid && lid < words) { a0 = rec[WORD_REC * lid]!; a1 = rec[WORD_REC * lid + WORD_REC]!; }
    if (nid && nid !== lid && nid < words) { b0 = rec[WORD_REC * nid]!; b1 = rec[WORD_REC * nid + WORD_REC]!; }
    const tok = env.tok;
    const others = this.byPrefix.length > 0 || (this.byClass.size > 0 && this.classApplies(env, p));
    // One list alone has no duplicates: copied without the stamps.
    if (!others && (a0 === a1 || b0 === b1)) {
      let count = 0;
      if (!filter) {
        for (let i = a0; i < a1; i++) out[count++] = wl[i]!;
        for (let i = b0; i < b1; i++) out[count++] = wl[i]!;
        return count;
      }
      const en = this.entries;
      const needFilter = this.needFilter;
      const needs = this.needs;
      // One of the two ranges is empty.
      const e0 = a0 === a1 ? b0 : a0;
      const e1 = a0 === a1 ? b1 : a1;
      for (let i = e0 * ENTRY; i < e1 * ENTRY; i += ENTRY) {
        // Both Bloom tests in one branch (x | -x is negative exactly when x is not 0): each
        // passes about half the time, at random, and a branch per test mispredicted often.
        const x = en[i]! & next;
        const y = en[i + 1]! & prev;
        if (((x | -x) & (y | -y)) >= 0) continue;
        const pm = en[i + 2]!;
        if (needFilter && !needs.metIn(en[i + 3]! & NEED_FROM, (en[i + 3]! & NEED_FROM) + (en[i + 3]! >>> NEED_COUNT_SHIFT), Math.max(sentStart, p - (pm >>> 16)))) continue;
        out[count++] = pm & 0xffff;
      }
      return count;
    }
    this.count = 0;
    if (this.stamp.length !== this.patterns.length) this.stamp = new Int32Array(this.patterns.length);
    if (this.stampGen > 2_000_000_000) { this.stampGen = 0; this.stamp.fill(0); }
    const gen = ++this.stampGen;
    this.takeRange(a0, a1, gen, out);
    this.takeRange(b0, b1, gen, out);
    const tested = this.count;
    const norm = tok.norm[p]!;
    if (this.byPrefix.length) for (const [x, id] of this.byPrefix) if (norm.startsWith(x) && this.stamp[id] !== gen) { this.stamp[id] = gen; out[this.count++] = id; }
    if (this.byClass.size) {
      const f = tok.flags[p]!;
      if (f & F_NUM) this.take(this.byClass.get('NUM'), gen, out);
      if (f & F_CAP) this.take(this.byClass.get('CAP'), gen, out);
      if (f & F_ALLCAPS) this.take(this.byClass.get('ALLCAPS'), gen, out);
      if (f & F_URL) this.take(this.byClass.get('URL'), gen, out);
      if (f & F_EMAIL) this.take(this.byClass.get('EMAIL'), gen, out);
      const ents = env.entities[p];
      if (ents) for (const e of ents) this.take(this.byClass.get(e.name), gen, out);
    }
    // Patterns listed by prefix or class went untested.
    if (this.count !== tested) this.needFilter = false;
    return this.count;
  }

  private count = 0;

  /**
   * byWord as one list and a record per word id (pattern ids of word w at
   * wordList[wordRec[WORD_REC * w] .. wordRec[WORD_REC * (w + 1)]]):
   * a lookup per token reads one or two cache lines instead of an array of arrays (rebuilt
   * when patterns were added). The record also holds the word's range in the NeedTable's
   * lists (NeedTable.useWordRecords), read by its mark for every token of a sentence. Why one
   * record: a token's word costs one cache line for the wake test, the candidates and the
   * marks instead of one per array, and a draft's words are mostly cold (about half of a
   * corpus draft's time is cache misses, 2026-11-23).
   */
  private wordRec = new Int32Array(0);
  private recWords = 0;

  /**
   * The per-word records (see wordRec and WORD_REC), for wake.ts's test of the same words:
   * word id w is an anchor word exactly when records[stride * w] < records[stride * (w + 1)].
   */
  anchorRecords(): { records: Int32Array; words: number; stride: number } {
    if (this.flatFor !== this.patterns.length) this.flatten();
    return { records: this.wordRec, words: this.recWords, stride: WORD_REC };
  }
  private wordList = new Int32Array(0);
  /** The Bloom bits (folded, as in entries) of the token after the one candidates() lists for (all set: no filtering). */
  private next = -1;
  /** The same for the token before. */
  private prev = -1;
  /**
   * Per wordList entry, side by side (ENTRY ints each): the Bloom filter of the pattern's next
   * set where it is words only (QUICK_NEXT), else all bits set, folded to 32 bits (bit i for
   * bits i and i + 32 of nextBits: it passes whatever they pass); the same of its prev set
   * (QUICK_PREV); the pattern id and its maxPre (16 bits each); its need range in the
   * NeedTable (metIn; start, and length from bit NEED_COUNT_SHIFT on).
   * Why side by side: the filter loop of candidates() read six arrays per entry, and its needs
   * test three more of the NeedTable by pattern id. Why 16 bytes, four to a cache line: the
   * rule index's entries were 254 KB, a quarter of a core's L2 cache, and a draft's words
   * are cold after the previous draft (2026-11-23).
   * Why the needs here: candidates() drops a pattern whose needs are not met from its earliest
   * start on, the test scanAt's needs.meets makes first, without the candidate's skip test and
   * call (84 % of the corpus's candidates failed their needs, 367k of 436k per pass,
   * 2026-11-23). Where every listed pattern was tested (needFilter still set after
   * candidates()), scanAt does not test them again. All needs, not only a first one without
   * common words: half the candidates that passed that one failed another in scanAt.
   */
  private entries = new Int32Array(0);
  private maxNeedId = 0;
  private needFilter = false;
  private sentStart = -1;
  private anchorAt = -1;
  private vocab = -1;

  /** Whether list entry i's needs (if tested) are met from its earliest start (maxIdOf is below vocab where needFilter is set). */
  private needsMet(i: number): boolean {
    const en = this.entries;
    const at = i * ENTRY;
    const nf = en[at + 3]!;
    return !this.needFilter || this.needs.metIn(nf & NEED_FROM, (nf & NEED_FROM) + (nf >>> NEED_COUNT_SHIFT), Math.max(this.sentStart, this.anchorAt - (en[at + 2]! >>> 16)));
  }

  /** The words-only first / next / prev sets (QUICK_FIRST / NEXT / PREV) as tables, by pattern id. */
  private firstWords: WordSets = buildWordSets([]);
  private nextWords: WordSets = buildWordSets([]);
  private prevWords: WordSets = buildWordSets([]);
  /**
   * Where QUICK_BY_FIRST: the first words of a pattern's nextByFirst as a table by pattern id
   * (byFirstKeys), and beside each key slot what follows it (byFirstValue: 0 anything, k > 0
   * the words-only set k - 1 of byFirstSeconds).
   * Why: mayContinueFrom looked the token's lemma and form up in a Map of strings and then
   * asked a FirstSet object, and entity patterns ask it at most of their wake-ups (two thirds
   * of the entity scan's neighbour tests, 2026-11-23).
   */
  private byFirstKeys: WordSets = buildWordSets([]);
  private byFirstValue = new Int32Array(0);
  private byFirstSeconds: WordSets = buildWordSets([]);
  /** Per pattern, what its tests read (see PAT), in one record: a few cache lines fewer per candidate. */
  private pat = new Int32Array(0);
  private flatFor = 0;
  /** The classes byClass lists (see classApplies). */
  private classNames: string[] = [];
  /** Token flags of the token classes byClass lists. */
  private classFlags = 0;

  private flatten(): void {
    const n = this.byWord.length;
    const start = new Int32Array(n + 1);
    let total = 0;
    for (let w = 0; w < n; w++) { start[w] = total; total += this.byWord[w]?.length ?? 0; }
    start[n] = total;
    const list = new Int32Array(total);
    for (let w = 0; w < n; w++) { const a = this.byWord[w]; if (a) list.set(a, start[w]!); }
    this.wordList = list;
    this.classFlags = 0;
    for (const c of this.byClass.keys()) this.classFlags |= CLASS_FLAGS[c] ?? 0;
    this.classNames = [...this.byClass.keys()];
    const count = this.patterns.length;
    // Per pattern: QUICK_* bits where a neighbour or first set is words only, and those sets'
    // Bloom filters (two ints each); only read here, into entries and pat.
    const quickOf = new Uint8Array(count);
    const nextBits = new Int32Array(2 * count);
    const prevBits = new Int32Array(2 * count);
    const firstBits = new Int32Array(2 * count);
    this.patterns.forEach((cp, pid) => {
      if (wordsOnly(cp.first)) {
        quickOf[pid]! |= QUICK_FIRST;
        firstBits[2 * pid] = cp.first.bloomLo!;
        firstBits[2 * pid + 1] = cp.first.bloomHi!;
      }
      if (cp.next && wordsOnly(cp.next) && !cp.next.spanClasses) {
        quickOf[pid]! |= QUICK_NEXT;
        nextBits[2 * pid] = cp.next.bloomLo!;
        nextBits[2 * pid + 1] = cp.next.bloomHi!;
      }
      if (cp.prev && wordsOnly(cp.prev) && !cp.prev.endClasses) {
        quickOf[pid]! |= QUICK_PREV;
        prevBits[2 * pid] = cp.prev.bloomLo!;
        prevBits[2 * pid + 1] = cp.prev.bloomHi!;
      }
    });
    const byFirstMaxId = this.flattenByFirst(quickOf);
    if (this.needs.size !== this.patterns.length) this.needs.build(this.patterns);
    this.entries = new Int32Array(ENTRY * list.length);
    list.forEach((pid, i) => {
      const at = ENTRY * i;
      const quick = quickOf[pid]!;
      // Each Bloom filter folded to 32 bits: bit i stands for bits i and i + 32.
      this.entries[at] = quick & QUICK_NEXT ? nextBits[2 * pid]! | nextBits[2 * pid + 1]! : -1;
      this.entries[at + 1] = quick & QUICK_PREV ? prevBits[2 * pid]! | prevBits[2 * pid + 1]! : -1;
      const maxPre = this.patterns[pid]!.maxPre;
      const from = this.needs.needFrom(pid);
      const count = this.needs.needFrom(pid + 1) - from;
      if (pid > 0xffff || maxPre > 0x7fff || from > NEED_FROM || count > 7) throw new Error('PatternIndex: too many patterns or needs for an entry');
      this.entries[at + 2] = pid | (maxPre << 16);
      this.entries[at + 3] = from | (count << NEED_COUNT_SHIFT);
    });
    const words = Math.max(n, this.needs.words);
    const rec = new Int32Array(WORD_REC * (words + 1));
    for (let w = 0; w <= words; w++) {
      const at = WORD_REC * w;
      rec[at] = start[Math.min(w, n)]!;
      rec[at + 1] = this.needs.wordStart(w);
    }
    this.wordRec = rec;
    this.recWords = words;
    this.needs.useWordRecords(rec, words, WORD_REC, 1);
    this.maxNeedId = this.needs.maxNeedId;
    this.firstWords = buildWordSets(this.patterns.map((cp, pid) => (quickOf[pid]! & QUICK_FIRST ? cp.first.ids : undefined)));
    this.nextWords = buildWordSets(this.patterns.map((cp, pid) => (quickOf[pid]! & QUICK_NEXT ? cp.next!.ids : undefined)));
    this.prevWords = buildWordSets(this.patterns.map((cp, pid) => (quickOf[pid]! & QUICK_PREV ? cp.prev!.ids : undefined)));
    this.pat = new Int32Array(PAT * count);
    this.patterns.forEach((cp, pid) => {
      const r = PAT * pid;
      const quick = quickOf[pid]!;
      let head = quick;
      // QUICK_BY_FIRST patterns too: their tables do not answer for a text prepared before their key words had ids.
      if (!(quick & QUICK_NEXT) && (cp.next || cp.nextByFirst)) head |= SLOW_NEXT;
      if (!(quick & QUICK_PREV) && cp.prev) head |= SLOW_PREV;
      if (byFirstMaxId[pid]! >= 1 << (31 - HEAD_SHIFT) || cp.maxPre > 0xffff || cp.minPre > 0xffff) throw new Error('PatternIndex: a pattern too long or a word id too large for its record');
      this.pat[r] = head | (byFirstMaxId[pid]! << HEAD_SHIFT);
      this.pat[r + P_PRE] = (cp.maxPre << 16) | cp.minPre;
      const sets: Array<[number, Int32Array, WordSets]> = [[P_NEXT, nextBits, this.nextWords], [P_PREV, prevBits, this.prevWords], [P_FIRST, firstBits, this.firstWords]];
      for (const [at, bits, words] of sets) {
        this.pat[r + at] = bits[2 * pid]!;
        this.pat[r + at + 1] = bits[2 * pid + 1]!;
        this.pat[r + at + 2] = words.at[pid]!;
        this.pat[r + at + 3] = words.mask[pid]!;
      }
      this.pat[r + P_BY_FIRST_AT] = this.byFirstKeys.at[pid]!;
      this.pat[r + P_BY_FIRST_AT + 1] = this.byFirstKeys.mask[pid]!;
    });
    this.flatFor = this.patterns.length;
  }

  /**
   * Builds the QUICK_BY_FIRST tables (see byFirstKeys) for patterns whose nextByFirst has word
   * keys only, each free or words-only, marking them in quickOf; returns each pattern's largest
   * key id (0 for the others).
   */
  private flattenByFirst(quickOf: Uint8Array): Int32Array {
    const keySets: Array<Set<number> | undefined> = [];
    const seconds: Array<Set<number>> = [];
    const valueOf: Array<Map<number, number>> = [];
    const byFirstMaxId = new Int32Array(this.patterns.length);
    this.patterns.forEach((cp, pid) => {
      const b = cp.nextByFirst;
      if (!b || quickOf[pid]! & QUICK_NEXT || cp.next || b.classes.size || b.prefixes.size) return;
      const values = new Map<number, number>();
      const added = seconds.length;
      for (const [w, fs] of b.words) {
        // Keys are anchor words, which have ids (add); looked up, never registered here.
        const id = patternModule.VOCAB.get(w);
        if (id === undefined || !(fs.any || fs.nullable || (fs.wordsOnly && !fs.spanClasses && fs.ids))) { seconds.length = added; return; }
        if (fs.any || fs.nullable) { values.set(id, 0); continue; }
        seconds.push(fs.ids!);
        values.set(id, seconds.length);
      }
      keySets[pid] = new Set(values.keys());
      valueOf[pid] = values;
      byFirstMaxId[pid] = Math.max(0, ...values.keys());
      quickOf[pid]! |= QUICK_BY_FIRST;
    });
    this.byFirstKeys = buildWordSets(this.patterns.map((_, pid) => keySets[pid]));
    this.byFirstSeconds = buildWordSets(seconds);
    this.byFirstValue = new Int32Array(this.byFirstKeys.table.length);
    valueOf.forEach((values, pid) => {
      if (!values) return;
      for (const [id, v] of values) this.byFirstValue[slotInWordSet(this.byFirstKeys, pid, id)] = v;
    });
    return byFirstMaxId;
  }

  /**
   * mayContinueFrom for a QUICK_BY_FIRST pattern, from its tables: what may follow token p's
   * lemma, then its form, lets token p + 1 (before `limit`) continue.
   */
  private byFirstAllows(pid: number, env: MatchEnv, p: number, limit: number): boolean {
    const l = env.lid[p]!;
    const n = env.nid[p]!;
    const r = PAT * pid;
    const table = this.byFirstKeys.table;
    const at = this.pat[r + P_BY_FIRST_AT]!;
    const mask = this.pat[r + P_BY_FIRST_AT + 1]!;
    if (this.byFirstFollows(slotInTable(table, at, mask, l), env, p, limit)) return true;
    return n !== l && this.byFirstFollows(slotInTable(table, at, mask, n), env, p, limit);
  }

  private byFirstFollows(slot: number, env: MatchEnv, p: number, limit: number): boolean {
    if (slot < 0) return false;
    const v = this.byFirstValue[slot]!;
    if (v === 0) return true;
    const q = p + 1;
    return q < limit && (inWordSet(this.byFirstSeconds, v - 1, env.lid[q]!) || inWordSet(this.byFirstSeconds, v - 1, env.nid[q]!));
  }

  /**
   * The neighbour tests of pattern pid woken at token p (its anchor item starting there): the
   * token after it (before `limit`) and the token before it (after `sentStart`) must be ones the
   * pattern allows. Where a neighbour set is words only, its Bloom filter and then its table
   * (word-sets.ts) decide from flat arrays exactly what mayContinue / mayFollow would: a
   * rejection then does not touch the pattern's objects at all (see flatten).
   */
  neighboursAllow(pid: number, env: MatchEnv, p: number, sentStart: number, limit: number): boolean {
    if (this.flatFor !== this.patterns.length) this.flatten();
    const pat = this.pat;
    const r = PAT * pid;
    const head = pat[r]!;
    const { lid, nid } = env;
    if (head & QUICK_NEXT) {
      const q = p + 1;
      if (q >= limit || !(inBits(pat, r + P_NEXT, lid[q]!) || inBits(pat, r + P_NEXT, nid[q]!))) return false;
      const table = this.nextWords.table;
      const at = pat[r + P_NEXT + 2]!;
      const mask = pat[r + P_NEXT + 3]!;
      if (!(inTable(table, at, mask, lid[q]!) || inTable(table, at, mask, nid[q]!))) return false;
    }
    if (head & QUICK_PREV) {
      const q = p - 1;
      if (p <= sentStart || !(inBits(pat, r + P_PREV, lid[q]!) || inBits(pat, r + P_PREV, nid[q]!))) return false;
      const table = this.prevWords.table;
      const at = pat[r + P_PREV + 2]!;
      const mask = pat[r + P_PREV + 3]!;
      if (!(inTable(table, at, mask, lid[q]!) || inTable(table, at, mask, nid[q]!))) return false;
    }
    // Every key word had an id when this text was prepared: the tables answer as mayContinueFrom.
    if (head & QUICK_BY_FIRST && head >>> HEAD_SHIFT <= (env.vocab ?? -1)) {
      if (!this.byFirstAllows(pid, env, p, limit)) return false;
    } else if (head & SLOW_NEXT) {
      const cp = this.patterns[pid]!;
      if (cp.next ? !mayContinue(cp.next, env, p, limit) : cp.nextByFirst && !mayContinueFrom(cp.nextByFirst, env, p, limit)) return false;
    }
    if (head & SLOW_PREV && !mayFollow(this.patterns[pid]!.prev!, env, p, sentStart)) return false;
    return true;
  }

  /**
   * couldStart(first set of pattern pid) at token s. A words-only first set is decided from flat
   * arrays, its Bloom filter and then its table (word-sets.ts): most starts tried are rejected,
   * and couldStart's reads of the set object (and its Set lookup) were a twentieth of a draft's
   * time (profile 2026-11-22).
   */
  mayStartAt(pid: number, env: MatchEnv, s: number): boolean {
    if (this.flatFor !== this.patterns.length) this.flatten();
    const pat = this.pat;
    const r = PAT * pid;
    if (!(pat[r]! & QUICK_FIRST)) return couldStart(this.patterns[pid]!.first, env, s);
    const lid = env.lid[s]!;
    const nid = env.nid[s]!;
    if (!(inBits(pat, r + P_FIRST, lid) || inBits(pat, r + P_FIRST, nid))) return false;
    const table = this.firstWords.table;
    const at = pat[r + P_FIRST + 2]!;
    const mask = pat[r + P_FIRST + 3]!;
    return inTable(table, at, mask, lid) || inTable(table, at, mask, nid);
  }

  /** Whether a class list of this index applies at token p (its flag, or an entity starting there). */
  private classApplies(env: MatchEnv, p: number): boolean {
    if ((env.tok.flags[p]! & this.classFlags) !== 0) return true;
    const ents = env.entities[p];
    if (ents === undefined) return false;
    // Names compared by identity against a short list, not hashed into byClass: entity
    // tokens are asked at every scan of every index (a few per cent of a big draft).
    const names = this.classNames;
    for (let i = 0; i < ents.length; i++) {
      const name = ents[i]!.name;
      for (let k = 0; k < names.length; k++) if (names[k] === name) return true;
    }
    return false;
  }

  private takeRange(from: number, to: number, gen: number, out: number[]): void {
    const stamp = this.stamp;
    const wl = this.wordList;
    const en = this.entries;
    const next = this.next;
    const prev = this.prev;
    if ((next & prev) === -1 && !this.needFilter) {
      // Nothing to filter on (a list by word alone, as long sentences keep): the stamps only.
      // Why: their tokens with an entity or class anchor list again at every occurrence, and
      // the unneeded tests per entry made one adversarial draft 8 % slower (2026-11-23).
      for (let i = from; i < to; i++) {
        const id = wl[i]!;
        if (stamp[id] !== gen) { stamp[id] = gen; out[this.count++] = id; }
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const id = wl[i]!;
      const at = i * ENTRY;
      if (stamp[id] !== gen && en[at]! & next && en[at + 1]! & prev && this.needsMet(i)) { stamp[id] = gen; out[this.count++] = id; }
    }
  }

  private take(a: number[] | undefined, gen: number, out: number[]): void {
    if (!a) return;
    const stamp = this.stamp;
    for (let i = 0; i < a.length; i++) {
      const id = a[i]!;
      if (stamp[id] !== gen) { stamp[id] = gen; out[this.count++] = id; }
    }
  }
}

/**
 * Ints per word id in PatternIndex.wordRec: where its candidates start in wordList, where its
 * needs start in the NeedTable's list (both end where the next word's start).
 */
const WORD_REC = 2;

/** Ints per wordList entry in PatternIndex.entries. */
const ENTRY = 4;
/** entries[i + 3]: the need range's start in its low bits, its length (at most MAX_NEEDS) from this bit on. */
const NEED_FROM = (1 << 28) - 1;
const NEED_COUNT_SHIFT = 28;

const QUICK_NEXT = 1;
const QUICK_PREV = 2;
const QUICK_FIRST = 4;
const QUICK_BY_FIRST = 8;

/** A set couldStart decides by its word ids alone: a token outside its Bloom filter is not in it. */
function wordsOnly(fs: FirstSet): boolean {
  return !fs.any && !fs.nullable && fs.wordsOnly === true && fs.bloomLo !== undefined;
}

/** Whether vocabulary id `id` may be in the Bloom filter of two ints at bits[at], bits[at + 1]. */
function inBits(bits: Int32Array, at: number, id: number): boolean {
  const bit = id & 63;
  return ((bits[at + (bit >> 5)]! >>> (bit & 31)) & 1) === 1;
}

/**
 * PatternIndex.pat: per pattern, in one record of PAT ints, what candidates' tests read of it
 * before a match is tried (neighboursAllow, mayStartAt, scanAt). At 0 its QUICK_* and SLOW_*
 * bits, and from bit HEAD_SHIFT on its byFirstMaxId; at P_PRE maxPre << 16 | minPre; at
 * P_NEXT, P_PREV, P_FIRST the Bloom filter (two ints) of that words-only set and where its
 * table starts in nextWords / prevWords / firstWords and its size mask (word-sets.ts); at
 * P_BY_FIRST_AT the same two of byFirstKeys.
 */
const PAT = 16;
const P_PRE = 1;
const P_NEXT = 2;
const P_PREV = 6;
const P_FIRST = 10;
const P_BY_FIRST_AT = 14;
const HEAD_SHIFT = 8;
/** No words-only test for the pattern's next (or prev) set, but a set: the pattern's objects decide. */
const SLOW_NEXT = 16;
const SLOW_PREV = 32;


export interface CompiledException { why: string; scope: Exception['scope']; window: number; patterns: CompiledPattern[] }
export interface CompiledRule { rule: Rule; patternIds: number[]; exceptions: CompiledException[] }

export function compileException(e: Exception, env: ParseEnv): CompiledException {
  return { why: e.why, scope: e.scope, window: e.window, patterns: e.patterns.flatMap((p) => compileAnyOf(p, env)) };
}

export function resolveExceptions(rule: Rule, lexicon: Lexicon, env: ParseEnv, shared: Map<string, CompiledException>): CompiledException[] {
  return rule.exceptions.map((e) => {
    if (typeof e !== 'string') return compileException(e, env);
    const hit = shared.get(e);
    if (hit) return hit;
    const def = lexicon.exceptions[e];
    if (!def) throw new PatternError(`rule ${rule.id}: unknown shared exception "${e}"`);
    const c = compileException(def, env);
    shared.set(e, c);
    return c;
  });
}

/** Compiled entity groups, in order. */
/**
 * Compiled entity groups, in levels: groups whose patterns use no class of a group in the same
 * or a later level share one index and one pass over the tokens (ORG, AMOUNT, DATE first; then
 * PARTY, TEAM, TIME_CONCRETE; then TIME_VAGUE), instead of one pass per group.
 */
export interface CompiledEntities { groups: Array<{ name: string; index: PatternIndex; nameOf: string[] }> }

export function compileEntities(groups: EntityGroup[], env: ParseEnv): CompiledEntities {
  const level = new Map<string, number>();
  for (const g of groups) {
    let l = 0;
    for (const other of groups) {
      if (other === g || !level.has(other.name)) continue;
      if (g.patterns.some((p) => new RegExp(`\\b${other.name}\\b`).test(p))) l = Math.max(l, level.get(other.name)! + 1);
    }
    level.set(g.name, l);
  }
  const levels: Array<{ name: string; index: PatternIndex; nameOf: string[] }> = [];
  for (const g of groups) {
    const l = level.get(g.name)!;
    const lv = (levels[l] ??= { name: `level ${l}`, index: new PatternIndex(), nameOf: [] });
    for (const p of g.patterns) for (const cp of compilePatterns(p, env)) lv.nameOf[lv.index.add(cp)] = g.name;
  }
  // How long each entity class can be (pattern.ts spanBound): shapes are one token; a group
  // its longest pattern, lower levels first since a group may use the classes below it.
  for (const c of SHAPE_CLASSES) ENTITY_SPAN.set(c, Math.max(1, ENTITY_SPAN.get(c) ?? 0));
  for (const lv of levels) {
    if (!lv) continue;
    const spans = new Map<string, number>();
    lv.index.patterns.forEach((cp, i) => { const name = lv.nameOf[i]!; spans.set(name, Math.max(spans.get(name) ?? 0, spanBound(cp.node))); });
    for (const [name, span] of spans) ENTITY_SPAN.set(name, Math.max(span, ENTITY_SPAN.get(name) ?? 0));
  }
  return { groups: levels.filter(Boolean) };
}

// Capitalized words that are not names: pronouns, days, months, greetings, sentence openers.
const NOT_NAMES = new Set(('i we you our your they their he she it this that these those my me us the a an and but so or if ' +
  'please thanks thank hi hello dear hey monday tuesday wednesday thursday friday saturday sunday january february march ' +
  'april may june july august september october november december unfortunately sorry yes no ok okay also however').split(' '));

const DOMAIN_RE = /^[a-z0-9][a-z0-9-]*\.(?:com|net|org|io|co|co\.uk|de|fr|es|it|nl|eu)$/;

/** Tokens after which a capitalized word starts something new (so it is no name). */
const OPENERS = new Set(['.', '!', '?', ':', '"', '(', '...']);

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

// (Imported here, beside its only users, to keep this section's edits apart from the imports above.)
import { PerWord, zeroedBytes } from './tokenize';

/**
 * What shapeEntities asks of a word, per distinct word (PerWord): a digit in it, a web address,
 * and the two Set lookups of the NAME test (two string hashes per capitalized token otherwise).
 */
const HAS_DIGIT = 1;
const IS_DOMAIN = 2;
const NOT_NAME = 4;
const OPENER = 8;
const wordShape = new PerWord((n) =>
  (hasDigit(n) ? HAS_DIGIT : 0) | (n.indexOf('.') > 0 && DOMAIN_RE.test(n) ? IS_DOMAIN : 0) |
  (NOT_NAMES.has(n) ? NOT_NAME : 0) | (OPENERS.has(n) ? OPENER : 0));

/** Shape classes straight from the token text; NAME is a capitalized word inside a sentence. */
export function shapeEntities(tok: Tokens, entities: MatchEnv['entities'], sentenceStart?: Uint8Array): void {
  const flags = tok.flags;
  const norms = tok.norm;
  const { buffer, offset } = zeroedBytes(4 * tok.length);
  const shapes = new Int32Array(buffer, offset, tok.length);
  wordShape.fill(tok, shapes);
  for (let i = 0; i < tok.length; i++) {
    const f = flags[i]!;
    const n = norms[i]!;
    if (sentenceStart && (f & F_CAP) && !sentenceStart[i] && i > 0 && !(shapes[i]! & NOT_NAME) && !(flags[i - 1]! & F_PUNCT && shapes[i - 1]! & OPENER)) {
      addEntity(entities, 'NAME', i, i + 1);
    }
    // A reference code: a word with digits in it ("CL-2291", "1Z999AA1") or a long number.
    if (f & F_WORD) { if (shapes[i]! & HAS_DIGIT) addEntity(entities, 'CODE', i, i + 1); }
    else if ((f & F_NUM) && n.length >= 4) addEntity(entities, 'CODE', i, i + 1);
    // A company named by its web address ("Rentalcars.com"): customers name third parties this way.
    if ((f & F_WORD) && shapes[i]! & IS_DOMAIN) addEntity(entities, 'DOMAIN', i, i + 1);
    if (!(f & F_NUM)) continue;
    const c = n.indexOf(':');
    if (c > 0 && c <= 2 && n.length === c + 3) addEntity(entities, 'CLOCK', i, i + 1);
    else if (n.indexOf('/') > 0 && n.length <= 10) addEntity(entities, 'NUMDATE', i, i + 1);
  }
}

export function addEntity(entities: MatchEnv['entities'], name: string, start: number, end: number): void {
  const a = entities[start];
  if (a) {
    for (const e of a) if (e.name === name) { if (end > e.end) e.end = end; return; }
    a.push({ name, start, end });
  } else entities[start] = [{ name, start, end }];
}
