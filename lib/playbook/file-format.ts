import { z } from 'zod';
import { RuleSchema } from '../analysis/catalog/schema';
import { ApprovedRewritePayload, NeverSendPayload, RulePayload } from '../db/schemas/playbook';
import type { PlaybookRecord } from '../db/schemas/playbook';
import type { PlaybookInput } from '../db/repos/playbook';
import { neverSendProblems, teamRuleProblems } from './rule-check';

// The team playbook as a file (export/import) and as a managed policy value: the same format
// both ways, so an administrator can deploy a file a manager exported (see README.md, "Deploying a playbook by policy").
//
//   { "format": "ownup-playbook", "version": 1, "entries": [ { "id", "kind", "payload" }, … ] }
//
// A file is accepted AS A WHOLE or refused with a message naming the first bad entry
// (issue 7 "Bad input"); nothing is written until every entry has passed.

export const PLAYBOOK_FORMAT = 'ownup-playbook';
export const PLAYBOOK_VERSION = 1;

const EntryId = z.string().min(1).max(200);

export const PlaybookFileEntry = z.discriminatedUnion('kind', [
  z.strictObject({ id: EntryId, kind: z.literal('rule'), payload: RulePayload }),
  z.strictObject({ id: EntryId, kind: z.literal('approved_rewrite'), payload: ApprovedRewritePayload }),
  z.strictObject({ id: EntryId, kind: z.literal('never_send'), payload: NeverSendPayload }),
]);
export type PlaybookFileEntry = z.infer<typeof PlaybookFileEntry>;

const Envelope = z.looseObject({ format: z.unknown(), version: z.unknown(), entries: z.unknown() });

export const PlaybookFile = z.strictObject({
  format: z.literal(PLAYBOOK_FORMAT),
  version: z.literal(PLAYBOOK_VERSION),
  exportedAt: z.string().max(64).optional(),
  entries: z.array(PlaybookFileEntry).max(5000),
});
export type PlaybookFile = z.infer<typeof PlaybookFile>;

export type PlaybookParse = { ok: true; entries: PlaybookFileEntry[] } | { ok: false; message: string };

function entryName(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
  return id ? `entry ${index + 1} ("${id}")` : `entry ${index + 1}`;
}

function issueText(issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((p) => typeof p !== 'symbol').join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Problems beyond the schema: compile checks for rules, words in never-send phrases. */
export function entryProblems(entry: PlaybookFileEntry): string[] {
  if (entry.kind === 'rule') return teamRuleProblems(RuleSchema.parse(entry.payload));
  if (entry.kind === 'never_send') return neverSendProblems(entry.payload.phrase);
  return [];
}

/** Validates a parsed JSON value as a playbook file: everything, or a message naming the entry. */
export function parsePlaybookFile(value: unknown): PlaybookParse {
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return { ok: false, message: 'This is not an OwnUp playbook file (expected a JSON object).' };
  const { format, version, entries } = envelope.data;
  if (format !== PLAYBOOK_FORMAT) return { ok: false, message: `This is not an OwnUp playbook file (format should be "${PLAYBOOK_FORMAT}").` };
  if (version !== PLAYBOOK_VERSION) {
    const newer = typeof version === 'number' && version > PLAYBOOK_VERSION;
    return {
      ok: false,
      message: newer
        ? `This playbook is version ${version}, from a newer OwnUp; this one reads version ${PLAYBOOK_VERSION}. Update OwnUp and try again.`
        : `Unsupported playbook version ${JSON.stringify(version)}; this OwnUp reads version ${PLAYBOOK_VERSION}.`,
    };
  }
  if (!Array.isArray(entries)) return { ok: false, message: 'The playbook has no "entries" list.' };
  const seen = new Map<string, number>();
  const valid: PlaybookFileEntry[] = [];
  for (const [index, raw] of entries.entries()) {
    const parsed = PlaybookFileEntry.safeParse(raw);
    if (!parsed.success) return { ok: false, message: `${entryName(raw, index)}: ${parsed.error.issues.map(issueText).join('; ')}` };
    const first = seen.get(parsed.data.id);
    if (first !== undefined) return { ok: false, message: `${entryName(raw, index)}: duplicate id (also entry ${first + 1})` };
    seen.set(parsed.data.id, index);
    const problems = entryProblems(parsed.data);
    if (problems.length > 0) return { ok: false, message: `${entryName(raw, index)}: ${problems.join('; ')}` };
    valid.push(parsed.data);
  }
  const whole = PlaybookFile.safeParse(value);
  if (!whole.success) return { ok: false, message: whole.error.issues.map(issueText).join('; ') };
  return { ok: true, entries: valid };
}

/** Parses file text (JSON) as a playbook. */
export function parsePlaybookText(text: string): PlaybookParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  return parsePlaybookFile(value);
}

/** Rows as a file: ids and payloads only (stamps and source are this browser's business). */
export function toPlaybookFile(rows: readonly PlaybookRecord[], exportedAt: string): PlaybookFile {
  return {
    format: PLAYBOOK_FORMAT,
    version: PLAYBOOK_VERSION,
    exportedAt,
    entries: rows.map((row) => ({ id: row.id, kind: row.kind, payload: row.payload }) as PlaybookFileEntry),
  };
}

/** File entries as repository inputs of one source. */
export function toPlaybookInputs(entries: readonly PlaybookFileEntry[], source: PlaybookRecord['source']): PlaybookInput[] {
  return entries.map((entry) => ({ ...entry, source }) as PlaybookInput);
}
