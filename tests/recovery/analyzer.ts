import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// OwnUp's own analyzer (engineer A's lib/analysis/index.ts), loaded when it exists so these
// tests hold the composed replies to the real bar — zero findings — as soon as it lands, and to
// the phrase list in deflections.ts until then. Loaded by path so this file type-checks before
// the module exists.

interface FindingLike { category: string; text: string }
type AnalyzeDraft = (text: string) => { findings: FindingLike[] };

const analyzerUrl = new URL('../../lib/analysis/index.ts', import.meta.url);

export async function loadAnalyzer(): Promise<AnalyzeDraft | undefined> {
  if (!existsSync(fileURLToPath(analyzerUrl))) return undefined;
  const mod = (await import(/* @vite-ignore */ analyzerUrl.href)) as { analyzeDraft?: AnalyzeDraft };
  return typeof mod.analyzeDraft === 'function' ? mod.analyzeDraft : undefined;
}

/** Findings as "category: text", the form that makes a failing test readable. */
export function describeFindings(analyze: AnalyzeDraft, text: string): string[] {
  return analyze(text).findings.map((f) => `${f.category}: ${f.text}`);
}
