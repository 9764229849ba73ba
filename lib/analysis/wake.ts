import type { PatternIndex } from './compile';
import type { Entity } from './pattern';
import { F_ALLCAPS, F_CAP, F_EMAIL, F_NUM, F_URL } from './tokenize';

// Which tokens can wake any pattern of an index, decided without asking the index. Why: the
// entity passes call PatternIndex.scanAt at every token, and on most tokens no entity pattern is
// anchored (a 1 MB draft spent 6 to 13 ms per entity level on calls that found nothing,
// profile 2026-11-22). A token is skipped only when PatternIndex.candidates would return no
// pattern for it, so the matches, and the order they are found in, stay the same.

/** What PatternIndex.candidates tests flags for; any other anchor class is an entity name. */
const FLAG_CLASSES: Record<string, number> = { NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL };

export class WakeFilter {
  /** Anchor words, lemmas and forms together (the index keys both by vocabulary id). */
  private readonly words = new Set<string>();
  private readonly prefixes: string[] = [];
  /** Token flags that wake a pattern anchored on NUM, CAP, ALLCAPS, URL or EMAIL. */
  readonly flagMask: number = 0;
  /** Entity classes some pattern is anchored on. */
  private readonly entityNames = new Set<string>();

  constructor(index: PatternIndex) {
    let mask = 0;
    for (const cp of index.patterns) {
      const a = cp.anchor;
      for (const w of a.lemmas) this.words.add(w);
      for (const w of a.norms) this.words.add(w);
      for (const x of a.prefixes) this.prefixes.push(x);
      for (const c of a.classes) {
        const bit = FLAG_CLASSES[c];
        if (bit !== undefined) mask |= bit;
        else this.entityNames.add(c);
      }
    }
    this.flagMask = mask;
  }

  /** A token with this norm and lemma may wake a pattern by its word (not by its flags or entities). */
  byWord(norm: string, lemma: string): boolean {
    if (this.words.has(lemma) || this.words.has(norm)) return true;
    for (const x of this.prefixes) if (norm.startsWith(x)) return true;
    return false;
  }

  /** Some entity starting at the token is a class a pattern is anchored on. */
  byEntity(ents: Entity[] | undefined): boolean {
    if (!ents || this.entityNames.size === 0) return false;
    for (const e of ents) if (this.entityNames.has(e.name)) return true;
    return false;
  }
}
