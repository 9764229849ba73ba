import { writeFileSync } from 'node:fs';
// The cue catalog alone: index.ts's classifyCustomer may already include this model.
import { classifyCustomerText as classifyByRules } from '../classify-customer';
import { halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { modelToSource } from './core';
import { chooseThresholds, crossValidate, CV_SETTINGS, cvMessages, trainCustomerModel, type Decided } from './customer-training';

// Regenerates customer-weights.ts: npx tsx lib/analysis/learned/train-customer.ts
// Trains on the tune half (plus catalog examples and our own messages); the thresholds come
// from 5-fold cross-validation over the tune half and our own messages (customer-training.ts
// says why both). The check half is never read here.

const tune = halfOf(loadCorpus(), 'tune').customers;
const cvSet = cvMessages(tune);
// Out-of-fold probabilities from three partitions, pooled: one partition's threshold choice moves
// with which messages share a fold (2026-11-22: generalWins 0.75 on one split, none on two).
const cases: Decided[] = [];
const rules = new Map(cvSet.map((m) => {
  const r = classifyByRules(m.customer);
  return [m.id, { situations: r.situations.map((e) => e.id), signals: r.signals.map((e) => e.id) }];
}));
for (const split of [0, 1, 2]) {
  const { prob } = crossValidate(cvSet, CV_SETTINGS, split);
  for (const gold of cvSet) cases.push({ gold, rules: rules.get(gold.id)!, prob: prob.get(gold.id)! });
}
const combine = chooseThresholds(cases);
const model = trainCustomerModel(tune);
const source = modelToSource(model, 'CUSTOMER_MODEL').replace(
  "import { expandModel, type LinearModel } from './core';",
  "import { expandModel, type LinearModel } from './core';\nimport type { CustomerCombine } from './customer';",
) + `\n/** Add / drop thresholds per label, general-wins and cap, chosen by 5-fold cross-validation (tune half + own messages). */\nexport const CUSTOMER_COMBINE: CustomerCombine = ${JSON.stringify(combine)};\n`;
const out = new URL('./customer-weights.ts', import.meta.url);
writeFileSync(out, source);
console.log(`features ${Object.keys(model.weights).length}, ${(source.length / 1024).toFixed(1)} KB`);
console.log('add', JSON.stringify(Object.fromEntries(Object.entries(combine.add).filter(([, t]) => t <= 1))));
console.log('drop', JSON.stringify(Object.fromEntries(Object.entries(combine.drop).filter(([, t]) => t > 0))));
console.log('replaceGeneral', combine.replaceGeneral, 'generalWins', combine.generalWins, 'cap', combine.cap);
