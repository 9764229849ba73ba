import { writeFileSync } from 'node:fs';
import { analyzeWith, getEngine } from '../engine';

/** The rules alone: index.ts's analyzeDraft runs the learned layer too. */
const analyzeDraft = (text: string) => analyzeWith(getEngine(), text);
import { halfOf, loadCorpus } from '../../../tests/corpus/evaluate';
import { formatTable, scoreFindings } from '../../../tests/corpus/score';
import { CATEGORY_IDS } from '../taxonomy';
import { modelToSource, predict, pruneModel, trainOneVsRest, type LinearModel, type TrainOptions } from './core';
import { catalogExamples, corpusUnits, ownExamples, rewriteExamples, type CorpusUnit, type UnitExample } from './drafts-data';
import { pickLearned } from './drafts-pick';

// Trains the learned draft model and picks its per-category thresholds by 5-fold
// cross-validation on the corpus's TUNE half (folds by draft, so no draft's sentences are on
// both sides), then writes drafts-weights.ts. The check half is never read here.
//   npx tsx lib/analysis/learned/drafts-tune-train.ts            (prints the CV tables, writes weights)
//   npx tsx lib/analysis/learned/drafts-tune-train.ts --dry      (CV tables only)
//   --search: estimated gain per l2 / epochs setting (how TRAIN_OPTIONS was picked)
//   --show: the held-out additions on tune with their words; --show-alone CATEGORY: the model's
//   confident held-out mistakes for one category on tune (to write clean look-alikes from)
//   --no-catalog: leave the catalog's examples out of training (to see what they bring)

/** Picked by `--search` (largest estimated gain in tune cross-validation, 2026-11-22). */
export const TRAIN_OPTIONS: TrainOptions = { epochs: 60, l2: 1e-3, rate: 0.5, minCount: 2 };
const FOLDS = 5;
/** Held-out precision a category's threshold must reach, model alone, on tune sentences. */
const PRECISION_TARGET = 0.92;
/** Fewest held-out sentences above a threshold for its precision to mean anything. */
const MIN_SUPPORT = 8;
/**
 * Share of gold findings the rules miss on text they were not tuned on (≈ 1 − 0.777, the
 * check-half recall the brief quotes as a headline figure; no per-category check number is used).
 */
const RULE_MISS_RATE = 0.22;
const GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
/** Weights kept per category: the weights file stays well under 150 KB. */
const KEEP_PER_LABEL = 1000;
const LABELS = [...CATEGORY_IDS];

function train(examples: UnitExample[], opts: TrainOptions = TRAIN_OPTIONS): LinearModel {
  return trainOneVsRest(examples, LABELS, opts);
}

/** Held-out probabilities for every tune sentence (fold = draft's position mod FOLDS, ids sorted). */
function crossValidate(units: CorpusUnit[], extra: UnitExample[], opts: TrainOptions = TRAIN_OPTIONS): number[][] {
  const draftIds = [...new Set(units.map((u) => u.draftId))].sort();
  const foldOf = new Map(draftIds.map((id, i) => [id, i % FOLDS]));
  const out: number[][] = units.map(() => []);
  for (let f = 0; f < FOLDS; f++) {
    const model = train([...units.filter((u) => foldOf.get(u.draftId) !== f), ...extra], opts);
    units.forEach((u, i) => {
      if (foldOf.get(u.draftId) === f) out[i] = predict(model, u.features);
    });
  }
  return out;
}

interface Choice { threshold: number | undefined; gain: number; lines: string[] }

/**
 * Per category, along GRID: the model alone on held-out tune sentences (precision, recall), and
 * what it would ADD beside the rules there (pickLearned's sentences: no rule finding touches
 * them, in a draft the rules fault). The rules were
 * tuned on this half, so nearly every addition here is a false positive: it estimates what the
 * fallback costs on new text. What it gains there is estimated as the share of findings the rules
 * miss on text they were not tuned on (RULE_MISS_RATE) times the model's held-out recall. The
 * threshold is the lowest one whose estimated added precision reaches PRECISION_TARGET.
 */
function chooseThreshold(units: CorpusUnit[], probs: number[][], eligible: boolean[], j: number): Choice {
  const category = LABELS[j]!;
  const positives = units.filter((u) => u.labels.includes(category)).length;
  let threshold: number | undefined;
  let chosenGain = 0;
  const lines: string[] = [];
  for (const t of GRID) {
    let tp = 0;
    let fp = 0;
    let addedFp = 0;
    units.forEach((u, i) => {
      if ((probs[i]![j] ?? 0) < t) return;
      // pickLearned keeps one category per sentence: the most probable one.
      const top = probs[i]!.every((p) => p <= probs[i]![j]!);
      if (u.labels.includes(category)) tp++;
      else {
        fp++;
        if (eligible[i] && top) addedFp++;
      }
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp / Math.max(1, positives);
    const gain = RULE_MISS_RATE * recall * positives;
    const addedPrecision = gain / Math.max(1e-9, gain + addedFp);
    lines.push(`${t.toFixed(2)}: alone P ${precision.toFixed(3)} R ${recall.toFixed(3)} (${tp}/${tp + fp}); added FP ${addedFp}, est. gain ${gain.toFixed(1)}, est. added P ${addedPrecision.toFixed(2)}`);
    if (threshold === undefined && tp + fp >= MIN_SUPPORT && precision >= PRECISION_TARGET && addedPrecision >= PRECISION_TARGET) {
      threshold = t;
      chosenGain = gain;
    }
  }
  return { threshold, gain: chosenGain, lines };
}

function findingsTable(label: string, drafts: ReturnType<typeof loadCorpus>['drafts'], predictedOf: (text: string, id: string) => Array<{ category: string; start: number; end: number }>): string {
  const s = scoreFindings(drafts.map((d) => ({ id: d.id, gold: d.findings, predicted: predictedOf(d.draft, d.id) })), CATEGORY_IDS);
  return `${label}\n${formatTable('category', s.perCategory, s.micro)}\nclean drafts with any finding: ${s.cleanDraftsWithFinding}/${s.cleanDrafts} = ${(100 * s.cleanFlaggedRate).toFixed(1)} %`;
}

function main(): void {
  const tune = halfOf(loadCorpus(), 'tune').drafts.slice().sort((a, b) => (a.id < b.id ? -1 : 1));
  const units = corpusUnits(tune);
  const extra = [...(process.argv.includes('--no-catalog') ? [] : [...catalogExamples(), ...rewriteExamples()]), ...ownExamples()];
  console.log(`tune: ${tune.length} drafts, ${units.length} sentences (${units.filter((u) => u.labels.length > 0).length} with a finding); ${extra.length} catalog and own examples`);
  const rulesOf = new Map(tune.map((d) => [d.id, analyzeDraft(d.draft).findings]));
  // Where pickLearned may add: a sentence no rule finding touches, in a draft the rules fault.
  const ruleFree = units.map((u) => {
    const rules = rulesOf.get(u.draftId) ?? [];
    return rules.length > 0 && !rules.some((f) => Math.max(f.start, u.unit.start) < Math.min(f.end, u.unit.end));
  });
  if (process.argv.includes('--search')) {
    // How TRAIN_OPTIONS was picked: the estimated findings gained (chooseThreshold) per setting.
    for (const l2 of [1e-4, 1e-3, 3e-3, 1e-2]) {
      for (const epochs of [15, 30, 60]) {
        const p = crossValidate(units, extra, { ...TRAIN_OPTIONS, l2, epochs });
        const choices = LABELS.map((_c, j) => chooseThreshold(units, p, ruleFree, j));
        const gain = choices.reduce((sum, c) => sum + c.gain, 0);
        console.log(`l2 ${l2} epochs ${epochs}: est. gain ${gain.toFixed(1)}; thresholds ${choices.map((c) => c.threshold ?? '-').join(' ')}`);
      }
    }
    return;
  }
  const probs = crossValidate(units, extra);
  const thresholds: Record<string, number> = {};
  LABELS.forEach((category, j) => {
    const { threshold, lines } = chooseThreshold(units, probs, ruleFree, j);
    console.log(`\n${category}: threshold ${threshold ?? 'none (never fires)'}\n  ${lines.join('\n  ')}`);
    if (threshold !== undefined) thresholds[category] = threshold;
  });

  // Rules only vs rules + held-out model on the tune half.
  const unitsOf = new Map<string, number[]>();
  units.forEach((u, i) => unitsOf.set(u.draftId, [...(unitsOf.get(u.draftId) ?? []), i]));
  const combined = (_text: string, id: string) => {
    const idx = unitsOf.get(id) ?? [];
    const rules = rulesOf.get(id) ?? [];
    const picks = pickLearned(idx.map((i) => units[i]!.unit), idx.map((i) => probs[i]!), LABELS, rules, thresholds);
    return [...rules, ...picks.map((p) => ({ category: p.category, start: p.unit.start, end: p.unit.end }))];
  };
  const modelAlone = (_text: string, id: string) => {
    const idx = unitsOf.get(id) ?? [];
    return pickLearned(idx.map((i) => units[i]!.unit), idx.map((i) => probs[i]!), LABELS, [], thresholds, false).map((p) => ({ category: p.category, start: p.unit.start, end: p.unit.end }));
  };
  console.log(`\n${findingsTable('== tune, rules only', tune, (_t, id) => rulesOf.get(id) ?? [])}`);
  console.log(`\n${findingsTable('== tune, model alone (held-out folds)', tune, modelAlone)}`);
  console.log(`\n${findingsTable('== tune, rules + model (held-out folds)', tune, combined)}`);

  if (process.argv.includes('--show')) {
    // Tune half only: the held-out additions the rules did not make, with their words.
    for (const d of tune) {
      const idx = unitsOf.get(d.id) ?? [];
      const picks = pickLearned(idx.map((i) => units[i]!.unit), idx.map((i) => probs[i]!), LABELS, rulesOf.get(d.id) ?? [], thresholds);
      for (const p of picks) {
        const gold = d.findings.filter((g) => Math.max(g.start, p.unit.start) < Math.min(g.end, p.unit.end)).map((g) => g.category);
        console.log(`${gold.includes(p.category) ? 'TP' : 'FP'} ${p.category} ${p.probability.toFixed(2)} [gold ${gold.join(',') || '-'}] ${d.id}: ${p.unit.text}`);
      }
    }
  }
  const showAt = process.argv.indexOf('--show-alone');
  if (showAt >= 0) {
    // Tune half only: the model's confident held-out mistakes for one category, to write clean look-alikes.
    const j = LABELS.indexOf(process.argv[showAt + 1] as (typeof LABELS)[number]);
    units.forEach((u, i) => {
      if ((probs[i]![j] ?? 0) >= 0.8 && !u.labels.includes(LABELS[j]!)) console.log(`FP ${probs[i]![j]!.toFixed(2)} [gold ${u.labels.join(',') || '-'}] ${u.unit.text}`);
    });
  }
  if (process.argv.includes('--dry')) return;
  const full = train([...units, ...extra]);
  const model = pruneModel(full, KEEP_PER_LABEL);
  // Pruning must not move a tune sentence across its threshold (thresholds were chosen unpruned).
  const pickOf = (m: LinearModel, i: number) => pickLearned([units[i]!.unit], [predict(m, units[i]!.features)], LABELS, [], thresholds, false)[0]?.category ?? '-';
  const moved = units.filter((_u, i) => pickOf(full, i) !== pickOf(model, i)).length;
  console.log(`\npruning to ${KEEP_PER_LABEL} weights a category changes the pick of ${moved} of ${units.length} tune sentences`);
  const source = modelToSource(model, 'DRAFT_MODEL').replace(
    /\n$/,
    `\n/** Per-category probability a sentence needs (drafts-tune-train.ts: held-out precision ≥ ${PRECISION_TARGET} on tune); absent: never fires. */\nexport const DRAFT_THRESHOLDS: Readonly<Record<string, number>> = ${JSON.stringify(thresholds)};\n`,
  );
  const path = new URL('./drafts-weights.ts', import.meta.url);
  writeFileSync(path, source);
  console.log(`\nwrote ${path.pathname}: ${Object.keys(model.weights).length} features, ${(source.length / 1024).toFixed(1)} KB`);
}

main();
