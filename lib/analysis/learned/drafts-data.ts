import { CATALOG } from '../catalog';
import { analyzeWith, getEngine } from '../engine';
import { slotsFromContext } from '../slots';
import { fillTemplate } from '../template';
import { draftFeatures } from './drafts-features';
import { OWN_DRAFT_SENTENCES } from './drafts-own-sentences';

// Extra training examples for the stacked draft model beside the corpus's drafts
// (drafts-stack-train.ts only; never imported at run time): the catalog's own examples, its
// rewrites, and OWN_DRAFT_SENTENCES.

export const NONE = 'none';

export interface UnitExample {
  features: string[];
  /** Categories of the gold spans overlapping the unit (empty: clean). */
  labels: string[];
}

/**
 * The rules' examples: an invalid one is its rule's category, a valid one is clean for it; both
 * also carry whatever other category the rules find in them (a valid example of one rule can
 * hold another category's deflection, and must not be taught as clean).
 */
export function catalogExamples(): UnitExample[] {
  const out: UnitExample[] = [];
  for (const rule of CATALOG) {
    for (const [text, own] of [
      ...rule.examples.invalid.map((t) => [t, true] as const),
      ...rule.examples.valid.map((t) => [t, false] as const),
    ]) {
      const found = new Set<string>(rulesOnly(text).findings.map((f) => f.category));
      if (own) found.add(rule.category);
      else found.delete(rule.category);
      out.push({ features: draftFeatures(text), labels: [...found].sort() });
    }
  }
  return out;
}

/** The rules alone (index.ts's analyzeDraft also runs this model: labels must not come from it). */
const rulesOnly = (text: string) => analyzeWith(getEngine(), text);

/**
 * The catalog's rewrites, filled with their fallbacks: the product's own ownership sentences, so
 * clean by definition (tests/analysis/catalog.test.ts checks the rules agree). Taught as clean so
 * the model never faults a rewrite the rep just applied.
 */
export function rewriteExamples(): UnitExample[] {
  const slots = slotsFromContext({});
  const out: UnitExample[] = [];
  for (const rule of CATALOG) {
    for (const tpl of rule.rewrites) {
      const text = fillTemplate(tpl, slots);
      out.push({ features: draftFeatures(text), labels: [...new Set(rulesOnly(text).findings.map((f) => f.category))].sort() });
    }
  }
  return out;
}

export function ownExamples(): UnitExample[] {
  return OWN_DRAFT_SENTENCES.map(([label, text]) => ({ features: draftFeatures(text), labels: label === NONE ? [] : [label] }));
}
