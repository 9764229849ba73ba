import { useLiveQuery } from 'dexie-react-hooks';
import { FollowupsRepository, effectiveDueAt, isOverdue, type FollowupRecord, type OwnUpDatabase } from '@/lib/db';
import { SNOOZE_MS, formatDue } from '@/lib/followups/due';
import { safeWebUrl } from '@/lib/followups/ticket-url';

function byDue(a: FollowupRecord, b: FollowupRecord): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  return effectiveDueAt(a) - effectiveDueAt(b);
}

/** Every follow-up, open ones by due date first, with done, snooze and delete. */
/** "ticket 48213" from the key "zendesk:48213": a list of bare "ticket" links told the rep nothing. */
export function ticketWords(ticketKey: string | undefined): string {
  const id = ticketKey?.slice(ticketKey.indexOf(':') + 1);
  return id ? `ticket ${id}` : 'ticket';
}

export function FollowupsByDue({
  db,
  timeZone,
  now,
  onChanged,
  onError,
}: {
  db: OwnUpDatabase;
  timeZone: string;
  now: () => number;
  onChanged(): void;
  onError(message: string): void;
}) {
  const followups = useLiveQuery(async () => (await new FollowupsRepository(db).listByDue()).sort(byDue), [db]);
  const at = now();

  async function act(change: (repo: FollowupsRepository) => Promise<unknown>) {
    try {
      await change(new FollowupsRepository(db));
      onChanged();
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby="ownup-followups-by-due-heading">
      <h3 id="ownup-followups-by-due-heading">Follow-ups by due date</h3>
      {followups?.length === 0 && <p className="ownup-options__hint">No follow-ups.</p>}
      {followups && followups.length > 0 && (
        <ul className="ownup-notes__list">
          {followups.map((f) => {
            const url = safeWebUrl(f.ticketUrl);
            return (
              <li key={f.id} className="ownup-notes__item" data-testid="options-followup" data-status={f.status} data-overdue={isOverdue(f, at)}>
                <p className="ownup-notes__text">{f.text}</p>
                <p className="ownup-options__hint">
                  {f.status === 'done' ? 'Done' : isOverdue(f, at) ? 'Overdue since' : 'Due'} {f.status === 'open' && formatDue(effectiveDueAt(f), timeZone)} · {f.customerKey}
                  {url && (
                    <>
                      {' · '}
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {ticketWords(f.ticketKey)}
                      </a>
                    </>
                  )}
                </p>
                <div className="ownup-notes__actions">
                  {f.status === 'open' && (
                    <>
                      <button type="button" data-testid="options-followup-done" onClick={() => void act((r) => r.markDone(f.id))}>
                        Done
                      </button>
                      <button
                        type="button"
                        data-testid="options-followup-snooze"
                        onClick={() => void act((r) => r.snooze(f.id, Math.max(now(), effectiveDueAt(f)) + SNOOZE_MS))}
                      >
                        Snooze 1 hour
                      </button>
                    </>
                  )}
                  <button type="button" data-testid="options-followup-delete" onClick={() => void act((r) => r.remove(f.id))}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
