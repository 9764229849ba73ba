import { classifyCustomerText } from './classify-customer';
import { analyzeWith, getEngine } from './engine';
import type { CustomerAnalysis, DraftAnalysis, ReplyContext } from './types';

// Public API of the analyzer. Pure: strings in, data out; no DOM, clock or randomness.

export type { CustomerAnalysis, DraftAnalysis, Evidence, Finding, ReplyContext, Rewrite, Span } from './types';
export { CATEGORY_IDS, SIGNAL_IDS, SITUATION_IDS, TIER_IDS } from './taxonomy';
export type { CategoryId, SignalId, SituationId, TierId } from './taxonomy';
export { CATALOG } from './catalog';
export { LEXICON } from './catalog/lexicon';
export { ENTITY_GROUPS } from './catalog/entities';
export { CUES } from './catalog/customer';
export {
  CatalogSchema,
  CueSchema,
  EntityGroupSchema,
  ExceptionSchema,
  LexiconSchema,
  RuleSchema,
  type Cue,
  type Exception,
  type Lexicon,
  type Rule,
  type RuleInput,
} from './catalog/schema';
export { buildEngine, analyzeWith, type Engine } from './engine';
export { fillTemplate, SLOT_NAMES, templateProblems, type SlotName, type Slots } from './template';
export { slotsFromContext } from './slots';
export { BASE_SCORE, CATEGORY_WEIGHTS, scoreDraft } from './score';
export { cleanDraft } from './clean';
export { tokenize } from './tokenize';

/** Findings and the ownership score of a rep's draft (quoted history and signature left out). */
export function analyzeDraft(text: string, ctx?: ReplyContext): DraftAnalysis {
  return analyzeWith(getEngine(), text, ctx);
}

/** Situations and signals in a customer's message, each with its evidence. */
export function classifyCustomer(text: string): CustomerAnalysis {
  return classifyCustomerText(text);
}
