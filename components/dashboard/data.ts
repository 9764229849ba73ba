import { EventsRepository, FlagsRepository, openOwnUpDatabase, type EventRecord, type FlagRecord, type MergeResult } from '@/lib/db';
import { isKnownTimeZone } from '@/lib/settings/schema';
import { hasSavedSettings, loadSettings } from '@/lib/settings/storage';

// Everything the dashboard reads or writes outside itself. Production opens the extension's
// database and settings; tests pass a source over fake-indexeddb with a fixed clock and zone.

export interface DashboardSource {
  listEvents(from: number, to: number): Promise<EventRecord[]>;
  /** Flagged canned responses, most flagged first. */
  listFlags(): Promise<FlagRecord[]>;
  mergeEvents(events: EventRecord[]): Promise<MergeResult>;
  deleteAllEvents(): Promise<void>;
  /** The zone whose days bucket the charts. */
  timeZone(): Promise<string>;
  repName(): Promise<string>;
  now(): number;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The rep's zone from settings once they saved one (the stored default is UTC), else the browser's. */
async function settingsTimeZone(): Promise<string> {
  try {
    const [loaded, saved] = await Promise.all([loadSettings(), hasSavedSettings()]);
    if (saved && isKnownTimeZone(loaded.settings.timeZone)) return loaded.settings.timeZone;
  } catch {
    // Storage unreadable: the browser's zone is still a sensible day.
  }
  return browserTimeZone();
}

export function createDatabaseSource(open = () => openOwnUpDatabase(), now = () => Date.now()): DashboardSource {
  let db: ReturnType<typeof open> | null = null;
  const database = () => (db ??= open());
  return {
    listEvents: async (from, to) => new EventsRepository(await database()).listRange(from, to),
    listFlags: async () => new FlagsRepository(await database()).list({ order: 'count' }),
    mergeEvents: async (events) => new EventsRepository(await database()).bulkMerge(events),
    deleteAllEvents: async () => new EventsRepository(await database()).deleteAll(),
    timeZone: settingsTimeZone,
    repName: async () => (await loadSettings()).settings.repName,
    now,
  };
}
