import { analyzeWith, buildEngine, type Engine } from '../analysis/engine';
import type { Rule } from '../analysis/catalog/schema';
import { scoreDraft } from '../analysis/score';
import type { DraftAnalysis, Finding, ReplyContext } from '../analysis/types';
import type { NeverSendPhrase } from './effective';
import { phraseWords } from './rule-check';

// The team playbook applied to a draft, beside the built-in analysis: team rules run in their
// own small engine (a handful of rules, so building it on every playbook change is cheap and
// the built-in engine in the worker never has to be rebuilt), and their findings join the
// built-in ones. Never-send phrases are plain word sequences, found case- and
// punctuation-insensitively.

/** An engine for the team's rules; null when there are none. Rules with a repeated id keep the first. */
export function buildTeamEngine(rules: readonly Rule[]): Engine | null {
  const seen = new Set<string>();
  const unique = rules.filter((rule) => !seen.has(rule.id) && seen.add(rule.id));
  return unique.length === 0 ? null : buildEngine(unique);
}

const overlaps = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

/**
 * The built-in analysis plus the team rules' findings. A team finding that overlaps a built-in
 * finding of the same category says nothing new and is left out; the score drops by what the
 * added findings would cost (lib/analysis/score.ts weights).
 */
export function withTeamFindings(base: DraftAnalysis, team: Engine | null, text: string, ctx?: ReplyContext): DraftAnalysis {
  if (!team || text.trim() === '') return base;
  const extra = analyzeWith(team, text, ctx).findings.filter(
    (f) => !base.findings.some((b) => b.category === f.category && overlaps(b, f)),
  );
  if (extra.length === 0) return base;
  const findings = [...base.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  const cost = scoreDraft(base.findings, []) - scoreDraft(findings, []);
  return { ...base, findings, score: Math.max(0, base.score - cost) };
}

export interface NeverSendHit {
  id: string;
  phrase: string;
  reason?: string;
  start: number;
  end: number;
  /** The draft's words that matched. */
  text: string;
}

/** Every never-send phrase present in the draft (first occurrence each), in draft order. */
export function findNeverSend(text: string, phrases: readonly NeverSendPhrase[]): NeverSendHit[] {
  if (phrases.length === 0) return [];
  const words = phraseWords(text);
  const positions = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = positions.get(w.word);
    if (list) list.push(i);
    else positions.set(w.word, [i]);
  });
  const hits: NeverSendHit[] = [];
  for (const phrase of phrases) {
    const target = phraseWords(phrase.phrase).map((w) => w.word);
    if (target.length === 0) continue;
    const at = (positions.get(target[0]!) ?? []).find((i) => target.every((word, k) => words[i + k]?.word === word));
    if (at === undefined) continue;
    const start = words[at]!.start;
    const end = words[at + target.length - 1]!.end;
    hits.push({ id: phrase.id, phrase: phrase.phrase, reason: phrase.reason, start, end, text: text.slice(start, end) });
  }
  return hits.sort((a, b) => a.start - b.start);
}
