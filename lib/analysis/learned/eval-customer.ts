// The cue catalog alone: index.ts's classifyCustomer may already include this model.
import { classifyCustomerText as classifyByRules } from '../classify-customer';
import { SIGNAL_IDS, SITUATION_IDS } from '../taxonomy';
import { halfOf, loadCorpus, type CorpusAnalyzer } from '../../../tests/corpus/evaluate';
import { formatTable, scoreLabels } from '../../../tests/corpus/score';
import { addLearnedSituations, customerProbabilities } from './customer';
import { CUSTOMER_COMBINE, CUSTOMER_MODEL } from './customer-weights';
import { crossValidate, CV_SETTINGS, cvMessages, groupOf, type LabelledMessage } from './customer-training';
import { OWN_CUSTOMER_MESSAGES } from './customer-examples';

// Rules only vs rules + the customer model: npx tsx lib/analysis/learned/eval-customer.ts
// Tune half and own messages: 5-fold cross-validated (each message judged by a model that did
// not see it; the thresholds were chosen on these same folds, so it flatters a little:
// sweep-customer.ts prints the nested estimate). Check half: the committed model and
// thresholds, summary tables only (never the misses). The tables are tests/corpus's
// (scoreLabels, formatTable); the findings table is the drafts model's business.

type Classify = CorpusAnalyzer['classifyCustomer'];

function table(title: string, messages: LabelledMessage[], classify: Classify): string {
  const results = messages.map((m) => ({ m, r: classify(m.customer) }));
  const sit = scoreLabels(results.map(({ m, r }) => ({ id: m.id, gold: m.situations, predicted: r.situations.map((e) => e.id) })), SITUATION_IDS);
  const sig = scoreLabels(results.map(({ m, r }) => ({ id: m.id, gold: m.signals, predicted: r.signals.map((e) => e.id) })), SIGNAL_IDS);
  return [`== ${title}`, formatTable('situation', sit.perId, sit.micro), '', formatTable('signal', sig.perId, sig.micro), ''].join('\n');
}

const corpus = loadCorpus();
const tune = halfOf(corpus, 'tune').customers;
const check = halfOf(corpus, 'check').customers;
const cvSet = cvMessages(tune);
const { models, foldOf } = crossValidate(cvSet, CV_SETTINGS);
const foldOfText = new Map(cvSet.map((m) => [m.customer, foldOf.get(m.id)!]));
const cvCombined: Classify = (text) => {
  const model = models[foldOfText.get(text)!]!;
  return addLearnedSituations(text, classifyByRules(text), model, CUSTOMER_COMBINE);
};
const combined: Classify = (text) => addLearnedSituations(text, classifyByRules(text), CUSTOMER_MODEL, CUSTOMER_COMBINE);

console.log(table('tune, rules only', tune, classifyByRules));
console.log(table('tune, rules + model (5-fold cross-validated)', tune, cvCombined));
const modelOnly = (t: number): Classify => (text) => {
  const prob = customerProbabilities(text, models[foldOfText.get(text)!]!);
  const pick = (ids: readonly string[]) => ids.filter((id) => (prob.get(id) ?? 0) >= t).map((id) => ({ id }));
  const situations = pick(SITUATION_IDS);
  return { situations: situations.length > 0 ? situations : [{ id: 'general' }], signals: pick(SIGNAL_IDS) };
};
if (process.argv.includes('--model-only')) console.log(table('tune, model only at 0.5 (cross-validated)', tune, modelOnly(0.5)));
for (const group of ['own', 'fresh'] as const) {
  const set = OWN_CUSTOMER_MESSAGES.filter((m) => groupOf(m.id) === group);
  console.log(table(`${group} messages, rules only`, set, classifyByRules));
  console.log(table(`${group} messages, rules + model (5-fold cross-validated)`, set, cvCombined));
}
console.log(table('check, rules only', check, classifyByRules));
console.log(table('check, rules + model', check, combined));
