import { browser } from 'wxt/browser';
import { PlaybookRepository, openOwnUpDatabase, type OwnUpDatabase } from '@/lib/db';
import { parsePlaybookText, toPlaybookFile, toPlaybookInputs, type PlaybookFileEntry } from '@/lib/playbook/file-format';
import { readManagedPlaybook, syncManagedPlaybook, type ManagedArea, type ManagedStatus } from '@/lib/playbook/managed';

// The options page's playbook actions, over the extension's database. Every write goes through
// PlaybookRepository (zod on write); imports are parsed and checked as a whole first.

export interface PlaybookPageDeps {
  open(): Promise<OwnUpDatabase>;
  managed(): ManagedArea | undefined;
}

export const defaultPlaybookDeps: PlaybookPageDeps = {
  open: () => openOwnUpDatabase(),
  managed: () => {
    try {
      return (browser.storage as { managed?: ManagedArea }).managed;
    } catch {
      return undefined;
    }
  },
};

export async function refreshManaged(db: OwnUpDatabase, area: ManagedArea | undefined): Promise<ManagedStatus> {
  return syncManagedPlaybook(new PlaybookRepository(db), await readManagedPlaybook(area));
}

export async function saveEntry(db: OwnUpDatabase, entry: PlaybookFileEntry): Promise<void> {
  await new PlaybookRepository(db).put({ ...entry, source: 'local' } as Parameters<PlaybookRepository['put']>[0]);
}

/** Replaces the previously imported entries with the file's, or refuses it whole; returns a message. */
export async function importPlaybookText(db: OwnUpDatabase, text: string): Promise<{ ok: boolean; message: string }> {
  const parsed = parsePlaybookText(text);
  if (!parsed.ok) return { ok: false, message: `Not imported, nothing changed: ${parsed.message}` };
  await new PlaybookRepository(db).replaceAll(toPlaybookInputs(parsed.entries, 'import'), { source: 'import' });
  return { ok: true, message: `Imported ${parsed.entries.length} ${parsed.entries.length === 1 ? 'entry' : 'entries'}.` };
}

/** The team's own entries (local and imported) as a file a manager can share or deploy. */
export async function exportPlaybookText(db: OwnUpDatabase, now: Date): Promise<string> {
  const rows = (await new PlaybookRepository(db).list()).filter((row) => row.source !== 'managed');
  return JSON.stringify(toPlaybookFile(rows, now.toISOString()), null, 2);
}
