import type { SignalId, SituationId, TierId } from '../taxonomy';
import type { CustomerAnalysis, ReplyContext } from '../types';

// Shapes of the recovery composer (TAXONOMY §4). Plain types, no zod: lib/analysis imports
// nothing outside itself, and the settings that feed RemedyLimits are validated by
// lib/settings/schema.ts before they get here.

/** The remedies the team allows, with their limits. A remedy that is off is never offered. */
export interface RemedyLimits {
  refund: boolean;
  /** Highest discount on a next order, 0–100 %. 0 means no discount. */
  discountMaxPercent: number;
  freeExpeditedShipping: boolean;
  replacement: boolean;
  /** Highest account credit the rep may grant; 0 means none. */
  accountCredit: { maxAmount: number; currency: string };
}

export interface RecoverySettings {
  remedies: RemedyLimits;
  /** The rep's own sign-off ("Best", "Warm regards"); empty means one matching the tone. */
  signOff?: string;
}

export interface RecoveryInput {
  customer: CustomerAnalysis;
  /** The customer's message, for their own words: the item, the event, the amount. */
  customerText: string;
  context: ReplyContext;
  settings: RecoverySettings;
}

/** The building blocks of a reply (TAXONOMY §4, DESIGN "Where the ideas come from"). */
export type StepId =
  | 'greeting'
  | 'acknowledge'
  | 'history'
  | 'own'
  | 'fix'
  | 'alternative'
  | 'remedy'
  | 'escalate'
  | 'prevent'
  | 'follow_up'
  | 'churn'
  | 'check_in'
  | 'sign_off';

export interface RecoveryStep {
  id: StepId;
  text: string;
}

export interface RecoveryReply {
  tier: TierId;
  text: string;
  /** One line for the collapsed card in the sidebar. */
  summary: string;
  steps: RecoveryStep[];
  /** Present when the reply promises a dated check-in and the clock was given. */
  followUp?: { dueAt: number; text: string };
}

export type RecoverySet = Record<TierId, RecoveryReply>;

export type { SignalId, SituationId };
