import { lemmaEpoch, lemmaOf } from '../lemma';
import { wordFeaturesFast } from './core-fast';
import type { RuleHit } from './drafts-stack-features';
import type { SentenceUnit } from './drafts-units';

// Features of a sentence unit beyond its own words and its own rule findings, for the stacked
// draft model (drafts-stack.ts at run time, drafts-stack-train.ts at training, same strings).
// Out of fold on the 3,365-draft honest pool (sweep-drafts.ts), both move the precision/recall
// frontier out: at the same precision ~+0.005 recall each, and fewer clean drafts flagged.
// Names hold ':' so they never meet a word feature (words are [a-z0-9] runs, bigrams hold '|').

/** The rule categories of the previous and the next unit: a deflection rarely comes alone. */
export function neighbourFeatures(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  const cats: Array<Set<string>> = [];
  for (let u = 0; u < unitCount; u++) cats.push(new Set());
  findings.forEach((f, k) => {
    const u = unitOf[k]!;
    if (u >= 0) cats[u]!.add(f.category);
  });
  const out: string[][] = [];
  for (let u = 0; u < unitCount; u++) {
    const before = u > 0 ? [...cats[u - 1]!].sort().map((c) => `p:${c}`) : [];
    const after = u + 1 < unitCount ? [...cats[u + 1]!].sort().map((c) => `n:${c}`) : [];
    out.push([...before, ...after]);
  }
  return out;
}

/**
 * `l:<lemma>` for each word whose lemma differs from it ("blamed", "blames" -> l:blame), in
 * first-seen order: wording the training drafts inflected otherwise still counts.
 */
export function lemmaFeatures(text: string): string[] {
  if (featureEpoch !== lemmaEpoch) {
    featureOf.clear();
    featureEpoch = lemmaEpoch;
  }
  const out = new Set<string>();
  // The unit's words as sentenceWords finds them, in first-seen order: wordFeatures' unigrams
  // (the features without '|'), from core-fast's one scan (sentenceWords' regexes cost ~6x more).
  for (const w of wordFeaturesFast(text)) {
    if (w.includes('|')) continue;
    let f = featureOf.get(w);
    if (f === undefined) {
      const l = lemmaOf(w);
      f = l !== w ? `l:${l}` : '';
      if (featureOf.size < 100_000) featureOf.set(w, f);
    }
    if (f !== '') out.add(f);
  }
  return [...out];
}

/** Per word, its lemma feature ('' when the word is its own lemma), made once; dropped when the lemmas change (lemmaEpoch). */
const featureOf = new Map<string, string>();
let featureEpoch = -1;

/** Per unit, what the stack reads besides its words and stackRuleFeatures: neighbours, then lemmas. */
export function stackContextFeatures(units: readonly SentenceUnit[], findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  const nb = neighbourFeatures(units.length, findings, unitOf);
  return units.map((u, i) => [...nb[i]!, ...lemmaFeatures(u.text)]);
}
