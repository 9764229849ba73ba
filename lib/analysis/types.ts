import type { CategoryId, SignalId, SituationId } from './taxonomy';

// Result shapes of the analyzer. Offsets are UTF-16 code units into the ORIGINAL text passed
// in (as JavaScript strings count), half-open [start, end), so the sidebar can map a finding
// back onto the editor's text without re-deriving anything.

export interface Span {
  start: number;
  end: number;
}

/** One ownership rewrite offered for a finding, already filled from the context given. */
export interface Rewrite {
  /** Template id within the rule, stable, for statistics (which rewrite was applied). */
  id: string;
  /** Replacement text for the finding's span. */
  text: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: CategoryId;
  /** The exact words of the draft in [start, end). */
  text: string;
  /** Why it hurts, for the rep. */
  message: string;
  rewrites: Rewrite[];
}

export interface DraftAnalysis {
  findings: Finding[];
  /** Ownership score 0–100, higher is better. */
  score: number;
  /** The part of the draft that was analyzed (quoted history and signature excluded). */
  analyzedSpan: Span;
}

export interface Evidence<Id extends string> extends Span {
  id: Id;
  /** The customer's own words that triggered it. */
  text: string;
}

export interface CustomerAnalysis {
  situations: Evidence<SituationId>[];
  signals: Evidence<SignalId>[];
}

/**
 * What the page and the settings tell us, used to fill rewrite and recovery templates.
 * Every field is optional: where a value is unknown the wording adapts, and no slot is ever
 * left unfilled. `now` is passed in because lib/analysis never reads the clock.
 */
export interface ReplyContext {
  customerName?: string;
  repName?: string;
  company?: string;
  /** A partner named in the draft or the customer's message ("Expedia", "the courier"). */
  partner?: string;
  orderId?: string;
  ticketId?: string;
  /** Epoch milliseconds. Without it, times are worded relatively ("by the end of tomorrow"). */
  now?: number;
  /** IANA time zone of the rep, e.g. "Europe/Berlin". */
  timeZone?: string;
  /** Business hours in the rep's time zone, 24 h clock, e.g. { start: 9, end: 17, days: [1,2,3,4,5] }. */
  businessHours?: { start: number; end: number; days: number[] };
  tone?: 'warm' | 'formal';
}
