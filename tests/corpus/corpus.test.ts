import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { outOfFoldClassifier } from '../../lib/analysis/learned/customer-crossfit';
import { outOfFoldAnalyzer } from '../../lib/analysis/learned/drafts-crossfit';
import { barFailures, BARS, evaluate, formatSummary, halfOf, loadCorpus, type Evaluation } from './evaluate';

// Scores lib/analysis on the labelled corpus against the bars of issue 2. The corpus was
// written without reading the rules; `npx tsx tests/corpus/report.ts` lists every miss.
// The phrase rules were tuned on the misses of one half (`--half tune`), the learned layer is
// trained on the other (`--half check`): on the whole corpus the shipped analyzer is scored on
// text it was fitted to. The honest measures are the two blocks after it: the check half
// cross-fitted, and the holdout.

const corpus = loadCorpus();
const analyzer = { analyzeDraft, classifyCustomer };

type Bar = 'recall' | 'situations';

/**
 * The five bars of issue 2 as tests on one evaluation. A bar in `knownGaps` (with the value last
 * measured) is an `it.fails`: the gap stays visible in every run, and the test turns red the day
 * the bar is reached (then drop it from the gaps).
 */
function barTests(scores: () => Evaluation, knownGaps: Partial<Record<Bar, number>> = {}): void {
  const test = (bar: Bar, name: string, check: () => void) => {
    const gap = knownGaps[bar];
    if (gap === undefined) it(name, check);
    else it.fails(`${name} (KNOWN GAP: ${gap})`, check);
  };

  it(`finds deflections with precision ≥ ${BARS.findingsPrecision}`, () => {
    expect(scores().findings.micro.precision).toBeGreaterThanOrEqual(BARS.findingsPrecision);
  });

  test('recall', `finds deflections with recall ≥ ${BARS.findingsRecall}`, () => {
    expect(scores().findings.micro.recall).toBeGreaterThanOrEqual(BARS.findingsRecall);
  });

  it(`flags at most ${100 * BARS.cleanFlaggedRate} % of the clean drafts`, () => {
    expect(scores().findings.cleanDrafts).toBeGreaterThan(0);
    expect(scores().findings.cleanFlaggedRate).toBeLessThanOrEqual(BARS.cleanFlaggedRate);
  });

  test('situations', `recognizes situations with micro-F1 ≥ ${BARS.situationsF1}`, () => {
    expect(scores().situations.micro.f1).toBeGreaterThanOrEqual(BARS.situationsF1);
  });

  it(`recognizes signals with micro-F1 ≥ ${BARS.signalsF1}`, () => {
    expect(scores().signals.micro.f1).toBeGreaterThanOrEqual(BARS.signalsF1);
  });
}

describe('the shipped analyzer on the whole labelled corpus (text it was fitted to)', () => {
  const result = evaluate(analyzer, corpus);

  it('prints its scores', () => {
    console.log(`\nwhole corpus, shipped analyzer (fitted to it: rules on the tune half, models on the check half):\n${formatSummary(result)}\n`);
    const failures = barFailures(result);
    if (failures.length > 0) console.log(`below the bars: ${failures.join('; ')}\n`);
    expect(result.findings.micro.precision).toBeGreaterThan(0);
  });

  barTests(() => result);
});

// The bars are judged on a held-out corpus nobody on the team has read. The check half comes
// close: the rules were never tuned on it, and nearly all of it was written blind after rule
// tuning stopped (ids `…-held…-`). The learned layer, though, is TRAINED on the check half (the
// only text on which the rules behave as on unseen text), so scoring the shipped analyzer there
// would be scoring it on its own training data. Instead every check-half item is answered by
// the rules plus a model trained without it (5-fold cross-fitting, thresholds chosen on the
// other folds): the same code path as the shipped layer, other weights. Measured 2026-11-23
// (session 7; 5,765 drafts, 5,450 messages, most by blind writers, many told to aim at the
// hardest cases): findings P 0.915, R 0.863, clean drafts flagged 2.8 %; situations 0.859;
// signals 0.884 (session 6, on 4,565 drafts and 4,250 messages: P 0.915, R 0.861, 3.0 %;
// 0.853; 0.868; session 5, on 3,365 / 3,050 and without additions in drafts the rules leave
// clean: P 0.916, R 0.834, 2.1 %; 0.844; 0.866). Situations have the least margin.
describe('the analyzer on the check half, cross-fitted (each item scored by a model trained without it)', () => {
  let oof: Evaluation;
  beforeAll(() => {
    const check = halfOf(corpus, 'check');
    oof = evaluate({ analyzeDraft: outOfFoldAnalyzer(corpus), classifyCustomer: outOfFoldClassifier(corpus) }, check);
    console.log(`\ncheck half, cross-fitted (${check.drafts.length} drafts, ${check.customers.length} messages):\n${formatSummary(oof)}\n`);
  }, 300_000);

  barTests(() => oof);
});

// The holdout (evaluate.ts HOLDOUT_SOURCES): blind items written as an independent test set,
// never tuned on and never trained on. This is the shipped analyzer exactly as a user gets it,
// on text it has never seen: the nearest thing here to the issue's own held-out corpus.
describe('the shipped analyzer on the holdout (never tuned or trained on)', () => {
  const holdout = halfOf(corpus, 'holdout');
  const scored = evaluate(analyzer, holdout);

  it('prints its scores', () => {
    console.log(`\nholdout (${holdout.drafts.length} drafts, ${holdout.customers.length} messages):\n${formatSummary(scored)}\n`);
    expect(holdout.drafts.length).toBeGreaterThan(0);
    expect(holdout.customers.length).toBeGreaterThan(0);
  });

  barTests(() => scored);
});
