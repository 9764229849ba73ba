import type { Engine } from '@/lib/analysis/engine';
import type { Rule } from '@/lib/analysis/catalog/schema';
import { buildTeamEngine, withTeamFindings } from '@/lib/playbook/team-analysis';
import type { SidebarAnalyzer } from '../analysis/analyzer';

// The sidebar's analyzer with the team playbook's rules added: the built-in analysis still runs
// where it did (the worker), and the team's few rules run here on its answer. Swapping the rules
// is instant for the next analysis, so a rule saved on the options page reaches an open sidebar
// without a reload (the flags slice asks for a re-analysis when the rules change).

export interface TeamAwareAnalyzer extends SidebarAnalyzer {
  /** Rules that fail to build are reported and left out, never breaking the built-in findings. */
  setTeamRules(rules: readonly Rule[]): { error: string | null };
}

export function withTeamRules(base: SidebarAnalyzer): TeamAwareAnalyzer {
  let team: Engine | null = null;
  return {
    async analyzeDraft(text, context) {
      const engine = team;
      const result = await base.analyzeDraft(text, context);
      return withTeamFindings(result, engine, text, context);
    },
    classifyCustomer: (text) => base.classifyCustomer(text),
    dispose: () => base.dispose(),
    setTeamRules(rules) {
      try {
        team = buildTeamEngine(rules);
        return { error: null };
      } catch (error) {
        team = null;
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
