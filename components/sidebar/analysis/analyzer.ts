import type { CustomerAnalysis, DraftAnalysis, ReplyContext } from '@/lib/analysis/types';

// How the sidebar asks for analysis. Two implementations: in this thread (tests, and the
// fallback when a Worker cannot start) and in a Web Worker (the page), so a 100 KB draft never
// blocks typing-time rendering or keyboard handling in the sidebar.

export interface SidebarAnalyzer {
  analyzeDraft(text: string, context: ReplyContext): Promise<DraftAnalysis>;
  classifyCustomer(text: string): Promise<CustomerAnalysis>;
  dispose(): void;
}

/** The pure functions of lib/analysis, passed in so this module does not pull the analyzer into every import. */
export interface AnalysisFunctions {
  analyzeDraft(text: string, context?: ReplyContext): DraftAnalysis;
  classifyCustomer(text: string): CustomerAnalysis;
}

export function createInThreadAnalyzer(fns: AnalysisFunctions): SidebarAnalyzer {
  return {
    analyzeDraft: async (text, context) => fns.analyzeDraft(text, context),
    classifyCustomer: async (text) => fns.classifyCustomer(text),
    dispose() {},
  };
}
