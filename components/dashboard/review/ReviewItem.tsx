import { useMemo, useState } from 'react';
import { analyzeDraft } from '@/lib/analysis';
import type { FlagRecord, OwnUpDatabase } from '@/lib/db';
import { ApprovalBlockedError, approvalBlockers, approveFlagRewrite, setFlagReviewStatus } from '@/lib/playbook/approve';
import { CATEGORY_LABELS } from '@/components/sidebar/labels';

const STATUS_WORDS: Record<FlagRecord['status'], string> = { open: 'Open', approved: 'Rewrite approved', dismissed: 'Dismissed' };

function when(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One flag group: its text, what the analyzer finds in it, who flagged it when, and the rewrite editor. */
export function ReviewItem({ flag, db }: { flag: FlagRecord; db: OwnUpDatabase }) {
  const categories = useMemo(() => [...new Set(analyzeDraft(flag.text).findings.map((f) => f.category))], [flag.text]);
  const [rewrite, setRewrite] = useState(flag.approvedRewrite ?? '');
  const blockers = useMemo(() => approvalBlockers(rewrite), [rewrite]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught instanceof ApprovalBlockedError || caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  const unchanged = flag.status === 'approved' && rewrite.trim() === flag.approvedRewrite;
  const canApprove = rewrite.trim() !== '' && blockers.length === 0 && !busy && !unchanged;

  return (
    <li className="review-item" data-testid="review-item" data-status={flag.status} data-count={flag.count} data-flag={flag.id}>
      <header className="review-item__head">
        <strong data-testid="review-count">Flagged {flag.count === 1 ? 'once' : `${flag.count} times`}</strong>
        {flag.macroName && <span> · macro “{flag.macroName}”</span>}
        <span className={`review-status review-status--${flag.status}`} data-testid="review-status">
          {STATUS_WORDS[flag.status]}
        </span>
      </header>
      <blockquote className="review-text" data-testid="review-text">
        {flag.text}
      </blockquote>
      <p className="review-categories">
        {categories.length === 0
          ? 'OwnUp finds no deflection in it.'
          : categories.map((c) => (
              <span key={c} className="ui-chip" data-testid="review-category" data-id={c}>
                {CATEGORY_LABELS[c]}
              </span>
            ))}
      </p>
      <details>
        <summary>History (last flagged {when(flag.lastFlaggedAt)})</summary>
        <ul data-testid="review-history">
          {[...flag.history].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              {when(entry.at)} by {entry.rep || 'a rep with no name set'}: {entry.reason.category ? CATEGORY_LABELS[entry.reason.category] : ''}
              {entry.reason.category && entry.reason.text ? ' — ' : ''}
              {entry.reason.text ?? ''}
            </li>
          ))}
        </ul>
      </details>
      <label className="review-rewrite">
        Approved rewrite (offered to every rep who uses this macro)
        <textarea data-testid="review-rewrite" rows={4} value={rewrite} onChange={(e) => setRewrite(e.target.value)} />
      </label>
      {blockers.length > 0 && (
        <div className="review-blockers" role="status">
          <p>It can be approved once OwnUp finds nothing in it. Still found:</p>
          <ul>
            {blockers.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`} data-testid="review-blocker" data-category={f.category}>
                “{f.text}” — {f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="review-error" role="alert" data-testid="review-error">
          {error}
        </p>
      )}
      <div className="review-actions">
        <button type="button" className="ui-button ui-button--primary" data-testid="review-approve" disabled={!canApprove} onClick={() => run(() => approveFlagRewrite(db, flag.id, rewrite))}>
          Approve rewrite
        </button>
        {flag.status !== 'dismissed' ? (
          <button type="button" className="ui-button" data-testid="review-dismiss" disabled={busy} onClick={() => run(() => setFlagReviewStatus(db, flag.id, 'dismissed'))}>
            Dismiss
          </button>
        ) : null}
        {flag.status !== 'open' ? (
          <button type="button" className="ui-button" data-testid="review-reopen" disabled={busy} onClick={() => run(() => setFlagReviewStatus(db, flag.id, 'open'))}>
            Reopen
          </button>
        ) : null}
      </div>
    </li>
  );
}
