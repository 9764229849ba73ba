import { describe, expect, it } from 'vitest';
import { SITUATION_IDS } from '../../lib/analysis/taxonomy';
import type { CustomerAnalysis } from '../../lib/analysis/types';
import type { LinearModel } from '../../lib/analysis/learned/core';
import { addLearnedSituations, analyzedSentences, customerProbabilities, type CustomerCombine, type CustomerModel } from '../../lib/analysis/learned/customer';

// A hand-made model, so these tests pin the combination, not whatever the last training run learned.
const TOY_WORDS: LinearModel = {
  labels: ['outage', 'billing_error'],
  bias: [-4, -4],
  weights: { crashes: [6, 0], 'app|crashes': [2, 0], twice: [0, 6], charged: [-6, 0] },
};
const TOY: CustomerModel = { stack: TOY_WORDS, withWords: true };
const COMBINE: CustomerCombine = { add: { outage: 0.8, billing_error: 0.8 }, drop: { outage: 0.05 } };
const general = (text: string): CustomerAnalysis => ({
  situations: [{ id: 'general', start: 0, end: text.length, text }],
  signals: [],
});

describe('addLearnedSituations', () => {
  it('adds a situation the model is sure of, with the sentence that drove it, and drops general', () => {
    const text = 'Hello there. The app crashes every time I open it.';
    const out = addLearnedSituations(text, general(text), TOY, COMBINE);
    expect(out.situations.map((e) => e.id)).toEqual(['outage']);
    expect(out.situations[0]!.text).toBe('The app crashes every time I open it.');
    expect(text.slice(out.situations[0]!.start, out.situations[0]!.end)).toBe(out.situations[0]!.text);
  });

  it('passes the rules\' signals through with their evidence', () => {
    const text = 'My app crashes and I need it tonight!';
    const rules: CustomerAnalysis = { ...general(text), signals: [{ id: 'deadline', start: 31, end: 38, text: 'tonight' }] };
    expect(addLearnedSituations(text, rules, TOY, COMBINE).signals).toEqual(rules.signals);
  });

  it('lets the model\'s likeliest situation replace general when it is sure enough', () => {
    const text = 'The app crashes.';
    expect(addLearnedSituations(text, general(text), TOY, { add: {}, drop: {}, replaceGeneral: 0.5 }).situations.map((e) => e.id)).toEqual(['outage']);
    expect(addLearnedSituations(text, general(text), TOY, { add: {}, drop: {}, replaceGeneral: 0.99 }).situations.map((e) => e.id)).toEqual(['general']);
  });

  it('keeps the rules and their evidence when the model has nothing to add', () => {
    const text = 'Can I change my delivery address?';
    expect(addLearnedSituations(text, general(text), TOY, COMBINE)).toEqual(general(text));
  });

  it('drops a rules situation the model strongly rejects, and general takes its place', () => {
    const text = 'I was charged for the premium plan.';
    const rules: CustomerAnalysis = { situations: [{ id: 'outage', start: 0, end: 5, text: 'I was' }], signals: [] };
    expect(addLearnedSituations(text, rules, TOY, COMBINE).situations.map((e) => e.id)).toEqual(['general']);
  });

  it('makes a message general alone when the model is sure nothing went wrong', () => {
    const plain: CustomerModel = { stack: { labels: ['outage', 'general'], bias: [-4, -4], weights: { crashes: [6, 0], '#asks': [0, 6] } }, withWords: true };
    const text = 'If the app crashes abroad, who do I call?';
    const rules: CustomerAnalysis = { situations: [{ id: 'outage', start: 11, end: 18, text: 'crashes' }], signals: [] };
    const ids = (c: CustomerCombine) => addLearnedSituations(text, rules, plain, c).situations.map((e) => e.id);
    expect(ids({ add: {}, drop: {}, generalWins: 0.8 })).toEqual(['general']);
    expect(ids({ add: {}, drop: {} })).toEqual(['outage']);
  });

  it('keeps only the likeliest situations when capped', () => {
    const text = 'The app crashes and you charged me twice.';
    const rules: CustomerAnalysis = {
      situations: [{ id: 'outage', start: 4, end: 15, text: 'app crashes' }, { id: 'billing_error', start: 20, end: 40, text: 'you charged me twice' }],
      signals: [],
    };
    const capped = addLearnedSituations(text, rules, { ...TOY, stack: { ...TOY_WORDS, weights: { ...TOY_WORDS.weights, charged: [0, 0] } } }, { add: {}, drop: {}, cap: 1 });
    expect(capped.situations.map((e) => e.id)).toEqual(['outage']);
  });

  it('decides a one-sentence message by the short thresholds, a longer one by the others', () => {
    const combine: CustomerCombine = { add: { outage: 0.8 }, drop: {}, short: { add: {}, drop: {} } };
    const one = 'The app crashes every time I open it.';
    const two = 'Hello there. The app crashes every time I open it.';
    expect(addLearnedSituations(one, general(one), TOY, combine).situations.map((e) => e.id)).toEqual(['general']);
    expect(addLearnedSituations(two, general(two), TOY, combine).situations.map((e) => e.id)).toEqual(['outage']);
  });

  it('reads only the analyzed part: quoted history does not count', () => {
    const text = 'Thanks, all sorted now.\n\nOn Mon, 3 Feb 2025, Support wrote:\n> the app crashes twice a day';
    expect(analyzedSentences(text).map((s) => s.text)).toEqual(['Thanks, all sorted now.']);
    expect(addLearnedSituations(text, general(text), TOY, COMBINE).situations.map((e) => e.id)).toEqual(['general']);
  });

  // A toy model of one signal: its word "again" reads as repeat contact, the other words of a long
  // message against it, so the message-level probability drops the rules' signal.
  const SIGNAL_TOY: CustomerModel = {
    stack: { labels: ['repeat_contact'], bias: [-2], weights: { again: [5], airport: [-4], kids: [-4], ferry: [-4] } },
    withWords: true,
  };
  const signalText = 'We are at the airport with the kids. I am writing again. The ferry leaves soon.';
  const withSignal: CustomerAnalysis = {
    ...general(signalText),
    signals: [{ id: 'repeat_contact', start: signalText.indexOf('writing'), end: signalText.indexOf('again') + 5, text: 'writing again' }],
  };
  const signalIds = (combine: CustomerCombine) => addLearnedSituations(signalText, withSignal, SIGNAL_TOY, combine).signals.map((e) => e.id);

  it('drops a rules signal the message reads against, unless its evidence sentence alone is sure of it (keepEvidence)', () => {
    const drop = { add: {}, drop: { repeat_contact: 0.05 } };
    // Message level: -2 + 5 - 12 = -9 (p 0.0001); the evidence sentence alone: -2 + 5 = 3 (p 0.95).
    expect(signalIds(drop)).toEqual([]);
    expect(signalIds({ ...drop, keepEvidence: 0.9 })).toEqual(['repeat_contact']);
    expect(signalIds({ ...drop, keepEvidence: 0.99 })).toEqual([]);
    const kept = addLearnedSituations(signalText, withSignal, SIGNAL_TOY, { ...drop, keepEvidence: 0.9 }).signals[0]!;
    expect(kept).toEqual(withSignal.signals[0]);
  });
});

describe('the stack over the rules', () => {
  // A stack that trusts the rules' outage unless the words say it was only a question.
  const STACK: CustomerModel = {
    stack: { labels: ['outage', 'general'], bias: [-3, -1], weights: { 'rule:outage': [5, -2], '#asks': [-3, 3] } },
    withWords: true,
  };
  const outage = (text: string): CustomerAnalysis => ({ situations: [{ id: 'outage', start: 0, end: 4, text: text.slice(0, 4) }], signals: [] });

  it('reads what the rules said as a feature', () => {
    const text = 'The site is down again.';
    expect(customerProbabilities(text, STACK, { situations: ['outage'], signals: [] }).get('outage')).toBeGreaterThan(0.8);
    expect(customerProbabilities(text, STACK, { situations: ['general'], signals: [] }).get('outage')).toBeLessThan(0.1);
  });

  it('keeps a rules situation the stack still believes and drops one it no longer does', () => {
    const combine: CustomerCombine = { add: {}, drop: { outage: 0.5 } };
    expect(addLearnedSituations('The site is down again.', outage('The site'), STACK, combine).situations.map((e) => e.id)).toEqual(['outage']);
    expect(addLearnedSituations('Is the site down for everyone?', outage('Is the'), STACK, combine).situations.map((e) => e.id)).toEqual(['general']);
  });

  it('with dropsKeepOne, drops only thin out several situations and never empty a message', () => {
    const text = 'The site is down and I was charged twice.';
    const both: CustomerAnalysis = {
      situations: [{ id: 'outage', start: 0, end: 16, text: 'The site is down' }, { id: 'billing_error', start: 21, end: 40, text: 'I was charged twice' }],
      signals: [],
    };
    // The toy believes in neither (about 0.05 and 0.02).
    const doubting: CustomerModel = { stack: { labels: ['outage', 'billing_error'], bias: [-3, -4], weights: {} }, withWords: true };
    const combine: CustomerCombine = { add: {}, drop: { outage: 0.5, billing_error: 0.5 }, dropsKeepOne: true };
    expect(addLearnedSituations(text, both, doubting, combine).situations.map((e) => e.id).sort()).toEqual(['billing_error', 'outage']);
    const sure: CustomerModel = { ...doubting, stack: { ...doubting.stack, weights: { down: [6, 0] } } };
    expect(addLearnedSituations(text, both, sure, combine).situations.map((e) => e.id)).toEqual(['outage']);
  });

  it('keeps a second situation only when the model believes it too', () => {
    const text = 'The app crashes and you charged me twice.';
    const rules: CustomerAnalysis = {
      situations: [{ id: 'outage', start: 4, end: 15, text: 'app crashes' }, { id: 'billing_error', start: 20, end: 40, text: 'you charged me twice' }],
      signals: [],
    };
    const weak = { ...TOY, stack: { ...TOY_WORDS, weights: { ...TOY_WORDS.weights, twice: [0, 4.5], charged: [0, 0] } } };
    const ids = (second: number) => addLearnedSituations(text, rules, weak, { add: {}, drop: {}, second }).situations.map((e) => e.id);
    expect(ids(0.9)).toEqual(['outage']);
    expect(ids(0.5)).toEqual(['billing_error', 'outage']);
  });

  it('with secondFor, holds only the named label to the stricter bar as a second situation', () => {
    const text = 'My parcel is a week late and you promised it for Monday.';
    const rules: CustomerAnalysis = {
      situations: [{ id: 'late_delivery', start: 0, end: 26, text: 'My parcel is a week late' }, { id: 'our_mistake', start: 31, end: 56, text: 'you promised it for Monday' }],
      signals: [],
    };
    // The toy is sure of the late parcel (about 0.95) and less of our mistake (about 0.73).
    const model: CustomerModel = { stack: { labels: ['late_delivery', 'our_mistake'], bias: [3, 1], weights: {} }, withWords: true };
    const ids = (secondFor: Record<string, number>) => addLearnedSituations(text, rules, model, { add: {}, drop: {}, secondFor }).situations.map((e) => e.id).sort();
    expect(ids({ our_mistake: 0.9 })).toEqual(['late_delivery']);
    expect(ids({ our_mistake: 0.5 })).toEqual(['late_delivery', 'our_mistake']);
    // Another label named does not touch our mistake, and the likeliest situation is never dropped.
    expect(ids({ late_delivery: 0.99 })).toEqual(['late_delivery', 'our_mistake']);
  });

  it('with addBeside, adds the named label beside a trouble the rules found only at its own bar', () => {
    const text = 'My parcel is a week late and you promised it for Monday.';
    const late: CustomerAnalysis = { situations: [{ id: 'late_delivery', start: 0, end: 24, text: 'My parcel is a week late' }], signals: [] };
    // The toy is sure of both (about 0.95): the rules found only the late parcel.
    const model: CustomerModel = { stack: { labels: ['late_delivery', 'our_mistake'], bias: [3, 3], weights: {} }, withWords: true };
    const ids = (analysis: CustomerAnalysis, addBeside?: Record<string, number>) =>
      addLearnedSituations(text, analysis, model, { add: { our_mistake: 0.9 }, drop: {}, addBeside }).situations.map((e) => e.id).sort();
    expect(ids(late)).toEqual(['late_delivery', 'our_mistake']);
    expect(ids(late, { our_mistake: 0.99 })).toEqual(['late_delivery']);
    // Where the rules found nothing wrong, the ordinary add bar holds.
    expect(ids(general(text), { our_mistake: 0.99 })).toEqual(['our_mistake']);
  });
});

describe('the trained customer model', () => {
  // Sentences written for this test (not from the corpus).
  // The likeliest situation (the stack predicts signals too).
  const top = (text: string): string =>
    [...customerProbabilities(text)].filter(([l]) => (SITUATION_IDS as readonly string[]).includes(l)).sort((a, b) => b[1] - a[1])[0]![0];

  it('recognizes a partner who got it wrong', () => {
    expect(top('The booking site you use put us in the wrong hotel and nobody at the desk could help.')).toBe('partner_error');
  });

  it('recognizes a double charge', () => {
    expect(top('Hi, my card shows two payments for the same order. Please sort this out.')).toBe('billing_error');
  });

  it('is unsure of every trouble for a plain question, and sure it is general', () => {
    const p = customerProbabilities('What time do you open on Saturdays?');
    for (const [label, q] of p) if (label !== 'general') expect(q).toBeLessThan(0.5);
    expect(p.get('general')).toBeGreaterThan(0.5);
  });

  it('reads a question that only mentions trouble as general', () => {
    expect(top('Hello, if my parcel is ever late, how do I get the delivery fee back? Just asking before I order.')).toBe('general');
  });
});
