import { VOCAB, type PatternIndex } from './compile';
import type { Entity, MatchEnv } from './pattern';
import { F_ALLCAPS, F_CAP, F_EMAIL, F_NUM, F_URL } from './tokenize';

// Which tokens can wake any pattern of an index, decided without asking the index. Why: the
// entity passes and the ownership scan call PatternIndex.scanAt at every token, and on most
// tokens no pattern of theirs is anchored (a 1 MB draft spent 6 to 13 ms per entity level on
// calls that found nothing, profile 2026-11-22). A token is skipped only when
// PatternIndex.candidates would return no pattern for it, so the matches, and the order they
// are found in, stay the same: the same tests on the same vocabulary ids, flags and entities.

/** Ints per word record of PatternIndex.anchorRecords. */
const REC = 2;

/** What PatternIndex.candidates tests flags for; any other anchor class is an entity name. */
const FLAG_CLASSES: Record<string, number> = { NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL };

export class WakeFilter {
  /** 1 at the vocabulary id of each anchor word (lemmas and forms alike, as the index keys them). */
  readonly ids: Uint8Array;
  /** Anchor prefixes ("apolog*"): tested on the token's form like the index does. */
  readonly prefixes: string[] = [];
  /** Token flags that wake a pattern anchored on NUM, CAP, ALLCAPS, URL or EMAIL. */
  readonly flagMask: number;
  /**
   * Entity classes some pattern is anchored on: a handful, so a short array compared by ===
   * (a Set lookup per entity was a tenth of a big draft's entity passes).
   */
  private readonly entityNames: string[] = [];

  constructor(index: PatternIndex) {
    const ids: number[] = [];
    let mask = 0;
    for (const cp of index.patterns) {
      const a = cp.anchor;
      for (const w of [...a.lemmas, ...a.norms]) {
        const id = VOCAB.get(w);
        if (id !== undefined) ids.push(id);
      }
      for (const x of a.prefixes) this.prefixes.push(x);
      for (const c of a.classes) {
        const bit = FLAG_CLASSES[c];
        if (bit !== undefined) mask |= bit;
        else if (!this.entityNames.includes(c)) this.entityNames.push(c);
      }
    }
    this.ids = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.ids[id] = 1;
    this.flagMask = mask;
    const { records, words, stride } = index.anchorRecords();
    if (stride !== REC) throw new Error(`WakeFilter: word records of ${REC} ints expected`);
    this.records = records;
    this.words = words;
  }

  /**
   * The index's per-word records (PatternIndex.anchorRecords): mayWake reads whether a word
   * anchors a pattern there rather than from `ids`. Why: the index reads the same record next
   * (its candidates, its needs' marks), so the test costs no cache line of its own. (Also
   * testing there the union of the word's patterns' neighbour Bloom filters skipped a quarter
   * of the rule index's scanAt calls but cost more than they did, 2026-11-23.)
   */
  private readonly records: Int32Array;
  private readonly words: number;

  /** Whether PatternIndex.candidates may find a pattern at token p. */
  mayWake(env: MatchEnv, p: number): boolean {
    const recs = this.records;
    const words = this.words;
    const lid = env.lid[p]!;
    const nid = env.nid[p]!;
    // Ids past the end (words registered later) are no anchor; 0 never is one (empty range).
    if ((lid < words && recs[REC * lid]! < recs[REC * lid + REC]!) || (nid < words && recs[REC * nid]! < recs[REC * nid + REC]!)) return true;
    const tok = env.tok;
    if (tok.flags[p]! & this.flagMask) return true;
    if (this.prefixes.length) for (const x of this.prefixes) if (tok.norm[p]!.startsWith(x)) return true;
    return this.byEntity(env.entities[p]);
  }

  /** Whether one of the entities starting at a token is a class some pattern is anchored on. */
  byEntity(ents: Entity[] | undefined): boolean {
    if (ents === undefined) return false;
    const names = this.entityNames;
    for (let i = 0; i < ents.length; i++) {
      const name = ents[i]!.name;
      for (let k = 0; k < names.length; k++) if (names[k] === name) return true;
    }
    return false;
  }
}

/**
 * The word and flag tests of several filters (at most 8) in one pass over the tokens: bit i of
 * out[p] is set when filter i may wake at token p by its word or flags. Entities are left to
 * WakeFilter.byEntity, as the entity passes add them between levels. Why: three entity levels
 * each testing every token's ids and flags were a few per cent of a big draft.
 */
export class WakeBits {
  /** Bit i at the vocabulary id of each anchor word of filter i (never at id 0: no word). */
  private readonly ids: Uint8Array;
  private readonly flagMasks: number[];
  private readonly anyPrefixes: boolean;

  constructor(private readonly filters: WakeFilter[]) {
    if (filters.length > 8) throw new Error('WakeBits: at most 8 filters');
    this.ids = new Uint8Array(Math.max(1, ...filters.map((f) => f.ids.length)));
    filters.forEach((f, i) => {
      for (let id = 1; id < f.ids.length; id++) if (f.ids[id]) this.ids[id]! |= 1 << i;
    });
    this.flagMasks = filters.map((f) => f.flagMask);
    this.anyPrefixes = filters.some((f) => f.prefixes.length > 0);
  }

  fill(env: MatchEnv, out: Uint8Array): void {
    const ids = this.ids;
    const { lid, nid } = env;
    const flags = env.tok.flags;
    const masks = this.flagMasks;
    for (let p = 0; p < out.length; p++) {
      const l = lid[p]!;
      const n = nid[p]!;
      let bits = (l < ids.length ? ids[l]! : 0) | (n < ids.length ? ids[n]! : 0);
      const f = flags[p]!;
      for (let i = 0; i < masks.length; i++) if (f & masks[i]!) bits |= 1 << i;
      if (this.anyPrefixes) {
        const norm = env.tok.norm[p]!;
        this.filters.forEach((flt, i) => { if (flt.prefixes.some((x) => norm.startsWith(x))) bits |= 1 << i; });
      }
      out[p] = bits;
    }
  }
}
