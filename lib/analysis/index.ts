import { classifyCustomerText } from './classify-customer';
import { analyzeWith, getEngine } from './engine';
import { addLearnedSituations } from './learned/customer';
import { stackFindings } from './learned/drafts-stack';
import { STACK_THRESHOLDS } from './learned/drafts-stack-weights';
import { primeDraftSentences, unitsFrom } from './learned/drafts-units';
import type { Segments } from './segment';
import type { Tokens } from './tokenize';
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

// The tokens and sentences analyzeWith hands to keepPrepared during one analyzeDraft call: one
// function made once instead of a closure and an array per call.
let preparedTok: Tokens | undefined;
let preparedSeg: Segments | undefined;
function keepPrepared(tok: Tokens, seg: Segments): void {
  preparedTok = tok;
  preparedSeg = seg;
}

/**
 * Findings and the ownership score of a rep's draft (quoted history and signature left out):
 * the rules' findings, then the stacked sentence model (learned/drafts-stack.ts), which reads
 * each sentence's words beside what the rules said and drops rule findings it rejects and adds
 * whole-sentence findings the rules missed (also in a draft the rules leave clean, by the
 * weights' clean bars, never in a sentence where the rep owns the work: drafts-ownership.ts).
 * The rules fit the wording they were tuned on; the model, trained on text the rules never saw,
 * catches more of the long tail of wording nobody wrote a pattern for (README "Status and known
 * gaps").
 */
export function analyzeDraft(text: string, ctx?: ReplyContext): DraftAnalysis {
  const draft = asText(text);
  // The learned layer reads the sentences the engine already found (no second tokenization),
  // also in a draft the rules leave clean, where clean bars (if the weights have them) may add
  // findings; without them such a draft is returned unread (stackFindings).
  preparedTok = undefined;
  preparedSeg = undefined;
  const rules = analyzeWith(getEngine(), draft, ctx, keepPrepared);
  const tok = preparedTok;
  const seg = preparedSeg;
  // Not held past this call (a draft's tokens can be large).
  preparedTok = undefined;
  preparedSeg = undefined;
  // Without clean bars (weights trained with CLEAN_ADDS off) a draft the rules leave clean
  // cannot change, so its sentence units are not even built (this runs on every keystroke).
  if (rules.findings.length === 0 && !STACK_THRESHOLDS.clean) return rules;
  // Still this draft's tokens: nothing has been prepared since.
  if (tok && seg) primeDraftSentences(draft, unitsFrom(draft, tok, seg));
  return stackFindings(draft, rules, ctx);
}

/**
 * Situations and signals in a customer's message, each with its evidence: the cue catalog's,
 * adjusted by the word model (learned/customer.ts), which adds situations it is confident of
 * and drops ones it strongly rejects.
 */
export function classifyCustomer(text: string): CustomerAnalysis {
  const message = asText(text);
  return addLearnedSituations(message, classifyCustomerText(message));
}

/** Callers from plain JavaScript (the CLI, message handlers) may pass anything. */
function asText(text: unknown): string {
  return typeof text === 'string' ? text : String(text ?? '');
}
