import { analyzeDraft, classifyCustomer } from '../../lib/analysis';
import { barFailures, evaluate, formatMisses, formatSummary, loadCorpus } from './evaluate';

// For the rule writer: the corpus scores and every false positive / false negative with its
// words. Run: npx tsx tests/corpus/report.ts   (add --summary for the tables only)

const corpus = loadCorpus();
const result = evaluate({ analyzeDraft, classifyCustomer }, corpus);
console.log(formatSummary(result));
const failures = barFailures(result);
console.log(failures.length === 0 ? '\nall bars met' : `\nbelow the bars: ${failures.join('; ')}`);
if (!process.argv.includes('--summary')) console.log(`\n${formatMisses(result, corpus)}`);
