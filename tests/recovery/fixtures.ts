import { SIGNAL_IDS, SITUATION_IDS, type SignalId, type SituationId } from '../../lib/analysis/taxonomy';
import type { CustomerAnalysis, ReplyContext } from '../../lib/analysis/types';
import type { RecoveryInput, RemedyLimits } from '../../lib/analysis/recovery';

// Shared inputs for the recovery tests and the benchmark.

export const ALL_REMEDIES: RemedyLimits = {
  refund: true,
  discountMaxPercent: 20,
  freeExpeditedShipping: true,
  replacement: true,
  accountCredit: { maxAmount: 100, currency: 'USD' },
};

export const NO_REMEDIES: RemedyLimits = {
  refund: false,
  discountMaxPercent: 0,
  freeExpeditedShipping: false,
  replacement: false,
  accountCredit: { maxAmount: 0, currency: 'USD' },
};

/** Wednesday 2026-03-11, 10:00 in Berlin. */
export const WEDNESDAY_MORNING = Date.parse('2026-03-11T09:00:00Z');

export function analysis(situations: readonly SituationId[], signals: readonly SignalId[] = []): CustomerAnalysis {
  // Evidence spans are not read by the composer (it reads the message itself), so a placeholder span will do.
  return {
    situations: situations.map((id) => ({ id, start: 0, end: 0, text: '' })),
    signals: signals.map((id) => ({ id, start: 0, end: 0, text: '' })),
  };
}

// One realistic sentence per situation and signal, so facts (partner, event, amount, size…) are there to use.
export const SITUATION_TEXT: Record<SituationId, string> = {
  our_mistake: 'You sent me the wrong size jacket.',
  partner_error: 'I booked the car through Expedia and they sent me to the wrong pickup address.',
  out_of_stock: 'The trail shoes I want are not in stock in size 44.',
  late_delivery: 'My order was supposed to arrive Monday and it still has not come.',
  billing_error: 'You charged me $49.99 twice this month.',
  late_payment: 'I paid the invoice four days late and got charged a $35 late fee.',
  outage: 'Your dashboard has been down all morning and we cannot run reports.',
  account_access: 'I am locked out of my account after changing phones.',
  cancellation: 'Please cancel my subscription.',
  general: 'How do I export my contacts?',
};

export const SIGNAL_TEXT: Record<SignalId, string> = {
  deadline: 'I need it for my wedding on Saturday.',
  repeat_contact: 'This is the third time I am writing about this.',
  high_emotion: 'This is completely unacceptable!!',
  money_at_stake: 'It already cost me $120.',
  loyal_customer: 'I have been a customer for twelve years.',
  churn_risk: 'I am ready to take my business elsewhere.',
};

export function input(
  situations: readonly SituationId[],
  signals: readonly SignalId[] = [],
  context: ReplyContext = {},
  remedies: RemedyLimits = ALL_REMEDIES,
): RecoveryInput {
  return {
    customer: analysis(situations, signals),
    customerText: [...situations.map((s) => SITUATION_TEXT[s]), ...signals.map((s) => SIGNAL_TEXT[s])].join(' '),
    context: {
      customerName: 'Maya Lopez',
      repName: 'Dana Whitfield',
      company: 'Harbor Outfitters',
      now: WEDNESDAY_MORNING,
      timeZone: 'Europe/Berlin',
      ...context,
    },
    settings: { remedies },
  };
}

/** Every subset of the signals (64), for "combinations with every signal". */
export function signalSubsets(): SignalId[][] {
  const subsets: SignalId[][] = [];
  for (let mask = 0; mask < 1 << SIGNAL_IDS.length; mask += 1) {
    subsets.push(SIGNAL_IDS.filter((_, i) => mask & (1 << i)));
  }
  return subsets;
}

export { SIGNAL_IDS, SITUATION_IDS };
