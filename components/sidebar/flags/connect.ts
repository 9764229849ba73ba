import { browser } from 'wxt/browser';
import { FlagsRepository, PlaybookRepository, openOwnUpDatabase, type OwnUpDatabase } from '@/lib/db';
import { watchTeamKnowledge } from '@/lib/playbook/live';
import { readManagedPlaybook, syncManagedPlaybook, type ManagedArea } from '@/lib/playbook/managed';
import type { SidebarStore } from '../store';
import type { TeamAwareAnalyzer } from './team-analyzer';

// Production wiring of issue 7 for the sidebar page (extension origin, so the extension's own
// database): flags go to the flags table; the team's knowledge (flags, approvals, playbook) is
// watched live and fed to the store and to the analyzer; a managed policy is synced first.

export function managedArea(): ManagedArea | undefined {
  try {
    // Firefox may lack storage.managed, or reject every read without a policy: both are "absent".
    return (browser.storage as { managed?: ManagedArea }).managed;
  } catch {
    return undefined;
  }
}

export function connectTeamKnowledge(
  store: SidebarStore,
  analyzer: TeamAwareAnalyzer,
  signal: AbortSignal,
  open: () => Promise<OwnUpDatabase> = () => openOwnUpDatabase(),
): void {
  const database = open();
  store.getState().connectFlags({ addFlag: async (flag) => new FlagsRepository(await database).addFlag(flag) });
  database.then(
    async (db) => {
      await syncManagedPlaybook(new PlaybookRepository(db), await readManagedPlaybook(managedArea())).catch((error: unknown) =>
        console.warn('OwnUp: the managed playbook could not be applied:', error),
      );
      if (signal.aborted) return;
      watchTeamKnowledge(
        db,
        (knowledge) => {
          const { error } = analyzer.setTeamRules(knowledge.playbook.rules);
          if (error) console.warn('OwnUp: the team rules could not be used:', error);
          store.getState().setTeamKnowledge(knowledge);
        },
        (error) => console.warn('OwnUp: the team playbook could not be read:', error),
        signal,
      );
    },
    (error: unknown) => console.warn('OwnUp: flags and the team playbook are unavailable:', error),
  );
}
