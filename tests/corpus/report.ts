import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { outOfFoldClassifier } from '../../lib/analysis/learned/customer-crossfit';
import { outOfFoldAnalyzer } from '../../lib/analysis/learned/drafts-crossfit';
import { barFailures, evaluate, formatMisses, formatSummary, halfOf, loadCorpus } from './evaluate';

// For the rule writer: the corpus scores and every false positive / false negative with its
// words. Run: npx tsx tests/corpus/report.ts   (add --summary for the tables only)
//
// --half tune|check keeps the drafts and messages whose id hashes into that half. Tune rules by
// reading the misses of the tune half only, then compare both halves: a check half far behind
// the tune half means the rules memorize sentences instead of catching how reps write.
//
// The learned layer is trained on the check half, so the shipped analyzer there is in-sample:
// `--half check --oof --summary` scores each check item with models trained without it (what
// corpus.test.ts asserts). `--half holdout --summary` scores the shipped analyzer on the
// holdout (evaluate.ts HOLDOUT_SOURCES), which nothing was tuned or trained on. Read the check
// half and the holdout as summaries only.

const at = process.argv.indexOf('--half');
const wanted = at >= 0 ? process.argv[at + 1] : undefined;
if (wanted !== undefined && wanted !== 'tune' && wanted !== 'check' && wanted !== 'holdout') {
  console.error('--half takes tune, check or holdout');
  process.exit(2);
}
const full = loadCorpus();
const half = wanted ? halfOf(full, wanted) : full;
// --ids REGEX keeps the items whose id matches, e.g. a blind batch the models never saw:
// --ids '-held[rstu]-' --summary
const idsAt = process.argv.indexOf('--ids');
const ids = idsAt >= 0 ? new RegExp(process.argv[idsAt + 1] ?? '') : undefined;
const corpus = ids
  ? { drafts: half.drafts.filter((d) => ids.test(d.id)), customers: half.customers.filter((c) => ids.test(c.id)) }
  : half;
const oof = process.argv.includes('--oof');
if (oof && wanted !== 'check') {
  console.error('--oof needs --half check (the models are trained on the check half)');
  process.exit(2);
}
const analyzer = oof
  ? { analyzeDraft: outOfFoldAnalyzer(full), classifyCustomer: outOfFoldClassifier(full) }
  : { analyzeDraft, classifyCustomer };
const result = evaluate(analyzer, corpus);
if (wanted || ids) console.log(`${wanted ? `half ${wanted}` : 'corpus'}${ids ? ` ids ${ids}` : ''}: ${corpus.drafts.length} drafts, ${corpus.customers.length} customer messages\n`);
console.log(formatSummary(result));
const failures = barFailures(result);
console.log(failures.length === 0 ? '\nall bars met' : `\nbelow the bars: ${failures.join('; ')}`);
if (!process.argv.includes('--summary')) console.log(`\n${formatMisses(result, corpus)}`);
