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

/** Categories in name order, so a unit's features come out in one order whatever the findings' order. */
const BY_NAME = [...CATEGORY_IDS].sort();
const CATS = BY_NAME.length;
/** A category's bit in a unit's or the draft's mask: its place in BY_NAME. */
const BIT = new Map<string, number>(BY_NAME.map((c, i) => [c, 1 << i]));

/**
 * Every rule feature name, each once, so a unit's features can be ids into this list (a model
 * looks each name up once, not per unit): `r:<category>` (BY_NAME order), `r:any`, `r:none`,
 * the five `d:n=` buckets, `d:<category>` (BY_NAME order).
 */
export const RULE_FEATURES: readonly string[] = [
  ...BY_NAME.map((c) => `r:${c}`), 'r:any', 'r:none', 'd:n=0', 'd:n=1', 'd:n=2', 'd:n=3-4', 'd:n=5+', ...BY_NAME.map((c) => `d:${c}`),
];
/**
 * RULE_FEATURES, then the neighbour features (drafts-stack-context.ts): `p:<category>` and
 * `n:<category>` (BY_NAME order), the rule categories of the previous and the next unit.
 */
export const STACK_FEATURES: readonly string[] = [...RULE_FEATURES, ...BY_NAME.map((c) => `p:${c}`), ...BY_NAME.map((c) => `n:${c}`)];
const P_CAT = RULE_FEATURES.length;
const N_CAT = P_CAT + CATS;
const R_ANY = CATS;
const R_NONE = CATS + 1;
const D_COUNT = CATS + 2;
const D_CAT = CATS + 7;
/** A unit's mark for "some finding is here", above every category's bit. */
const ANY = 1 << 30;
/** Every category's bit (not ANY). */
const CAT_BITS = (1 << CATS) - 1;

/** The count of rule findings in the draft, in buckets (the model needs no more resolution): the id of its d:n= feature. */
const countFeature = (n: number): number => D_COUNT + (n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n <= 4 ? 3 : 4);

/** Per unit, its features as ids into STACK_FEATURES: unit u's are ids[from[u]] up to ids[from[u + 1]]. */
export interface RuleFeatureIds {
  ids: number[];
  from: number[];
}

/**
 * Per unit, the rule features: `r:<category>` for each category a rule found in this unit,
 * `r:any` / `r:none`, `d:n=<bucket>` (rule findings in the whole draft), and `d:<category>` for
 * each category found only in other units of the draft, as ids into RULE_FEATURES (the run-time
 * form; stackRuleFeatures names them). `unitOf` is, per finding, the unit that holds it
 * (unitsOfFindings), so callers that already know it do not search twice.
 */
export function stackRuleFeatureIds(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): RuleFeatureIds {
  return stackFeatureIds(unitCount, findings, unitOf, false);
}

/**
 * stackRuleFeatureIds, and with `neighbours` each unit's neighbour features after its rule
 * features (the previous unit's categories as `p:`, then the next one's as `n:`, each in BY_NAME
 * order, so a Set's sort: neighbourFeatures names them). A category the taxonomy does not know
 * names no neighbour feature either.
 */
export function stackFeatureIds(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[], neighbours: boolean): RuleFeatureIds {
  // Categories as bits (a Set per unit cost more than the features it listed), ANY for a unit
  // with any finding: a category the taxonomy does not know names no feature but still makes
  // its unit's `r:any`. Plain arrays: a draft's few units are cheaper so than typed arrays.
  const inUnit: number[] = new Array<number>(unitCount).fill(0);
  let inDraft = 0;
  for (let k = 0; k < findings.length; k++) {
    const bit = BIT.get(findings[k]!.category) ?? 0;
    inDraft |= bit;
    const u = unitOf[k]!;
    if (u >= 0) inUnit[u] = inUnit[u]! | bit | ANY;
  }
  const total = countFeature(findings.length);
  // Per unit, where its ids start: counted first, so `ids` is made at its size (grown push by
  // push it was reallocated several times per draft).
  const from: number[] = new Array<number>(unitCount + 1);
  let count = 0;
  for (let u = 0; u < unitCount; u++) {
    from[u] = count;
    const mine = inUnit[u]!;
    count += bitCount(mine & CAT_BITS) + 2 + bitCount(inDraft & ~mine & CAT_BITS);
    if (neighbours) count += bitCount(u > 0 ? inUnit[u - 1]! & CAT_BITS : 0) + bitCount(u + 1 < unitCount ? inUnit[u + 1]! & CAT_BITS : 0);
  }
  from[unitCount] = count;
  const ids: number[] = new Array<number>(count);
  let at = 0;
  for (let u = 0; u < unitCount; u++) {
    const mine = inUnit[u]!;
    at = putBits(ids, at, mine & CAT_BITS, 0);
    ids[at++] = mine & ANY ? R_ANY : R_NONE;
    ids[at++] = total;
    at = putBits(ids, at, inDraft & ~mine & CAT_BITS, D_CAT);
    if (!neighbours) continue;
    at = putBits(ids, at, u > 0 ? inUnit[u - 1]! & CAT_BITS : 0, P_CAT);
    at = putBits(ids, at, u + 1 < unitCount ? inUnit[u + 1]! & CAT_BITS : 0, N_CAT);
  }
  return { ids, from };
}

/** The number of bits set. */
function bitCount(bits: number): number {
  let n = 0;
  for (let m = bits; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Writes base + i for each bit i set in `bits` at ids[at], ids[at + 1], ..., lowest first (the
 * order of a loop over i), and returns where the next id goes: only the set bits are visited, a
 * draft's units mostly have none or one.
 */
function putBits(ids: number[], at: number, bits: number, base: number): number {
  for (let m = bits; m !== 0; m &= m - 1) ids[at++] = base + 31 - Math.clz32(m & -m);
  return at;
}

/** stackRuleFeatures' lists by name (what training reads): the same features, in the same order, as the ids. */
export function stackRuleFeatures(unitCount: number, findings: readonly RuleHit[], unitOf: readonly number[]): string[][] {
  const { ids, from } = stackRuleFeatureIds(unitCount, findings, unitOf);
  const out: string[][] = new Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const features: string[] = [];
    for (let at = from[u]!; at < from[u + 1]!; at++) features.push(RULE_FEATURES[ids[at]!]!);
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
