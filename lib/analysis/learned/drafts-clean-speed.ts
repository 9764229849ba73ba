import { corpusHalf, loadCorpus } from '../../../tests/corpus/evaluate';
import { analyzeDraft } from '../index';
import { STACK_THRESHOLDS } from './drafts-stack-weights';

// What the clean additions (StackThresholds.clean) cost, A/B in one process: index.ts's
// analyzeDraft over the corpus drafts (tune and check halves; the holdout is not touched) with
// the shipped bars, and with the clean bars taken away, so a draft the rules leave clean is
// returned unread again. CPU time (process.cpuUsage), interleaved rounds, medians.
//   npx tsx lib/analysis/learned/drafts-clean-speed.ts

const drafts = loadCorpus().drafts.filter((d) => corpusHalf(d.id) !== 'holdout').map((d) => d.draft);
const kb = drafts.reduce((n, t) => n + t.length, 0) / 1024;
const clean = STACK_THRESHOLDS.clean;
// The shipped thresholds object is shared with index.ts: switched per pass, restored after.
const bars = STACK_THRESHOLDS as { clean?: typeof clean };

function pass(withClean: boolean): number {
  bars.clean = withClean ? clean : undefined;
  const c = process.cpuUsage();
  for (const t of drafts) analyzeDraft(t);
  const d = process.cpuUsage(c);
  return d.user + d.system;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
for (let w = 0; w < 2; w++) { pass(true); pass(false); }
const t: Record<'with' | 'without', number[]> = { with: [], without: [] };
for (let round = 0; round < 7; round++) {
  t.with.push(pass(true));
  t.without.push(pass(false));
}
bars.clean = clean;
const a = median(t.without);
const b = median(t.with);
console.log(`${drafts.length} drafts, ${kb.toFixed(0)} KB: without clean bars ${(a / kb).toFixed(1)} µs/KB, with ${(b / kb).toFixed(1)} µs/KB (+${(((b - a) / a) * 100).toFixed(1)} %); per pass ${(a / 1000).toFixed(0)} -> ${(b / 1000).toFixed(0)} ms`);
