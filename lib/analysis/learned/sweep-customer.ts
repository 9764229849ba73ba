// The cue catalog alone: index.ts's classifyCustomer may already include this model.
import { classifyCustomerText as classifyByRules } from '../classify-customer';
import { halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { SITUATION_IDS } from '../taxonomy';
import { combineLabels } from './customer';
import { chooseThresholds, crossValidate, cvMessages, GROUP_WEIGHTS, GROUPS, groupOf, SETTINGS, type Decided, type ModelSettings } from './customer-training';

// Hyperparameter comparison inside the tune half only: npx tsx lib/analysis/learned/sweep-customer.ts
// For each setting: the model alone (best single threshold, out-of-fold) and rules + model
// with thresholds chosen on the same folds. The check half is not read.

const tune = cvMessages(halfOf(loadCorpus(), 'tune').customers);
const rules = new Map(tune.map((m) => {
  const r = classifyByRules(m.customer);
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

const variants: Array<[string, Partial<ModelSettings> & { t?: Partial<ModelSettings['train']>; minGain?: number; w?: number[]; cap?: boolean; splits?: number }]> = JSON.parse(process.argv[2] ?? '[["base",{}]]');
for (const [name, v] of variants) {
  const settings: ModelSettings = { ...SETTINGS, own: false, ...v, train: { ...SETTINGS.train, ...(v.t ?? {}) } };
  const sums = new Map<string, number>();
  const splits = v.splits ?? 1;
  for (let split = 0; split < splits; split++) {
    const { prob, foldOf } = crossValidate(tune, settings, split);
    const cases: Decided[] = tune.map((gold) => ({ gold, rules: rules.get(gold.id)!, prob: prob.get(gold.id)! }));
    let bestSit = 0;
    for (let t = 0.2; t <= 0.8; t += 0.05) {
      const alone = (c: Decided) => {
        const s = SITUATION_IDS.filter((id) => id !== 'general' && (c.prob.get(id) ?? 0) >= t);
        return { situations: s.length ? s : ['general'], signals: [] };
      };
      bestSit = Math.max(bestSit, f1(cases, alone, 'situations'));
    }
    const choose = (cs: Decided[]) => chooseThresholds(cs, v.minGain, true, v.w ?? GROUP_WEIGHTS, v.cap ?? true);
    const combine = choose(cases);
    const both = (c: Decided) => combineLabels(c.rules, c.prob, combine);
    // Nested: thresholds chosen without fold k, applied to fold k (an honest estimate of the choice).
    const nestedPick = new Map<string, { situations: string[]; signals: string[] }>();
    for (let k = 0; k < 5; k++) {
      const chosen = choose(cases.filter((c) => foldOf.get(c.gold.id) !== k));
      for (const c of cases) if (foldOf.get(c.gold.id) === k) nestedPick.set(c.gold.id, combineLabels(c.rules, c.prob, chosen));
    }
    const nested = (c: Decided) => nestedPick.get(c.gold.id)!;
    const rulesOnly = (c: Decided) => c.rules;
    const parts = GROUPS.map((g) => {
      const cs = cases.filter((c) => groupOf(c.gold.id) === g);
      const gain = f1(cs, nested, 'situations') - f1(cs, rulesOnly, 'situations');
      sums.set(g, (sums.get(g) ?? 0) + gain / splits);
      return `${g} ${f1(cs, rulesOnly, 'situations').toFixed(3)} -> ${f1(cs, nested, 'situations').toFixed(3)} (in-sample ${f1(cs, both, 'situations').toFixed(3)})`;
    });
    console.log(`${name.padEnd(16)} split ${split} model alone sit ${bestSit.toFixed(3)} | nested rules -> combined: ${parts.join(' | ')}`);
    console.log(`  ${JSON.stringify({ ...combine, add: Object.fromEntries(Object.entries(combine.add).filter(([, t]) => t <= 1)), drop: Object.fromEntries(Object.entries(combine.drop).filter(([, t]) => t > 0)) })}`);
  }
  const mean = [...sums.values()].reduce((a, b) => a + b, 0) / sums.size;
  console.log(`${name.padEnd(16)} MEAN nested gain ${[...sums].map(([g, x]) => `${g} ${x >= 0 ? '+' : ''}${x.toFixed(3)}`).join(' ')} | mean ${mean.toFixed(3)}`);
}
