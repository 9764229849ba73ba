import { BLAME_SHIFT } from './blame-shift';
import { CONDESCENSION } from './condescension';
import { HOLLOW_CLOSER } from './hollow-closer';
import { HOLLOW_EMPATHY } from './hollow-empathy';
import { PASSIVE_EVASION } from './passive-evasion';
import { POLICY_WALL } from './policy-wall';
import { PREMATURE_CLOSE } from './premature-close';
import { REDIRECT } from './redirect';
import type { RuleInput } from './schema';
import { VAGUE_TIMELINE } from './vague-timeline';

// The deflection catalog: one file per category, each a list of rules (data). Adding a rule
// touches its category file only; the generic test runs its examples.
//
// How to add a rule:
//   1. Pick the category file (redirect.ts, policy-wall.ts, …) and add an object with a stable
//      id "<category>.<what-it-catches>", the category, and patterns in the token pattern
//      language (pattern.ts header): lemmas, `word?`, `(a | b c)`, `…{0,3}`, entity classes
//      (PARTY, ORG, TEAM, NAME, AMOUNT, TIME_CONCRETE, TIME_VAGUE …) and shared macros
//      (@urge, @contact_verb, @party …, lexicon.ts). A pattern needs one fairly rare word or
//      class to anchor on, or compile fails.
//   2. Add exceptions (shared names from lexicon.ts, like 'rep-own-action', or inline
//      { why, patterns, scope, window }) for the clean uses TAXONOMY §1a describes.
//   3. Write the message (why it hurts) and 1–3 rewrites; every {slot} needs a fallback
//      ({partner|them}, {followup_time|by the end of tomorrow}); a rewrite must leave its
//      sentence clean (tests/analysis/catalog.test.ts checks).
//   4. Give examples: invalid sentences that must get this category, valid ones (hard
//      negatives) that must not. `npx vitest run tests/analysis/catalog.test.ts`.

export const CATALOG: RuleInput[] = [
  ...REDIRECT,
  ...BLAME_SHIFT,
  ...POLICY_WALL,
  ...HOLLOW_EMPATHY,
  ...HOLLOW_CLOSER,
  ...PASSIVE_EVASION,
  ...VAGUE_TIMELINE,
  ...CONDESCENSION,
  ...PREMATURE_CLOSE,
];
