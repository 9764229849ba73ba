import { describe, expect, it } from 'vitest';
import {
  expandModel,
  modelToSource,
  predict,
  pruneModel,
  topFeatures,
  trainOneVsRest,
  wordFeatures,
  type LinearModel,
  type SparseModel,
} from '../../lib/analysis/learned/core';

describe('wordFeatures', () => {
  it('lowercases, expands contractions and turns digit runs into 0', () => {
    const f = wordFeatures("We CAN'T ship it, we're out. It's 120 dollars");
    expect(f).toEqual(expect.arrayContaining(['we', 'can', 'not', 'can|not', 'are', 'we|are', 'it|is', '0', '0|dollars']));
    expect(f).not.toContain("can't");
  });

  it('marks each sentence start and keeps bigrams inside a sentence', () => {
    const f = wordFeatures('Please call them. Thanks!');
    expect(f).toEqual(expect.arrayContaining(['^|please', 'please|call', 'call|them', '^|thanks']));
    expect(f).not.toContain('them|thanks');
  });

  it('reads a possessive as its noun and lists each feature once', () => {
    const f = wordFeatures("the driver's van, the driver's fault");
    expect(f).toContain('the|driver');
    expect(f.filter((x) => x === 'driver')).toHaveLength(1);
  });
});

const TRAINING = [
  { text: 'my parcel never arrived', labels: ['late'] },
  { text: 'the parcel is late again', labels: ['late'] },
  { text: 'still waiting for the parcel', labels: ['late'] },
  { text: 'you charged me twice', labels: ['billing'] },
  { text: 'a double charge on my card', labels: ['billing'] },
  { text: 'charged twice for one order', labels: ['billing'] },
  { text: 'how do I change my address', labels: [] },
  { text: 'what are your opening hours', labels: [] },
];
const LABELS = ['late', 'billing'];
const train = (): LinearModel =>
  trainOneVsRest(TRAINING.map((t) => ({ features: wordFeatures(t.text), labels: t.labels })), LABELS, { epochs: 40, minCount: 1 });

describe('trainOneVsRest', () => {
  it('learns a tiny separable set', () => {
    const model = train();
    const [late, billing] = predict(model, wordFeatures('where is my parcel, it is late'));
    expect(late).toBeGreaterThan(0.5);
    expect(billing).toBeLessThan(0.5);
    const [late2, billing2] = predict(model, wordFeatures('I was charged twice'));
    expect(billing2).toBeGreaterThan(0.5);
    expect(late2).toBeLessThan(0.5);
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(train()).toEqual(train());
  });

  it('leaves the labels an example does not speak for untouched', () => {
    const only = trainOneVsRest([{ features: ['parcel'], labels: ['late'], only: ['late'] }], LABELS, { minCount: 1 });
    expect(only.weights['parcel']?.[0]).toBeGreaterThan(0);
    expect(only.weights['parcel']?.[1]).toBe(0);
    expect(only.bias[1]).toBe(0);
  });

  it('drops features seen fewer than minCount times', () => {
    const model = trainOneVsRest(TRAINING.map((t) => ({ features: wordFeatures(t.text), labels: t.labels })), LABELS, { minCount: 2 });
    expect(model.weights['parcel']).toBeDefined();
    expect(model.weights['hours']).toBeUndefined();
  });
});

describe('topFeatures', () => {
  it('names the present features that pushed the label up most', () => {
    const top = topFeatures(train(), 'billing', wordFeatures('the parcel was charged twice'), 2);
    expect(top).toHaveLength(2);
    expect(top.some((f) => f.includes('charged') || f.includes('twice'))).toBe(true);
    expect(top).not.toContain('parcel');
  });
});

describe('pruneModel', () => {
  it('keeps only the strongest weights per label', () => {
    const model = train();
    const pruned = pruneModel(model, 3);
    for (let j = 0; j < LABELS.length; j++) {
      const nonzero = Object.values(pruned.weights).filter((row) => row[j] !== 0);
      expect(nonzero.length).toBeLessThanOrEqual(3);
    }
    expect(Object.keys(pruned.weights).length).toBeLessThan(Object.keys(model.weights).length);
    expect(pruned.bias).toEqual(model.bias);
  });
});

describe('modelToSource', () => {
  it('writes a source whose data rebuilds the same predictions', () => {
    const model = train();
    const source = modelToSource(model, 'TINY_MODEL');
    expect(source).toContain('export const TINY_MODEL: LinearModel = expandModel(');
    const json = source.slice(source.indexOf('expandModel(') + 'expandModel('.length, source.lastIndexOf(');'));
    const rebuilt = expandModel(JSON.parse(json) as SparseModel);
    for (const text of ['my parcel is late', 'charged twice', 'opening hours']) {
      const a = predict(model, wordFeatures(text));
      const b = predict(rebuilt, wordFeatures(text));
      a.forEach((p, j) => expect(b[j]).toBeCloseTo(p, 2));
    }
  });
});
