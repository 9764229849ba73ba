import { classifyCustomer } from '../index';
import { halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { SIGNAL_IDS, SITUATION_IDS } from '../taxonomy';
import { combineLabels } from './customer';
import { chooseThresholds, crossValidate, cvMessages, SETTINGS, type Decided, type ModelSettings } from './customer-training';

// Hyperparameter comparison inside the tune half only: npx tsx lib/analysis/learned/sweep-customer.ts
// For each setting: the model alone (best single threshold, out-of-fold) and rules + model
// with thresholds chosen on the same folds. The check half is not read.

const tune = cvMessages(halfOf(loadCorpus(), 'tune').customers);
const rules = new Map(tune.map((m) => {
  const r = classifyCustomer(m.customer);
  return [m.id, { situations: r.situations.map((e) => e.id), signals: r.signals.map((e) => e.id) }];
}));

function f1(cases: Decided[], pick: (c: Decided) => { situations: string[]; signals: string[] }, side: 'situations' | 'signals'): number {
  let tp = 0, fp = 0, fn = 0;
  for (const c of cases) {
    const got = new Set(pick(c)[side]);
    const gold = new Set(c.gold[side]);
    for (const id of got) if (gold.has(id)) tp++; else fp++;
    for (const id of gold) if (!got.has(id)) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

const variants: Array<[string, Partial<ModelSettings> & { t?: Partial<ModelSettings['train']>; minGain?: number }]> = JSON.parse(process.argv[2] ?? '[["base",{}]]');
for (const [name, v] of variants) {
  const settings: ModelSettings = { ...SETTINGS, own: false, ...v, train: { ...SETTINGS.train, ...(v.t ?? {}) } };
  const { prob, foldOf } = crossValidate(tune, settings);
  const cases: Decided[] = tune.map((gold) => ({ gold, rules: rules.get(gold.id)!, prob: prob.get(gold.id)! }));
  let bestSit = 0, bestSig = 0;
  for (let t = 0.2; t <= 0.8; t += 0.05) {
    const alone = (c: Decided) => {
      const s = SITUATION_IDS.filter((id) => (c.prob.get(id) ?? 0) >= t);
      return { situations: s.length ? s : ['general'], signals: SIGNAL_IDS.filter((id) => (c.prob.get(id) ?? 0) >= t) };
    };
    bestSit = Math.max(bestSit, f1(cases, alone, 'situations'));
    bestSig = Math.max(bestSig, f1(cases, alone, 'signals'));
  }
  if (process.argv.includes('--per')) {
    const per = [...SITUATION_IDS, ...SIGNAL_IDS].filter((id) => id !== 'general').map((id) => {
      let best = 0;
      for (let t = 0.2; t <= 0.8; t += 0.05) {
        let tp = 0, fp = 0, fn = 0;
        for (const c of cases) {
          const gold = [...c.gold.situations, ...c.gold.signals].includes(id);
          const got = (c.prob.get(id) ?? 0) >= t;
          if (got && gold) tp++; else if (got) fp++; else if (gold) fn++;
        }
        best = Math.max(best, (2 * tp) / (2 * tp + fp + fn || 1));
      }
      return `${id.slice(0, 8)} ${best.toFixed(2)}`;
    });
    console.log('  ' + per.join(' '));
  }
  const combine = chooseThresholds(cases, v.minGain);
  const both = (c: Decided) => combineLabels(c.rules, c.prob, combine);
  // Nested: thresholds chosen without fold k, applied to fold k (an honest estimate of the choice).
  const nestedPick = new Map<string, { situations: string[]; signals: string[] }>();
  for (let k = 0; k < 5; k++) {
    const chosen = chooseThresholds(cases.filter((c) => foldOf.get(c.gold.id) !== k), v.minGain);
    for (const c of cases) if (foldOf.get(c.gold.id) === k) nestedPick.set(c.gold.id, combineLabels(c.rules, c.prob, chosen));
  }
  const nested = (c: Decided) => nestedPick.get(c.gold.id)!;
  const tuneOnly = cases.filter((c) => !c.gold.id.startsWith('own-'));
  const own = cases.filter((c) => c.gold.id.startsWith('own-'));
  console.log(`  nested: tune sit ${f1(tuneOnly, (c) => c.rules, 'situations').toFixed(3)} -> ${f1(tuneOnly, nested, 'situations').toFixed(3)} sig ${f1(tuneOnly, (c) => c.rules, 'signals').toFixed(3)} -> ${f1(tuneOnly, nested, 'signals').toFixed(3)} | own sit -> ${f1(own, nested, 'situations').toFixed(3)} sig -> ${f1(own, nested, 'signals').toFixed(3)}`);
  const rulesOnly = (c: Decided) => c.rules;
  console.log(`  own: rules sit ${f1(own, rulesOnly, 'situations').toFixed(3)} sig ${f1(own, rulesOnly, 'signals').toFixed(3)} | combined sit ${f1(own, both, 'situations').toFixed(3)} sig ${f1(own, both, 'signals').toFixed(3)}`);
  console.log(`${name.padEnd(24)} model alone sit ${bestSit.toFixed(3)} sig ${bestSig.toFixed(3)} | combined sit ${f1(cases, both, 'situations').toFixed(3)} sig ${f1(cases, both, 'signals').toFixed(3)}`);
}
