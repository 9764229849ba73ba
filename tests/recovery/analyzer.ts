import { analyzeDraft } from '../../lib/analysis/index';

// OwnUp's own analyzer holds the composed replies to the real bar: zero findings. The phrase list
// in deflections.ts is checked as well, as a floor that does not move with the catalog.

export type AnalyzeDraft = (text: string) => { findings: Array<{ category: string; text: string }> };

export function loadAnalyzer(): AnalyzeDraft {
  return analyzeDraft;
}

/** Findings as "category: text", the form that makes a failing test readable. */
export function describeFindings(analyze: AnalyzeDraft, text: string): string[] {
  return analyze(text).findings.map((f) => `${f.category}: ${f.text}`);
}
