import { writeFileSync } from 'node:fs';
import { classifyCustomer } from '../index';
import { halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { modelToSource } from './core';
import { chooseThresholds, crossValidate, CV_SETTINGS, cvMessages, trainCustomerModel, type Decided } from './customer-training';

// Regenerates customer-weights.ts: npx tsx lib/analysis/learned/train-customer.ts
// Trains on the tune half (plus catalog examples and our own messages); the thresholds come
// from 5-fold cross-validation over the tune half and our own messages (customer-training.ts
// says why both). The check half is never read here.

const tune = halfOf(loadCorpus(), 'tune').customers;
const cvSet = cvMessages(tune);
const { prob } = crossValidate(cvSet, CV_SETTINGS);
const cases: Decided[] = cvSet.map((gold) => {
  const r = classifyCustomer(gold.customer);
  return { gold, rules: { situations: r.situations.map((e) => e.id), signals: r.signals.map((e) => e.id) }, prob: prob.get(gold.id)! };
});
const combine = chooseThresholds(cases);
const model = trainCustomerModel(tune);
const source = modelToSource(model, 'CUSTOMER_MODEL').replace(
  "import { expandModel, type LinearModel } from './core';",
  "import { expandModel, type LinearModel } from './core';\nimport type { CustomerCombine } from './customer';",
) + `\n/** Add / drop thresholds per label, chosen by 5-fold cross-validation (tune half + own messages). */\nexport const CUSTOMER_COMBINE: CustomerCombine = ${JSON.stringify(combine)};\n`;
const out = new URL('./customer-weights.ts', import.meta.url);
writeFileSync(out, source);
console.log(`features ${Object.keys(model.weights).length}, ${(source.length / 1024).toFixed(1)} KB`);
console.log('add', JSON.stringify(Object.fromEntries(Object.entries(combine.add).filter(([, t]) => t <= 1))));
console.log('drop', JSON.stringify(Object.fromEntries(Object.entries(combine.drop).filter(([, t]) => t > 0))));
