import { EventsRepository, openOwnUpDatabase, type OwnUpDatabase } from '@/lib/db';
import type { TalliedEvent } from '@/lib/stats/reply-tally';
import { isRecordingPaused } from '@/components/options/privacy/recording-pause';

// Where the sidebar's stats slice puts a sent reply: the events table, unless the rep paused
// recording. The database opens on the first send, not at sidebar start, so a rep who never
// sends from this tab costs nothing (DESIGN.md: the sidebar page is extension origin, so this
// is the extension's own store, the one the dashboard reads).

export type RecordOutcome = 'recorded' | 'paused';

export interface StatsSink {
  record(event: TalliedEvent): Promise<RecordOutcome>;
}

export function createDatabaseStatsSink(
  options: { open?: () => Promise<OwnUpDatabase>; isPaused?: () => Promise<boolean> } = {},
): StatsSink {
  const open = options.open ?? (() => openOwnUpDatabase());
  const isPaused = options.isPaused ?? isRecordingPaused;
  let repository: Promise<EventsRepository> | null = null;
  return {
    async record(event) {
      // Read at every send: a pause set on the options page applies to the very next reply.
      if (await isPaused()) return 'paused';
      repository ??= open().then((db) => new EventsRepository(db));
      try {
        await (await repository).add(event);
      } catch (error) {
        // A failed open must not stick: the next send tries again.
        repository = null;
        throw error;
      }
      return 'recorded';
    },
  };
}
