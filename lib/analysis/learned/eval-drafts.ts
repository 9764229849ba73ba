import { loadCorpus } from '../../../tests/corpus/evaluate';
import { formatTable, scoreFindings } from '../../../tests/corpus/score';
import { CATEGORY_IDS } from '../taxonomy';
import { crossFit, DEFAULT_EXTRAS, foldOf, STACK_TRAIN_OPTIONS, stackedSpans, type CrossFit } from './drafts-stack-train';

// The stacked draft layer measured honestly: out-of-fold over the honest pool H (the check half),
// next to the rules alone. Summaries only: no text of an H item is printed (STACK brief).
//   npx tsx lib/analysis/learned/eval-drafts.ts [--brief] [--no-tune] [--no-written] [--cost N]
//     [--l2 X] [--epochs N] [--pooled] [--dev]   (--pooled: bars from all folds, an optimistic upper bound)

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const brief = process.argv.includes('--brief');
// --dev: without the held… drafts, so design choices made after they landed do not see them.
const loaded = loadCorpus();
const corpus = process.argv.includes('--dev') ? { ...loaded, drafts: loaded.drafts.filter((d) => !/^d-held/.test(d.id)) } : loaded;
const t0 = process.hrtime.bigint();
const fit: CrossFit = crossFit(
  corpus,
  { tune: DEFAULT_EXTRAS.tune && !process.argv.includes('--no-tune'), written: DEFAULT_EXTRAS.written && !process.argv.includes('--no-written'), tuneRules: process.argv.includes('--tune-rules') },
  { ...STACK_TRAIN_OPTIONS, ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}), ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}), ...(arg('--min-count') ? { minCount: Number(arg('--min-count')) } : {}) },
  { ...(arg('--cost') ? { fpCost: Number(arg('--cost')) } : {}), ...(arg('--clean-cost') ? { cleanCost: Number(arg('--clean-cost')) } : {}) },
);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

type Spans = Array<{ category: string; start: number; end: number }>;
function report(name: string, ids: Set<string>, predictedOf: (i: number) => Spans): void {
  const cases = fit.pool.flatMap((d, i) => (ids.has(d.id) ? [{ id: d.id, gold: d.gold, predicted: predictedOf(i) }] : []));
  const s = scoreFindings(cases, CATEGORY_IDS);
  const clean = `clean flagged ${s.cleanDraftsWithFinding}/${s.cleanDrafts} = ${(100 * s.cleanFlaggedRate).toFixed(1)} %`;
  if (brief) {
    console.log(`${name.padEnd(34)} P ${s.micro.precision.toFixed(3)} R ${s.micro.recall.toFixed(3)} (tp ${s.micro.tp} fp ${s.micro.fp} fn ${s.micro.fn})  ${clean}`);
    return;
  }
  console.log(`== ${name} (${cases.length} drafts)\n${formatTable('category', s.perCategory, s.micro)}\n${clean}\n`);
}

const pooled = process.argv.includes('--pooled');
const groups: Array<[string, Set<string>]> = [['H', new Set(fit.pool.map((d) => d.id))]];
const held = fit.pool.filter((d) => /^d-held/.test(d.id));
if (held.length > 0) groups.push(['held… only', new Set(held.map((d) => d.id))]);
// The blind batches that landed after the stack's design was fixed (from 22:37): its cleanest estimate.
const late = held.filter((d) => !/^d-held[de]-/.test(d.id));
if (late.length > 0) groups.push(['held, after design', new Set(late.map((d) => d.id))]);
for (const [group, ids] of groups) {
  report(`${group}: rules only`, ids, (i) => fit.pool[i]!.rules);
  report(`${group}: stacked, out-of-fold${pooled ? ' (pooled bars)' : ''}`, ids, (i) => {
    const s = fit.scored[i]!;
    return stackedSpans(s.draft, s.probs, pooled ? fit.pooledThresholds : fit.thresholds[foldOf(s.draft.id)]!);
  });
}
console.log(`cross-fit: ${fit.pool.length} drafts, ${(seconds).toFixed(1)} s; pooled bars ${JSON.stringify(fit.pooledThresholds)}`);
