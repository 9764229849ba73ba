import type { PlaybookRepository } from '../db/repos/playbook';
import type { PlaybookRecord } from '../db/schemas/playbook';
import { parsePlaybookFile, toPlaybookInputs, type PlaybookFileEntry } from './file-format';

// A playbook deployed by policy (README.md, "Deploying a playbook by policy"): browser.storage.managed, key "playbook", the same
// file format as an export. When present and valid it replaces the managed entries in the
// database and takes precedence over the team's local entries (see effectivePlaybook); when it
// fails its schema it is ignored with a warning, and the last valid managed entries stay.

export const MANAGED_PLAYBOOK_KEY = 'playbook';

/** The part of `browser.storage.managed` used here, so tests and Firefox (often none) fit. */
export interface ManagedArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export type ManagedPlaybook =
  | { state: 'absent' }
  | { state: 'valid'; entries: PlaybookFileEntry[] }
  | { state: 'invalid'; message: string };

/**
 * Reads the managed policy. Firefox without a policy (and some builds without any managed
 * storage) rejects or lacks the area; both mean "no policy", never a crash.
 */
export async function readManagedPlaybook(area: ManagedArea | undefined | null): Promise<ManagedPlaybook> {
  if (!area || typeof area.get !== 'function') return { state: 'absent' };
  let stored: Record<string, unknown>;
  try {
    stored = (await area.get(MANAGED_PLAYBOOK_KEY)) ?? {};
  } catch {
    return { state: 'absent' };
  }
  const value = stored[MANAGED_PLAYBOOK_KEY];
  if (value === undefined || value === null) return { state: 'absent' };
  const parsed = parsePlaybookFile(value);
  return parsed.ok ? { state: 'valid', entries: parsed.entries } : { state: 'invalid', message: parsed.message };
}

export type ManagedStatus =
  | { state: 'absent' }
  | { state: 'locked'; count: number }
  | { state: 'invalid'; message: string; keptCount: number };

/**
 * Brings the database's managed entries in line with the policy: a valid policy replaces them
 * (one transaction), a removed policy removes them, an invalid one changes nothing.
 */
export async function syncManagedPlaybook(repo: PlaybookRepository, managed: ManagedPlaybook): Promise<ManagedStatus> {
  if (managed.state === 'valid') {
    // Every sidebar syncs when it opens; rewriting an unchanged policy would wake every open
    // sidebar's live query for nothing.
    const current = (await repo.list()).filter((row) => row.source === 'managed');
    if (!samePolicy(current, managed.entries)) await repo.replaceAll(toPlaybookInputs(managed.entries, 'managed'), { source: 'managed' });
    return { state: 'locked', count: managed.entries.length };
  }
  if (managed.state === 'absent') {
    const current = await repo.list();
    if (current.some((row) => row.source === 'managed')) await repo.replaceAll([], { source: 'managed' });
    return { state: 'absent' };
  }
  const kept = (await repo.list()).filter((row) => row.source === 'managed').length;
  return { state: 'invalid', message: managed.message, keptCount: kept };
}

function samePolicy(rows: readonly PlaybookRecord[], entries: readonly PlaybookFileEntry[]): boolean {
  if (rows.length !== entries.length) return false;
  const key = (e: { id: string; kind: string; payload: unknown }) => JSON.stringify([e.id, e.kind, e.payload]);
  const stored = new Set(rows.map(key));
  return entries.every((entry) => stored.has(key(entry)));
}
