import type { CategoryId } from '../taxonomy';
import type { SentenceUnit } from './drafts-units';
import type { RuleHit } from './drafts-stack-features';

// The stacked layer's decision, given the model's probabilities per sentence unit: shared by the
// run-time layer (drafts-stack.ts), the cross-fitting (drafts-crossfit.ts) and the threshold
// search (drafts-stack-train.ts), so all three decide alike.

/** Per category, the two bars the cross-fitting chose (drafts-stack-train.ts). */
export interface StackThresholds {
  /** A rule finding of this category is dropped when its unit's probability is below this. */
  drop: Readonly<Record<string, number>>;
  /** A unit with no rule finding of this category gets one when its probability reaches this. */
  add: Readonly<Record<string, number>>;
  /**
   * A draft's ONLY rule finding is kept when its unit's probability reaches `own`, or another
   * unit of the draft reaches `other` for any category. Why: a clean ownership reply that trips
   * one innocent phrase has one rule finding and nothing else that reads as a deflection, while
   * a deflecting draft mostly deflects more than once, and the rules found only one of them.
   */
  lone?: { own: number; other: number };
  /**
   * In a draft where no rule finding stays (the rules found none, or the model dropped them
   * all), a unit gets a finding of this category when its probability reaches this bar. Why a
   * bar of its own: there the model has no rule finding to lean on, so it must be surer than
   * beside one (out of fold on the 3,365-draft honest pool: recall +0.02, clean drafts flagged
   * +1 point). Absent: such drafts stay clean (and need not be read at all).
   */
  clean?: Readonly<Record<string, number>>;
}

export interface StackAdd {
  unit: SentenceUnit;
  unitIndex: number;
  category: CategoryId;
  probability: number;
}

export interface StackDecision {
  /** Per rule finding, whether it stays. */
  keep: boolean[];
  /** The model's own findings, in unit order. */
  adds: StackAdd[];
}

/**
 * Keeps a rule finding unless the model finds its category unlikely (below drop) in the unit
 * that holds it; adds a unit-wide finding for each category the model is confident of (at or
 * above add) in a unit where no rule found that category. A finding outside every unit (unitOf
 * -1) is always kept. Additions happen only in a draft where a rule finding stays (a draft the
 * rules leave clean is not even read: index.ts), and stop at `limit` (the engine's cap on a
 * draft's findings).
 */
export function decideStack(
  units: readonly SentenceUnit[],
  findings: readonly RuleHit[],
  unitOf: readonly number[],
  probabilityOf: (unitIndex: number) => readonly number[],
  labels: readonly string[],
  thresholds: StackThresholds,
  limit = Infinity,
): StackDecision {
  const ruleCats: Array<Set<string>> = units.map(() => new Set<string>());
  findings.forEach((f, k) => {
    const u = unitOf[k]!;
    if (u >= 0) ruleCats[u]!.add(f.category);
  });
  const probs: Array<readonly number[] | undefined> = units.map(() => undefined);
  const probsOf = (u: number): readonly number[] => (probs[u] ??= probabilityOf(u));
  const keep = findings.map((f, k) => {
    const u = unitOf[k]!;
    const j = labels.indexOf(f.category);
    if (u < 0 || j < 0) return true;
    const p = probsOf(u)[j] ?? 1;
    if (p < (thresholds.drop[f.category] ?? 0)) return false;
    const lone = thresholds.lone;
    if (findings.length > 1 || !lone || p >= lone.own) return true;
    return units.some((_unit, v) => v !== u && probsOf(v).some((q) => q >= lone.other));
  });
  const adds: StackAdd[] = [];
  // A draft whose rule findings all go is one the model reads as clean: adding its own there
  // would contradict that (out of fold on the first 341 H drafts, over four fold salts: clean
  // drafts flagged 2.6 % -> 1.7 %, recall -0.001).
  if (!keep.some(Boolean)) {
    const clean = thresholds.clean;
    if (!clean) return { keep, adds };
    for (let u = 0; u < units.length && adds.length < limit; u++) {
      const p = probsOf(u);
      for (let j = 0; j < labels.length && adds.length < limit; j++) {
        const category = labels[j]!;
        const bar = clean[category];
        if (bar === undefined || (p[j] ?? 0) < bar) continue;
        adds.push({ unit: units[u]!, unitIndex: u, category: category as CategoryId, probability: p[j]! });
      }
    }
    return { keep, adds };
  }
  for (let u = 0; u < units.length && adds.length < limit; u++) {
    const p = probsOf(u);
    for (let j = 0; j < labels.length && adds.length < limit; j++) {
      const category = labels[j]!;
      const bar = thresholds.add[category];
      if (bar === undefined || (p[j] ?? 0) < bar || ruleCats[u]!.has(category)) continue;
      adds.push({ unit: units[u]!, unitIndex: u, category: category as CategoryId, probability: p[j]! });
    }
  }
  return { keep, adds };
}
