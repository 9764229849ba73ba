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
