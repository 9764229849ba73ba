import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import writeGood from 'write-good';
import { analyzeDraft, classifyCustomer } from '../../../lib/analysis';
import { draftOfSize } from '../drafts';

// The analyzer against issue 2's bars: time per KB on drafts of 1 KB to 1 MB (growth should be
// linear: ms/KB flat), an adversarial 1 MB draft (< 100 ms), the labelled corpus when present,
// and write-good (the peer) on the same drafts in the same run: ours ≤ 0.2 × write-good per KB.
// Robust on a shared, loaded machine: CPU time beside wall time, warm-up, medians of
// interleaved batches (see compare()).

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall and CPU (user + system, this process) milliseconds of one batch of `reps` calls, per call. */
interface Sample { wall: number; cpu: number }
function sample(fn: () => unknown, reps: number): Sample {
  const c = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < reps; i++) fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall: wall / reps, cpu: (d.user + d.system) / 1000 / reps };
}

/**
 * Ours and the peer on the same input, measured the way a loaded 2-core machine allows: both
 * warmed up first (the JIT compiles the hot paths), then batches of ours and the peer's
 * INTERLEAVED (load that comes and goes hits both alike), and the median of several batches.
 * CPU time (process.cpuUsage) is what the ratio uses: it leaves out the time another process
 * held the core; wall time is printed beside it. A batch repeats a small input until it lasts
 * about 40 ms, so the clocks' resolution does not matter.
 */
function compare(ours: () => unknown, peer: (() => unknown) | undefined, rounds = 7): { ours: Sample; peer?: Sample } {
  // Batches of about 40 ms: process.cpuUsage can be as coarse as the kernel's tick (4 ms).
  // Sized from 20 ms of calls, not from one: right after the warm-up a single call can take
  // five times its usual time (a collection), which made the 1 KB row's batches 8 ms long
  // and its median swing by a third from run to run (2026-11-23).
  let calls = 0;
  const t = performance.now();
  do { ours(); calls++; } while (performance.now() - t < 20);
  const once = (performance.now() - t) / calls;
  const reps = Math.max(1, Math.min(4000, Math.round(40 / once)));
  for (let i = 0; i < 2; i++) { sample(ours, reps); if (peer) sample(peer, reps); }
  const o: Sample[] = [];
  const p: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    o.push(sample(ours, reps));
    if (peer) p.push(sample(peer, reps));
  }
  const med = (v: Sample[]): Sample => ({ wall: median(v.map((x) => x.wall)), cpu: median(v.map((x) => x.cpu)) });
  return { ours: med(o), peer: peer ? med(p) : undefined };
}

/**
 * The heap in use after a full collection, in MB. The bench runs without --expose-gc, so the
 * flag is set at run time and `gc` taken from a fresh context (the documented V8 way).
 */
function retainedHeapMB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1e6;
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join('  ');
  console.log(line(head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function corpusDrafts(): string[] | undefined {
  const path = join(process.cwd(), 'tests', 'corpus', 'drafts.jsonl');
  if (!existsSync(path)) return undefined;
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const t = o.draft ?? o.text;
      if (typeof t === 'string') out.push(t);
    } catch {
      /* a broken corpus line is the corpus test's business */
    }
  }
  return out;
}

export default {
  name: 'analyzer (issue 2: ms per KB, linear growth, adversarial 1 MB, write-good ratio)',
  async run() {
    const heap0 = retainedHeapMB();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyzeDraft('warm up: please contact the airline.');
    classifyCustomer('warm up: my order never arrived.');
    const c1 = process.cpuUsage(c0);
    console.log(`  first call (builds the catalog): ${(performance.now() - t0).toFixed(0)} ms wall, ${((c1.user + c1.system) / 1000).toFixed(0)} ms cpu`);
    // What a sidebar's analysis worker keeps for its lifetime: the compiled catalogs and models.
    console.log(`  heap kept by both analyzers after their first calls: ${(retainedHeapMB() - heap0).toFixed(1)} MB`);
    console.log('  times are medians of interleaved batches (ours, write-good, ours, …); the ratio uses cpu time');
    // Warm both up on every draft size for a while first: until the JIT has compiled the hot
    // paths (on background threads that process.cpuUsage counts too), the first rows are inflated.
    const warmEnd = performance.now() + 1500;
    for (let i = 0; performance.now() < warmEnd; i++) {
      const text = draftOfSize([1, 10, 100][i % 3]! * 1024);
      analyzeDraft(text);
      writeGood(text);
    }

    const rows: string[][] = [];
    let worstRatio = 0;
    for (const kb of [1, 10, 100, 1000]) {
      const text = draftOfSize(kb * 1024);
      const r = compare(() => analyzeDraft(text), () => writeGood(text), kb >= 1000 ? 3 : 7);
      const ratio = r.ours.cpu / r.peer!.cpu;
      worstRatio = Math.max(worstRatio, ratio);
      rows.push([`${kb} KB`, r.ours.cpu.toFixed(2), r.ours.wall.toFixed(2), (r.ours.cpu / kb).toFixed(4), ((r.ours.cpu * 1000) / (kb * 1024)).toFixed(3), r.peer!.cpu.toFixed(2), (r.peer!.cpu / kb).toFixed(4), ratio.toFixed(3)]);
    }
    table(['draft', 'ours cpu ms', 'wall ms', 'cpu ms/KB', 'µs/char', 'write-good cpu ms', 'wg ms/KB', 'ratio'], rows);
    console.log(`  worst ratio ${worstRatio.toFixed(3)} (bar ≤ 0.2) ${worstRatio <= 0.2 ? 'OK' : 'OVER'}; linear growth = ms/KB roughly flat`);

    const words = 'we are sorry but the order you placed with our partner could not be processed and the team will review it when possible while you wait'.split(' ');
    let noPunct = '';
    for (let i = 0; noPunct.length < 1024 * 1024; i++) noPunct += words[i % words.length] + ' ';
    let trigger = '';
    while (trigger.length < 1024 * 1024) trigger += 'please contact your bank ';
    let mixed = '';
    while (mixed.length < 1024 * 1024) mixed += 'Unfortunately we are unable to help, please contact Expedia as soon as possible and thank you for your patience ';
    const adv: string[][] = [];
    for (const [name, text] of [['one sentence, no punctuation', noPunct], ['"please contact your bank" × 43,000', trigger], ['many triggers, no punctuation', mixed]] as const) {
      const r = compare(() => analyzeDraft(text), undefined, 5);
      const found = analyzeDraft(text).findings.length;
      adv.push([name, `${(text.length / 1024).toFixed(0)} KB`, r.ours.cpu.toFixed(1), r.ours.wall.toFixed(1), String(found), r.ours.cpu < 100 ? 'OK' : 'OVER']);
    }
    console.log('');
    table(['adversarial draft', 'size', 'cpu ms', 'wall ms', 'findings', 'bar < 100 ms'], adv);

    const corpus = corpusDrafts();
    console.log('');
    if (!corpus) {
      console.log('  corpus: tests/corpus/drafts.jsonl not found, skipped');
    } else {
      const kb = corpus.reduce((a, d) => a + d.length, 0) / 1024;
      const r = compare(() => { for (const d of corpus) analyzeDraft(d); }, () => { for (const d of corpus) writeGood(d); }, 5);
      table(['corpus', 'drafts', 'KB', 'ours cpu ms/KB', 'wall ms/KB', 'wg cpu ms/KB', 'ratio'], [['tests/corpus/drafts.jsonl', String(corpus.length), kb.toFixed(1), (r.ours.cpu / kb).toFixed(4), (r.ours.wall / kb).toFixed(4), (r.peer!.cpu / kb).toFixed(4), (r.ours.cpu / r.peer!.cpu).toFixed(3)]]);
    }
  },
};
