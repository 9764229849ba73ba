import { z } from 'zod';
import { CategoryId, SignalId, SituationId } from '../taxonomy';
import { templateProblems } from '../template';

// The catalog's shape. Rules are DATA: adding a deflection pattern touches a catalog file and
// its examples, never the engine (STYLE.md habit 3). The same schema validates a team playbook
// imported later, so everything here is plain JSON-able data.

export const PatternString = z.string().min(1).max(4000);

/** Where an exception's patterns are looked for, relative to the match. */
export const ExceptionScope = z.enum([
  'clause', //   the clause(s) holding the match
  'sentence', // the whole sentence holding the match
  'before', //   earlier in the sentence, and `window` sentences before
  'after', //    later in the sentence, and `window` sentences after
  'around', //   before and after
  'draft', //    anywhere in the analyzed draft
]);
export type ExceptionScope = z.infer<typeof ExceptionScope>;

export const ExceptionSchema = z.object({
  /** Why this makes the match clean, with its source (e.g. TAXONOMY §1a). */
  why: z.string().min(5),
  patterns: z.array(PatternString).min(1),
  scope: ExceptionScope,
  /** Sentences looked at before/after the match's sentence (before/after/around). */
  window: z.number().int().min(0).max(4).default(1),
});
export type Exception = z.infer<typeof ExceptionSchema>;

export const Template = z.string().min(3).max(400).superRefine((t, ctx) => {
  for (const p of templateProblems(t)) ctx.addIssue({ code: 'custom', message: `${p} in "${t}"` });
});

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids look like redirect.contact-third-party'),
  category: CategoryId,
  /** Token patterns (see lib/analysis/pattern.ts); any one matching is a hit. */
  patterns: z.array(PatternString).min(1),
  /** Named shared exceptions (lexicon.exceptions) or inline ones. */
  exceptions: z.array(z.union([z.string(), ExceptionSchema])).default([]),
  /** Shown to the rep: why it hurts. */
  message: z.string().min(10).max(400),
  /** 1–3 ownership rewrites of the finding's span, with slots that all have fallbacks. */
  rewrites: z.array(Template).min(1).max(3),
  examples: z.object({
    /** Each must produce a finding of this rule's category. */
    invalid: z.array(z.string().min(1)).min(1),
    /** Each must produce no finding of this rule's category. */
    valid: z.array(z.string().min(1)).min(1),
  }),
});
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;

export const LexiconSchema = z.object({
  /** Named sub-patterns, used as @name. */
  macros: z.record(z.string().regex(/^[a-z_]+$/), PatternString),
  /** Named exceptions shared by several rules. */
  exceptions: z.record(z.string().regex(/^[a-z-]+$/), ExceptionSchema),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Entities tagged before rules run; a later group may use an earlier group's classes. */
export const EntityGroupSchema = z.object({
  name: z.string().regex(/^[A-Z][A-Z_]+$/),
  patterns: z.array(PatternString).min(1),
  examples: z.object({ match: z.array(z.string()).min(1), noMatch: z.array(z.string()).default([]) }),
});
export type EntityGroup = z.infer<typeof EntityGroupSchema>;

/** Customer-side cues: situations and signals, with their own examples. */
export const CueSchema = z.object({
  id: z.string().regex(/^[a-z_]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: z.enum(['situation', 'signal']),
  label: z.union([SituationId, SignalId]),
  patterns: z.array(PatternString).min(1),
  /** Patterns in the same sentence that cancel the cue ("how do I downgrade" is not cancellation). */
  unless: z.array(PatternString).default([]),
  /** Dropped when one of these labels is also found (a generic "wrong address" is the partner's when a partner erred). */
  yieldsTo: z.array(z.union([SituationId, SignalId])).default([]),
  /** Counts only when one of these also occurs somewhere in the message (a partner's error needs a partner in it). */
  needsInMessage: z.array(PatternString).default([]),
  /** Not when the words just before the match narrate the past ("I ordered it on Monday" names no coming need). */
  notPast: z.boolean().default(false),
  examples: z.object({ positive: z.array(z.string()).min(1), negative: z.array(z.string()).default([]) }),
}).superRefine((c, ctx) => {
  const ok = c.kind === 'situation' ? SituationId.safeParse(c.label).success : SignalId.safeParse(c.label).success;
  if (!ok) ctx.addIssue({ code: 'custom', message: `${c.label} is not a ${c.kind}` });
});
export type Cue = z.infer<typeof CueSchema>;

/** A weighted lexicon for one situation (see catalog/customer-lexicons.ts). */
export const CueLexiconSchema = z.object({
  label: SituationId,
  /** Weight one sentence must gather from distinct cue words to add the situation. */
  threshold: z.number().positive(),
  /** Lemma, word form, short phrase ("sold out") or entity class (PARTY, AMOUNT) → weight. */
  weights: z.record(z.string().min(1), z.number()),
  /** Words that make a sentence not count for this situation. */
  unless: z.array(z.string().min(1)).default([]),
  /** When given, the sentence must hold one of these too (something went wrong). */
  requireAny: z.array(z.string().min(1)).default([]),
  examples: z.object({ positive: z.array(z.string()).min(1), negative: z.array(z.string()).default([]) }),
});
export type CueLexicon = z.infer<typeof CueLexiconSchema>;

export const CatalogSchema = z.array(RuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}` });
    seen.add(r.id);
    if (!r.id.startsWith(r.category.replace(/_/g, '-') + '.') && !r.id.startsWith(r.category + '.')) {
      ctx.addIssue({ code: 'custom', message: `rule ${r.id} should start with its category ${r.category}` });
    }
  }
});
