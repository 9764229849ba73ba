import { describe, expect, it } from 'vitest';
import { matchSpans, overlaps, prf, scoreFindings, scoreLabels, type LabelledSpan } from './score';

// Figures below are computed by hand from the cases, not read off the code.

const f = (category: string, start: number, end: number): LabelledSpan => ({ category, start, end });

describe('overlaps', () => {
  it('treats spans as half-open: touching ends do not overlap', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 10 }, { start: 9, end: 20 })).toBe(true);
    expect(overlaps({ start: 3, end: 4 }, { start: 0, end: 10 })).toBe(true);
  });

  it('never matches an empty span', () => {
    expect(overlaps({ start: 5, end: 5 }, { start: 0, end: 10 })).toBe(false);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    const r = prf({ tp: 3, fp: 1, fn: 2 });
    expect(r.precision).toBeCloseTo(0.75, 10);
    expect(r.recall).toBeCloseTo(0.6, 10);
    expect(r.f1).toBeCloseTo(2 / 3, 10);
  });

  it('scores nothing predicted as precision 1 and nothing to find as recall 1', () => {
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('matchSpans', () => {
  it('finds the maximum one-to-one matching where a greedy pass would not', () => {
    // The first prediction overlaps both gold spans, the second only the first gold span.
    // Greedy (prediction order) pairs p0-g0 and leaves p1 and g1 unmatched; optimum is 2 pairs.
    const gold = [f('redirect', 0, 10), f('redirect', 12, 20)];
    const predicted = [f('redirect', 8, 14), f('redirect', 0, 3)];
    expect(matchSpans(gold, predicted)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('uses each gold finding once: a second overlapping prediction is a false positive', () => {
    const pairs = matchSpans([f('hollow_closer', 0, 10)], [f('hollow_closer', 0, 5), f('hollow_closer', 5, 10)]);
    expect(pairs).toHaveLength(1);
  });

  it('does not match across categories', () => {
    expect(matchSpans([f('hollow_empathy', 20, 30)], [f('policy_wall', 20, 30)])).toEqual([]);
  });
});

describe('scoreFindings', () => {
  const cases = [
    // A: one redirect found with a shifted span; hollow_empathy predicted as policy_wall.
    { id: 'A', gold: [f('redirect', 0, 10), f('hollow_empathy', 20, 30)], predicted: [f('redirect', 5, 15), f('policy_wall', 20, 30)] },
    // B: a clean draft with a finding.
    { id: 'B', gold: [], predicted: [f('vague_timeline', 0, 4)] },
    // C: a clean draft left alone.
    { id: 'C', gold: [], predicted: [] },
    // D: two redirects, both matched only by the optimal pairing.
    { id: 'D', gold: [f('redirect', 0, 10), f('redirect', 12, 20)], predicted: [f('redirect', 8, 14), f('redirect', 0, 3)] },
    // E: touching spans do not overlap: one false positive and one false negative.
    { id: 'E', gold: [f('redirect', 0, 10)], predicted: [f('redirect', 10, 20)] },
  ];
  const score = scoreFindings(cases, ['redirect', 'hollow_empathy', 'policy_wall', 'vague_timeline', 'condescension']);

  it('counts per category', () => {
    // redirect: tp A1 + D2 = 3, fp E1, fn E1.
    expect(score.perCategory.redirect).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(score.perCategory.hollow_empathy).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 1, recall: 0, f1: 0 });
    expect(score.perCategory.policy_wall).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 1, f1: 0 });
    expect(score.perCategory.vague_timeline).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    // Asked for but absent everywhere: a perfect, empty row.
    expect(score.perCategory.condescension).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });

  it('sums the micro figures over categories', () => {
    // tp 3, fp 3 (E, policy_wall, vague_timeline), fn 2 (E, hollow_empathy).
    expect(score.micro).toMatchObject({ tp: 3, fp: 3, fn: 2 });
    expect(score.micro.precision).toBeCloseTo(0.5, 10);
    expect(score.micro.recall).toBeCloseTo(0.6, 10);
    expect(score.micro.f1).toBeCloseTo(6 / 11, 10);
  });

  it('reports the share of clean drafts with any finding', () => {
    expect(score.cleanDrafts).toBe(2);
    expect(score.cleanDraftsWithFinding).toBe(1);
    expect(score.cleanFlaggedRate).toBe(0.5);
  });

  it('lists the false positives and negatives of each draft for the report', () => {
    const a = score.outcomes.find((o) => o.id === 'A')!;
    expect(a.falsePositives).toEqual([f('policy_wall', 20, 30)]);
    expect(a.falseNegatives).toEqual([f('hollow_empathy', 20, 30)]);
    expect(a.matched).toEqual([{ gold: f('redirect', 0, 10), predicted: f('redirect', 5, 15) }]);
  });

  it('gives a clean-flag rate of 0 when no draft is clean', () => {
    expect(scoreFindings([{ id: 'x', gold: [f('redirect', 0, 1)], predicted: [] }]).cleanFlaggedRate).toBe(0);
  });
});

describe('scoreLabels', () => {
  const score = scoreLabels(
    [
      { id: 'm1', gold: ['billing_error'], predicted: ['billing_error', 'our_mistake'] },
      { id: 'm2', gold: ['late_delivery', 'partner_error'], predicted: ['late_delivery'] },
      { id: 'm3', gold: ['general'], predicted: ['general', 'general'] },
      { id: 'm4', gold: ['outage'], predicted: [] },
    ],
    ['billing_error', 'cancellation'],
  );

  it('computes the micro F1 over all messages, counting repeated predictions once', () => {
    // tp: billing_error, late_delivery, general = 3; fp: our_mistake = 1; fn: partner_error, outage = 2.
    expect(score.micro).toMatchObject({ tp: 3, fp: 1, fn: 2 });
    expect(score.micro.precision).toBeCloseTo(0.75, 10);
    expect(score.micro.recall).toBeCloseTo(0.6, 10);
    expect(score.micro.f1).toBeCloseTo(2 / 3, 10);
  });

  it('computes figures per id', () => {
    expect(score.perId.billing_error).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(score.perId.our_mistake).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, f1: 0 });
    expect(score.perId.partner_error).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0, f1: 0 });
    expect(score.perId.general).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.perId.cancellation).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });

  it('lists what each message missed and added', () => {
    expect(score.outcomes).toEqual([
      { id: 'm1', missing: [], extra: ['our_mistake'] },
      { id: 'm2', missing: ['partner_error'], extra: [] },
      { id: 'm3', missing: [], extra: [] },
      { id: 'm4', missing: ['outage'], extra: [] },
    ]);
  });
});
