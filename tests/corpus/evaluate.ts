import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, SIGNAL_IDS, SITUATION_IDS } from '../../lib/analysis/taxonomy';
import { CUSTOMERS_JSONL, DRAFTS_JSONL } from './build';
import { CustomerRecord, DraftRecord, parseJsonl } from './format';
import {
  formatTable,
  overlaps,
  scoreFindings,
  scoreLabels,
  type FindingsScore,
  type LabelledSpan,
  type LabelsScore,
} from './score';

// Runs an analyzer over the labelled corpus and scores it; shared by corpus.test.ts (which
// fails below the bars) and report.ts (which prints every miss for the rule writer).

/** The slice of lib/analysis that the corpus exercises (structural, so this file stays independent of it). */
export interface CorpusAnalyzer {
  analyzeDraft(text: string): { findings: ReadonlyArray<LabelledSpan & { text?: string }> };
  classifyCustomer(text: string): {
    situations: ReadonlyArray<{ id: string; text?: string }>;
    signals: ReadonlyArray<{ id: string; text?: string }>;
  };
}

/** Issue 2's bars (checked there on the held-out corpus; here on ours). */
export const BARS = {
  findingsPrecision: 0.9,
  findingsRecall: 0.85,
  cleanFlaggedRate: 0.05,
  situationsF1: 0.85,
  signalsF1: 0.85,
} as const;

export interface Corpus {
  drafts: DraftRecord[];
  customers: CustomerRecord[];
}

export function loadCorpus(): Corpus {
  return {
    drafts: parseJsonl(readFileSync(DRAFTS_JSONL, 'utf8'), DraftRecord),
    customers: parseJsonl(readFileSync(CUSTOMERS_JSONL, 'utf8'), CustomerRecord),
  };
}

export interface Evaluation {
  findings: FindingsScore;
  situations: LabelsScore;
  signals: LabelsScore;
  /** Evidence words per message and id, where the analyzer gave them (for the report). */
  evidence: Map<string, Map<string, string>>;
}

export function evaluate(analyzer: CorpusAnalyzer, corpus: Corpus): Evaluation {
  const findings = scoreFindings(
    corpus.drafts.map((d) => ({
      id: d.id,
      gold: d.findings,
      predicted: analyzer.analyzeDraft(d.draft).findings.map(({ category, start, end }) => ({ category, start, end })),
    })),
    CATEGORY_IDS,
  );
  const evidence = new Map<string, Map<string, string>>();
  const classified = corpus.customers.map((c) => {
    const result = analyzer.classifyCustomer(c.customer);
    const words = new Map<string, string>();
    for (const e of [...result.situations, ...result.signals]) if (e.text !== undefined) words.set(e.id, e.text);
    evidence.set(c.id, words);
    return { record: c, result };
  });
  const situations = scoreLabels(
    classified.map(({ record, result }) => ({
      id: record.id,
      gold: record.situations,
      predicted: result.situations.map((e) => e.id),
    })),
    SITUATION_IDS,
  );
  const signals = scoreLabels(
    classified.map(({ record, result }) => ({ id: record.id, gold: record.signals, predicted: result.signals.map((e) => e.id) })),
    SIGNAL_IDS,
  );
  return { findings, situations, signals, evidence };
}

/** Which bars the evaluation misses, as readable lines (empty when all are met). */
export function barFailures(e: Evaluation): string[] {
  const out: string[] = [];
  const check = (name: string, value: number, ok: boolean, bar: string) => {
    if (!ok) out.push(`${name} ${value.toFixed(3)} (bar ${bar})`);
  };
  check('findings precision', e.findings.micro.precision, e.findings.micro.precision >= BARS.findingsPrecision, `≥ ${BARS.findingsPrecision}`);
  check('findings recall', e.findings.micro.recall, e.findings.micro.recall >= BARS.findingsRecall, `≥ ${BARS.findingsRecall}`);
  check('clean drafts with a finding', e.findings.cleanFlaggedRate, e.findings.cleanFlaggedRate <= BARS.cleanFlaggedRate, `≤ ${BARS.cleanFlaggedRate}`);
  check('situations micro-F1', e.situations.micro.f1, e.situations.micro.f1 >= BARS.situationsF1, `≥ ${BARS.situationsF1}`);
  check('signals micro-F1', e.signals.micro.f1, e.signals.micro.f1 >= BARS.signalsF1, `≥ ${BARS.signalsF1}`);
  return out;
}

/** The three tables and the headline figures. */
export function formatSummary(e: Evaluation): string {
  const f = e.findings;
  return [
    formatTable('category', f.perCategory, f.micro),
    `clean drafts with any finding: ${f.cleanDraftsWithFinding}/${f.cleanDrafts} = ${(100 * f.cleanFlaggedRate).toFixed(1)} %`,
    '',
    formatTable('situation', e.situations.perId, e.situations.micro),
    '',
    formatTable('signal', e.signals.perId, e.signals.micro),
  ].join('\n');
}

const quote = (s: string) => JSON.stringify(s.length > 160 ? `${s.slice(0, 157)}…` : s);

/** Every false positive and false negative with its words, grouped by draft / message. */
export function formatMisses(e: Evaluation, corpus: Corpus): string {
  const lines: string[] = [];
  const draftText = new Map(corpus.drafts.map((d) => [d.id, d.draft]));
  const words = (id: string, s: LabelledSpan) => (draftText.get(id) ?? '').slice(s.start, s.end);
  lines.push('== findings: false positives (FP) and false negatives (FN)');
  for (const o of e.findings.outcomes) {
    if (o.falsePositives.length === 0 && o.falseNegatives.length === 0) continue;
    const clean = o.matched.length === 0 && o.falseNegatives.length === 0 ? ' (clean draft)' : '';
    lines.push(`${o.id}${clean}`);
    for (const p of o.falsePositives) {
      const gold = o.falseNegatives.find((g) => overlaps(g, p)) ?? o.matched.find((m) => overlaps(m.gold, p))?.gold;
      const note = gold && gold.category !== p.category ? ` [gold there: ${gold.category}]` : '';
      lines.push(`  FP ${p.category.padEnd(16)} ${quote(words(o.id, p))}${note}`);
    }
    for (const g of o.falseNegatives) lines.push(`  FN ${g.category.padEnd(16)} ${quote(words(o.id, g))}`);
  }
  const customerText = new Map(corpus.customers.map((c) => [c.id, c.customer]));
  for (const [title, score] of [
    ['situations', e.situations],
    ['signals', e.signals],
  ] as const) {
    lines.push('', `== ${title}: missing (FN) and extra (FP)`);
    for (const o of score.outcomes) {
      if (o.missing.length === 0 && o.extra.length === 0) continue;
      const ev = e.evidence.get(o.id);
      const extra = o.extra.map((id) => (ev?.get(id) !== undefined ? `${id} ← ${quote(ev.get(id)!)}` : id));
      lines.push(`${o.id}  ${quote((customerText.get(o.id) ?? '').replace(/\s+/g, ' '))}`);
      if (o.missing.length > 0) lines.push(`  FN ${o.missing.join(', ')}`);
      if (extra.length > 0) lines.push(`  FP ${extra.join(', ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * Which half of the corpus an id falls in (FNV-1a of the id: stable across runs and machines,
 * independent of file order). Rules were tuned by reading the misses of the `tune` half only
 * (2026-11-22); the `check` half is the closest thing here to text nobody tuned on.
 */
/**
 * The blind sources written as an independent test set after the learned layer's design was
 * fixed (2026-11-22, session 4). They are never tuned on and never trained on: the shipped
 * analyzer is scored there as it is (corpus.test.ts), the nearest thing to the issue's own
 * held-out corpus. Keep it that way: no training script may read `halfOf(…, 'holdout')`.
 */
export const HOLDOUT_SOURCES: readonly string[] = [
  'heldr', 'helds', 'heldt', 'heldu', 'heldzi', 'heldzj',
  // Session 5's second holdout: written blind to the issue's corpus description after every
  // model of that session was final, and scored once.
  'heldzza', 'heldzzb', 'heldzzc', 'heldzzd',
  // Session 6's: written blind to the issue's corpus description while that session's models
  // were being trained on other blind files, kept out of the corpus until they were final, then
  // scored once.
  'heldzzk', 'heldzzl', 'heldzzw', 'heldzzx',
  // And four written after those models were final, half of them told to aim at the hardest
  // cases like much of the check half (subtle blame, buried points, inferred situations):
  // scored once, then kept as a test set rather than trained on.
  'heldzzy', 'heldzzz', 'heldzzzc', 'heldzzzd',
  // Session 7's: written after that session's drafts model was final (one drafts and one
  // messages file to the corpus description, one each aimed at the hardest cases),
  // scored once: findings P 0.929, R 0.907, clean drafts flagged 2.6 %, situations 0.870,
  // signals 0.877 (0.876 / 0.870 with the customer model's last change, chosen on the check half).
  'heldzzzu', 'heldzzzv', 'heldzzzw', 'heldzzzx',
];

export type CorpusPart = 'tune' | 'check' | 'holdout';

/**
 * Which part an item belongs to. The holdout sources above are the holdout. Other items whose
 * source prefix starts with `held` (e.g. `c-helda-007`) were written blind after the rules
 * stopped being tuned, so they are never tune material: they always go to the check half (the
 * learned layer's training pool). The rest split by a hash of the id.
 */
export function corpusHalf(id: string): CorpusPart {
  const source = /^[a-z]+-([a-z]+)-/.exec(id)?.[1];
  if (source !== undefined && HOLDOUT_SOURCES.includes(source)) return 'holdout';
  if (source?.startsWith('held')) return 'check';
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'tune' : 'check';
}

export function halfOf(corpus: Corpus, wanted: CorpusPart): Corpus {
  return {
    drafts: corpus.drafts.filter((d) => corpusHalf(d.id) === wanted),
    customers: corpus.customers.filter((c) => corpusHalf(c.id) === wanted),
  };
}
