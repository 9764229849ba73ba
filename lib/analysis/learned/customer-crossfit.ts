import { classifyCustomerText as classifyByRules } from '../classify-customer';
import type { CustomerAnalysis } from '../types';
import { halfOf, type Corpus } from '../../../tests/corpus/evaluate';
import { addLearnedSituations } from './customer';
import { nestedCrossFit, OWN_CUSTOMER_MESSAGES, prepareExtras, SALT, SETTINGS, stack, CHOICE, foldOf } from './customer-training';

// The honest measure of the stacked customer layer (script side; never imported by the
// extension). The shipped model is trained on the whole honest pool (the corpus check half), so
// scoring it there would be scoring it on its own training data. Instead each honest message is
// answered by the rules plus the model of the K-1 folds that did not contain it, with decision
// thresholds chosen by an inner cross-fit over those folds alone: the same recipe, features and
// decision (addLearnedSituations) as the shipped model, only other weights and thresholds.

/**
 * A classifier for the texts of the corpus's honest pool: out-of-fold, as if each message were
 * new. Throws for a text that is not in the pool (it has no fold to be held out of). Trains
 * 5 + 20 models (about 10 s on the corpus of 2026-11-22).
 */
export function outOfFoldClassifier(corpus: Corpus): (text: string) => CustomerAnalysis {
  const honest = stack(halfOf(corpus, 'check').customers);
  const extras = prepareExtras(stack(halfOf(corpus, 'tune').customers), stack(OWN_CUSTOMER_MESSAGES), SETTINGS);
  const fit = nestedCrossFit(honest, extras, SETTINGS, CHOICE, SALT);
  // A text that occurs twice must be held out of every fold it is in: the folds of all its items.
  const foldsOfText = new Map<string, Set<number>>();
  for (const s of honest) {
    const folds = foldsOfText.get(s.gold.customer) ?? new Set<number>();
    folds.add(foldOf(s.gold.id, SALT));
    foldsOfText.set(s.gold.customer, folds);
  }
  return (text: string) => {
    const folds = foldsOfText.get(text);
    if (folds === undefined) throw new Error('outOfFoldClassifier: the text is not a message of the honest pool');
    if (folds.size > 1) return classifyByRules(text);
    const [k] = [...folds];
    return addLearnedSituations(text, classifyByRules(text), fit.models.get(k!)!, fit.combines.get(k!)!);
  };
}
