import { RuleSchema, type Rule } from '../analysis/catalog/schema';
import type { PlaybookRecord } from '../db/schemas/playbook';

// What the sidebar applies from the playbook table. A managed playbook takes precedence: when
// the database holds managed entries (a valid policy was synced), the team's local and
// imported entries are set aside so every rep under the policy works from the same playbook.

export interface NeverSendPhrase {
  id: string;
  phrase: string;
  reason?: string;
}

export interface ApprovedCanned {
  id: string;
  text: string;
  rewrite: string;
  groupKey?: string;
}

export interface EffectivePlaybook {
  managed: boolean;
  rules: Rule[];
  neverSend: NeverSendPhrase[];
  approved: ApprovedCanned[];
}

export function effectivePlaybook(rows: readonly PlaybookRecord[]): EffectivePlaybook {
  const managed = rows.some((row) => row.source === 'managed');
  const used = managed ? rows.filter((row) => row.source === 'managed') : rows;
  const out: EffectivePlaybook = { managed, rules: [], neverSend: [], approved: [] };
  for (const row of used) {
    if (row.kind === 'rule') out.rules.push(RuleSchema.parse(row.payload));
    else if (row.kind === 'never_send') out.neverSend.push({ id: row.id, phrase: row.payload.phrase, reason: row.payload.reason });
    else out.approved.push({ id: row.id, text: row.payload.text, rewrite: row.payload.rewrite, groupKey: row.payload.groupKey });
  }
  return out;
}
