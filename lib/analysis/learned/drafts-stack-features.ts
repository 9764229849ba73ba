import { CATEGORY_IDS } from '../taxonomy';
import type { Span } from '../types';
import type { SentenceUnit } from './drafts-units';

// What the stacked draft model (drafts-stack.ts) knows besides a sentence's words: what the
// RULES said, in this sentence and in the rest of the draft. Trained on the honest pool (the
// corpus half the rules were never tuned on), the model learns how far to trust each of them:
// a rule category that is usually right keeps a finding, a sentence the rules left alone in a
// draft they fault elsewhere is where their missed wording sits. The names hold ':' so they can
// never meet a word feature (words are [a-z0-9] runs, bigrams hold '|').

/** A rule finding as the stack reads it. */
export interface RuleHit extends Span {
  category: string;
}

/** The count of rule findings in the draft, in buckets (the model needs no more resolution). */
const countFeature = (n: number): string => (n === 0 ? 'd:n=0' : n === 1 ? 'd:n=1' : n === 2 ? 'd:n=2' : n <= 4 ? 'd:n=3-4' : 'd:n=5+');

/** Categories in name order, so a unit's features come out in one order whatever the findings' order. */
const BY_NAME = [...CATEGORY_IDS].sort();
/** The feature strings, made once (they are built for every unit of every faulted draft), in BY_NAME order. */
const IN_UNIT = BY_NAME.map((c) => `r:${c}`);
const IN_DRAFT = BY_NAME.map((c) => `d:${c}`);
/** A category's bit in a unit's or the draft's mask: its place in BY_NAME. */
const BIT = new Map<string, number>(BY_NAME.map((c, i) => [c, 1 << i]));

/**
 * Per unit, the rule features: `r:<category>` for each category a rule found in this unit,
 * `r:any` / `r:none`, `d:n=<bucket>` (rule findings in the whole draft), and `d:<category>` for
 * each category found only in other units of the draft. `unitOf` is, per finding, the unit that
 * holds it (unitsOfFindings), so callers that already know it do not search twice.
 */
export function stackRuleFeatures(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  // Categories as bits (a Set per unit cost more than the features it listed); a category the
  // taxonomy does not know names no feature but still makes its unit's `r:any`.
  const inUnit = new Int32Array(unitCount);
  const anyInUnit = new Uint8Array(unitCount);
  let inDraft = 0;
  for (let k = 0; k < findings.length; k++) {
    const bit = BIT.get(findings[k]!.category) ?? 0;
    inDraft |= bit;
    const u = unitOf[k]!;
    if (u >= 0) { inUnit[u]! |= bit; anyInUnit[u] = 1; }
  }
  const total = countFeature(findings.length);
  const out: string[][] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const mine = inUnit[u]!;
    const features: string[] = [];
    for (let i = 0; i < BY_NAME.length; i++) if (mine & (1 << i)) features.push(IN_UNIT[i]!);
    features.push(anyInUnit[u] ? 'r:any' : 'r:none', total);
    for (let i = 0; i < BY_NAME.length; i++) if ((inDraft & ~mine) & (1 << i)) features.push(IN_DRAFT[i]!);
    out[u] = features;
  }
  return out;
}

/**
 * Per finding, the unit that holds it (the unit it overlaps most, the first on a tie; -1: none, e.g. inside a run-on the model does not read), in one sweep over the
 * findings by start instead of a scan from the first unit per finding (a long draft with its
 * findings near the end would cost units × findings).
 */
export function unitsOfFindings(units: readonly SentenceUnit[], findings: readonly Span[]): number[] {
  const out = findings.map(() => -1);
  const order = findings.map((_f, k) => k);
  // The engine hands its findings over in text order: sort only when they are not.
  let sorted = true;
  for (let k = 1; k < findings.length && sorted; k++) if (findings[k]!.start < findings[k - 1]!.start) sorted = false;
  if (!sorted) order.sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
  let first = 0;
  for (const k of order) {
    const f = findings[k]!;
    // Units are in text order and do not overlap: one that ends before this finding starts ends before every later one.
    while (first < units.length && units[first]!.end <= f.start) first++;
    let bestOverlap = 0;
    for (let i = first; i < units.length && units[i]!.start < f.end; i++) {
      const overlap = Math.min(units[i]!.end, f.end) - Math.max(units[i]!.start, f.start);
      if (overlap > bestOverlap) {
        out[k] = i;
        bestOverlap = overlap;
      }
    }
  }
  return out;
}
