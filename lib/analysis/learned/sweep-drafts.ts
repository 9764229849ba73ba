import { loadCorpus } from '../../../tests/corpus/evaluate';
import { matchSpans, scoreFindings } from '../../../tests/corpus/score';
import { CATEGORY_IDS } from '../taxonomy';
import { lemmaOf } from '../lemma';
import { sentenceWords, type TrainOptions } from './core';
import type { UnitExample } from './drafts-data';
import {
  chooseThresholds, extraExamples, FOLDS, foldOf, honestPool, LABELS, prepareDraft, probabilitiesOf,
  STACK_TRAIN_OPTIONS, stackedSpans, trainStack, type PreparedDraft, type Scored,
} from './drafts-stack-train';
import type { StackThresholds } from './drafts-stack-pick';

// Measures levers of the stacked draft model out of fold (script side, summaries only: no H text
// is printed). Each variant = extra unit features + training options + decision costs.
//   npx tsx lib/analysis/learned/sweep-drafts.ts VARIANT...

type Extra = (d: PreparedDraft) => string[][];

const none: Extra = (d) => d.units.map(() => []);

/** Position of the unit in the draft's own words. */
const position: Extra = (d) => d.units.map((_u, i) => {
  const n = d.units.length;
  const out: string[] = [];
  if (i === 0) out.push('u:first');
  if (i === n - 1) out.push('u:last');
  return out;
});

/** Rule categories in the previous / next unit. */
const neighbours: Extra = (d) => {
  const cats: Array<Set<string>> = d.units.map(() => new Set());
  d.rules.forEach((f, k) => { const u = d.unitOf[k]!; if (u >= 0) cats[u]!.add(f.category); });
  return d.units.map((_u, i) => [
    ...[...(cats[i - 1] ?? [])].sort().map((c) => `p:${c}`),
    ...[...(cats[i + 1] ?? [])].sort().map((c) => `n:${c}`),
  ]);
};

const lengthBucket: Extra = (d) => d.units.map((u) => {
  const n = sentenceWords(u.text).flat().length;
  return [n <= 6 ? 'len:s' : n <= 15 ? 'len:m' : n <= 30 ? 'len:l' : 'len:xl'];
});

const lemmas: Extra = (d) => d.units.map((u) => {
  const out = new Set<string>();
  for (const w of sentenceWords(u.text).flat()) {
    const l = lemmaOf(w);
    if (l !== w) out.add(`l:${l}`);
  }
  return [...out];
});

const NEG = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'unable']);
const YOU = new Set(['you', 'your', 'yours', 'yourself']);
const cues: Extra = (d) => d.units.map((u) => {
  const ws = sentenceWords(u.text).flat();
  const you = ws.some((w) => YOU.has(w));
  const neg = ws.some((w) => NEG.has(w));
  const we = ws.some((w) => w === 'we' || w === 'i' || w === 'our' || w === 'my' || w === 'us');
  const out: string[] = [];
  if (you && neg) out.push('c:you+neg');
  if (we && neg) out.push('c:we+neg');
  if (you && !we) out.push('c:you-only');
  return out;
});

const EXTRAS: Record<string, Extra> = { none, position, neighbours, lengthBucket, lemmas, cues };
const combine = (names: string[]): Extra => (d) => {
  const parts = names.map((n) => EXTRAS[n]!(d));
  return d.units.map((_u, i) => parts.flatMap((p) => p[i]!));
};

const corpus = loadCorpus();
const basePool = honestPool(corpus).map(prepareDraft);
const baseExtra = extraExamples(corpus);

/** Adds in drafts where no rule finding stays: a bar per category (or one for all). */
type CleanBars = Record<string, number>;
const CLEAN_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, Infinity];

function chooseCleanBars(items: Scored[], th: StackThresholds, cost: number, cleanCost: number, global: boolean): CleanBars {
  // Candidate adds: units of drafts where nothing stays after the stack.
  const cands: Array<{ cat: string; p: number; right: boolean; clean: boolean; id: number }> = [];
  items.forEach(({ draft: d, probs }, id) => {
    if (stackedSpans(d, probs, th).length > 0) return;
    d.units.forEach((u, ui) => LABELS.forEach((c, j) => {
      const p = probs[ui]![j]!;
      if (p < 0.5) return;
      const right = d.gold.some((g) => g.category === c && Math.max(g.start, u.start) < Math.min(g.end, u.end));
      cands.push({ cat: c, p, right, clean: d.gold.length === 0, id });
    }));
  });
  const util = (bar: (c: string) => number) => {
    let s = 0;
    const flaggedClean = new Set<number>();
    for (const x of cands) if (x.p >= bar(x.cat)) { s += x.right ? 1 : -cost; if (x.clean && !flaggedClean.has(x.id)) { flaggedClean.add(x.id); s -= cleanCost; } }
    return s;
  };
  const out: CleanBars = {};
  if (global) {
    let best = { u: 0, b: Infinity };
    for (const b of CLEAN_GRID) { const u = util(() => b); if (u > best.u + 1e-9) best = { u, b }; }
    for (const c of LABELS) if (best.b !== Infinity) out[c] = best.b;
    return out;
  }
  for (const c of LABELS) {
    let best = { u: 0, b: Infinity };
    for (const b of CLEAN_GRID) { const u = util((x) => (x === c ? b : Infinity)); if (u > best.u + 1e-9) best = { u, b }; }
    if (best.b !== Infinity) out[c] = best.b;
  }
  return out;
}

function spansWith(s: Scored, th: StackThresholds, clean?: CleanBars) {
  const spans = stackedSpans(s.draft, s.probs, th);
  if (spans.length > 0 || !clean) return spans;
  const d = s.draft;
  const out: Array<{ category: string; start: number; end: number }> = [];
  d.units.forEach((u, ui) => LABELS.forEach((c, j) => {
    const bar = clean[c];
    if (bar !== undefined && s.probs[ui]![j]! >= bar) out.push({ category: c, start: u.start, end: u.end });
  }));
  return out;
}

interface Variant { name: string; extra: string[]; opts?: TrainOptions; cost?: number; cleanCost?: number; clean?: 'cat' | 'global'; cleanAddCost?: number; sources?: { tune: boolean; written: boolean }; weightTune?: number }

function run(v: Variant): void {
  const t0 = process.hrtime.bigint();
  const fx = combine(v.extra);
  const pool = basePool.map((d) => { const add = fx(d); return { ...d, features: d.features.map((f, i) => [...f, ...add[i]!]) }; });
  const extra: UnitExample[] = v.sources ? extraExamples(corpus, v.sources) : baseExtra;
  const opts = { ...STACK_TRAIN_OPTIONS, ...v.opts };
  const scored: Scored[] = pool.map((draft) => ({ draft, probs: [] }));
  for (let f = 0; f < FOLDS; f++) {
    const model = trainStack(pool.filter((d) => foldOf(d.id) !== f), extra, opts);
    scored.forEach((s) => { if (foldOf(s.draft.id) === f) s.probs = probabilitiesOf(model, s.draft); });
  }
  const trained = Number(process.hrtime.bigint() - t0) / 1e9;
  const cleanCost = v.cleanCost ?? 2;
  const parts: string[] = [];
  for (const cost of v.cost !== undefined ? [v.cost] : [0.7, 0.5, 0.4, 0.3]) {
    const preds = new Map<string, Array<{ category: string; start: number; end: number }>>();
    for (let f = 0; f < FOLDS; f++) {
      const inner = scored.filter((s) => foldOf(s.draft.id) !== f);
      const th = chooseThresholds(inner, { fpCost: cost, cleanCost });
      const clean = v.clean ? chooseCleanBars(inner, th, v.cleanAddCost ?? cost, cleanCost, v.clean === 'global') : undefined;
      for (const s of scored) if (foldOf(s.draft.id) === f) preds.set(s.draft.id, spansWith(s, th, clean));
    }
    const line = (keep: (id: string) => boolean) => {
      const cases = pool.filter((d) => keep(d.id)).map((d) => ({ id: d.id, gold: d.gold, predicted: preds.get(d.id)! }));
      const s = scoreFindings(cases, CATEGORY_IDS);
      return `${s.micro.precision.toFixed(3)}/${s.micro.recall.toFixed(3)}/${(100 * s.cleanFlaggedRate).toFixed(1)}`;
    };
    parts.push(`  c${cost}: H ${line(() => true)} late ${line((id) => /^d-held/.test(id) && !/^d-held[de]-/.test(id))}`);
  }
  console.log(`${v.name} (train ${trained.toFixed(0)} s)\n${parts.join('\n')}`);
}

/** Where the misses sit (counts only). */
function where(): void {
  let inClean = 0, inRuleUnit = 0, inOtherUnit = 0, outside = 0, total = 0;
  const perCat: Record<string, number> = {};
  for (const d of basePool) {
    for (const g of d.gold) {
      total++;
      if (matchSpans([g], d.rules.filter((f) => f.category === g.category)).length > 0) continue;
      perCat[g.category] = (perCat[g.category] ?? 0) + 1;
      if (d.rules.length === 0) { inClean++; continue; }
      const ui = d.units.findIndex((u) => Math.max(g.start, u.start) < Math.min(g.end, u.end));
      if (ui < 0) { outside++; continue; }
      if (d.rules.some((f, k) => d.unitOf[k] === ui)) inRuleUnit++; else inOtherUnit++;
    }
  }
  console.log(`gold ${total}; rules miss: in rules-clean drafts ${inClean}, in a unit with another rule finding ${inRuleUnit}, in a unit with none ${inOtherUnit}, outside units ${outside}`, perCat);
}

const VARIANTS: Record<string, Variant> = {
  base: { name: 'base', extra: [] },
  c08: { name: 'cost 0.8', extra: [], cost: 0.8 },
  c07: { name: 'cost 0.7', extra: [], cost: 0.7 },
  c06: { name: 'cost 0.6', extra: [], cost: 0.6 },
  pos: { name: '+position', extra: ['position'] },
  nb: { name: '+neighbours', extra: ['neighbours'] },
  len: { name: '+length', extra: ['lengthBucket'] },
  lem: { name: '+lemmas', extra: ['lemmas'] },
  cues: { name: '+cues', extra: ['cues'] },
  all: { name: '+pos+nb+len+cues', extra: ['position', 'neighbours', 'lengthBucket', 'cues'] },
  cleanG: { name: 'clean adds global', extra: [], clean: 'global' },
  cleanC: { name: 'clean adds per cat', extra: [], clean: 'cat' },
  l2a: { name: 'l2 3e-4', extra: [], opts: { l2: 3e-4 } },
  l2b: { name: 'l2 3e-3', extra: [], opts: { l2: 3e-3 } },
  ep20: { name: 'epochs 20', extra: [], opts: { epochs: 20 } },
  ep45: { name: 'epochs 45', extra: [], opts: { epochs: 45 } },
  mc3: { name: 'minCount 3', extra: [], opts: { minCount: 3 } },
  noTune: { name: 'no tune', extra: [], sources: { tune: false, written: true } },
  noWritten: { name: 'no written', extra: [], sources: { tune: true, written: false } },
};

for (const name of process.argv.slice(2)) {
  if (name === 'where') where();
  else if (name.startsWith('{')) run({ name, extra: [], ...(JSON.parse(name) as Partial<Variant>) });
  else run(VARIANTS[name]!);
}
