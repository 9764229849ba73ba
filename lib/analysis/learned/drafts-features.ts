import { wordFeatures, type LinearModel } from './core';
import { predictText } from './core-fast';

// The features of one sentence unit, the same at training and at run time: the shared core's
// words and bigrams (contractions expanded, digits as "0", a start marker).

export function draftFeatures(text: string): string[] {
  return wordFeatures(text);
}

/**
 * predict(model, draftFeatures(text)), bit for bit, without building the feature strings: the
 * run-time path (drafts.ts, drafts-veto.ts), where the strings were most of the learned layer's time.
 */
export function draftProbabilities(model: LinearModel, text: string): number[] {
  return predictText(model, text);
}
