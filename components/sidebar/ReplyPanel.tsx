import { useId } from 'react';
import { TIER_IDS, type TierId } from '@/lib/analysis/taxonomy';
import type { RecoveryReply } from '@/lib/analysis/recovery/types';
import { TIER_LABELS } from './labels';
import { AddFollowupFromReply } from './notes/AddFollowupFromReply';
import { useSidebar } from './store';

function formatDue(dueAt: number, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-US', {
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      month: 'short',
      day: 'numeric',
      timeZone,
    }).format(dueAt);
  } catch {
    return new Date(dueAt).toLocaleString();
  }
}

/**
 * The composer's one-line summary starts with its own tier name ("Minimal: correct the booking");
 * the card already heads it with ours ("Fix it"), so the card shows only what the reply does.
 */
export function summaryWithoutTierName(summary: string): string {
  const cut = /^(minimal|customer-focused|try harder):\s*/i.exec(summary);
  if (!cut) return summary;
  const rest = summary.slice(cut[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function TierEditor({ tier, reply }: { tier: TierId; reply: RecoveryReply }) {
  const edit = useSidebar((s) => s.replyEdits[tier]);
  const setReplyEdit = useSidebar((s) => s.setReplyEdit);
  const discardReplyEdit = useSidebar((s) => s.discardReplyEdit);
  const insertReply = useSidebar((s) => s.insertReply);
  const timeZone = useSidebar((s) => s.settings?.timeZone);
  const editorId = useId();
  const text = edit ?? reply.text;

  return (
    <div className="reply-editor" data-testid="reply-editor" data-tier={tier}>
      <label htmlFor={editorId} className="reply-editor-label">
        {TIER_LABELS[tier]} — edit before inserting
      </label>
      <textarea
        id={editorId}
        className="reply-textarea"
        rows={12}
        value={text}
        onChange={(event) => setReplyEdit(tier, event.target.value)}
      />
      {reply.followUp && (
        <p className="sidebar-muted">
          Promises a follow-up by {formatDue(reply.followUp.dueAt, timeZone)}.{' '}
          <AddFollowupFromReply followUp={reply.followUp} />
        </p>
      )}
      <div className="finding-actions">
        <button
          type="button"
          className="ui-button ui-button--primary"
          data-testid="insert-reply"
          disabled={text.trim() === ''}
          onClick={() => insertReply(tier, 'replace-all')}
        >
          Replace draft
        </button>
        <button
          type="button"
          className="ui-button"
          data-testid="insert-reply-at-caret"
          disabled={text.trim() === ''}
          onClick={() => insertReply(tier, 'at-caret')}
        >
          Insert at cursor
        </button>
        {edit !== undefined && (
          <button type="button" className="ui-button" onClick={() => discardReplyEdit(tier)}>
            Undo my edits
          </button>
        )}
      </div>
    </div>
  );
}

export function ReplyPanel() {
  const replies = useSidebar((s) => s.replies);
  const replyError = useSidebar((s) => s.replyError);
  const expandedTier = useSidebar((s) => s.expandedTier);
  const expandTier = useSidebar((s) => s.expandTier);
  const tierUsed = useSidebar((s) => s.tierUsed);
  const hasCustomer = useSidebar((s) => s.customer !== null);
  // Without a name in the settings every tier ends on a bare "Warm regards," — say so once.
  const unsigned = useSidebar((s) => s.settings !== null && s.settings.repName.trim() === '');

  if (replyError) {
    return (
      <p className="sidebar-message sidebar-message--error" role="alert">
        OwnUp could not compose a reply: {replyError}
      </p>
    );
  }
  if (!replies) {
    return (
      <p className="sidebar-muted">
        {hasCustomer ? 'Composing replies…' : "Recovery replies appear once OwnUp has read the customer's message."}
      </p>
    );
  }

  const expanded = expandedTier ? replies[expandedTier] : null;
  return (
    <section aria-label="Recovery replies">
      {unsigned && (
        <p className="sidebar-hint" data-testid="reply-unsigned">
          These replies end without your name.{' '}
          <a href="/options.html#settings" target="_blank" rel="noopener noreferrer">
            Add it in OwnUp's settings
          </a>
          .
        </p>
      )}
      <ul className="reply-tiers">
        {TIER_IDS.map((tier) => {
          const reply = replies[tier];
          const isOpen = expandedTier === tier;
          return (
            <li key={tier} className="reply-tier" data-testid="reply-tier" data-tier={tier}>
              <h2 className="reply-tier-name">{TIER_LABELS[tier]}</h2>
              <p className="reply-tier-summary">{summaryWithoutTierName(reply.summary)}</p>
              {tierUsed === tier && <p className="reply-tier-used">Inserted</p>}
              <button
                type="button"
                className="ui-button"
                aria-expanded={isOpen}
                data-testid="expand-reply"
                onClick={() => expandTier(isOpen ? null : tier)}
              >
                {isOpen ? 'Close' : 'Open'}
                <span className="ui-visually-hidden"> {TIER_LABELS[tier]}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {expandedTier && expanded && <TierEditor key={expandedTier} tier={expandedTier} reply={expanded} />}
    </section>
  );
}
