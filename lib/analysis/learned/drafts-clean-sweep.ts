import { loadCorpus } from '../../../tests/corpus/evaluate';
import { scoreFindings } from '../../../tests/corpus/score';
import { CATEGORY_IDS } from '../taxonomy';
import { OWN } from './drafts-ownership';
import { CLEAN_COST, chooseThresholds, crossFit, FP_COST, foldOf, LABELS, stackedSpans } from './drafts-stack-train';

// The clean additions (StackThresholds.clean) with each ownership veto (drafts-ownership.ts),
// out of fold over the honest pool, from ONE cross-fitting (the models do not depend on the
// veto; only the bars do). Summaries only: no H text is printed.
//   npx tsx lib/analysis/learned/drafts-clean-sweep.ts

const fit = crossFit(loadCorpus());
const kinds = Object.entries(OWN);

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

const all = Object.values(OWN).reduce((a, b) => a | b, 0);
const variants: Array<[string, boolean, number]> = [
  ['no clean adds', false, 0],
  ['clean adds, no veto', true, 0],
  ['veto: engine cues', true, OWN.commitment | OWN.specificApology],
  ['veto: engine cues + time', true, OWN.commitment | OWN.specificApology | OWN.concreteTime],
  ['veto: engine + acts + myself', true, OWN.commitment | OWN.specificApology | OWN.repActs | OWN.myself],
  ['veto: engine + acts + myself + I-act', true, OWN.commitment | OWN.specificApology | OWN.repActs | OWN.myself | OWN.firstPersonAct],
  ['veto: all', true, all],
  ['veto: I-act only', true, OWN.firstPersonAct],
];
for (const [name, cleanAdds, veto] of variants) {
  const th = fit.models.map((_m, f) => chooseThresholds(fit.scored.filter((s) => foldOf(s.draft.id) !== f), FP_COST, CLEAN_COST, cleanAdds, veto));
  const cases = fit.scored.map((s) => ({ id: s.draft.id, gold: s.draft.gold, predicted: stackedSpans(s.draft, s.probs, th[foldOf(s.draft.id)]!) }));
  const sc = scoreFindings(cases, CATEGORY_IDS);
  const weakest = [...LABELS].map((c) => [c, sc.perCategory[c]!.recall] as const).sort((a, b) => a[1] - b[1]).slice(0, 3);
  console.log(`${name.padEnd(40)} P ${sc.micro.precision.toFixed(3)} R ${sc.micro.recall.toFixed(3)} clean ${(100 * sc.cleanFlaggedRate).toFixed(1)} %  weakest ${weakest.map(([c, r]) => `${c} ${r.toFixed(3)}`).join(', ')}`);
}
