// Pure scoring of the analyzer against the labelled corpus (issue 2, item 4).
//
// Findings: a predicted finding matches a gold one when the categories are equal and the
// half-open spans [start, end) overlap; each gold and each predicted finding is used at most
// once (a maximum one-to-one matching, per draft and category). Situations and signals: set
// comparison per message, summed over the corpus (micro) and per id.
//
// Zero-division convention: precision is 1 when nothing was predicted, recall is 1 when there
// was nothing to find, F1 is 0 when precision + recall is 0. So a category that is never
// predicted but has gold findings scores precision 1, recall 0, F1 0.

export interface LabelledSpan {
  category: string;
  start: number;
  end: number;
}

export interface DraftCase<S extends LabelledSpan = LabelledSpan> {
  id: string;
  gold: S[];
  predicted: S[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/**
 * Maximum one-to-one matching between gold and predicted spans of one draft (Kuhn's augmenting
 * paths; a greedy pass can miss the optimum when one prediction overlaps two gold spans).
 * Returns pairs of indexes [goldIndex, predictedIndex].
 */
export function matchSpans<S extends LabelledSpan>(gold: S[], predicted: S[]): Array<[number, number]> {
  const goldOfPred: number[] = predicted.map(() => -1);
  const edges = gold.map((g) =>
    predicted.flatMap((p, j) => (p.category === g.category && overlaps(g, p) ? [j] : [])),
  );
  const augment = (gi: number, seen: boolean[]): boolean => {
    for (const pj of edges[gi]!) {
      if (seen[pj]) continue;
      seen[pj] = true;
      const owner = goldOfPred[pj]!;
      if (owner < 0 || augment(owner, seen)) {
        goldOfPred[pj] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_g, gi) => augment(gi, predicted.map(() => false)));
  const pairs: Array<[number, number]> = [];
  goldOfPred.forEach((gi, pj) => {
    if (gi >= 0) pairs.push([gi, pj]);
  });
  return pairs.sort((a, b) => a[0] - b[0]);
}

export interface DraftOutcome<S extends LabelledSpan = LabelledSpan> {
  id: string;
  matched: Array<{ gold: S; predicted: S }>;
  falsePositives: S[];
  falseNegatives: S[];
}

export interface FindingsScore<S extends LabelledSpan = LabelledSpan> {
  /** Every category that occurs in gold or predictions, plus those asked for. */
  perCategory: Record<string, Prf>;
  micro: Prf;
  cleanDrafts: number;
  cleanDraftsWithFinding: number;
  /** Share of drafts without gold findings that got at least one predicted finding (0 when there are none). */
  cleanFlaggedRate: number;
  outcomes: DraftOutcome<S>[];
}

export function scoreFindings<S extends LabelledSpan>(
  cases: DraftCase<S>[],
  categories: readonly string[] = [],
): FindingsScore<S> {
  const counts = new Map<string, Counts>(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const bump = (category: string, key: keyof Counts) => {
    const c = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
    c[key] += 1;
    counts.set(category, c);
  };
  let cleanDrafts = 0;
  let cleanDraftsWithFinding = 0;
  const outcomes = cases.map((c): DraftOutcome<S> => {
    const pairs = matchSpans(c.gold, c.predicted);
    const goldHit = new Set(pairs.map(([g]) => g));
    const predHit = new Set(pairs.map(([, p]) => p));
    for (const [g] of pairs) bump(c.gold[g]!.category, 'tp');
    const falsePositives = c.predicted.filter((_p, j) => !predHit.has(j));
    const falseNegatives = c.gold.filter((_g, i) => !goldHit.has(i));
    for (const p of falsePositives) bump(p.category, 'fp');
    for (const g of falseNegatives) bump(g.category, 'fn');
    if (c.gold.length === 0) {
      cleanDrafts += 1;
      if (c.predicted.length > 0) cleanDraftsWithFinding += 1;
    }
    return {
      id: c.id,
      matched: pairs.map(([g, p]) => ({ gold: c.gold[g]!, predicted: c.predicted[p]! })),
      falsePositives,
      falseNegatives,
    };
  });
  const perCategory: Record<string, Prf> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [category, c] of counts) {
    perCategory[category] = prf(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return {
    perCategory,
    micro: prf(total),
    cleanDrafts,
    cleanDraftsWithFinding,
    cleanFlaggedRate: cleanDrafts === 0 ? 0 : cleanDraftsWithFinding / cleanDrafts,
    outcomes,
  };
}

export interface LabelCase {
  id: string;
  gold: readonly string[];
  predicted: readonly string[];
}

export interface LabelOutcome {
  id: string;
  missing: string[];
  extra: string[];
}

export interface LabelsScore {
  perId: Record<string, Prf>;
  micro: Prf;
  outcomes: LabelOutcome[];
}

/** Multi-label scoring: each message's gold and predicted ids are compared as sets. */
export function scoreLabels(cases: LabelCase[], ids: readonly string[] = []): LabelsScore {
  const counts = new Map<string, Counts>(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const get = (id: string) => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    counts.set(id, c);
    return c;
  };
  const outcomes = cases.map((c): LabelOutcome => {
    const gold = new Set(c.gold);
    const predicted = new Set(c.predicted);
    for (const id of predicted) get(id)[gold.has(id) ? 'tp' : 'fp'] += 1;
    const missing = [...gold].filter((id) => !predicted.has(id));
    for (const id of missing) get(id).fn += 1;
    return { id: c.id, missing, extra: [...predicted].filter((id) => !gold.has(id)) };
  });
  const perId: Record<string, Prf> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [id, c] of counts) {
    perId[id] = prf(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { perId, micro: prf(total), outcomes };
}

/** A fixed-width table: one row per id, then the micro total. */
export function formatTable(title: string, rows: Record<string, Prf>, micro: Prf): string {
  const head = `${title.padEnd(18)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`;
  const line = (name: string, r: Prf) =>
    `${name.padEnd(18)} ${r.precision.toFixed(3).padStart(6)} ${r.recall.toFixed(3).padStart(6)} ${r.f1
      .toFixed(3)
      .padStart(6)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}`;
  return [head, ...Object.entries(rows).map(([id, r]) => line(id, r)), line('(micro)', micro)].join('\n');
}
