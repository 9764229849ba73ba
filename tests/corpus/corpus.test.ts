import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { barFailures, BARS, evaluate, formatSummary, halfOf, loadCorpus } from './evaluate';

// Scores lib/analysis on the labelled corpus against the bars of issue 2. The corpus was
// written without reading the rules; `npx tsx tests/corpus/report.ts` lists every miss.
// Rules were later tuned on the misses of one half of it (`--half tune`); the other half
// (`--half check`) is printed too, because it says more about text nobody tuned on.

const corpus = loadCorpus();
const analyzer = { analyzeDraft, classifyCustomer };
const result = evaluate(analyzer, corpus);

describe('the analyzer on the labelled corpus', () => {
  it('prints its scores, on the whole corpus and on the half never used for tuning', () => {
    console.log(`\n${formatSummary(result)}\n`);
    const failures = barFailures(result);
    if (failures.length > 0) console.log(`below the bars: ${failures.join('; ')}\n`);
    const check = evaluate(analyzer, halfOf(corpus, 'check'));
    console.log(`check half (never read while tuning):\n${formatSummary(check)}\n`);
    expect(result.findings.micro.precision).toBeGreaterThan(0);
  });

  it(`finds deflections with precision ≥ ${BARS.findingsPrecision}`, () => {
    expect(result.findings.micro.precision).toBeGreaterThanOrEqual(BARS.findingsPrecision);
  });

  // KNOWN GAP (2026-11-22): recall is 0.849 on this corpus and about 0.76 on its check half, so
  // the bar is not met. `it.fails` keeps the bar visible in every run and turns red the day
  // recall reaches it: then make this a plain `it`.
  it(`finds deflections with recall ≥ ${BARS.findingsRecall}`, () => {
    expect(result.findings.micro.recall).toBeGreaterThanOrEqual(BARS.findingsRecall);
  });

  it(`leaves at least ${100 - 100 * BARS.cleanFlaggedRate} % of the clean drafts without a finding`, () => {
    expect(result.findings.cleanDrafts).toBeGreaterThan(0);
    expect(result.findings.cleanFlaggedRate).toBeLessThanOrEqual(BARS.cleanFlaggedRate);
  });

  it(`recognizes situations with micro-F1 ≥ ${BARS.situationsF1}`, () => {
    expect(result.situations.micro.f1).toBeGreaterThanOrEqual(BARS.situationsF1);
  });

  it(`recognizes signals with micro-F1 ≥ ${BARS.signalsF1}`, () => {
    expect(result.signals.micro.f1).toBeGreaterThanOrEqual(BARS.signalsF1);
  });
});
