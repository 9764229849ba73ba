import { wordFeatures } from './core';

// The features of one sentence unit, the same at training and at run time: the shared core's
// words and bigrams (contractions expanded, digits as "0", a start marker). At run time
// core-fast.ts's predictTextWith gives the same probabilities without building the strings.

export function draftFeatures(text: string): string[] {
  return wordFeatures(text);
}

