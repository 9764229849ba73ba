// The cue catalog alone: index.ts's classifyCustomer includes the shipped model.
import { classifyCustomerText as classifyByRules } from '../classify-customer';
import { evaluate, halfOf, loadCorpus, type Corpus, type CorpusAnalyzer } from '../../../tests/corpus/evaluate';
import { formatTable } from '../../../tests/corpus/score';
import { outOfFoldClassifier } from './customer-crossfit';

// Rules only vs rules + the stacked model, on the honest pool (the corpus check half):
// npx tsx lib/analysis/learned/eval-customer.ts [--tables] [--sources] [--new heldzq,heldzr]
// The stacked model is judged out of fold (customer-crossfit.ts): each message by the model and
// thresholds of the folds that did not contain it. Scored by tests/corpus's evaluate(), on the
// whole pool, on the part that existed when the recipe was chosen, and on the blind `held…`
// items alone (written after every design choice here: the cleanest estimate). Scores only.

const corpus = loadCorpus();
const started = process.hrtime.bigint();
const stacked = outOfFoldClassifier(corpus);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const honest = halfOf(corpus, 'check').customers;
const isHeld = (id: string) => /^[a-z]+-held/.test(id);
const noDrafts: CorpusAnalyzer['analyzeDraft'] = () => ({ findings: [] });
function newSources(): Array<[string, Corpus['customers']]> {
  const at = process.argv.indexOf('--new');
  if (at < 0) return [];
  const sources = (process.argv[at + 1] ?? '').split(',');
  return [[`new sources ${sources.join(',')}`, honest.filter((m) => sources.includes(m.id.split('-')[1]!))]];
}
const pools: Array<[string, Corpus['customers']]> = [
  ['H (check half)', honest],
  ['H without held…', honest.filter((m) => !isHeld(m.id))],
  ['held… only', honest.filter((m) => isHeld(m.id))],
  // The blind sources named by --new a,b,... pooled (those that landed after a recipe was fixed).
  ...newSources(),
  // Per source file of the blind items (each its own writer and angle), with --sources.
  ...(process.argv.includes('--sources')
    ? [...new Set(honest.filter((m) => isHeld(m.id)).map((m) => m.id.split('-')[1]!))].sort().map((src): [string, Corpus['customers']] => [src, honest.filter((m) => m.id.split('-')[1] === src)])
    : []),
];
console.log(`cross-fitted in ${seconds.toFixed(1)} s`);
for (const [name, customers] of pools) {
  if (customers.length === 0) continue;
  for (const [label, classify] of [['rules only', classifyByRules], ['rules + stacked model, out of fold', stacked]] as const) {
    const e = evaluate({ analyzeDraft: noDrafts, classifyCustomer: classify }, { drafts: [], customers });
    console.log(`${name} (${customers.length}), ${label}: situations ${e.situations.micro.f1.toFixed(3)}, signals ${e.signals.micro.f1.toFixed(3)}`);
    if (process.argv.includes('--tables')) console.log(`${formatTable('situation', e.situations.perId, e.situations.micro)}\n${formatTable('signal', e.signals.perId, e.signals.micro)}\n`);
  }
}
