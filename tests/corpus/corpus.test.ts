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

// The bars are judged on a held-out corpus nobody on the team has read. The check half is the
// nearest thing here: rules were tuned on the other half's misses only (report.ts --half tune),
// so these tests say how the rules carry over to unseen wording. Where the check half is below a
// bar, `it.fails` keeps the gap visible in every run and turns red the day the bar is reached
// (then make it a plain `it`). Measured 2026-11-22 (session 3, after 600 blind-written items
// joined the corpus and the learned layer was wired in): findings precision 0.955, recall 0.822;
// clean drafts flagged 2.1 %; situations 0.790; signals 0.859.
describe('the analyzer on the check half (never tuned on)', () => {
  const check = evaluate(analyzer, halfOf(corpus, 'check'));

  it(`finds deflections with precision ≥ ${BARS.findingsPrecision}`, () => {
    expect(check.findings.micro.precision).toBeGreaterThanOrEqual(BARS.findingsPrecision);
  });

  it.fails(`finds deflections with recall ≥ ${BARS.findingsRecall} (KNOWN GAP: 0.822)`, () => {
    expect(check.findings.micro.recall).toBeGreaterThanOrEqual(BARS.findingsRecall);
  });

  it(`flags at most ${100 * BARS.cleanFlaggedRate} % of the clean drafts`, () => {
    expect(check.findings.cleanDrafts).toBeGreaterThan(0);
    expect(check.findings.cleanFlaggedRate).toBeLessThanOrEqual(BARS.cleanFlaggedRate);
  });

  it.fails(`recognizes situations with micro-F1 ≥ ${BARS.situationsF1} (KNOWN GAP: 0.790)`, () => {
    expect(check.situations.micro.f1).toBeGreaterThanOrEqual(BARS.situationsF1);
  });

  it(`recognizes signals with micro-F1 ≥ ${BARS.signalsF1}`, () => {
    expect(check.signals.micro.f1).toBeGreaterThanOrEqual(BARS.signalsF1);
  });
});
