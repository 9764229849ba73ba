import { z } from 'zod';
import type { OwnUpDatabase } from '../database';
import { RecordValidationError, guardStorage } from '../errors';
import { EventRecord, type EventSource } from '../schemas/event';
import { type RepositoryOptions, validRow, worldOf } from './shared';

/** A reply just sent, as the sidebar counts it; the repository adds id and stamps. */
export type NewEvent = Omit<EventRecord, 'id' | 'createdAt' | 'updatedAt' | 'source'> & { source?: EventSource };

export interface EventFilters {
  site?: string;
  rep?: string;
}

export interface MergeResult {
  added: number;
  /** Already stored (same id) or repeated within the input: importing twice changes nothing. */
  skipped: number;
}

const EventRows = z.array(EventRecord);

export class EventsRepository {
  private readonly world;

  constructor(
    private readonly db: OwnUpDatabase,
    options?: RepositoryOptions,
  ) {
    this.world = worldOf(options);
  }

  async add(input: NewEvent): Promise<EventRecord> {
    const now = this.world.now();
    const row = validRow(EventRecord, 'event', { source: { kind: 'own' }, ...input, id: this.world.newId(), createdAt: now, updatedAt: now });
    await guardStorage(() => this.db.events.add(row));
    return row;
  }

  /** Events sent in [from, to), oldest first; a rep filter uses the [rep+at] index. */
  async listRange(from: number, to: number, filters: EventFilters = {}): Promise<EventRecord[]> {
    const rows =
      filters.rep !== undefined
        ? await this.db.events.where('[rep+at]').between([filters.rep, from], [filters.rep, to], true, false).toArray()
        : await this.db.events.where('at').between(from, to, true, false).toArray();
    return filters.site !== undefined ? rows.filter((e) => e.site === filters.site) : rows;
  }

  /**
   * Merges events from shared-stats bundles, deduplicated by id. Every row is validated first;
   * one bad row refuses the whole merge (`events[3].site: …`) and nothing is written; the
   * writes share one transaction, so a full disk also leaves nothing half-merged.
   */
  async bulkMerge(input: unknown): Promise<MergeResult> {
    const parsed = EventRows.safeParse(input);
    if (!parsed.success) throw new RecordValidationError('events', parsed.error.issues);
    const unique = new Map(parsed.data.map((event) => [event.id, event]));
    return guardStorage(() =>
      this.db.transaction('rw', this.db.events, async () => {
        const ids = [...unique.keys()];
        const stored = await this.db.events.bulkGet(ids);
        const fresh = ids.filter((_, i) => stored[i] === undefined).map((id) => unique.get(id)!);
        await this.db.events.bulkAdd(fresh);
        return { added: fresh.length, skipped: parsed.data.length - fresh.length };
      }),
    );
  }

  /** "Delete all statistics" on the options page. */
  async deleteAll(): Promise<void> {
    await guardStorage(() => this.db.events.clear());
  }

  async count(): Promise<number> {
    return this.db.events.count();
  }
}
