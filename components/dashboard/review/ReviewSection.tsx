import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FlagsRepository, type FlagOrder, type FlagStatus, type OwnUpDatabase } from '@/lib/db';
import { ReviewItem } from './ReviewItem';
import { useReviewDatabase } from './use-review-db';
import './review.css';

/**
 * The review queue (issue 7 item 2): flagged canned responses by count or recency, live (a flag
 * from any open sidebar appears here without a reload).
 *
 * Test ids: review-queue, review-order, review-filter, review-empty, review-item (data-status,
 * data-count, data-flag), review-count, review-status, review-text, review-category (data-id),
 * review-history, review-rewrite, review-blocker (data-category), review-approve,
 * review-dismiss, review-reopen, review-error.
 */
export function ReviewSection({ database }: { database?: OwnUpDatabase }) {
  const { db, error } = useReviewDatabase(database);
  const [order, setOrder] = useState<FlagOrder>('count');
  const [status, setStatus] = useState<FlagStatus | 'all'>('all');
  const flags = useLiveQuery(
    () => (db ? new FlagsRepository(db).list({ order, status: status === 'all' ? undefined : status }) : undefined),
    [db, order, status],
  );

  if (error) return <p role="alert">The review queue could not open OwnUp's database: {error}</p>;
  if (!db || !flags) return <p>Loading the review queue…</p>;

  return (
    <section className="review" data-testid="review-queue" aria-label="Flagged canned responses">
      <div className="review-controls">
        <label>
          Order{' '}
          <select data-testid="review-order" value={order} onChange={(e) => setOrder(e.target.value as FlagOrder)}>
            <option value="count">Most flagged</option>
            <option value="recent">Most recent</option>
          </select>
        </label>
        <label>
          Show{' '}
          <select data-testid="review-filter" value={status} onChange={(e) => setStatus(e.target.value as FlagStatus | 'all')}>
            <option value="all">All</option>
            <option value="open">Open</option>
            <option value="approved">Rewrite approved</option>
            <option value="dismissed">Dismissed</option>
          </select>
        </label>
      </div>
      {flags.length === 0 ? (
        <p data-testid="review-empty">Nothing flagged{status === 'all' ? ' yet. Reps flag canned responses from the OwnUp sidebar.' : ' with this status.'}</p>
      ) : (
        <ol className="review-list">
          {flags.map((flag) => (
            <ReviewItem key={`${flag.id}-${flag.approvedRewrite ?? ''}`} flag={flag} db={db} />
          ))}
        </ol>
      )}
    </section>
  );
}
