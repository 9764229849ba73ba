import { liveQuery } from 'dexie';
import type { OwnUpDatabase } from '../db/database';
import { FlagsRepository } from '../db/repos/flags';
import { PlaybookRepository } from '../db/repos/playbook';
import { effectivePlaybook, type EffectivePlaybook } from './effective';
import { knownCanned, type KnownCanned } from './known-canned';

// Live loading for open sidebars: Dexie's liveQuery re-runs when the flags or playbook table
// changes in ANY extension page of this profile (the options page, the dashboard, another
// sidebar), so a rule saved on the options page reaches an open sidebar without a reload.

export interface TeamKnowledge {
  playbook: EffectivePlaybook;
  known: KnownCanned[];
}

export async function readTeamKnowledge(db: OwnUpDatabase): Promise<TeamKnowledge> {
  const [rows, flags] = await Promise.all([new PlaybookRepository(db).list(), new FlagsRepository(db).list()]);
  const playbook = effectivePlaybook(rows);
  return { playbook, known: knownCanned(flags, playbook.approved) };
}

/** Calls `onChange` now and after every change; the AbortSignal ends it (STYLE.md habit 7). */
export function watchTeamKnowledge(
  db: OwnUpDatabase,
  onChange: (knowledge: TeamKnowledge) => void,
  onError: (error: unknown) => void,
  signal: AbortSignal,
): void {
  const subscription = liveQuery(() => readTeamKnowledge(db)).subscribe({ next: onChange, error: onError });
  signal.addEventListener('abort', () => subscription.unsubscribe(), { once: true });
}
