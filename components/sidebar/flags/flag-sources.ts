import type { AnalyzedDraft } from '../store/draft-slice';

// What a rep can flag from the sidebar: the whole draft (without quoted history and the
// signature, which the analyzer already separated) or the sentence of one finding.

export interface FlagSource {
  id: string;
  label: string;
  text: string;
}

const SENTENCE_END = /[.!?\n]/;

/** The sentence holding [start, end): back to the previous sentence end, on to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  return text.slice(from, to).trim();
}

export function flagSources(analysis: AnalyzedDraft | null, draftText: string): FlagSource[] {
  const sources: FlagSource[] = [];
  const whole = analysis ? analysis.text.slice(analysis.result.analyzedSpan.start, analysis.result.analyzedSpan.end).trim() : draftText.trim();
  if (whole) sources.push({ id: 'draft', label: 'The whole draft', text: whole });
  const seen = new Set<string>();
  for (const finding of analysis?.result.findings ?? []) {
    const sentence = sentenceAround(analysis!.text, finding.start, finding.end);
    if (!sentence || seen.has(sentence) || sentence === whole) continue;
    seen.add(sentence);
    sources.push({ id: `sentence-${sources.length}`, label: `Sentence: “${sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence}”`, text: sentence });
  }
  return sources;
}
