import { lemmaEpoch, lemmaOf } from '../lemma';
import { wordFeaturesFast, type WordDerived } from './core-fast';
import { RULE_FEATURES, STACK_FEATURES, stackFeatureIds, type RuleHit } from './drafts-stack-features';
import type { SentenceUnit } from './drafts-units';

// Features of a sentence unit beyond its own words and its own rule findings, for the stacked
// draft model (drafts-stack.ts at run time, drafts-stack-train.ts at training, same strings).
// Out of fold on the 3,365-draft honest pool (sweep-drafts.ts), both move the precision/recall
// frontier out: at the same precision ~+0.005 recall each, and fewer clean drafts flagged.
// Names hold ':' so they never meet a word feature (words are [a-z0-9] runs, bigrams hold '|').
// At run time neither is made as a string: the neighbour features are ids beside the rule
// features (stackFeatureIds), the lemma features rows core-fast finds once per distinct word
// (LEMMA_FEATURE); these named forms are what training reads, and what the run-time forms equal.

/**
 * The rule categories of the previous and the next unit, each sorted: a deflection rarely comes
 * alone. Named from stackFeatureIds' ids, so training reads exactly what the run-time ids mean.
 */
export function neighbourFeatures(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  const { ids, from } = stackFeatureIds(unitCount, findings, unitOf, true);
  const out: string[][] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const names: string[] = [];
    for (let at = from[u]!; at < from[u + 1]!; at++) if (ids[at]! >= RULE_FEATURES.length) names.push(STACK_FEATURES[ids[at]!]!);
    out[u] = names;
  }
  return out;
}

/** A word's lemma feature: `l:<lemma>` when its lemma differs from it ("blamed" -> l:blame), else ''. */
function lemmaFeatureOf(word: string): string {
  const l = lemmaOf(word);
  return l !== word ? `l:${l}` : '';
}

/**
 * The lemma features as core-fast derives them per word (predictSpanWithIds' `derived`): the
 * same strings as lemmaFeatures, remade when the lemmas change (lemmaEpoch).
 */
export const LEMMA_FEATURE: WordDerived = { featureOf: lemmaFeatureOf, epoch: () => lemmaEpoch };

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
      f = lemmaFeatureOf(w);
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
