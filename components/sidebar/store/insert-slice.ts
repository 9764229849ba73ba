import type { Finding } from '@/lib/analysis/types';
import type { TierId } from '@/lib/analysis/taxonomy';
import type { ContentToSidebar, SidebarToContent } from '@/lib/messaging/protocol';
import type { SliceCreator } from './state';

/** What an insertion came from, kept for the statistics issue (suggestions applied by category and tier). */
export type InsertOrigin =
  | { kind: 'rewrite'; ruleId: string; category: Finding['category']; rewriteId: string }
  | { kind: 'reply'; tier: TierId };

export interface Notice {
  tone: 'error' | 'info';
  text: string;
  /** Shown for manual copying when neither the page nor the sidebar could use the clipboard. */
  manualCopyText?: string;
}

type InsertMode = Extract<SidebarToContent, { type: 'insert' }>['mode'];
type InsertResult = Extract<ContentToSidebar, { type: 'insert-result' }>;

export interface InsertSlice {
  /** Inserts sent and not yet answered, by request id. */
  pendingInserts: Readonly<Record<string, { text: string; origin: InsertOrigin }>>;
  notice: Notice | null;
  /** The last insertion the page confirmed. */
  lastInserted: InsertOrigin | null;
  /** Replace a finding's span with one of its rewrites (the first when none is named). */
  applyRewrite(finding: Finding, rewriteId?: string): void;
  /** Send any text to the editor: the Reply panel's replace-all or at-caret. */
  insertText(text: string, mode: InsertMode, origin: InsertOrigin): void;
  receiveInsertResult(result: InsertResult): void;
  dismissNotice(): void;
}

/** How long the "Done" confirmation stays; errors stay until the rep closes them. */
const INFO_NOTICE_MS = 6000;

export const createInsertSlice: SliceCreator<InsertSlice> = (deps) => (set, get) => {
  const timers = new Map<string, unknown>();
  let infoTimer: unknown = null;

  function settle(requestId: string): { text: string; origin: InsertOrigin } | null {
    const pending = get().pendingInserts[requestId];
    if (!pending) return null;
    const timer = timers.get(requestId);
    if (timer !== undefined) deps.clearTimer(timer);
    timers.delete(requestId);
    const rest = { ...get().pendingInserts };
    delete rest[requestId];
    set({ pendingInserts: rest });
    return pending;
  }

  /**
   * The rep's text is never lost (DESIGN.md): when the page could not insert it, it goes to
   * the clipboard — by the content script if it could, else from here — and the rep is told
   * which happened.
   */
  async function rescue(text: string, reason: string, copiedByPage: boolean): Promise<void> {
    const lead = `Couldn't insert into the editor${reason ? `: ${reason.replace(/[.\s]+$/, '')}` : ''}.`;
    if (copiedByPage) {
      set({ notice: { tone: 'error', text: `${lead} The text is on your clipboard — paste it with Ctrl+V.` } });
      return;
    }
    try {
      if (!deps.clipboard) throw new Error('no clipboard');
      await deps.clipboard.writeText(text);
      set({ notice: { tone: 'error', text: `${lead} OwnUp copied the text to your clipboard — paste it with Ctrl+V.` } });
    } catch {
      set({
        notice: { tone: 'error', text: `${lead} The clipboard is blocked too — copy the text below.`, manualCopyText: text },
      });
    }
  }

  function send(text: string, mode: InsertMode, revision: number, origin: InsertOrigin): void {
    const requestId = deps.newRequestId();
    set({ pendingInserts: { ...get().pendingInserts, [requestId]: { text, origin } }, notice: null });
    const sent = deps.port.send({ type: 'insert', requestId, revision, mode, text });
    if (!sent) {
      settle(requestId);
      void rescue(text, 'OwnUp lost its connection to this page', false);
      return;
    }
    timers.set(
      requestId,
      deps.setTimer(() => {
        if (settle(requestId)) void rescue(text, 'the page did not answer', false);
      }, deps.insertTimeoutMs),
    );
  }

  return {
    pendingInserts: {},
    notice: null,
    lastInserted: null,

    applyRewrite(finding, rewriteId) {
      const analysis = get().analysis;
      const rewrite = rewriteId ? finding.rewrites.find((r) => r.id === rewriteId) : finding.rewrites[0];
      if (!analysis || !rewrite) return;
      send(
        rewrite.text,
        { kind: 'replace', start: finding.start, end: finding.end, expected: finding.text },
        analysis.revision,
        { kind: 'rewrite', ruleId: finding.ruleId, category: finding.category, rewriteId: rewrite.id },
      );
    },

    insertText(text, mode, origin) {
      send(text, mode, get().draft?.revision ?? 0, origin);
    },

    receiveInsertResult(result) {
      const pending = settle(result.requestId);
      if (!pending) return; // an answer to a request this sidebar did not make, or already timed out
      if (result.ok) {
        // Focus is still in the sidebar after a click: tell the rep the way back.
        set({
          lastInserted: pending.origin,
          notice: { tone: 'info', text: 'Done. Ctrl+Z in the editor undoes it.' },
        });
        if (infoTimer !== null) deps.clearTimer(infoTimer);
        infoTimer = deps.setTimer(() => {
          infoTimer = null;
          if (get().notice?.tone === 'info') set({ notice: null });
        }, INFO_NOTICE_MS);
        if (pending.origin.kind === 'reply') get().noteReplyInserted(pending.origin.tier);
        return;
      }
      void rescue(pending.text, result.reason ?? '', result.copiedToClipboard);
    },

    dismissNotice() {
      set({ notice: null });
    },
  };
};
