import { CATALOG } from '../catalog';
import { slotsFromContext } from '../slots';
import type { CategoryId } from '../taxonomy';
import { fillTemplate } from '../template';
import type { Finding, ReplyContext } from '../types';
import type { SentenceUnit } from './drafts-units';

// A learned finding as the rep sees it: a whole sentence unit, with the message and rewrites of
// its category's most general rule. Used by the stacked layer (drafts-stack.ts); holds no
// weights, so the tests and scripts can build findings without bundling the model.

/**
 * The rule whose message and rewrites a learned finding borrows: the category's most general
 * rule (its message speaks of the category, not of one phrase; its rewrites fit any sentence).
 */
export const GENERAL_RULE: Record<CategoryId, string> = {
  redirect: 'redirect.contact-third-party',
  blame_shift: 'blame_shift.not-our-fault',
  policy_wall: 'policy_wall.unable-to',
  hollow_empathy: 'hollow_empathy.understand-frustration',
  hollow_closer: 'hollow_closer.anything-else',
  passive_evasion: 'passive_evasion.mistakes-were-made',
  vague_timeline: 'vague_timeline.working-on-it',
  condescension: 'condescension.as-you-know',
  premature_close: 'premature_close.closing-ticket',
};

/** A learned finding's ruleId: "<category>.learned", so statistics tell it from the rules'. */
export const learnedRuleId = (category: CategoryId): string => `${category}.learned`;

const RULE_BY_ID = new Map(CATALOG.map((r) => [r.id, r]));

/** Filled rewrite -> its text as a learned finding shows it, without (CUT) and with its closing punctuation. */
const CUT = new Map<string, string>();
const WHOLE = new Map<string, string>();
/** Texts remembered per map before it starts over (the fills vary only with the reply context). */
const REWRITES_CACHED = 1000;

/** A filled rewrite capitalized, its closing "." or "!" dropped when the sentence's own follows: the same filled text always gives the same (a draft's findings share few). */
function rewriteText(filled: string, cut: boolean): string {
  const memo = cut ? CUT : WHOLE;
  let text = memo.get(filled);
  if (text !== undefined) return text;
  const out = cut ? filled.replace(/[.!]+$/, '') : filled;
  text = out.length > 0 ? out[0]!.toUpperCase() + out.slice(1) : out;
  if (memo.size >= REWRITES_CACHED) memo.clear();
  memo.set(filled, text);
  return text;
}

/** A model finding on a whole sentence unit, with its category's general rule's message and rewrites. */
export function learnedFinding(text: string, pick: { unit: SentenceUnit; category: CategoryId }, ctx: ReplyContext | undefined): Finding {
  const rule = RULE_BY_ID.get(GENERAL_RULE[pick.category]);
  const slots = slotsFromContext(ctx ?? {});
  // The span stops before the sentence's closing punctuation (. ! ?), which stays in the draft.
  const after = text.charCodeAt(pick.unit.end);
  const cut = after === 46 || after === 33 || after === 63;
  const rewrites = (rule?.rewrites ?? []).map((tpl, i) => ({ id: `r${i + 1}`, text: rewriteText(fillTemplate(tpl, slots), cut) }));
  return {
    ruleId: learnedRuleId(pick.category),
    category: pick.category,
    start: pick.unit.start,
    end: pick.unit.end,
    text: pick.unit.text,
    message: rule?.message ?? `Reads like a ${pick.category.replace('_', ' ')}.`,
    rewrites,
  };
}

