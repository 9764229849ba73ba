import { z } from 'zod';

// The fixed vocabulary of ../shared/TAXONOMY.md. Ids are a contract shared with the stats,
// the exports and every test: add, never rename or reuse.

export const CATEGORY_IDS = [
  'redirect',
  'blame_shift',
  'policy_wall',
  'hollow_empathy',
  'hollow_closer',
  'passive_evasion',
  'vague_timeline',
  'condescension',
  'premature_close',
] as const;
export const CategoryId = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof CategoryId>;

export const SITUATION_IDS = [
  'our_mistake',
  'partner_error',
  'out_of_stock',
  'late_delivery',
  'billing_error',
  'late_payment',
  'outage',
  'account_access',
  'cancellation',
  'general',
] as const;
export const SituationId = z.enum(SITUATION_IDS);
export type SituationId = z.infer<typeof SituationId>;

export const SIGNAL_IDS = [
  'deadline',
  'repeat_contact',
  'high_emotion',
  'money_at_stake',
  'loyal_customer',
  'churn_risk',
] as const;
export const SignalId = z.enum(SIGNAL_IDS);
export type SignalId = z.infer<typeof SignalId>;

export const TIER_IDS = ['minimal', 'customer_focused', 'try_harder'] as const;
export const TierId = z.enum(TIER_IDS);
export type TierId = z.infer<typeof TierId>;
