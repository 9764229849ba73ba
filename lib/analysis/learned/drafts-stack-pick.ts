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
  /**
   * Bits of drafts-ownership.ts OWN: a unit showing any of them gets no `clean` addition. Why: in
   * a draft with no rule finding the model's words read an owning sentence that shares a
   * deflection's words ("I'm taking it up with the hotel directly and fixing the booking
   * myself") as the deflection; TAXONOMY §1a calls it clean (and OwnUp's recovery replies are
   * made of such sentences).
   */
  cleanVeto?: number;
  /**
   * The veto also holds when the NEXT unit shows such ownership: a rule or a limit followed by
   * the rep's remedy ("the landlord has to approve pets. I have already asked him and he said
   * yes") is clean as a whole (TAXONOMY §1a), though its first sentence alone reads as a wall.
   */
  cleanVetoNext?: boolean;
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
 * -1) is always kept. In a draft where no rule finding stays, additions follow the `clean` bars
 * only (none without them). Additions stop at `limit` (the engine's cap on a draft's findings).
 */
export function decideStack(
  units: readonly SentenceUnit[],
  findings: readonly RuleHit[],
  unitOf: readonly number[],
  probabilityOf: (unitIndex: number) => readonly number[],
  labels: readonly string[],
  thresholds: StackThresholds,
  limit = Infinity,
  ownershipOfUnit?: (unitIndex: number) => number,
): StackDecision {
  const n = units.length;
  const k = labels.length;
  // Flat tables instead of a Set per unit and closures per finding: this runs on every faulted draft.
  // ruled[u * k + j]: a rule found label j's category in unit u (a model's labels are distinct).
  const ruled: number[] = new Array<number>(n * k).fill(0);
  const labelOf: number[] = new Array<number>(findings.length);
  for (let f = 0; f < findings.length; f++) {
    const j = labels.indexOf(findings[f]!.category);
    labelOf[f] = j;
    const u = unitOf[f]!;
    if (u >= 0 && j >= 0) ruled[u * k + j] = 1;
  }
  const probs: Probs = { of: new Array(n), probabilityOf };
  const keep: boolean[] = new Array(findings.length);
  let kept = false;
  for (let f = 0; f < findings.length; f++) {
    const stays = keeps(findings, f, unitOf[f]!, labelOf[f]!, n, probs, thresholds);
    keep[f] = stays;
    if (stays) kept = true;
  }
  const adds: StackAdd[] = [];
  // A draft whose rule findings all go is one the model reads as clean: adding its own there
  // would contradict that (out of fold on the first 341 H drafts, over four fold salts: clean
  // drafts flagged 2.6 % -> 1.7 %, recall -0.001).
  if (!kept) {
    const clean = thresholds.clean;
    if (!clean) return { keep, adds };
    // No rule finding to lean on: the model's own bar for such drafts, no same-category check
    // (no rule finding stays in any unit).
    const cleanBars = barsOf(labels, clean);
    const veto = thresholds.cleanVeto ?? 0;
    for (let u = 0; u < n && adds.length < limit; u++) {
      const p = probsOf(probs, u);
      // Ownership is read only for a unit that reaches a bar (a regex-free scan, but per unit).
      let owned: boolean | undefined;
      for (let j = 0; j < k && adds.length < limit; j++) {
        const bar = cleanBars[j];
        if (bar === undefined || (p[j] ?? 0) < bar) continue;
        owned ??= vetoed(u, n, veto, thresholds.cleanVetoNext === true, ownershipOfUnit);
        if (owned) break;
        adds.push({ unit: units[u]!, unitIndex: u, category: labels[j] as CategoryId, probability: p[j]! });
      }
    }
    return { keep, adds };
  }
  const bars = barsOf(labels, thresholds.add);
  for (let u = 0; u < n && adds.length < limit; u++) {
    const p = probsOf(probs, u);
    for (let j = 0; j < k && adds.length < limit; j++) {
      const bar = bars[j];
      if (bar === undefined || (p[j] ?? 0) < bar || ruled[u * k + j] === 1) continue;
      adds.push({ unit: units[u]!, unitIndex: u, category: labels[j] as CategoryId, probability: p[j]! });
    }
  }
  return { keep, adds };
}

/**
 * Per label, its bar (undefined: none). Pushed one by one, not labels.map: map's array held the
 * bars boxed, and comparing a unit's probabilities with them allocated per unit and label (~2.5 KB
 * of the ~4 KB decideStack allocated on the 1 KB bench draft).
 */
function barsOf(labels: readonly string[], bars: Readonly<Record<string, number>>): Array<number | undefined> {
  const out: Array<number | undefined> = [];
  for (let j = 0; j < labels.length; j++) out.push(bars[labels[j]!]);
  return out;
}

/** Whether unit u (or, with `next`, the unit after it) shows a kind of ownership in `veto`. */
function vetoed(u: number, units: number, veto: number, next: boolean, ownershipOfUnit?: (unitIndex: number) => number): boolean {
  if (veto === 0 || ownershipOfUnit === undefined) return false;
  if ((ownershipOfUnit(u) & veto) !== 0) return true;
  return next && u + 1 < units && (ownershipOfUnit(u + 1) & veto) !== 0;
}

/** Each unit's probabilities, asked for at most once. */
interface Probs {
  of: Array<readonly number[] | undefined>;
  probabilityOf: (unitIndex: number) => readonly number[];
}

// A function, not a closure made per call: a named closure costs more than the lookup it saves
// (tsx's keepNames defines its name on every creation).
function probsOf(probs: Probs, u: number): readonly number[] {
  return (probs.of[u] ??= probs.probabilityOf(u));
}

/** Whether rule finding f (in unit u, of label j; -1: none) stays (decideStack's keep). */
function keeps(
  findings: readonly RuleHit[],
  f: number,
  u: number,
  j: number,
  units: number,
  probs: Probs,
  thresholds: StackThresholds,
): boolean {
  if (u < 0 || j < 0) return true;
  const category = findings[f]!.category;
  const p = probsOf(probs, u)[j] ?? 1;
  if (p < (thresholds.drop[category] ?? 0)) return false;
  const lone = thresholds.lone;
  if (findings.length > 1 || !lone || p >= lone.own) return true;
  for (let v = 0; v < units; v++) {
    if (v === u) continue;
    const q = probsOf(probs, v);
    for (let j2 = 0; j2 < q.length; j2++) if (q[j2]! >= lone.other) return true;
  }
  return false;
}
