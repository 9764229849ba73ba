import { cannedGroupKey } from '../analysis/canned';
import type { CategoryId } from '../analysis/taxonomy';
import type { FlagRecord } from '../db/schemas/flag';
import type { ApprovedCanned } from './effective';

// The canned responses the sidebar looks for in a draft (issue 7 item 3): every flag group the
// team has not dismissed, and every approved rewrite in the playbook. An approved playbook entry
// of the same group as a flag joins that flag (the review queue writes both).

export interface KnownCanned {
  /** The flag's id, or the playbook entry's for an approval without a flag here. */
  id: string;
  groupKey: string;
  text: string;
  macroName?: string;
  /** How many times the team flagged it (0: known from the playbook only). */
  count: number;
  status: 'open' | 'approved';
  rewrite?: string;
  /** The category of the latest flag's reason, when the rep gave one. */
  category?: CategoryId;
}

export function knownCanned(flags: readonly FlagRecord[], approved: readonly ApprovedCanned[]): KnownCanned[] {
  const byGroup = new Map<string, KnownCanned>();
  for (const flag of flags) {
    if (flag.status === 'dismissed') continue;
    byGroup.set(flag.groupKey, {
      id: flag.id,
      groupKey: flag.groupKey,
      text: flag.text,
      macroName: flag.macroName,
      count: flag.count,
      status: flag.status,
      rewrite: flag.status === 'approved' ? flag.approvedRewrite : undefined,
      category: flag.reason.category,
    });
  }
  for (const entry of approved) {
    const groupKey = entry.groupKey ?? cannedGroupKey(entry.text);
    const known = byGroup.get(groupKey);
    if (known) {
      // A managed or imported approval of a macro flagged here: the playbook's rewrite wins.
      known.status = 'approved';
      known.rewrite = entry.rewrite;
    } else {
      byGroup.set(groupKey, { id: entry.id, groupKey, text: entry.text, count: 0, status: 'approved', rewrite: entry.rewrite });
    }
  }
  return [...byGroup.values()];
}

/** The sidebar's words for a known canned response: "flagged 7 times by your team". */
export function knownCannedSummary(item: Pick<KnownCanned, 'count' | 'status'>): string {
  const flagged = item.count === 0 ? '' : item.count === 1 ? 'flagged once by your team' : `flagged ${item.count} times by your team`;
  if (item.status === 'approved') return flagged ? `${flagged}; an approved rewrite is ready` : 'your team has an approved rewrite for it';
  return `${flagged}; under review`;
}
