import { WORD_FREQUENCY } from './catalog/word-frequency';
import { VOCAB, vocabId, type FirstSet, type MatchEnv, type Node } from './pattern';

// A cheap test that runs before a woken-up pattern is matched: besides its anchor, most
// patterns need other words ("contact … directly" needs "directly" wherever the anchor is).
// When none of the words a mandatory item accepts occurs in the sentence from the earliest
// start the anchor allows, no match is possible, and the pattern is dropped with a few array
// reads instead of neighbour tests, start tests and a match attempt. Results never change:
// the test only rejects what the matcher would reject too.

/** Words that every match must contain one of: vocabulary ids, and the largest of them. */
export interface Need { ids: Int32Array; maxId: number }

/** Per 10,000 tokens, for a word rarer than every listed one (as compile.ts's anchor cost). */
const RARE_WORD = 0.5;
/** The most needs tested per pattern: the rarest ones reject nearly everything already. */
const MAX_NEEDS = 3;
/**
 * Words at least this common (per 10,000 tokens) are looked up when a need is tested instead
 * of marking their needs on entering a sentence (NeedTable). Why: "be", "have", "the" each
 * meet dozens to a hundred needs and occur in most sentences, so marking them was most of the
 * marks (2.5 M per corpus pass for 0.5 M need tests, 2026-11-22), while a test reads one
 * position per common word of its need.
 */
const COMMON_WORD = 30;
/**
 * Sentences of more tokens than this mark common words' needs too (each distinct word once):
 * a giant sentence holds every common word, its marks are a one-off, and its many need tests
 * then read one value each (an adversarial 1 MB draft without punctuation was 3-5 % slower
 * with the common words read at each test).
 */
const MARK_ALL_FROM = 400;

interface Req { words: Set<string>; cost: number }

/**
 * Word sets of which a match of `node` must contain a token (by lemma or form), from its
 * mandatory items: a word item (not a prefix), an alternation whose every option needs one
 * (the union of their rarest), sequences of these. Optional items, gaps and classes need none.
 */
function requirements(node: Node, out: Req[]): void {
  switch (node.t) {
    case 'words': {
      if (node.prefixes.length) return;
      const words = new Set<string>([...node.lemmas, ...node.norms]);
      if (words.size) out.push({ words, cost: costOf(words) });
      return;
    }
    case 'seq':
      for (const it of node.items) requirements(it, out);
      return;
    case 'alt': {
      const words = new Set<string>();
      for (const o of node.options) {
        const inner: Req[] = [];
        requirements(o, inner);
        if (inner.length === 0) return;
        let best = inner[0]!;
        for (const r of inner) if (r.cost < best.cost) best = r;
        for (const w of best.words) words.add(w);
      }
      out.push({ words, cost: costOf(words) });
      return;
    }
    default:
      return;
  }
}

function costOf(words: Set<string>): number {
  let c = 0;
  for (const w of words) c += WORD_FREQUENCY[w] ?? RARE_WORD;
  return c;
}

/**
 * The needs worth testing for a pattern anchored on `anchor`, rarest first. A need that the
 * anchor token itself always meets (every anchor word is one of its words) tells nothing.
 */
export function needsOf(node: Node, anchor: FirstSet): Need[] | undefined {
  const reqs: Req[] = [];
  requirements(node, reqs);
  const anchorWords = anchor.any || anchor.prefixes.size || anchor.classes.size ? undefined : new Set<string>([...anchor.lemmas, ...anchor.norms]);
  const kept = reqs.filter((r) => !anchorWords || ![...anchorWords].every((w) => r.words.has(w)));
  kept.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  const out: Need[] = [];
  for (const r of kept) {
    const key = [...r.words].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const ids = Int32Array.from([...r.words].map(vocabId));
    let maxId = 0;
    for (const id of ids) if (id > maxId) maxId = id;
    out.push({ ids, maxId });
    if (out.length === MAX_NEEDS) break;
  }
  return out.length ? out : undefined;
}

/**
 * The needs of an index's patterns, and where each need was last met in the current sentence.
 * Entering a sentence marks, for every token, the needs its lemma and form meet (a table from
 * word to needs, built once); a pattern's test is then one read per need, however many rare
 * words the need accepts. Common words (COMMON_WORD) mark no needs: entering records their
 * last position, and a test reads it for each common word of its need. Values are positions plus an offset that grows from sentence to sentence,
 * so nothing is ever cleared: a value below the current offset is from an earlier sentence or
 * text, and reads as "not met".
 */
export class NeedTable {
  /**
   * Need numbers by vocabulary id of a word that meets them: byWordList[byWordStart[w] ..
   * byWordStart[w + 1]] (offsets and one list: fewer cache lines than arrays of arrays).
   */
  private byWordStart = new Int32Array(1);
  private byWordList = new Int32Array(0);
  /** The same with common words' needs too (long sentences, MARK_ALL_FROM), and whether the sentence marked them. */
  private allByWordStart = new Int32Array(1);
  private allByWordList = new Int32Array(0);
  private allMarked = false;
  /** Each need's common words: commonList[commonStart[k] .. commonStart[k + 1]]. */
  private commonStart = new Int32Array(1);
  private commonList = new Int32Array(0);
  /** Per word id, last position of a common word in the sentence entered (like `last`). */
  private commonLast = new Int32Array(0);
  /** Each pattern's need numbers (needList[needStart[pid] .. needStart[pid + 1]]), and the largest word id they use. */
  private needStart = new Int32Array(1);
  private needList = new Int32Array(0);
  private maxIdOf = new Int32Array(0);
  private patterns = 0;
  private last = new Int32Array(0);
  private off = 0;
  /** The largest value stored so far. */
  private top = 0;
  private env: MatchEnv | undefined;
  private start = -1;
  private end = -1;

  /** Numbers the needs of `patterns` (the same word set once) and indexes them by word. */
  build(patterns: ReadonlyArray<{ needs?: Need[] }>): void {
    const number = new Map<string, number>();
    const words: number[][] = [];
    const allWords: number[][] = [];
    const common = commonWordIds();
    const commonStart: number[] = [0];
    const commonList: number[] = [];
    let maxCommon = 0;
    const needStart: number[] = [0];
    const needList: number[] = [];
    const maxIdOf: number[] = [];
    for (const cp of patterns) {
      const mine: number[] = [];
      let maxId = 0;
      for (const need of cp.needs ?? []) {
        const key = Array.from(need.ids).sort((a, b) => a - b).join(',');
        let n = number.get(key);
        if (n === undefined) {
          n = number.size;
          number.set(key, n);
          for (const id of need.ids) {
            (allWords[id] ??= []).push(n);
            if (!common.has(id)) { (words[id] ??= []).push(n); continue; }
            commonList.push(id);
            words[id] ??= [];
            if (id > maxCommon) maxCommon = id;
          }
          commonStart.push(commonList.length);
        }
        mine.push(n);
        if (need.maxId > maxId) maxId = need.maxId;
      }
      // Needs without common words first: one read decides them, and most tests fail on
      // the first need that fails (the order of a conjunction changes no answer).
      const hasCommon = (n: number) => commonStart[n + 1]! > commonStart[n]!;
      needList.push(...mine.filter((n) => !hasCommon(n)), ...mine.filter(hasCommon));
      needStart.push(needList.length);
      maxIdOf.push(maxId);
    }
    this.needStart = Int32Array.from(needStart);
    this.needList = Int32Array.from(needList);
    this.maxIdOf = Int32Array.from(maxIdOf);
    this.patterns = patterns.length;
    [this.byWordStart, this.byWordList] = flatLists(words);
    [this.allByWordStart, this.allByWordList] = flatLists(allWords);
    this.useWordRecords(this.byWordStart, this.words, 1, 0);
    this.commonStart = Int32Array.from(commonStart);
    this.commonList = Int32Array.from(commonList);
    this.commonLast = new Int32Array(maxCommon + 1);
    this.last = new Int32Array(number.size);
    this.top = 0;
    this.env = undefined;
  }

  get size(): number { return this.patterns; }

  /** How many word ids byWordStart covers (ids from here on meet no need). */
  get words(): number { return this.byWordStart.length - 1; }

  /** Where word w's needs start in byWordList (they end where word w + 1's start). */
  wordStart(w: number): number {
    return this.byWordStart[Math.min(w, this.words)]!;
  }

  /**
   * Per word id up to `words`, wordStart(id) at recs[stride * id + at]: mark reads the needs'
   * ranges from there. Why: the owner (PatternIndex) keeps its own per-word values in the same
   * record, so a token's word is one cache line for both instead of one per array.
   */
  useWordRecords(recs: Int32Array<ArrayBuffer>, words: number, stride: number, at: number): void {
    this.recs = recs;
    this.recWords = words;
    this.recStride = stride;
    this.recAt = at;
  }

  private recs = new Int32Array(0);
  private recWords = 0;
  private recStride = 1;
  private recAt = 0;

  /** The largest word id any need uses: below it a text's ids cannot test needs (see meets). */
  get maxNeedId(): number {
    let m = 0;
    for (let i = 0; i < this.maxIdOf.length; i++) if (this.maxIdOf[i]! > m) m = this.maxIdOf[i]!;
    return m;
  }

  /** Per word id below `words`, the enter call that last met it (seenGen: this one). */
  private seen = new Int32Array(0);
  private seenGen = 0;

  private seenFor(words: number): Int32Array {
    if (this.seen.length < words) this.seen = new Int32Array(words);
    if (++this.seenGen > 2_000_000_000) { this.seenGen = 1; this.seen.fill(0); }
    return this.seen;
  }

  /** Makes the table describe tokens [start, end) of env. */
  enter(env: MatchEnv, start: number, end: number): void {
    // Marked when a pattern with needs is first tested here. Why: in most sentences the
    // entity and ownership indexes wake only patterns without needs, and walking the sentence
    // for them was most of those tables' cost (2026-11-22).
    this.wantEnv = env;
    this.wantStart = start;
    this.wantEnd = end;
    this.pending = env !== this.env || start !== this.start || end !== this.end;
  }

  private wantEnv: MatchEnv | undefined;
  private wantStart = -1;
  private wantEnd = -1;
  /** Whether the sentence entered differs from the one marked. */
  private pending = false;

  private mark(env: MatchEnv, start: number, end: number): void {
    if (env === this.env && start === this.start && end === this.end) return;
    // Moving forward in the same text keeps the offset: earlier sentences' values are below
    // this sentence's positions. Anything else starts above every stored value.
    if (env !== this.env || start < this.end) this.off = this.top + 1 - start;
    if (this.off + end > 0x3fffffff) {
      this.last.fill(0);
      this.commonLast.fill(0);
      this.off = 1 - start;
    }
    const last = this.last;
    const commonLast = this.commonLast;
    this.allMarked = end - start > MARK_ALL_FROM;
    const lid = env.lid;
    const nid = env.nid;
    const off = this.off;
    if (!this.allMarked) {
      const recs = this.recs;
      const words = this.recWords;
      const stride = this.recStride;
      const at = this.recAt;
      const wl = this.byWordList;
      // Forwards, every token, each write unconditional: the last write of a need is its last
      // position. Why: in an ordinary sentence words rarely repeat, and the backward walk's
      // per-word `seen` test and per-mark comparison cost more than the few repeated marks
      // (the comparison's branch is taken at random: two words of one big need often share a
      // sentence).
      for (let q = start; q < end; q++) {
        const l = lid[q]!;
        if (l < words) {
          if (l < commonLast.length) commonLast[l] = off + q;
          const r = stride * l + at;
          for (let i = recs[r]!, e = recs[r + stride]!; i < e; i++) last[wl[i]!] = off + q;
        }
        const n = nid[q]!;
        if (n !== l && n < words) {
          if (n < commonLast.length) commonLast[n] = off + q;
          const r = stride * n + at;
          for (let i = recs[r]!, e = recs[r + stride]!; i < e; i++) last[wl[i]!] = off + q;
        }
      }
      if (end > start) this.top = off + end - 1;
      this.env = env;
      this.start = start;
      this.end = end;
      return;
    }
    // Long sentences: backwards, each word once: its last position is the one that counts, and a need already
    // marked by a later word keeps that (values at or above `floor` are this sentence's). Why:
    // a common word meets dozens of needs, and one giant sentence repeats it thousands of
    // times (marking was a twelfth of an adversarial 1 MB draft, profile 2026-11-22).
    const ws = this.allByWordStart;
    const wl = this.allByWordList;
    const top = ws.length - 1;
    const floor = off + start;
    const seen = this.seenFor(top);
    const gen = this.seenGen;
    for (let q = end - 1; q >= start; q--) {
      const l = lid[q]!;
      if (l < top && seen[l] !== gen) {
        seen[l] = gen;
        if (l < commonLast.length) commonLast[l] = off + q;
        for (let i = ws[l]!, e = ws[l + 1]!; i < e; i++) if (last[wl[i]!]! < floor) last[wl[i]!] = off + q;
      }
      const n = nid[q]!;
      if (n !== l && n < top && seen[n] !== gen) {
        seen[n] = gen;
        if (n < commonLast.length) commonLast[n] = off + q;
        for (let i = ws[n]!, e = ws[n + 1]!; i < e; i++) if (last[wl[i]!]! < floor) last[wl[i]!] = off + q;
      }
    }
    if (end > start) this.top = off + end - 1;
    this.env = env;
    this.start = start;
    this.end = end;
  }

  /**
   * Whether pattern `pid` may match from token `from` on: each of its needs met at or after
   * `from` in the sentence entered. Patterns with words registered after the text was
   * prepared are not tested (those tokens carry no id).
   */
  meets(pid: number, from: number, vocab: number): boolean {
    if (this.maxIdOf[pid]! > vocab) return true;
    return this.metIn(this.needStart[pid]!, this.needStart[pid + 1]!, from);
  }

  /** Where pattern pid's need numbers start in the list metIn reads (pid's end: needFrom(pid + 1)). */
  needFrom(pid: number): number {
    return this.needStart[pid]!;
  }

  /**
   * meets for the needs needFrom(pid) .. needFrom(pid + 1) of a pattern whose need words all
   * have ids in the text (maxIdOf at most its vocab): read from the caller's own copy of the
   * range, not from three arrays by pattern id.
   */
  metIn(from0: number, to: number, from: number): boolean {
    if (from0 === to) return true;
    // A flag, not the comparisons mark makes: this stays small enough for scanAt to inline.
    if (this.pending) this.markPending();
    const last = this.last;
    const needs = this.needList;
    const min = this.off + from;
    for (let k = from0; k < to; k++) if (last[needs[k]!]! < min && (this.allMarked || !this.commonAfter(needs[k]!, min))) return false;
    return true;
  }

  private markPending(): void {
    this.pending = false;
    this.mark(this.wantEnv!, this.wantStart, this.wantEnd);
  }

  /** Whether a common word of need k occurs at or after `min` (as a stored value) in the sentence. */
  private commonAfter(k: number, min: number): boolean {
    const list = this.commonList;
    const commonLast = this.commonLast;
    for (let i = this.commonStart[k]!, e = this.commonStart[k + 1]!; i < e; i++) if (commonLast[list[i]!]! >= min) return true;
    return false;
  }
}

/** Lists by word id as one offsets array and one list (lists[w] at list[start[w] .. start[w + 1]]). */
function flatLists(lists: number[][]): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const start = new Int32Array(lists.length + 1);
  const list: number[] = [];
  for (let id = 0; id < lists.length; id++) {
    start[id] = list.length;
    if (lists[id]) list.push(...lists[id]!);
  }
  start[lists.length] = list.length;
  return [start, Int32Array.from(list)];
}

/** Vocabulary ids of the words NeedTable treats as common (words not in the vocabulary need none). */
function commonWordIds(): Set<number> {
  const ids = new Set<number>();
  for (const [w, f] of Object.entries(WORD_FREQUENCY)) {
    const id = VOCAB.get(w);
    if (f >= COMMON_WORD && id !== undefined) ids.add(id);
  }
  return ids;
}
