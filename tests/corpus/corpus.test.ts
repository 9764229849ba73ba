import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { barFailures, BARS, evaluate, formatSummary, loadCorpus } from './evaluate';

// Scores lib/analysis on the labelled corpus against the bars of issue 2. The corpus was
// written without reading the rules; `npx tsx tests/corpus/report.ts` lists every miss.

const corpus = loadCorpus();
const result = evaluate({ analyzeDraft, classifyCustomer }, corpus);

describe('the analyzer on the labelled corpus', () => {
  it('prints its scores', () => {
    console.log(`\n${formatSummary(result)}\n`);
    const failures = barFailures(result);
    if (failures.length > 0) console.log(`below the bars: ${failures.join('; ')}\n`);
  });

  it(`finds deflections with precision ≥ ${BARS.findingsPrecision} and recall ≥ ${BARS.findingsRecall}`, () => {
    expect(result.findings.micro.precision).toBeGreaterThanOrEqual(BARS.findingsPrecision);
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
