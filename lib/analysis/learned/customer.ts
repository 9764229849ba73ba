import { FAULT_WORDS, OUR_AGENTS, PARTNER_AGENTS } from '../catalog/customer-lexicons';
import { TROUBLE_WORDS } from '../catalog/customer-tense';
import { classifyCustomerText } from '../classify-customer';
import { cleanDraft } from '../clean';
import { SIGNAL_IDS, SITUATION_IDS, type SignalId, type SituationId } from '../taxonomy';
import type { CustomerAnalysis, Evidence, Span } from '../types';
import { predict, wordFeatures, type LinearModel } from './core';
import { CUSTOMER_COMBINE, CUSTOMER_STACK } from './customer-weights';

// The learned layer of the customer side (TAXONOMY §2–3), stacked on the cue catalog: one
// logistic model per label whose features are the message's words AND what the rules said of it
// (`rule:late_delivery`, `rule:sig:deadline`, ...). It learns P(label | words, rules) from messages
// the rules were never tuned on (the corpus check half; train-customer.ts), so it learns when a
// rule is to be trusted, when to overrule it (trouble read into a plain question) and which
// neighbouring situation the words point to instead (late_delivery vs out_of_stock, ours vs
// a partner's). The decision (combineLabels) keeps a rules label unless the model drops it
// below a threshold and adds a label the model is sure of; thresholds come from cross-fitting
// (customer-training.ts). As of 2026-11-22 what survives nested cross-fitting: adds when the
// model is very sure, drops that thin out several rules situations (never all of them), the
// model's trouble instead of a lone `general`, `general` when the model is sure nothing went
// wrong, and at most two situations.

/** What the model predicts: every situation (`general`, "nothing went wrong", included) and every signal. */
export const CUSTOMER_LABELS: string[] = [...SITUATION_IDS, ...SIGNAL_IDS];

/** The rules' verdict on a message, as label ids. */
export interface RuleLabels {
  situations: string[];
  signals: string[];
  /** How many sentences the analyzed part of the message has (a one-sentence message is decided by CustomerCombine.short). */
  sentences?: number;
}

/**
 * Optional feature kinds, switched off only by sweep-customer.ts to measure them (CFEAT): the
 * shipped weights were trained with these values and inference must compute the same features.
 */
export const FEATURE_KINDS = { classes: true };

/**
 * The rules' output as model features: each situation and signal they found, and whether they
 * found several situations (a second cue is more often a misreading than a first).
 */
export function ruleFeatures(rules: RuleLabels): string[] {
  const out = rules.situations.map((s) => `rule:${s}`);
  for (const s of rules.signals) out.push(`rule:sig:${s}`);
  if (rules.situations.length >= 2) out.push('rule:several');
  return out;
}

/** Probability cut-offs per label: add when the model is at least this sure; drop a rules label below. */
export interface CustomerCombine {
  add: Record<string, number>;
  drop: Record<string, number>;
  /** When the rules found only `general`: the model's likeliest situation replaces it at this probability. */
  replaceGeneral?: number;
  /** At most this many situations per message, the model's likeliest kept (a message is mostly about one or two things). */
  cap?: number;
  /** Drops never leave a message without a situation the rules found (they only thin out several). */
  dropsKeepOne?: boolean;
  /** When the model's `general` is at least this sure, the message is `general` alone (the rules' troubles go). */
  generalWins?: number;
  /**
   * A situation other than the model's likeliest one stays only at this probability: the rules'
   * second situation is more often a misreading of the first than a second trouble.
   */
  second?: number;
  /**
   * Per label, `second` for that label alone: our_mistake is meant only beyond the core situation
   * (TAXONOMY §2), and beside another trouble it is the stack's likeliest misreading.
   */
  secondFor?: Record<string, number>;
  /**
   * Per label, the add threshold when the rules found another trouble: our_mistake is meant only
   * beyond the core situation (TAXONOMY §2; "a late parcel alone is late_delivery"), and the words
   * of the core one ("it was promised for Monday") are what the model most often reads it into.
   */
  addBeside?: Record<string, number>;
  /**
   * The decision for a one-sentence message, when it differs. The model's probabilities on a
   * lone sentence are less calibrated than on a message, and the cue examples (one sentence
   * each) must keep their verdict; longer messages can then be decided more freely.
   */
  short?: Omit<CustomerCombine, 'short'>;
  /**
   * A signal the rules found stays, whatever the message-level probability, when the model reads
   * the sentence of the rules' evidence ALONE as that signal at least this sure. Why: in a long
   * message the bag of words can outvote an explicit statement ("This is the second time I have
   * written today" among an airport, kids and a ferry); the rep is shown that sentence as the
   * evidence, and the model itself is sure of it there. Measured out of fold (3 partitions of the
   * 4250 honest messages, thresholds as shipped): signals 0.8765 -> 0.8773 at 0.95 (0.8769 at
   * 0.9, 0.8768 at 0.99): no cost, and the explicit statement is no longer lost.
   */
  keepEvidence?: number;
}

/** Per rules signal, the model's probability of it on its evidence sentence alone (undefined: not known). */
export type EvidenceProbability = (id: string) => number | undefined;

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
// a currency amount carries money at stake, a question mark a question.
function shapeFeatures(text: string): string[] {
  const out: string[] = [];
  const shouted = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => /[AEIOU]/.test(w));
  if (shouted.length >= 2) out.push('#shout');
  if (/!!|\?!/.test(text) || (text.match(/!/g) ?? []).length >= 3) out.push('#bangs');
  if (/[$£€]\s?\d|\d\s?(?:dollars|pounds|euros|usd|gbp|eur)\b/i.test(text)) out.push('#amount');
  // A question mark: plain questions are most of `general`, and the word list drops punctuation.
  if (text.includes('?')) out.push('#asks');
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
  const out = [...words, ...stems, ...shapeFeatures(text)];
  if (FEATURE_KINDS.classes) out.push(...classFeatures(text));
  return out;
}

const WORD_CLASSES: Array<[string, readonly string[]]> = [
  ['partner', PARTNER_AGENTS],
  ['ours', OUR_AGENTS],
  ['fault', FAULT_WORDS],
  ['trouble', TROUBLE_WORDS],
];
/** Per word, the bit of each class it is in (one Map lookup per word instead of one Set per class). */
const CLASS_BITS = new Map<string, number>();
WORD_CLASSES.forEach(([, words], i) => { for (const w of words) CLASS_BITS.set(w, (CLASS_BITS.get(w) ?? 0) | (1 << i)); });

/**
 * Word classes of the cue catalog's lexicons (a partner, one of our people, a fault, trouble),
 * alone and as pairs within one sentence ("the courier ... threw" is a partner's fault): they
 * pool words each seen too rarely to get a weight of their own. Sentences and words found with
 * two plain regexes (no contraction expansion: no class word has an apostrophe), as this runs
 * on every message.
 */
function classFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const sentence of text.toLowerCase().split(/[.!?;:\n\r]+/)) {
    let bits = 0;
    for (const m of sentence.matchAll(/[a-z]+/g)) bits |= CLASS_BITS.get(m[0]) ?? 0;
    if (bits === 0) continue;
    for (let i = 0; i < WORD_CLASSES.length; i++) {
      if (!(bits & (1 << i))) continue;
      out.add(`#c:${WORD_CLASSES[i]![0]}`);
      for (let j = i + 1; j < WORD_CLASSES.length; j++) if (bits & (1 << j)) out.add(`#c:${WORD_CLASSES[i]![0]}+${WORD_CLASSES[j]![0]}`);
    }
  }
  return [...out];
}

/** The model's features for a whole message: only its analyzed sentences count. */
export function messageFeatures(text: string): string[] {
  return customerFeatures(analyzedSentences(text).map((s) => s.text).join('\n'));
}

/**
 * The two levels of the learned layer. `words` is a plain word model trained on text that is not
 * the honest pool (the tune half, our own messages, the cue examples): its probabilities on a
 * new message are honest, and with several hundred messages behind it it knows more wording
 * than the honest pool alone can teach. `stack` is trained on the honest pool; its features
 * are the rules' verdict, the word model's probabilities (binned) and, when `withWords`, the
 * words themselves.
 */
export interface CustomerModel {
  words?: LinearModel;
  stack: LinearModel;
  withWords: boolean;
  cross?: boolean;
  /**
   * Each rule feature goes in this many times (as `rule:x`, `rule:x#1`, ...): a binary feature
   * scaled up, so the L2 penalty that keeps the many word weights small holds the few rule
   * weights back less.
   */
  ruleCopies?: number;
  /**
   * The word model's highest probability over the message's sentences, binned, beside its
   * message-level one: one sentence that says what went wrong is diluted by the rest of a long
   * message in the message-level bag of words.
   */
  sentenceMax?: boolean;
}

/** Cumulative bins of a word-model probability ("at least 0.5"), so the stack learns a monotone step function of it. */
const BINS = [0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9];

/** The word model's probabilities as stack features: per label its bins, and which label it likes best. */
export function wordModelFeatures(words: LinearModel, features: string[], rules?: RuleLabels): string[] {
  const p = predict(words, features);
  const out: string[] = [];
  let top = 0;
  words.labels.forEach((label, j) => {
    const q = p[j] ?? 0;
    for (const b of BINS) if (q >= b) out.push(`wm:${label}:${b}`);
    if (q > (p[top] ?? 0)) top = j;
  });
  const best = words.labels[top] ?? '';
  out.push(`wm:top:${best}`);
  // Where the rules and the word model disagree, which way (the confusions are pairs: ours vs a partner's, late vs out of stock).
  if (rules) for (const r of rules.situations) out.push(`x:${r}>${best}`);
  return out;
}

/** Per label, the bins of the word model's highest probability over the sentences (`wms:`). */
export function sentenceMaxFeatures(words: LinearModel, sentences: string[][]): string[] {
  const best = words.labels.map(() => 0);
  for (const features of sentences) predict(words, features).forEach((q, j) => { if (q > (best[j] ?? 0)) best[j] = q; });
  const out: string[] = [];
  words.labels.forEach((label, j) => { for (const b of BINS) if ((best[j] ?? 0) >= b) out.push(`wms:${label}:${b}`); });
  return out;
}

/** The word features of each analyzed sentence of a message. */
export function sentenceFeatures(text: string): string[][] {
  return analyzedSentences(text).map((s) => customerFeatures(s.text));
}

/**
 * The stacked model's features from a message's word features and the rules' verdict on it
 * (and, for sentenceMax, its sentences' word features: computed from `text` when not given).
 */
export function stackFeatures(words: string[], rules: RuleLabels, model: Omit<CustomerModel, 'stack'>, sentences?: () => string[][]): string[] {
  const out = model.withWords ? [...words] : [];
  const own = ruleFeatures(rules);
  out.push(...own);
  for (let c = 1; c < (model.ruleCopies ?? 1); c++) for (const f of own) out.push(`${f}#${c}`);
  if (model.words) out.push(...wordModelFeatures(model.words, words, model.cross ? rules : undefined));
  if (model.words && model.sentenceMax && sentences) out.push(...sentenceMaxFeatures(model.words, sentences()));
  return out;
}

/** The rules' labels of a message (the cue catalog alone). */
export function rulesOf(analysis: CustomerAnalysis, sentences?: Sentence[]): RuleLabels {
  const out: RuleLabels = { situations: analysis.situations.map((e) => e.id), signals: analysis.signals.map((e) => e.id) };
  if (sentences) out.sentences = sentences.length;
  return out;
}

/** The sentence whose words push this label up most: the evidence shown for a learned label. */
function strongestSentence(models: CustomerModel, label: string, sentences: Sentence[]): Sentence | undefined {
  // The word model knows words best; the stack's word weights when the word model has no such label.
  const model = models.words?.labels.includes(label) ? models.words : models.stack;
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

/** The analyzed sentence that holds the start of a piece of evidence (the first one after it, when it falls between sentences). */
export function sentenceOf(sentences: readonly Sentence[], evidence: Span): Sentence | undefined {
  return sentences.find((s) => s.start <= evidence.start && evidence.start < s.end) ?? sentences.find((s) => s.end > evidence.start);
}

/** The stack's probability of label `evidence.id` on the sentence of the evidence read alone (with the message's rule verdict). */
export function evidenceProbability(model: CustomerModel, rules: RuleLabels, sentences: readonly Sentence[], evidence: Evidence<string> | undefined): number | undefined {
  const sentence = evidence && sentenceOf(sentences, evidence);
  if (!sentence) return undefined;
  return sentenceProbability(model, rules, customerFeatures(sentence.text), evidence.id);
}

/** The stack's probability of `label` on one sentence's word features, given the message's rule verdict. */
export function sentenceProbability(model: CustomerModel, rules: RuleLabels, words: string[], label: string): number | undefined {
  const j = model.stack.labels.indexOf(label);
  if (j < 0) return undefined;
  return predict(model.stack, stackFeatures(words, rules, model, () => [words]))[j];
}

/** Per label, the model's probability for this message, given the rules' verdict (the cue catalog's when not given). */
export function customerProbabilities(
  text: string,
  model: CustomerModel = CUSTOMER_STACK,
  rules: RuleLabels = rulesOf(classifyCustomerText(text), analyzedSentences(text)),
): Map<string, number> {
  const p = predict(model.stack, stackFeatures(messageFeatures(text), rules, model, () => sentenceFeatures(text)));
  return new Map(model.stack.labels.map((l, j) => [l, p[j] ?? 0]));
}

/**
 * The label ids after combining the rules' with the model's probabilities (the decision alone,
 * shared by addLearnedSituations and the evaluation scripts).
 */
export function combineLabels(
  rules: RuleLabels,
  prob: Map<string, number>,
  decision: CustomerCombine = CUSTOMER_COMBINE,
  evidenceProbability?: EvidenceProbability,
): { situations: string[]; signals: string[]; added: string[] } {
  const combine = decision.short !== undefined && (rules.sentences ?? 2) <= 1 ? decision.short : decision;
  const added: string[] = [];
  const keepEvidence = combine.keepEvidence ?? decision.keepEvidence;
  // Asked only for a rules signal the message-level probability would drop (a few per hundred messages).
  const evidenceHolds = (id: string): boolean =>
    keepEvidence !== undefined && evidenceProbability !== undefined && (evidenceProbability(id) ?? 0) >= keepEvidence;
  const decide = (ids: readonly string[], fromRules: string[], keepRules = false, byEvidence = false): string[] =>
    ids.filter((id) => {
      const p = prob.get(id);
      if (p === undefined) return fromRules.includes(id);
      if (fromRules.includes(id)) return keepRules || p >= (combine.drop[id] ?? 0) || (byEvidence && evidenceHolds(id));
      const beside = combine.addBeside?.[id] !== undefined && fromRules.some((r) => r !== 'general' && r !== id);
      if (p >= (beside ? combine.addBeside![id]! : combine.add[id] ?? 2)) { added.push(id); return true; }
      return false;
    });
  const troubles = SITUATION_IDS.filter((s) => s !== 'general');
  let real = decide(troubles, rules.situations);
  // Drops only thin out: a message the rules found trouble in is emptied by generalWins alone.
  if (combine.dropsKeepOne && real.length === 0) real = decide(troubles, rules.situations, true);
  // The rules saw nothing wrong; the model's likeliest trouble, if it is sure enough, is a better guess than `general`.
  if (real.length === 0 && rules.situations.every((s) => s === 'general')) {
    const [best, p] = SITUATION_IDS.filter((s) => s !== 'general')
      .map((s) => [s, prob.get(s) ?? 0] as const)
      .reduce((a, b) => (b[1] > a[1] ? b : a), ['general', 0] as readonly [string, number]);
    if (p >= (combine.replaceGeneral ?? 2)) { real.push(best); added.push(best); }
  }
  if (combine.second !== undefined && real.length > 1) {
    const first = real.reduce((a, b) => ((prob.get(b) ?? 0) > (prob.get(a) ?? 0) ? b : a));
    real.splice(0, real.length, ...real.filter((id) => id === first || (prob.get(id) ?? 0) >= combine.second!));
  }
  if (combine.secondFor !== undefined && real.length > 1) {
    const first = real.reduce((a, b) => ((prob.get(b) ?? 0) > (prob.get(a) ?? 0) ? b : a));
    real.splice(0, real.length, ...real.filter((id) => id === first || (prob.get(id) ?? 0) >= (combine.secondFor![id] ?? 0)));
  }
  if (combine.cap !== undefined && real.length > combine.cap) {
    const kept = new Set([...real].sort((a, b) => (prob.get(b) ?? 0) - (prob.get(a) ?? 0)).slice(0, combine.cap));
    real.splice(0, real.length, ...real.filter((id) => kept.has(id)));
  }
  const plain = (prob.get('general') ?? 0) >= (combine.generalWins ?? 2);
  const situations = real.length > 0 && !plain ? real : ['general'];
  const signals = decide(SIGNAL_IDS, rules.signals, false, true);
  return { situations, signals, added };
}

/**
 * The rules' analysis plus the labels the model adds (each with the sentence that drove it as
 * evidence), minus a rules label the model rejects; `general` when no other situation remains
 * or when the model is sure nothing went wrong.
 */
export function addLearnedSituations(
  text: string,
  analysis: CustomerAnalysis,
  model: CustomerModel = CUSTOMER_STACK,
  combine: CustomerCombine = CUSTOMER_COMBINE,
): CustomerAnalysis {
  const sentences = analyzedSentences(text);
  const rules = rulesOf(analysis, sentences);
  const prob = customerProbabilities(text, model, rules);
  const decided = combineLabels(rules, prob, combine, (id) => evidenceProbability(model, rules, sentences, analysis.signals.find((e) => e.id === id)));
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
