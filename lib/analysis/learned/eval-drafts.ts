import { classifyCustomer } from '..';
import { analyzeWith, getEngine } from '../engine';

/** The rules alone: index.ts's analyzeDraft runs the learned layer too. */
const analyzeDraft = (text: string) => analyzeWith(getEngine(), text);
import { evaluate, halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { formatTable } from '../../../tests/corpus/score';
import { addLearnedFindings } from './drafts';

// Rules only vs rules + the learned draft model, as findings SUMMARIES (no misses are printed:
// the check half is read only as numbers, learned-model brief). The tune half here uses the
// committed model, trained on all of tune, so it is in-sample; the held-out tune figures come
// from train-drafts.ts's cross-validation.
//   npx tsx lib/analysis/learned/eval-drafts.ts [--half tune|check]

const at = process.argv.indexOf('--half');
const halves = at >= 0 ? [process.argv[at + 1] as 'tune' | 'check'] : (['tune', 'check'] as const);
const corpus = loadCorpus();
for (const half of halves) {
  const part = { drafts: halfOf(corpus, half).drafts, customers: [] };
  for (const [name, analyze] of [
    ['rules only', (t: string) => analyzeDraft(t)],
    ['rules + model', (t: string) => addLearnedFindings(t, analyzeDraft(t))],
  ] as const) {
    const f = evaluate({ analyzeDraft: analyze, classifyCustomer }, part).findings;
    console.log(`== ${half} (${part.drafts.length} drafts), ${name}${half === 'tune' && name !== 'rules only' ? ' (in-sample)' : ''}`);
    console.log(formatTable('category', f.perCategory, f.micro));
    console.log(`clean drafts with any finding: ${f.cleanDraftsWithFinding}/${f.cleanDrafts} = ${(100 * f.cleanFlaggedRate).toFixed(1)} %\n`);
  }
}
