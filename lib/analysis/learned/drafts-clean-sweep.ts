import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../../tests/corpus/evaluate';
import { scoreFindings } from '../../../tests/corpus/score';
import { CATEGORY_IDS } from '../taxonomy';
import { OWN, OWN_ANY } from './drafts-ownership';
import {
  CLEAN_COST, chooseThresholds, crossFit, crossFitPool, extraExamples, FP_COST, foldOf, honestPool, LABELS, prepareDraft,
  stackedSpans, type CrossFit,
} from './drafts-stack-train';

// The clean additions (StackThresholds.clean) with each ownership veto (drafts-ownership.ts),
// out of fold over the honest pool, from ONE cross-fitting (the models do not depend on the
// veto; only the bars do). Summaries only: no H text is printed.
//   npx tsx lib/analysis/learned/drafts-clean-sweep.ts [--own-features] [--known IDS_FILE]

const corpus = loadCorpus();
const kinds = Object.entries(OWN);

/**
 * --own-features: the same cross-fitting with each unit's ownership kinds as features too
 * (`o:<kind>`), the STACK brief's idea (a). Measured here only: at run time they would need the
 * ownership scan of every unit of every draft, not just of the few that reach a clean bar.
 */
function crossFitWithOwnFeatures(): CrossFit {
  const pool = honestPool(corpus).map(prepareDraft).map((d) => ({
    ...d,
    features: d.features.map((f, i) => [...f, ...kinds.filter(([, bit]) => (d.owns[i]! & bit) !== 0).map(([n]) => `o:${n}`)]),
  }));
  return crossFitPool(pool, extraExamples(corpus));
}

const fit = process.argv.includes('--own-features') ? crossFitWithOwnFeatures() : crossFit(corpus);
// --known FILE: ids (one a line) of the drafts the design was chosen on; the others are also scored alone.
const knownAt = process.argv.indexOf('--known');
const known = knownAt >= 0 ? new Set(readFileSync(process.argv[knownAt + 1]!, 'utf8').split('\n').filter(Boolean)) : undefined;

// How often each kind of ownership sits in a unit that is / is not a gold finding.
const tally = kinds.map(([name, bit]) => {
  let inGold = 0;
  let inClean = 0;
  for (const { draft: d } of fit.scored) d.units.forEach((u, i) => {
    if ((d.owns[i]! & bit) === 0) return;
    if (d.labels[i]!.length > 0) inGold++;
    else inClean++;
  });
  return `${name} ${inGold}/${inClean}`;
});
console.log(`units with the kind, in a gold finding / not: ${tally.join(', ')}`);

const all = OWN_ANY;
const variants: Array<[string, boolean, number, number?, number?, boolean?]> = [
  ['no clean adds', false, 0],
  ['clean adds, no veto', true, 0],
  ['veto: engine cues', true, OWN.commitment | OWN.specificApology],
  ['veto: engine cues + time', true, OWN.commitment | OWN.specificApology | OWN.concreteTime],
  ['veto: engine + acts + myself', true, OWN.commitment | OWN.specificApology | OWN.repActs | OWN.myself],
  ['veto: engine + acts + myself + I-act', true, OWN.commitment | OWN.specificApology | OWN.repActs | OWN.myself | OWN.firstPersonAct],
  ['veto: all', true, all],
  ['veto: I-act only', true, OWN.firstPersonAct],
];
// The decision costs (drafts-stack-train.ts FP_COST, CLEAN_COST) with the chosen veto.
for (const [fp, cc] of [[0.6, 1], [0.6, 3], [0.5, 2], [0.7, 2], [0.8, 2]] as const) variants.push([`veto: all, costs ${fp}/${cc}`, true, all, fp, cc]);
variants.push(['veto: all, and the next unit', true, all, FP_COST, CLEAN_COST, true]);
for (const [name, cleanAdds, veto, fp = FP_COST, cc = CLEAN_COST, next = false] of variants) {
  const th = fit.models.map((_m, f) => chooseThresholds(fit.scored.filter((s) => foldOf(s.draft.id) !== f), { fpCost: fp, cleanCost: cc, cleanAdds, cleanVeto: veto, cleanVetoNext: next }));
  const cases = fit.scored.map((s) => ({ id: s.draft.id, gold: s.draft.gold, predicted: stackedSpans(s.draft, s.probs, th[foldOf(s.draft.id)]!) }));
  console.log(`${name.padEnd(40)} ${line(cases)}`);
  if (known) console.log(`${'  (new drafts only)'.padEnd(40)} ${line(cases.filter((c) => !known.has(c.id)))}`);
}

function line(cases: Parameters<typeof scoreFindings>[0]): string {
  const sc = scoreFindings(cases, CATEGORY_IDS);
  const weakest = [...LABELS].map((c) => [c, sc.perCategory[c]!.recall] as const).sort((a, b) => a[1] - b[1]).slice(0, 3);
  return `P ${sc.micro.precision.toFixed(3)} R ${sc.micro.recall.toFixed(3)} clean ${(100 * sc.cleanFlaggedRate).toFixed(1)} % (${cases.length})  weakest ${weakest.map(([c, r]) => `${c} ${r.toFixed(3)}`).join(', ')}`;
}
