import { cleanDraft } from '../clean';
import { SIGNAL_IDS, SITUATION_IDS, type SignalId, type SituationId } from '../taxonomy';
import type { CustomerAnalysis, Evidence, Span } from '../types';
import { predict, wordFeatures, type LinearModel } from './core';
import { CUSTOMER_COMBINE, CUSTOMER_MODEL } from './customer-weights';

// The learned fallback for the customer side (TAXONOMY §2–3): a word model that adds the
// situations and signals the cue catalog misses on wording it was never tuned on. The rules
// stay first; the model only adds a label it is confident of (and then `general` goes), or
// drops a rules label it strongly rejects, at thresholds chosen by cross-validation on the
// tune half (train-customer.ts).

/**
 * What the model predicts: every situation but `general` (which is "none of them"). Signals
 * stay the rules' alone: a model of them (tried 2026-11-22) lowered the held-out folds in
 * nested cross-validation, and leaving them out halves the weights file.
 */
export const CUSTOMER_LABELS: string[] = SITUATION_IDS.filter((s) => s !== 'general');

/** Probability cut-offs per label: add when the model is at least this sure; drop a rules label below. */
export interface CustomerCombine {
  add: Record<string, number>;
  drop: Record<string, number>;
  /** When the rules found only `general`: the model's likeliest situation replaces it at this probability. */
  replaceGeneral?: number;
}

/** A sentence of the analyzed text, with its place in the original message. */
export interface Sentence extends Span { text: string }

/** The sentences of the part of a message that is analyzed (no quoted history, no signature). */
export function analyzedSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const region of cleanDraft(text).regions) {
    const body = text.slice(region.start, region.end);
    // A sentence ends at . ! ? or a line break; "!!!" and "?!" stay with their sentence.
    for (const m of body.matchAll(/[^.!?\n]+[.!?]*/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const trimmed = m[0].trim();
      if (!/[A-Za-z]/.test(trimmed)) continue;
      const start = region.start + (m.index ?? 0) + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed });
    }
  }
  return out;
}

// Shape features the word list cannot see: shouting and "!!!" carry anger (high_emotion),
// a currency amount carries money at stake.
function shapeFeatures(text: string): string[] {
  const out: string[] = [];
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => /[AEIOU]/.test(w));
  if (shouted.length >= 2) out.push('#shout');
  if (/!!|\?!/.test(text) || (text.match(/!/g) ?? []).length >= 3) out.push('#bangs');
  if (/[$£€]\s?\d|\d\s?(?:dollars|pounds|euros|usd|gbp|eur)\b/i.test(text)) out.push('#amount');
  return out;
}

// A crude stem beside each longer word ("charging", "charged", "charges" -> "~charg"): with a
// few hundred labelled messages most inflections are seen once, the stem more often.
function stem(word: string): string | undefined {
  if (word.length < 5 || word.includes('|')) return undefined;
  return `~${word.replace(/(?:ing|ed|es|s|ly|ment|ion)$/, '').replace(/e$/, '')}`;
}

/** The model's features for a piece of customer text. */
export function customerFeatures(text: string): string[] {
  const words = wordFeatures(text);
  const stems = new Set(words.map(stem).filter((s): s is string => s !== undefined));
  return [...words, ...stems, ...shapeFeatures(text)];
}

/** The model's features for a whole message: only its analyzed sentences count. */
export function messageFeatures(text: string): string[] {
  return customerFeatures(analyzedSentences(text).map((s) => s.text).join('\n'));
}

/** The sentence whose features push this label up most: the evidence shown for a learned label. */
function strongestSentence(model: LinearModel, label: string, sentences: Sentence[]): Sentence | undefined {
  const j = model.labels.indexOf(label);
  let best: Sentence | undefined;
  let bestPush = 0;
  for (const s of sentences) {
    let push = 0;
    for (const f of new Set(customerFeatures(s.text))) push += Math.max(0, model.weights[f]?.[j] ?? 0);
    if (push > bestPush) { best = s; bestPush = push; }
  }
  return best;
}

/** Per label, the model's probability for this message. */
export function customerProbabilities(text: string, model: LinearModel = CUSTOMER_MODEL): Map<string, number> {
  const p = predict(model, messageFeatures(text));
  return new Map(model.labels.map((l, j) => [l, p[j] ?? 0]));
}

/**
 * The label ids after combining the rules' with the model's probabilities (the decision alone,
 * shared by addLearnedSituations and the evaluation scripts).
 */
export function combineLabels(
  rules: { situations: string[]; signals: string[] },
  prob: Map<string, number>,
  combine: CustomerCombine = CUSTOMER_COMBINE,
): { situations: string[]; signals: string[]; added: string[] } {
  const added: string[] = [];
  const decide = (ids: readonly string[], fromRules: string[]): string[] =>
    ids.filter((id) => {
      const p = prob.get(id);
      if (p === undefined) return fromRules.includes(id);
      if (fromRules.includes(id)) return p >= (combine.drop[id] ?? 0);
      if (p >= (combine.add[id] ?? 2)) { added.push(id); return true; }
      return false;
    });
  const real = decide(SITUATION_IDS.filter((s) => s !== 'general'), rules.situations);
  // The rules saw nothing wrong; the model's likeliest trouble, if it is sure enough, is a better guess than `general`.
  if (real.length === 0 && rules.situations.every((s) => s === 'general')) {
    const [best, p] = SITUATION_IDS.filter((s) => s !== 'general')
      .map((s) => [s, prob.get(s) ?? 0] as const)
      .reduce((a, b) => (b[1] > a[1] ? b : a), ['general', 0] as readonly [string, number]);
    if (p >= (combine.replaceGeneral ?? 2)) { real.push(best); added.push(best); }
  }
  const situations = real.length > 0 ? real : ['general'];
  const signals = decide(SIGNAL_IDS, rules.signals);
  return { situations, signals, added };
}

/**
 * The rules' analysis plus the situations the model adds (each with the sentence that drove it
 * as evidence), minus a rules situation the model strongly rejects; `general` only when no
 * other situation remains. Signals pass through unchanged (no model label for them).
 */
export function addLearnedSituations(
  text: string,
  analysis: CustomerAnalysis,
  model: LinearModel = CUSTOMER_MODEL,
  combine: CustomerCombine = CUSTOMER_COMBINE,
): CustomerAnalysis {
  const prob = customerProbabilities(text, model);
  const rules = { situations: analysis.situations.map((e) => e.id), signals: analysis.signals.map((e) => e.id) };
  const decided = combineLabels(rules, prob, combine);
  const sentences = analyzedSentences(text);
  const evidence = <Id extends string>(id: Id, own: Evidence<Id>[]): Evidence<Id> | undefined => {
    const kept = own.find((e) => e.id === id);
    if (kept) return kept;
    const s = strongestSentence(model, id, sentences) ?? sentences[0];
    return s ? { id, start: s.start, end: s.end, text: s.text } : { id, start: 0, end: 0, text: '' };
  };
  return {
    situations: decided.situations
      .map((id) => evidence(id as SituationId, analysis.situations))
      .filter((e): e is Evidence<SituationId> => e !== undefined),
    signals: decided.signals
      .map((id) => evidence(id as SignalId, analysis.signals))
      .filter((e): e is Evidence<SignalId> => e !== undefined),
  };
}
