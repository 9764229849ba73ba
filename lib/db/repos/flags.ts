import type { OwnUpDatabase } from '../database';
import { RecordNotFoundError, guardStorage } from '../errors';
import { FLAG_HISTORY_MAX_ENTRIES } from '../limits';
import { FlagRecord, type FlagReason, type FlagStatus } from '../schemas/flag';
import { type RepositoryOptions, validRow, worldOf } from './shared';

export interface NewFlag {
  /** From the caller's normalization (lib/analysis masks names, numbers, dates, emails, order ids). */
  groupKey: string;
  text: string;
  macroName?: string;
  reason: FlagReason;
  rep: string;
}

export type FlagOrder = 'count' | 'recent';

export class FlagsRepository {
  private readonly world;

  constructor(
    private readonly db: OwnUpDatabase,
    options?: RepositoryOptions,
  ) {
    this.world = worldOf(options);
  }

  /**
   * Records one flag: creates the group, or appends to its history and count. One transaction
   * over the unique groupKey index, so two tabs flagging the same macro at once make one group
   * with a count of two, not two groups.
   */
  async addFlag(input: NewFlag): Promise<FlagRecord> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.flags, async () => {
        const now = this.world.now();
        const entry = { at: now, rep: input.rep, reason: input.reason };
        const existing = await this.db.flags.where('groupKey').equals(input.groupKey).first();
        const row = existing
          ? validRow(FlagRecord, 'flag', {
              ...existing,
              macroName: existing.macroName ?? input.macroName,
              reason: input.reason,
              // Flagged again after a dismissal: someone still finds it deflects, so it is back in review.
              status: existing.status === 'dismissed' ? 'open' : existing.status,
              count: existing.count + 1,
              lastFlaggedAt: now,
              history: [...existing.history, entry].slice(-FLAG_HISTORY_MAX_ENTRIES),
              updatedAt: now,
            })
          : validRow(FlagRecord, 'flag', {
              id: this.world.newId(),
              createdAt: now,
              updatedAt: now,
              groupKey: input.groupKey,
              text: input.text,
              macroName: input.macroName,
              reason: input.reason,
              rep: input.rep,
              status: 'open',
              count: 1,
              lastFlaggedAt: now,
              history: [entry],
            });
        await this.db.flags.put(row);
        return row;
      }),
    );
  }

  async get(id: string): Promise<FlagRecord | undefined> {
    return this.db.flags.get(id);
  }

  async getByGroup(groupKey: string): Promise<FlagRecord | undefined> {
    return this.db.flags.where('groupKey').equals(groupKey).first();
  }

  /**
   * The review queue. Sorted in memory: a team's flag groups number in the thousands at most,
   * and an index on a count that changes with every flag would cost each write for no query win.
   */
  async list(options: { order?: FlagOrder; status?: FlagStatus } = {}): Promise<FlagRecord[]> {
    const rows = await this.db.flags.toArray();
    const kept = options.status ? rows.filter((f) => f.status === options.status) : rows;
    const order = options.order ?? 'count';
    return kept.sort((a, b) =>
      order === 'count'
        ? b.count - a.count || b.lastFlaggedAt - a.lastFlaggedAt
        : b.lastFlaggedAt - a.lastFlaggedAt || b.count - a.count,
    );
  }

  /** Open or dismissed. Approving goes through approveRewrite(), which needs the rewrite. */
  async setStatus(id: string, status: Exclude<FlagStatus, 'approved'>): Promise<FlagRecord> {
    return this.change(id, (flag) => ({ ...flag, status }));
  }

  /**
   * Approves a rewrite for the group. The caller (the review queue) checks first that the
   * analyzer finds nothing in it (issue 7); the database only stores what was approved.
   */
  async approveRewrite(id: string, rewrite: string): Promise<FlagRecord> {
    return this.change(id, (flag) => ({ ...flag, status: 'approved', approvedRewrite: rewrite }));
  }

  async remove(id: string): Promise<void> {
    await guardStorage(() => this.db.flags.delete(id));
  }

  private async change(id: string, edit: (flag: FlagRecord) => Record<string, unknown>): Promise<FlagRecord> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.flags, async () => {
        const current = await this.db.flags.get(id);
        if (!current) throw new RecordNotFoundError('flag', id);
        const row = validRow(FlagRecord, 'flag', { ...edit(current), id, createdAt: current.createdAt, updatedAt: this.world.now() });
        await this.db.flags.put(row);
        return row;
      }),
    );
  }
}
