import { z } from 'zod';
import { CategoryId } from '../../analysis/taxonomy';
import { RowStamps } from './common';

// A team playbook entry (issue 7 item 4).
//
// NOTE (2026-11-22): the rule payload is a MINIMAL shape defined here because the built-in
// catalog's rule schema (engineer A, lib/analysis) has not landed yet. It is a loose object so
// a richer rule written by the options page survives; once lib/analysis exports its rule
// schema, RulePayload becomes that schema and the playbook is validated exactly like the
// catalog (issue 7: "validated by the same zod schema as the built-in catalog").

const Phrase = z.string().trim().min(1).max(2000);

export const RulePayload = z.looseObject({
  category: CategoryId,
  message: z.string().min(1).max(1000),
  /** Phrases to find; an empty one would match every draft. */
  patterns: z.array(Phrase).min(1),
  rewrites: z.array(z.string().min(1).max(2000)).default([]),
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
