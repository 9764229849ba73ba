import { analyzeDraft } from '../analysis';
import type { Finding } from '../analysis/types';
import type { OwnUpDatabase } from '../db/database';
import { FlagsRepository } from '../db/repos/flags';
import { PlaybookRepository } from '../db/repos/playbook';
import type { FlagRecord } from '../db/schemas/flag';
import { effectivePlaybook } from './effective';
import { buildTeamEngine, withTeamFindings } from './team-analysis';

// Approving a rewrite in the review queue (issue 7 item 2): only a rewrite in which the analyzer
// finds NOTHING — built-in rules and the team's own — may be approved, since it will be offered
// to every rep the next time they reach for the macro. Approval writes the rewrite on the flag
// AND an approved_rewrite playbook entry (with the group key), in one transaction.

/** What blocks approval: every finding in the rewrite (built-in and team rules). */
export function approvalBlockers(rewrite: string, team: ReturnType<typeof buildTeamEngine> = null): Finding[] {
  if (rewrite.trim() === '') return [];
  return withTeamFindings(analyzeDraft(rewrite), team, rewrite).findings;
}

export class ApprovalBlockedError extends Error {
  constructor(readonly findings: Finding[]) {
    super(`The rewrite still deflects: ${findings.map((f) => `“${f.text}”`).join(', ')}.`);
    this.name = 'ApprovalBlockedError';
  }
}

/** The id of the playbook entry that carries a flag group's approval (one per group). */
export const approvalEntryId = (flag: Pick<FlagRecord, 'id'>) => `approved-${flag.id}`;

export async function approveFlagRewrite(db: OwnUpDatabase, flagId: string, rewrite: string, options: { clock?: () => number } = {}): Promise<FlagRecord> {
  const text = rewrite.trim();
  if (text === '') throw new Error('Write the rewrite first.');
  const playbookRepo = new PlaybookRepository(db, options);
  const team = buildTeamEngine(effectivePlaybook(await playbookRepo.list()).rules);
  const blockers = approvalBlockers(text, team);
  if (blockers.length > 0) throw new ApprovalBlockedError(blockers);
  return db.transaction('rw', db.flags, db.playbook, async () => {
    const flag = await new FlagsRepository(db, options).approveRewrite(flagId, text);
    await playbookRepo.put({
      id: approvalEntryId(flag),
      kind: 'approved_rewrite',
      source: 'local',
      payload: { text: flag.text.slice(0, 2000), rewrite: text, groupKey: flag.groupKey },
    });
    return flag;
  });
}

/** Back to open or dismissed: the group's approval leaves the playbook too. */
export async function setFlagReviewStatus(db: OwnUpDatabase, flagId: string, status: 'open' | 'dismissed'): Promise<FlagRecord> {
  return db.transaction('rw', db.flags, db.playbook, async () => {
    const flag = await new FlagsRepository(db).setStatus(flagId, status);
    await new PlaybookRepository(db).remove(approvalEntryId(flag));
    return flag;
  });
}
