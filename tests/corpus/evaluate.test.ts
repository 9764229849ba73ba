import { describe, expect, it } from 'vitest';
import { barFailures, corpusHalf, evaluate, formatMisses, type Corpus, type CorpusAnalyzer } from './evaluate';

// The harness on a two-draft, two-message corpus with a fake analyzer whose answers are fixed.

const corpus: Corpus = {
  drafts: [
    { id: 'd-x-001', draft: 'Please contact Expedia. Thanks for your patience.', findings: [{ category: 'redirect', start: 0, end: 22 }, { category: 'hollow_closer', start: 24, end: 48 }] },
    { id: 'd-x-002', draft: "I've refunded you today.", findings: [] },
  ],
  customers: [
    { id: 'c-x-001', customer: 'Charged twice!', situations: ['billing_error'], signals: ['money_at_stake'] },
    { id: 'c-x-002', customer: 'Do you ship to Oslo?', situations: ['general'], signals: [] },
  ],
};

const fake: CorpusAnalyzer = {
  analyzeDraft: (text) =>
    text.startsWith('Please')
      ? { findings: [{ category: 'redirect', start: 7, end: 14 }] } // hits the redirect, misses the closer
      : { findings: [{ category: 'passive_evasion', start: 0, end: 13 }] }, // flags the clean draft
  classifyCustomer: (text) =>
    text.startsWith('Charged')
      ? { situations: [{ id: 'billing_error' }], signals: [{ id: 'money_at_stake' }, { id: 'high_emotion', text: '!' }] }
      : { situations: [{ id: 'general' }], signals: [] },
};

describe('evaluate', () => {
  const result = evaluate(fake, corpus);

  it('scores findings, clean drafts, situations and signals', () => {
    expect(result.findings.micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.findings.cleanFlaggedRate).toBe(1);
    expect(result.situations.micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(result.signals.micro).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('names each bar that is missed', () => {
    const failures = barFailures(result);
    expect(failures.some((f) => f.startsWith('findings precision 0.500'))).toBe(true);
    expect(failures.some((f) => f.startsWith('clean drafts with a finding 1.000'))).toBe(true);
    expect(failures.some((f) => f.startsWith('signals micro-F1 0.667'))).toBe(true);
    expect(failures.some((f) => f.startsWith('situations'))).toBe(false);
  });

  it('lists the misses with their words and the evidence of extra labels', () => {
    const text = formatMisses(result, corpus);
    expect(text).toContain('FN hollow_closer');
    expect(text).toContain('"Thanks for your patience"');
    expect(text).toContain('d-x-002 (clean draft)');
    expect(text).toContain(`FP passive_evasion  "I've refunded"`);
    expect(text).toContain('FP high_emotion ← "!"');
  });
});

describe('corpusHalf', () => {
  it('splits ordinary ids between both halves', () => {
    const halves = new Set(Array.from({ length: 40 }, (_, i) => corpusHalf(`d-airline-${i}`)));
    expect([...halves].sort()).toEqual(['check', 'tune']);
  });

  it('always puts items written after tuning stopped (prefix `held…`) in the check half', () => {
    for (let i = 1; i <= 40; i++) {
      expect(corpusHalf(`c-helda-${String(i).padStart(3, '0')}`)).toBe('check');
      expect(corpusHalf(`d-held-${i}`)).toBe('check');
    }
  });

  it('keeps the holdout sources out of both halves', () => {
    for (let i = 1; i <= 40; i++) {
      expect(corpusHalf(`d-heldr-${i}`)).toBe('holdout');
      expect(corpusHalf(`c-helds-${i}`)).toBe('holdout');
      expect(corpusHalf(`c-heldsa-${i}`)).toBe('check');
      expect(corpusHalf(`d-heldzza-${i}`)).toBe('holdout');
      expect(corpusHalf(`c-heldzzd-${i}`)).toBe('holdout');
      expect(corpusHalf(`c-heldzze-${i}`)).toBe('check');
    }
  });
});
