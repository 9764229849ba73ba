import { effectiveDueAt, isOverdue } from '@/lib/db';
import { formatDue } from '@/lib/followups/due';
import { useSidebar } from '../store';
import { FollowupForm } from './FollowupForm';
import { useOpenFollowups } from './use-notes';

/** This customer's open follow-ups (overdue first) with done and snooze, and the form for a new one. */
export function FollowupsSection() {
  const now = useSidebar((s) => s.notesNow);
  const followups = useOpenFollowups();
  const timeZone = useSidebar((s) => s.settings?.timeZone) ?? 'UTC';
  const completeFollowup = useSidebar((s) => s.completeFollowup);
  const snoozeFollowup = useSidebar((s) => s.snoozeFollowup);
  const at = now();

  return (
    <section className="notes-section" aria-labelledby="ownup-followups-heading">
      <h2 id="ownup-followups-heading" className="notes-heading">
        Follow-ups
      </h2>
      {followups && followups.length > 0 && (
        <ul className="notes-list">
          {followups.map((followup) => {
            const overdue = isOverdue(followup, at);
            return (
              <li key={followup.id} className={`notes-item${overdue ? ' notes-item--overdue' : ''}`} data-testid="followup" data-overdue={overdue}>
                <p className="notes-text" data-testid="followup-text">
                  {followup.text}
                </p>
                <p className="notes-meta">
                  {overdue ? 'Overdue since ' : 'Due '}
                  {formatDue(effectiveDueAt(followup), timeZone)}
                  {followup.snoozedUntil !== undefined && ' (snoozed)'}
                </p>
                <div className="finding-actions">
                  <button type="button" className="ui-button" data-testid="followup-done" onClick={() => void completeFollowup(followup.id)}>
                    Done
                  </button>
                  <button type="button" className="ui-button" data-testid="followup-snooze" onClick={() => void snoozeFollowup(followup.id)}>
                    Snooze 1 hour
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {followups?.length === 0 && <p className="sidebar-muted">No open follow-ups for this customer.</p>}
      <FollowupForm timeZone={timeZone} />
    </section>
  );
}
