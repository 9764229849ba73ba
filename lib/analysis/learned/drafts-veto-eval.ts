import { classifyCustomer } from '..';
import { analyzeWith, getEngine } from '../engine';
import { evaluate, halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { formatTable } from '../../../tests/corpus/score';
import { addLearnedFindings } from './drafts';
import { vetoFindings } from './drafts-veto';

// The four variants (rules; + veto; + learned additions; veto then additions) as findings
// SUMMARIES only. "rules" is the engine alone (analyzeWith), since index.ts's analyzeDraft may
// already include the additions; (the check half is read as numbers, learned-model brief). On the tune half the
// committed model was trained on all of tune, so those figures are in-sample; the held-out tune
// figures come from drafts-veto-train.ts.
//   npx tsx lib/analysis/learned/drafts-veto-eval.ts [--half tune|check] [--brief]

const at = process.argv.indexOf('--half');
const halves = at >= 0 ? [process.argv[at + 1] as 'tune' | 'check'] : (['tune', 'check'] as const);
const brief = process.argv.includes('--brief');
const corpus = loadCorpus();
const rules = (t: string) => analyzeWith(getEngine(), t);
for (const half of halves) {
  const part = { drafts: halfOf(corpus, half).drafts, customers: [] };
  for (const [name, analyze] of [
    ['rules', (t: string) => rules(t)],
    ['rules + veto', (t: string) => vetoFindings(t, rules(t))],
    ['rules + additions', (t: string) => addLearnedFindings(t, rules(t))],
    ['rules + veto + additions', (t: string) => addLearnedFindings(t, vetoFindings(t, rules(t)))],
  ] as const) {
    const f = evaluate({ analyzeDraft: analyze, classifyCustomer }, part).findings;
    const clean = `clean flagged ${f.cleanDraftsWithFinding}/${f.cleanDrafts} = ${(100 * f.cleanFlaggedRate).toFixed(1)} %`;
    if (brief) {
      console.log(`${half.padEnd(5)} ${name.padEnd(26)} P ${f.micro.precision.toFixed(3)} R ${f.micro.recall.toFixed(3)} (tp ${f.micro.tp} fp ${f.micro.fp} fn ${f.micro.fn})  ${clean}`);
      continue;
    }
    console.log(`== ${half} (${part.drafts.length} drafts), ${name}`);
    console.log(formatTable('category', f.perCategory, f.micro));
    console.log(`${clean}\n`);
  }
}
