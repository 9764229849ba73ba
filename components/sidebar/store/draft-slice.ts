import type { CustomerAnalysis, DraftAnalysis, ReplyContext } from '@/lib/analysis/types';
import { settingsContext } from '@/lib/settings/schema';
import type { SliceCreator, SidebarState } from './state';

export interface Draft {
  revision: number;
  text: string;
  /** The content script cut the draft at MAX_DRAFT_CHARS; only the start is analyzed. */
  truncated: boolean;
}

export interface AnalyzedDraft {
  /** The draft revision the findings' offsets refer to; Apply sends it back. */
  revision: number;
  /** The text analyzed, for showing each finding in its sentence. */
  text: string;
  result: DraftAnalysis;
}

export interface DraftSlice {
  draft: Draft | null;
  analysis: AnalyzedDraft | null;
  /** Set when the analyzer failed; the last good findings stay visible. */
  analysisError: string | null;
  customer: { text: string; result: CustomerAnalysis } | null;
  setDraft(draft: Draft): void;
  /** Analyze the current draft after the debounce (called on new text and on new context). */
  scheduleAnalysis(): void;
  classifyCustomerMessage(text: string): void;
  /** Timers and in-flight work, dropped when the sidebar stops. */
  cancelPendingWork(): void;
}

/** What the page and settings tell the rewrite templates; `now` read here, never in lib/analysis. */
export function buildReplyContext(state: SidebarState, now: number): ReplyContext {
  const context = state.page?.context;
  const replyContext: ReplyContext = state.settings ? { ...settingsContext(state.settings), now } : { now };
  if (context?.customerName) replyContext.customerName = context.customerName;
  if (context?.ticketId) replyContext.ticketId = context.ticketId;
  // Settings leave unset names as undefined; drop them so the context is plain data for the worker.
  for (const key of Object.keys(replyContext) as (keyof ReplyContext)[]) {
    if (replyContext[key] === undefined) delete replyContext[key];
  }
  return replyContext;
}

/**
 * A long draft takes the worker a while (about a second for 100 KB today), and on a two-core
 * machine a worker that restarts after every short pause competes with the page the rep types
 * in. Waiting 1 ms more per 1,000 characters (at most a second) costs a typical draft nothing.
 */
export function extraWaitForLength(length: number): number {
  return Math.min(1000, Math.floor(length / 1000));
}

/** The findings shown are for an older revision of a long draft: say that OwnUp is still reading. */
export const LONG_DRAFT_CHARS = 20_000;

const EMPTY_ANALYSIS = (revision: number, text: string): AnalyzedDraft => ({
  revision,
  text,
  result: { findings: [], score: 100, analyzedSpan: { start: 0, end: text.length } },
});

export const createDraftSlice: SliceCreator<DraftSlice> = (deps) => (set, get) => {
  // Typing-time budget (issue 3): findings ≤ 150 ms after the last keystroke, end to end. The
  // debounce takes the larger share; the content script's read, the background relay, the
  // analysis itself (microseconds per character) and React's render share the rest.
  let debounceTimer: unknown = null;
  // At most one analysis in flight; newer drafts wait and only the newest is analyzed next,
  // so a burst of keystrokes on a 100 KB draft never queues up stale work in the worker.
  let inFlight = false;
  let rerunWanted = false;
  let customerRequest = 0;

  function runAnalysis(): void {
    const draft = get().draft;
    if (!draft) return;
    if (inFlight) {
      rerunWanted = true;
      return;
    }
    if (draft.text.trim() === '') {
      set({ analysis: EMPTY_ANALYSIS(draft.revision, draft.text), analysisError: null });
      get().afterFindingsChanged();
      return;
    }
    inFlight = true;
    rerunWanted = false;
    const context = buildReplyContext(get(), deps.now());
    deps.analyzer
      .analyzeDraft(draft.text, context)
      .then(
        (result) => {
          // The draft may have moved on; the answer still describes `draft.revision`, whose
          // offsets the content script can verify through `expected`.
          set({ analysis: { revision: draft.revision, text: draft.text, result }, analysisError: null });
          get().afterFindingsChanged();
        },
        (error: unknown) => {
          set({ analysisError: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        inFlight = false;
        // A debounce that fired while busy asked for a rerun; a still-pending one will run itself.
        if (rerunWanted) runAnalysis();
      });
  }

  return {
    draft: null,
    analysis: null,
    analysisError: null,
    customer: null,

    setDraft(draft) {
      const previous = get().draft;
      if (previous && previous.revision === draft.revision && previous.text === draft.text) return;
      // An emptied editor is a new draft: what was dismissed in the old one no longer applies.
      if (draft.text.trim() === '' && previous && previous.text.trim() !== '') get().clearDismissed();
      set({ draft });
      get().scheduleAnalysis();
    },

    scheduleAnalysis() {
      if (debounceTimer !== null) deps.clearTimer(debounceTimer);
      debounceTimer = deps.setTimer(() => {
        debounceTimer = null;
        runAnalysis();
      }, deps.analysisDebounceMs + extraWaitForLength(get().draft?.text.length ?? 0));
    },

    classifyCustomerMessage(text) {
      if (get().customer?.text === text) return;
      const request = ++customerRequest;
      if (text.trim() === '') {
        set({ customer: { text, result: { situations: [], signals: [] } } });
        get().composeReplies();
        return;
      }
      deps.analyzer.classifyCustomer(text).then(
        (result) => {
          if (request !== customerRequest) return;
          set({ customer: { text, result } });
          get().composeReplies();
        },
        (error: unknown) => {
          if (request === customerRequest) set({ analysisError: error instanceof Error ? error.message : String(error) });
        },
      );
    },

    cancelPendingWork() {
      if (debounceTimer !== null) deps.clearTimer(debounceTimer);
      debounceTimer = null;
      rerunWanted = false;
      customerRequest += 1;
    },
  };
};
