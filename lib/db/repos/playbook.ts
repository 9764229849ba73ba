import type { OwnUpDatabase } from '../database';
import { RecordValidationError, guardStorage } from '../errors';
import { PlaybookRecord, type PlaybookKind, type PlaybookSource } from '../schemas/playbook';
import { type RepositoryOptions, validRow, withoutUndefined, worldOf } from './shared';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An entry as the options page, an import or managed storage gives it; the repository stamps it. */
export type PlaybookInput = DistributiveOmit<PlaybookRecord, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export class PlaybookRepository {
  private readonly world;

  constructor(
    private readonly db: OwnUpDatabase,
    options?: RepositoryOptions,
  ) {
    this.world = worldOf(options);
  }

  /** The whole playbook (it is small and always read at once), optionally one kind. */
  async list(kind?: PlaybookKind): Promise<PlaybookRecord[]> {
    const rows = await this.db.playbook.toArray();
    return (kind ? rows.filter((row) => row.kind === kind) : rows).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  /** Adds an entry, or replaces the one with the same id (keeping when it was first created). */
  async put(input: PlaybookInput): Promise<PlaybookRecord> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.playbook, async () => {
        const [row] = await this.stamp([input], 'playbook entry');
        await this.db.playbook.put(row!);
        return row!;
      }),
    );
  }

  async remove(id: string): Promise<void> {
    await guardStorage(() => this.db.playbook.delete(id));
  }

  /**
   * Replaces the playbook — or, with `source`, only the entries from that source (a new
   * managed policy replaces the managed entries, an import the imported ones) — in one
   * transaction: every entry is validated first, duplicate ids are refused naming the entry,
   * and on any failure nothing changes and open sidebars never see half a playbook.
   */
  async replaceAll(inputs: readonly PlaybookInput[], options: { source?: PlaybookSource } = {}): Promise<PlaybookRecord[]> {
    const firstIndexOfId = new Map<string, number>();
    inputs.forEach((input, index) => {
      if (input.id === undefined) return;
      const first = firstIndexOfId.get(input.id);
      if (first !== undefined) {
        throw new RecordValidationError('playbook', [{ code: 'custom', path: [index, 'id'], message: `duplicate id "${input.id}" (also playbook[${first}])`, input: input.id }]);
      }
      firstIndexOfId.set(input.id, index);
    });
    if (options.source !== undefined) {
      const wrong = inputs.findIndex((input) => input.source !== options.source);
      if (wrong >= 0) {
        throw new RecordValidationError('playbook', [{ code: 'custom', path: [wrong, 'source'], message: `expected "${options.source}"`, input: inputs[wrong]!.source }]);
      }
    }
    return guardStorage(() =>
      this.db.transaction('rw', this.db.playbook, async () => {
        const rows = await this.stamp(inputs, 'playbook');
        if (options.source === undefined) await this.db.playbook.clear();
        else await this.db.playbook.filter((row) => row.source === options.source).delete();
        await this.db.playbook.bulkPut(rows);
        return rows;
      }),
    );
  }

  /** Ids, stamps and validation, naming the entry (`playbook[2].payload.patterns`) on failure. */
  private async stamp(inputs: readonly PlaybookInput[], prefix: string): Promise<PlaybookRecord[]> {
    const now = this.world.now();
    const ids = inputs.map((input) => input.id ?? this.world.newId());
    const existing = await this.db.playbook.bulkGet(ids);
    return inputs.map((input, index) => {
      const row = { ...withoutUndefined(input), id: ids[index], createdAt: existing[index]?.createdAt ?? now, updatedAt: now };
      try {
        return validRow(PlaybookRecord, 'playbook', row);
      } catch (error) {
        if (!(error instanceof RecordValidationError)) throw error;
        const path = inputs.length === 1 && prefix !== 'playbook' ? [] : [index];
        throw new RecordValidationError('playbook', error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })), prefix);
      }
    });
  }
}
