import { analyzeWith, getEngine } from '../engine';
import { analyzeDraft } from '../index';
import { draftOfSize } from '../../../tests/bench/drafts';

// The stacked learned layer's cost, A/B in one process (CPU time, interleaved batches, medians):
// the rules alone (analyzeWith) and index.ts's analyzeDraft itself (the rules + the stacked
// layer, which reads a draft the rules leave clean only when the weights carry clean bars).
//   npx tsx lib/analysis/learned/drafts-stack-speed.ts

type Layer = 'rules' | 'stack';
function analyze(text: string, layer: Layer) {
  return layer === 'rules' ? analyzeWith(getEngine(), text) : analyzeDraft(text);
}

function cpuPerCall(fn: () => unknown, reps: number): number {
  const c = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / reps;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

for (const kb of [1, 10, 100]) {
  const text = draftOfSize(kb * 1024);
  const reps = Math.max(3, Math.round(400 / kb));
  for (let w = 0; w < 3; w++) for (const l of ['rules', 'stack'] as const) cpuPerCall(() => analyze(text, l), reps);
  const t: Record<Layer, number[]> = { rules: [], stack: [] };
  for (let round = 0; round < 9; round++) for (const l of ['rules', 'stack'] as const) t[l].push(cpuPerCall(() => analyze(text, l), reps));
  const r = median(t.rules);
  const s = median(t.stack);
  console.log(`${kb} KB: rules ${(r / kb).toFixed(0)} µs/KB; stacked layer ${((s - r) / kb).toFixed(0)} µs/KB (${((100 * (s - r)) / r).toFixed(1)} %)`);
}
