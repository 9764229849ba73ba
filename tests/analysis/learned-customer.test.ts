import { describe, expect, it } from 'vitest';
import type { CustomerAnalysis } from '../../lib/analysis/types';
import type { LinearModel } from '../../lib/analysis/learned/core';
import { addLearnedSituations, analyzedSentences, customerProbabilities, type CustomerCombine } from '../../lib/analysis/learned/customer';

// A hand-made model, so these tests pin the combination, not whatever the last training run learned.
const TOY: LinearModel = {
  labels: ['outage', 'billing_error'],
  bias: [-4, -4],
  weights: { crashes: [6, 0], 'app|crashes': [2, 0], twice: [0, 6], charged: [-6, 0] },
};
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

  it('reads only the analyzed part: quoted history does not count', () => {
    const text = 'Thanks, all sorted now.\n\nOn Mon, 3 Feb 2025, Support wrote:\n> the app crashes twice a day';
    expect(analyzedSentences(text).map((s) => s.text)).toEqual(['Thanks, all sorted now.']);
    expect(addLearnedSituations(text, general(text), TOY, COMBINE).situations.map((e) => e.id)).toEqual(['general']);
  });
});

describe('the trained customer model', () => {
  // Sentences written for this test (not from the corpus).
  const top = (text: string): string => [...customerProbabilities(text)].sort((a, b) => b[1] - a[1])[0]![0];

  it('recognizes a partner who got it wrong', () => {
    expect(top('The booking site you use put us in the wrong hotel and nobody at the desk could help.')).toBe('partner_error');
  });

  it('recognizes a double charge', () => {
    expect(top('Hi, my card shows two payments for the same order. Please sort this out.')).toBe('billing_error');
  });

  it('is unsure of everything for a plain question', () => {
    for (const p of customerProbabilities('What time do you open on Saturdays?').values()) expect(p).toBeLessThan(0.5);
  });
});
