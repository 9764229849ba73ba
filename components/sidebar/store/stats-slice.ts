import { TIER_IDS } from '@/lib/analysis/taxonomy';
import type { DraftAnalysis } from '@/lib/analysis/types';
import { emptyTally, eventAtSend, tallyReducer, type ReplyTally, type TallyAction } from '@/lib/stats/reply-tally';
import type { StatsSink } from '../stats/event-sink';
import { dismissKey } from './dismissed-slice';
import { buildReplyContext } from './draft-slice';
import type { SidebarState, SliceCreator } from './state';

// Reply statistics (issue 8): one tally per draft (lib/stats/reply-tally.ts, counts only),
// recorded as an event when the page reports the send. The slice LISTENS to the store rather
// than hooking every action: an analysis, a dismissal, a confirmed insertion, the Reply panel
// opened and a new conversation are all visible as state changes, so the other slices need no
// knowledge of statistics. Only the send is a message without state, hence `recordSent`, called
// from the connection slice.

export interface StatsSlice {
  /** The draft being written, as counts. */
  replyTally: ReplyTally;
  /** Replies stored as events by this sidebar (not counting paused ones). */
  statsRecorded: number;
  /** The last recording failure (storage full, database from a newer OwnUp); the reply itself went out. */
  statsError: string | null;
  /** Production wires the events table; until then sends are tallied but not stored. */
  connectStats(sink: StatsSink): void;
  /** Issue 7's known-canned-response check: whether the current draft holds a flagged response. */
  noteFlaggedCanned(detected: boolean): void;
  /** The page reported the send action for this draft revision. */
  recordSent(revision: number): void;
}

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

function analyzedAction(result: DraftAnalysis): TallyAction {
  return {
    type: 'analyzed',
    findings: result.findings.map((f) => ({ category: f.category, hasRewrite: f.rewrites.length > 0 })),
    score: result.score,
  };
}

function sameConversation(a: SidebarState['page'], b: SidebarState['page']): boolean {
  if (a === b) return true;
  return a !== null && b !== null && a.pageUrl === b.pageUrl && a.context.ticketId === b.context.ticketId;
}

export const createStatsSlice: SliceCreator<StatsSlice> = (deps) => (set, get, api) => {
  let sink: StatsSink | null = null;
  // The text of the last reply sent, kept in memory only (never stored): an analysis of it that
  // arrives after the send belongs to the sent reply, not the next draft, and a second send of
  // the same text with no edit between is one reply clicked twice. Draft revisions cannot tell
  // this: they restart with every editor session (a new Gmail compose starts at 1 again).
  let sentText: string | null = null;
  let editedSinceSend = true;

  const dispatch = (action: TallyAction) => set({ replyTally: tallyReducer(get().replyTally, action) });
  const newDraft = () => set({ replyTally: emptyTally() });

  function finish(tally: ReplyTally): void {
    const state = get();
    const event = eventAtSend(tally, {
      site: state.page?.context.site || state.page?.siteName || 'unknown',
      rep: state.settings?.repName ?? '',
      at: deps.now(),
    });
    if (!event || !sink) return;
    sink.record(event).then(
      (outcome) => {
        if (outcome === 'recorded') set({ statsRecorded: get().statsRecorded + 1, statsError: null });
      },
      (error: unknown) => fail(error),
    );
  }

  function fail(error: unknown): void {
    // The reply went out; only its count is lost. Said in the console for whoever debugs it.
    console.warn('OwnUp: a sent reply was not counted:', error);
    set({ statsError: `This reply was not counted: ${error instanceof Error ? error.message : String(error)}` });
  }

  api.subscribe((state, prev) => {
    if (state.draft !== prev.draft && state.draft && state.draft.text !== sentText) editedSinceSend = true;
    if (!sameConversation(prev.page, state.page) || (state.editorGone && !prev.editorGone)) {
      // An abandoned draft is not counted: a new ticket, or the editor closed without a send.
      sentText = null;
      editedSinceSend = true;
      newDraft();
      return;
    }
    if (state.draft !== prev.draft && isBlank(state.draft?.text) && !isBlank(prev.draft?.text)) {
      // The rep emptied the editor (or the site cleared it after sending): a new draft starts.
      newDraft();
      return;
    }
    const { analysis } = state;
    if (analysis !== prev.analysis && analysis && !isBlank(analysis.text) && analysis.text !== sentText) {
      dispatch(analyzedAction(analysis.result));
    }
    if (state.dismissed !== prev.dismissed) {
      for (const key of Object.keys(state.dismissed)) {
        if (prev.dismissed[key]) continue;
        const finding = state.analysis?.result.findings.find((f) => dismissKey(f) === key);
        if (finding) dispatch({ type: 'finding-dismissed', category: finding.category });
      }
    }
    if (state.lastInserted !== prev.lastInserted && state.lastInserted) {
      const origin = state.lastInserted;
      dispatch(origin.kind === 'rewrite' ? { type: 'rewrite-applied', category: origin.category } : { type: 'tier-inserted', tier: origin.tier });
    }
    if (state.activeTab === 'reply' && state.replies && (state.activeTab !== prev.activeTab || state.replies !== prev.replies)) {
      dispatch({ type: 'tiers-shown', tiers: TIER_IDS.filter((tier) => state.replies?.[tier]) });
    }
    if (state.customer !== prev.customer && state.customer) {
      const { situations, signals } = state.customer.result;
      dispatch({ type: 'customer', situations: situations.map((s) => s.id), signals: signals.map((s) => s.id) });
    }
  });

  return {
    replyTally: emptyTally(),
    statsRecorded: 0,
    statsError: null,

    connectStats(next) {
      sink = next;
    },

    noteFlaggedCanned(detected) {
      dispatch({ type: 'flagged-canned', detected });
    },

    recordSent(revision) {
      const { draft, analysis, replyTally } = get();
      // Send clicked twice on the same text (or Ctrl+Enter then a click): one reply.
      if (draft && draft.text === sentText && !editedSinceSend) return;
      sentText = draft?.text ?? null;
      editedSinceSend = false;
      // The next draft starts now, even while the sent one is still being analyzed below.
      newDraft();
      if (!draft || isBlank(draft.text)) return;
      if (analysis && analysis.revision === revision && analysis.text === draft.text) {
        finish(replyTally);
        return;
      }
      // The debounce had not yet analyzed the text as sent: analyze it now, so "at send" is
      // what the customer received, not the draft of a few keystrokes earlier.
      deps.analyzer.analyzeDraft(draft.text, buildReplyContext(get(), deps.now())).then(
        (result) => finish(tallyReducer(replyTally, analyzedAction(result))),
        (error: unknown) => fail(error),
      );
    },
  };
};
