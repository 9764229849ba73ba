import { z } from 'zod';
import { RuleSchema } from '../../analysis/catalog/schema';
import { RowStamps } from './common';

// A team playbook entry (issue 7 item 4). A team rule is validated by the built-in catalog's
// own rule schema (lib/analysis/catalog/schema.ts), so a playbook rule is exactly as strict as
// a shipped one: id shaped like its category, patterns, message, rewrites whose slots all have
// fallbacks, and its own valid/invalid examples. (Whether a pattern would match everything is
// the compiler's call, lib/analysis, made by the options page before it saves.)

const Phrase = z.string().trim().min(1).max(2000);

export const RulePayload = RuleSchema.superRefine((rule, ctx) => {
  // The catalog's PatternString allows a blank pattern; a team's blank line must not become a
  // pattern (issue 7: "an empty pattern … refused as a whole").
  rule.patterns.forEach((pattern, index) => {
    if (pattern.trim() === '') ctx.addIssue({ code: 'custom', path: ['patterns', index], message: 'an empty pattern' });
  });
});

export const ApprovedRewritePayload = z.strictObject({
  /** The canned text as the team sends it today. */
  text: Phrase,
  rewrite: z.string().min(1).max(20_000),
  /** The flag group it came from, when approved in the review queue. */
  groupKey: z.string().min(1).max(512).optional(),
});

export const NeverSendPayload = z.strictObject({
  phrase: Phrase,
  reason: z.string().max(1000).optional(),
});

export const PlaybookSource = z.enum(['local', 'import', 'managed']);
export type PlaybookSource = z.infer<typeof PlaybookSource>;

const Base = { ...RowStamps, source: PlaybookSource };

export const PlaybookRecord = z.discriminatedUnion('kind', [
  z.strictObject({ ...Base, kind: z.literal('rule'), payload: RulePayload }),
  z.strictObject({ ...Base, kind: z.literal('approved_rewrite'), payload: ApprovedRewritePayload }),
  z.strictObject({ ...Base, kind: z.literal('never_send'), payload: NeverSendPayload }),
]);
export type PlaybookRecord = z.infer<typeof PlaybookRecord>;
export type PlaybookKind = PlaybookRecord['kind'];
