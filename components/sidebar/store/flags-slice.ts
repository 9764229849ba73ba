import { buildCannedIndex, cannedGroupKey, matchCanned, type CannedIndex } from '@/lib/analysis/canned';
import type { CategoryId } from '@/lib/analysis/taxonomy';
import type { FlagRecord, NewFlag } from '@/lib/db';
import type { KnownCanned } from '@/lib/playbook/known-canned';
import type { TeamKnowledge } from '@/lib/playbook/live';
import { findNeverSend, type NeverSendHit } from '@/lib/playbook/team-analysis';
import type { SliceCreator } from './state';

// Issue 7 in the sidebar: flagging a canned response for review, and noticing a known one
// (flagged or approved by the team) in the draft. The slice LISTENS to the draft and to the
// team's knowledge (pushed by connectTeamKnowledge from the database's live query), so matching
// runs whenever either changes; matching 5,000 known items takes well under a millisecond
// (tests/bench/sections/canned.ts), cheap enough for this thread on every draft change.

export interface FlagsBackend {
  addFlag(flag: NewFlag): Promise<FlagRecord>;
}

export interface KnownCannedInDraft {
  item: KnownCanned;
  start: number;
  end: number;
  /** The draft's words in [start, end) when matched, so an insert can verify them. */
  text: string;
}

export interface FlagInput {
  text: string;
  reason: { category?: CategoryId; text?: string };
  macroName?: string;
}

export interface FlagsSlice {
  teamKnowledge: TeamKnowledge | null;
  /** Known canned responses in the current draft, best match first. */
  cannedInDraft: KnownCannedInDraft[];
  /** For the statistics slice (issue 8's flaggedCannedSent): a flagged canned response is in the draft. */
  flaggedCannedInDraft: boolean;
  /** The team's never-send phrases found in the current draft. */
  neverSendInDraft: NeverSendHit[];
  flagFeedback: { tone: 'info' | 'error'; text: string } | null;
  setTeamKnowledge(knowledge: TeamKnowledge): void;
  connectFlags(backend: FlagsBackend): void;
  /** Stores a flag (grouped by the masked, folded text); resolves whether it was stored. */
  flagCanned(input: FlagInput): Promise<boolean>;
  /** Replaces the matched region with the approved rewrite: one undoable edit via the insert path. */
  applyCannedRewrite(itemId: string): void;
  clearFlagFeedback(): void;
}

function findingCategoryIn(findings: readonly { category: CategoryId; start: number; end: number }[], start: number, end: number) {
  return findings.find((f) => f.start < end && start < f.end)?.category;
}

export const createFlagsSlice: SliceCreator<FlagsSlice> = () => (set, get, api) => {
  let backend: FlagsBackend | null = null;
  let index: CannedIndex = buildCannedIndex([]);
  let byId = new Map<string, KnownCanned>();

  function rematch(): void {
    const state = get();
    const text = state.draft?.text ?? '';
    const cannedInDraft: KnownCannedInDraft[] = [];
    if (text.trim() !== '' && byId.size > 0) {
      for (const match of matchCanned(index, text)) {
        const item = byId.get(match.id);
        if (item) cannedInDraft.push({ item, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
      }
    }
    const neverSendInDraft = findNeverSend(text, state.teamKnowledge?.playbook.neverSend ?? []);
    const flagged = cannedInDraft.some((m) => m.item.count > 0);
    if (state.cannedInDraft.length === 0 && cannedInDraft.length === 0 && state.neverSendInDraft.length === 0 && neverSendInDraft.length === 0 && state.flaggedCannedInDraft === flagged) return;
    set({ cannedInDraft, neverSendInDraft, flaggedCannedInDraft: flagged });
    if (flagged !== state.flaggedCannedInDraft) get().noteFlaggedCanned(flagged);
  }

  api.subscribe((state, prev) => {
    if (state.draft !== prev.draft) rematch();
  });

  return {
    teamKnowledge: null,
    cannedInDraft: [],
    flaggedCannedInDraft: false,
    neverSendInDraft: [],
    flagFeedback: null,

    setTeamKnowledge(knowledge) {
      const previousRules = JSON.stringify(get().teamKnowledge?.playbook.rules ?? []);
      index = buildCannedIndex(knowledge.known.map((item) => ({ id: item.id, text: item.text })));
      byId = new Map(knowledge.known.map((item) => [item.id, item]));
      set({ teamKnowledge: knowledge });
      rematch();
      // New team rules change the findings of the draft already open (the analyzer was rebuilt
      // with them by connectTeamKnowledge before this call).
      if (JSON.stringify(knowledge.playbook.rules) !== previousRules) get().scheduleAnalysis();
    },

    connectFlags(next) {
      backend = next;
    },

    async flagCanned(input) {
      const text = input.text.trim();
      if (!backend) {
        set({ flagFeedback: { tone: 'error', text: 'Flagging is not available: OwnUp could not reach its database.' } });
        return false;
      }
      if (text === '') {
        set({ flagFeedback: { tone: 'error', text: 'There is no text to flag.' } });
        return false;
      }
      const reasonText = input.reason.text?.trim();
      const reason = { ...(input.reason.category ? { category: input.reason.category } : {}), ...(reasonText ? { text: reasonText } : {}) };
      if (!reason.category && !reason.text) {
        set({ flagFeedback: { tone: 'error', text: 'Say why: pick a category or write a reason.' } });
        return false;
      }
      const macroName = input.macroName?.trim() || undefined;
      try {
        const row = await backend.addFlag({ groupKey: cannedGroupKey(text), text, macroName, reason, rep: get().settings?.repName ?? '' });
        const times = row.count === 1 ? 'Flagged for review.' : `Flagged for review — your team has flagged it ${row.count} times.`;
        set({ flagFeedback: { tone: 'info', text: times } });
        return true;
      } catch (error) {
        set({ flagFeedback: { tone: 'error', text: `Not flagged: ${error instanceof Error ? error.message : String(error)}` } });
        return false;
      }
    },

    applyCannedRewrite(itemId) {
      const state = get();
      const found = state.cannedInDraft.find((m) => m.item.id === itemId);
      const draft = state.draft;
      if (!found?.item.rewrite || !draft || draft.text.slice(found.start, found.end) !== found.text) return;
      // Statistics count this as a rewrite applied (issue 8's insert origins know rules and
      // replies); the category is the one the analyzer found in the macro, else the flag's
      // reason, else redirect (the deflection canned macros most often carry).
      const category = findingCategoryIn(state.analysis?.result.findings ?? [], found.start, found.end) ?? found.item.category ?? 'redirect';
      state.insertText(
        found.item.rewrite,
        { kind: 'replace', start: found.start, end: found.end, expected: found.text },
        { kind: 'rewrite', ruleId: 'playbook.approved-rewrite', category, rewriteId: found.item.id },
      );
    },

    clearFlagFeedback() {
      set({ flagFeedback: null });
    },
  };
};
