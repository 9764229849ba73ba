import type { Corpus } from '../../../tests/corpus/evaluate';
import type { DraftAnalysis } from '../types';
import { stackFindings } from './drafts-stack';
import { crossFit, foldOf, rulesOnly } from './drafts-stack-train';

// The honest measurement of the stacked draft layer, for tests/corpus (script side; the
// extension never imports this). The shipped model is trained on the whole honest pool H, so on
// H it would be scored in-sample; here every H draft is analyzed by the rules and the model of
// the cross-fitting folds that did NOT contain it, with the bars chosen on the other folds'
// held-out probabilities. Same code path as the shipped layer (stackFindings), other weights.

/**
 * The analyzer for the drafts of H (the corpus's check half), out of fold. Trains FOLDS models
 * (a few seconds); asking for a text that is no H draft throws.
 */
export function outOfFoldAnalyzer(corpus: Corpus): (text: string) => DraftAnalysis {
  const fit = crossFit(corpus);
  const foldOfText = new Map<string, number>();
  for (const d of fit.pool) if (!foldOfText.has(d.text)) foldOfText.set(d.text, foldOf(d.id));
  return (text: string) => {
    const f = foldOfText.get(text);
    if (f === undefined) throw new Error('outOfFoldAnalyzer: not a draft of the honest pool (the corpus check half)');
    return stackFindings(text, rulesOnly(text), undefined, fit.models[f]!, fit.thresholds[f]!);
  };
}
