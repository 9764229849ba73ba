import type { CategoryId, SignalId, SituationId, TierId } from '@/lib/analysis/taxonomy';
import type { PageContextSchema } from '@/lib/messaging/protocol';
import type { z } from 'zod';

// Plain words for the taxonomy ids (../shared/TAXONOMY.md). The ids stay in data-* attributes
// for tests and statistics; the rep reads these.

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  redirect: 'Sends the customer elsewhere',
  blame_shift: 'Shifts the blame',
  policy_wall: 'Hides behind policy',
  hollow_empathy: 'Hollow empathy',
  hollow_closer: 'Reflex closer',
  passive_evasion: 'Passive voice hides who acts',
  vague_timeline: 'No owner or time',
  condescension: 'Talks down',
  premature_close: 'Closes too early',
};

export const SITUATION_LABELS: Record<SituationId, string> = {
  our_mistake: 'Our mistake',
  partner_error: 'Partner got it wrong',
  out_of_stock: 'Out of stock',
  late_delivery: 'Late or missing',
  billing_error: 'Billing error',
  late_payment: 'Late payment',
  outage: 'Outage',
  account_access: 'Account access',
  cancellation: 'Wants to cancel',
  general: 'General question',
};

export const SIGNAL_LABELS: Record<SignalId, string> = {
  deadline: 'Deadline',
  repeat_contact: 'Repeat contact',
  high_emotion: 'Upset',
  money_at_stake: 'Money at stake',
  loyal_customer: 'Loyal customer',
  churn_risk: 'May leave',
};

export const TIER_LABELS: Record<TierId, string> = {
  minimal: 'Fix it',
  customer_focused: 'Solve their need',
  try_harder: 'Try harder',
};

type ContextPart = z.infer<typeof PageContextSchema>['unreadable'][number];

export const UNREADABLE_LABELS: Record<ContextPart, string> = {
  editor: 'the reply editor',
  customerMessage: "the customer's message",
  customerName: "the customer's name",
  customerEmail: "the customer's email",
  ticketId: 'the ticket number',
  sendAction: 'the send button',
};

/** "a, b and c" — for the "can't read" line. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
