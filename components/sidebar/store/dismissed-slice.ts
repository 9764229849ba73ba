import type { Finding } from '@/lib/analysis/types';
import type { SliceCreator, SidebarState } from './state';

export interface DismissedSlice {
  /** Keys of findings the rep dismissed in this draft (see `dismissKey`). */
  dismissed: Readonly<Record<string, true>>;
  dismiss(finding: Finding): void;
  clearDismissed(): void;
}

/**
 * Rule + the words found, not the offsets: typing before a dismissed phrase moves its span,
 * and the dismissal must survive that re-analysis. The same phrase twice is dismissed twice.
 */
export function dismissKey(finding: Pick<Finding, 'ruleId' | 'text'>): string {
  return `${finding.ruleId}\u0000${finding.text}`;
}

/** Findings the rep still sees. Not memoized: components memoize on `analysis` and `dismissed`. */
export function visibleFindings(state: Pick<SidebarState, 'analysis' | 'dismissed'>): Finding[] {
  const findings = state.analysis?.result.findings ?? [];
  return findings.filter((finding) => !state.dismissed[dismissKey(finding)]);
}

export const createDismissedSlice: SliceCreator<DismissedSlice> = () => (set, get) => ({
  dismissed: {},

  dismiss(finding) {
    set({ dismissed: { ...get().dismissed, [dismissKey(finding)]: true } });
    get().afterFindingsChanged();
  },

  clearDismissed() {
    if (Object.keys(get().dismissed).length === 0) return;
    set({ dismissed: {} });
    get().afterFindingsChanged();
  },
});
