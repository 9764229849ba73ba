import type { OwnUpDatabase } from '../database';
import { endOfLocalDay } from '../day';
import { RecordNotFoundError, guardStorage } from '../errors';
import { FollowupRecord, effectiveDueAt, type FollowupStatus } from '../schemas/followup';
import { type RepositoryOptions, validRow, worldOf } from './shared';

export interface NewFollowup {
  customerKey: string;
  ticketKey?: string;
  ticketUrl: string;
  text: string;
  dueAt: number;
}

export function isOverdue(followup: FollowupRecord, now: number): boolean {
  return followup.status === 'open' && effectiveDueAt(followup) <= now;
}

function byEffectiveDue(a: FollowupRecord, b: FollowupRecord): number {
  return effectiveDueAt(a) - effectiveDueAt(b) || a.id.localeCompare(b.id);
}

export class FollowupsRepository {
  private readonly world;

  constructor(
    private readonly db: OwnUpDatabase,
    options?: RepositoryOptions,
  ) {
    this.world = worldOf(options);
  }

  async create(input: NewFollowup): Promise<FollowupRecord> {
    const now = this.world.now();
    const row = validRow(FollowupRecord, 'followup', { ...input, status: 'open', id: this.world.newId(), createdAt: now, updatedAt: now });
    await guardStorage(() => this.db.followups.add(row));
    return row;
  }

  async get(id: string): Promise<FollowupRecord | undefined> {
    return this.db.followups.get(id);
  }

  /** A customer's open follow-ups, soonest due first — so overdue ones lead (isOverdue() marks them). */
  async listOpenForCustomer(customerKey: string): Promise<FollowupRecord[]> {
    const rows = await this.db.followups.where('[customerKey+status]').equals([customerKey, 'open']).toArray();
    return rows.sort(byEffectiveDue);
  }

  /**
   * Open follow-ups due before the end of today in the rep's zone, overdue ones included (a
   * promise missed yesterday is still owed today) — the toolbar badge. Snoozing only moves the
   * effective due time later, so the dueAt index bounds the candidates.
   */
  async countDueToday(now: number, timeZone: string): Promise<number> {
    const end = endOfLocalDay(now, timeZone);
    return this.db.followups
      .where('dueAt')
      .below(end)
      .filter((f) => f.status === 'open' && effectiveDueAt(f) < end)
      .count();
  }

  /** Follow-ups by due date for the options page and the background's alarms; [from, to). */
  async listByDue(range: { from?: number; to?: number; status?: FollowupStatus } = {}): Promise<FollowupRecord[]> {
    const from = range.from ?? 0;
    const to = range.to ?? Number.MAX_SAFE_INTEGER;
    const rows = await this.db.followups.where('dueAt').between(from, to, true, false).toArray();
    return range.status ? rows.filter((f) => f.status === range.status) : rows;
  }

  /** The next open follow-up to remind about, for the background to set its one alarm. */
  async nextOpenDue(): Promise<FollowupRecord | undefined> {
    const open = await this.db.followups.orderBy('dueAt').filter((f) => f.status === 'open').toArray();
    return open.sort(byEffectiveDue)[0];
  }

  async snooze(id: string, until: number): Promise<FollowupRecord> {
    return this.change(id, (f) => {
      if (f.status !== 'open') throw new Error('Only an open follow-up can be snoozed');
      if (until <= f.dueAt) throw new Error('Snooze to a time after the follow-up is due');
      return { ...f, snoozedUntil: until };
    });
  }

  async markDone(id: string): Promise<FollowupRecord> {
    return this.change(id, (f) => ({ ...f, status: 'done', doneAt: this.world.now() }));
  }

  async reopen(id: string): Promise<FollowupRecord> {
    return this.change(id, (f) => ({ ...f, status: 'open', doneAt: undefined }));
  }

  async remove(id: string): Promise<void> {
    await guardStorage(() => this.db.followups.delete(id));
  }

  private async change(id: string, edit: (f: FollowupRecord) => Record<string, unknown>): Promise<FollowupRecord> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.followups, async () => {
        const current = await this.db.followups.get(id);
        if (!current) throw new RecordNotFoundError('followup', id);
        const row = validRow(FollowupRecord, 'followup', { ...edit(current), id, createdAt: current.createdAt, updatedAt: this.world.now() });
        await this.db.followups.put(row);
        return row;
      }),
    );
  }
}
