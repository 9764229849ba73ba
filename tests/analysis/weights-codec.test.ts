import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../lib/analysis/learned/core';
import { CUSTOMER_MODEL, CUSTOMER_WORDS } from '../../lib/analysis/learned/customer-weights';
import { STACK_MODEL } from '../../lib/analysis/learned/drafts-stack-weights';
import { fromCompact, quantize, toCompact } from '../../lib/analysis/learned/weights-codec';

// The one stored form of both learned layers' weights: what training scores (quantize) must be
// exactly what the weights files read back (fromCompact).

describe('the weights codec', () => {
  it('rounds to hundredths and drops rows that round to zero', () => {
    const model: LinearModel = { labels: ['a', 'b'], bias: [-1.234, 0.5], weights: { x: [0.126, 0], y: [0, -2.004], z: [0.001, 0] } };
    const q = quantize(model);
    expect(q).toEqual({ labels: ['a', 'b'], bias: [-1.23, 0.5], weights: { x: [0.13, 0], y: [0, -2] } });
    expect(fromCompact(toCompact(q))).toStrictEqual(q);
  });

  it('reads back bit for bit the floats quantize gives, for every step and values just off one', () => {
    const values = Array.from({ length: 1999 }, (_, i) => (i - 999) / 100 + ((i % 3) - 1) * 0.0004);
    const model: LinearModel = { labels: ['a'], bias: [values[5]!], weights: Object.fromEntries(values.map((x, i) => [`f${i}`, [x]])) };
    expect(fromCompact(toCompact(model))).toStrictEqual(quantize(model));
  });

  it('stores sixteen labels, bigrams, large weights and the stacks feature names', () => {
    const labels = Array.from({ length: 16 }, (_, j) => `l${j}`);
    const row = (j: number, x: number) => labels.map((_, i) => (i === j ? x : 0));
    const model: LinearModel = {
      labels,
      bias: labels.map((_, j) => j / 10 - 0.8),
      weights: { 'was|told': row(15, 3.21), '^|please': row(0, -0.07), 'r:redirect': row(2, 7.891), 'wm:our_mistake:0.5': row(7, 12.5), 'x:outage>general': row(9, -40), '~charg': labels.map((_, j) => j / 100), tiny: row(3, 0.001) },
    };
    const back = fromCompact(toCompact(model));
    expect(back).toStrictEqual(quantize(model));
    expect(back.weights['tiny']).toBeUndefined();
    expect(back.weights['x:outage>general']?.[9]).toBe(-40);
    expect(back.weights['was|told']?.[15]).toBe(3.21);
  });

  it('refuses what it cannot store', () => {
    const labels = Array.from({ length: 65 }, (_, j) => `l${j}`);
    expect(() => toCompact({ labels, bias: labels.map(() => 0), weights: {} })).toThrow(/64 labels/);
    expect(() => toCompact({ labels: ['a'], bias: [0], weights: { 'a|b|c': [1] } })).toThrow(/more than two words/);
    expect(() => toCompact({ labels: ['a'], bias: [0], weights: { 'a b': [1] } })).toThrow(/space/);
  });

  it('round-trips both shipped models exactly', () => {
    expect(fromCompact(toCompact(STACK_MODEL))).toStrictEqual(STACK_MODEL);
    expect(fromCompact(toCompact(CUSTOMER_MODEL))).toStrictEqual(CUSTOMER_MODEL);
    expect(fromCompact(toCompact(CUSTOMER_WORDS))).toStrictEqual(CUSTOMER_WORDS);
  });
});
