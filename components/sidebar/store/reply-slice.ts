import type { TierId } from '@/lib/analysis/taxonomy';
import type { RecoverySet } from '@/lib/analysis/recovery/types';
import { toRecoverySettings, DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { buildReplyContext } from './draft-slice';
import type { SliceCreator } from './state';

export type ReplyInsertMode = 'replace-all' | 'at-caret';

export interface ReplySlice {
  /** The three recovery tiers for the latest customer message; null before it is classified. */
  replies: RecoverySet | null;
  replyError: string | null;
  /** The rep's edits, per tier; they outlive recomposition until the conversation changes. */
  replyEdits: Partial<Record<TierId, string>>;
  expandedTier: TierId | null;
  /** The tier the rep last inserted into the editor (for the statistics issue). */
  tierUsed: TierId | null;
  composeReplies(): void;
  setReplyEdit(tier: TierId, text: string): void;
  discardReplyEdit(tier: TierId): void;
  expandTier(tier: TierId | null): void;
  insertReply(tier: TierId, mode: ReplyInsertMode): void;
  noteReplyInserted(tier: TierId): void;
  /** A new conversation: forget edits and what was used. */
  resetReply(): void;
}

export const createReplySlice: SliceCreator<ReplySlice> = (deps) => (set, get) => ({
  replies: null,
  replyError: null,
  replyEdits: {},
  expandedTier: null,
  tierUsed: null,

  composeReplies() {
    const { customer, settings } = get();
    if (!customer || !deps.composeRecovery) {
      set({ replies: null });
      return;
    }
    try {
      const replies = deps.composeRecovery({
        customer: customer.result,
        customerText: customer.text,
        context: buildReplyContext(get(), deps.now()),
        // Until the rep's settings load, the defaults' remedies (moderate) apply.
        settings: toRecoverySettings(settings ?? (DEFAULT_SETTINGS as Settings)),
      });
      set({ replies, replyError: null });
    } catch (error) {
      set({ replies: null, replyError: error instanceof Error ? error.message : String(error) });
    }
  },

  setReplyEdit(tier, text) {
    set({ replyEdits: { ...get().replyEdits, [tier]: text } });
  },

  discardReplyEdit(tier) {
    const rest = { ...get().replyEdits };
    delete rest[tier];
    set({ replyEdits: rest });
  },

  expandTier(expandedTier) {
    set({ expandedTier });
  },

  insertReply(tier, mode) {
    const text = get().replyEdits[tier] ?? get().replies?.[tier].text;
    if (!text) return;
    get().insertText(text, { kind: mode }, { kind: 'reply', tier });
  },

  noteReplyInserted(tier) {
    set({ tierUsed: tier });
  },

  resetReply() {
    set({ replyEdits: {}, expandedTier: null, tierUsed: null });
  },
});
