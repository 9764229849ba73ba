import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { barFailures, evaluate, formatMisses, formatSummary, halfOf, loadCorpus } from './evaluate';

// For the rule writer: the corpus scores and every false positive / false negative with its
// words. Run: npx tsx tests/corpus/report.ts   (add --summary for the tables only)
//
// --half tune|check keeps the drafts and messages whose id hashes into that half. Tune rules by
// reading the misses of the tune half only, then compare both halves: a check half far behind
// the tune half means the rules memorize sentences instead of catching how reps write.

const at = process.argv.indexOf('--half');
const wanted = at >= 0 ? process.argv[at + 1] : undefined;
if (wanted !== undefined && wanted !== 'tune' && wanted !== 'check') {
  console.error('--half takes tune or check');
  process.exit(2);
}
const full = loadCorpus();
const corpus = wanted ? halfOf(full, wanted) : full;
const result = evaluate({ analyzeDraft, classifyCustomer }, corpus);
if (wanted) console.log(`half ${wanted}: ${corpus.drafts.length} drafts, ${corpus.customers.length} customer messages\n`);
console.log(formatSummary(result));
const failures = barFailures(result);
console.log(failures.length === 0 ? '\nall bars met' : `\nbelow the bars: ${failures.join('; ')}`);
if (!process.argv.includes('--summary')) console.log(`\n${formatMisses(result, corpus)}`);
