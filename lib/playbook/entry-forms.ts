import { CategoryId } from '../analysis/taxonomy';
import { entryProblems, PlaybookFileEntry } from './file-format';

// What the options page's editors hand in, turned into playbook entries: the same zod schemas
// and compile checks as an imported file (file-format.ts), so the page can never save an entry
// an import would refuse. One line per pattern, rewrite or example keeps the form plain.

export interface RuleFields {
  id: string;
  category: string;
  message: string;
  patterns: string;
  rewrites: string;
  flagged: string;
  clean: string;
}

export type EntryResult = { ok: true; entry: PlaybookFileEntry } | { ok: false; problems: string[] };

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** "Booking site" → "booking-site": rule ids are shaped like their category's. */
export function slugOf(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

function check(candidate: unknown): EntryResult {
  const parsed = PlaybookFileEntry.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.filter((p) => p !== 'payload').join('.') || 'entry'}: ${issue.message}`) };
  }
  const problems = entryProblems(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entry: parsed.data };
}

export function ruleEntryFrom(fields: RuleFields): EntryResult {
  const category = CategoryId.safeParse(fields.category);
  if (!category.success) return { ok: false, problems: ['pick a category'] };
  const slug = slugOf(fields.id);
  if (slug === '') return { ok: false, problems: ['give the rule a short name'] };
  const ruleId = `${category.data.replace(/_/g, '-')}.team-${slug}`;
  return check({
    id: `rule-${ruleId}`,
    kind: 'rule',
    payload: {
      id: ruleId,
      category: category.data,
      // A blank line is dropped, but a form with no pattern at all is refused by the schema.
      patterns: lines(fields.patterns),
      exceptions: [],
      message: fields.message.trim(),
      rewrites: lines(fields.rewrites),
      examples: { invalid: lines(fields.flagged), valid: lines(fields.clean) },
    },
  });
}

export function neverSendEntryFrom(phrase: string, reason: string): EntryResult {
  const trimmed = phrase.trim();
  return check({ id: `never-${slugOf(trimmed) || 'phrase'}`, kind: 'never_send', payload: { phrase: trimmed, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
}

export function approvedEntryFrom(text: string, rewrite: string, blockers: readonly { text: string }[]): EntryResult {
  if (blockers.length > 0) return { ok: false, problems: [`the rewrite still deflects: ${blockers.map((b) => `“${b.text}”`).join(', ')}`] };
  const trimmed = text.trim();
  return check({ id: `approved-${slugOf(trimmed).slice(0, 40) || 'macro'}`, kind: 'approved_rewrite', payload: { text: trimmed, rewrite: rewrite.trim() } });
}
