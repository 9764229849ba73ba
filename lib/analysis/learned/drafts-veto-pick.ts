import type { Span } from '../types';
import type { SentenceUnit } from './drafts-units';

// Which rule findings the learned veto drops, given the sentence model's probabilities: shared
// by the run-time veto (drafts-veto.ts) and its cross-validation (drafts-veto-train.ts), so
// both decide alike.

/** The unit a finding sits in: the one it overlaps most (a finding is one clause or sentence). */
export function unitOfFinding(units: readonly SentenceUnit[], finding: Span): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.start >= finding.end) break;
    const overlap = Math.min(u.end, finding.end) - Math.max(u.start, finding.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Per finding, whether the veto keeps it. A finding is dropped when the model's probability for
 * the finding's own category, in the sentence that holds it, is below that category's bar, or,
 * when it is the draft's ONLY rule finding, below loneBar. Why the lone case differs: a draft
 * that deflects mostly deflects more than once (tune: 3 rule findings a faulted draft, 11 of 344
 * drafts with exactly one), while a clean ownership reply that trips one innocent phrase has one;
 * there the model's doubt is worth more. A finding outside every unit is always kept.
 */
export function keepMask<F extends Span & { category: string }>(
  units: readonly SentenceUnit[],
  findings: readonly F[],
  probabilityOf: (unitIndex: number) => readonly number[],
  labels: readonly string[],
  bars: Readonly<Record<string, number>>,
  loneBar = 0,
): boolean[] {
  const lone = findings.length === 1;
  const cache = new Map<number, readonly number[]>();
  return findings.map((f) => {
    const bar = Math.max(bars[f.category] ?? 0, lone ? loneBar : 0);
    if (bar <= 0) return true;
    const i = unitOfFinding(units, f);
    if (i < 0) return true;
    let p = cache.get(i);
    if (!p) {
      p = probabilityOf(i);
      cache.set(i, p);
    }
    const j = labels.indexOf(f.category);
    return j < 0 || (p[j] ?? 1) >= bar;
  });
}
