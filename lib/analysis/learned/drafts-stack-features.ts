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

/** The feature strings, made once (they are built for every unit of every faulted draft). */
const IN_UNIT = new Map(CATEGORY_IDS.map((c) => [c as string, `r:${c}`]));
const IN_DRAFT = new Map(CATEGORY_IDS.map((c) => [c as string, `d:${c}`]));
/** Categories in name order, so a unit's features come out in one order whatever the findings' order. */
const BY_NAME = [...CATEGORY_IDS].sort();

/**
 * Per unit, the rule features: `r:<category>` for each category a rule found in this unit,
 * `r:any` / `r:none`, `d:n=<bucket>` (rule findings in the whole draft), and `d:<category>` for
 * each category found only in other units of the draft. `unitOf` is, per finding, the unit that
 * holds it (unitsOfFindings), so callers that already know it do not search twice.
 */
export function stackRuleFeatures(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  const inUnit: Array<Set<string> | undefined> = new Array(unitCount);
  const inDraft = new Set<string>();
  findings.forEach((f, k) => {
    inDraft.add(f.category);
    const u = unitOf[k]!;
    if (u >= 0) (inUnit[u] ??= new Set<string>()).add(f.category);
  });
  const total = countFeature(findings.length);
  const draftCats = BY_NAME.filter((c) => inDraft.has(c));
  const out: string[][] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const mine = inUnit[u];
    const features: string[] = [];
    if (mine) for (const c of BY_NAME) if (mine.has(c)) features.push(IN_UNIT.get(c)!);
    features.push(mine ? 'r:any' : 'r:none', total);
    for (const c of draftCats) if (!mine?.has(c)) features.push(IN_DRAFT.get(c)!);
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
  const order = findings.map((_f, k) => k).sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
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
