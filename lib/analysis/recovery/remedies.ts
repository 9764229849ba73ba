import type { SituationId, TierId } from '../taxonomy';
import type { CustomerFacts } from './facts';
import { SITUATION_LINES, type Phrasing } from './situations';
import type { RemedyLimits } from './types';

// Remedies in proportion to the stakes, and only those the team allows (settings). A disabled
// remedy is never offered and a limit is never exceeded: the discount is at most
// discountMaxPercent and the credit at most accountCredit.maxAmount.

export type RemedyKind = 'expedite' | 'replacement' | 'refund' | 'credit' | 'discount';

export interface RemedyOffer {
  kind: RemedyKind;
  /** A clause after "To make up for this, ": "I'm upgrading your delivery to express at no cost". */
  clause: string;
  /** Short form for the summary line. */
  summary: string;
}

export interface RemedyInput {
  tier: TierId;
  stakes: number;
  situations: SituationId[];
  hasDeadline: boolean;
  moneyAtStake: boolean;
  facts: CustomerFacts;
  phrasing: Phrasing;
  limits: RemedyLimits;
}

// Intl.NumberFormat is costly to create; one per currency (no clock, no randomness).
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2, minimumFractionDigits: 0 });
    } catch {
      format = null;
    }
    moneyFormats.set(currency, format);
  }
  const rounded = Math.floor(amount * 100) / 100;
  return format ? format.format(rounded) : `${rounded} ${currency}`;
}

/** The discount for these stakes: the full allowance for the worst cases, part of it otherwise. */
export function discountFor(stakes: number, maxPercent: number): number {
  if (!(maxPercent >= 1)) return 0;
  const ceiling = Math.floor(maxPercent);
  if (stakes >= 6) return ceiling;
  const share = Math.floor(ceiling * (stakes >= 4 ? 0.75 : 0.5));
  // Round to a multiple of five where that still leaves something ("10%", not "11%").
  const rounded = share >= 5 ? Math.floor(share / 5) * 5 : share;
  return Math.min(ceiling, Math.max(1, rounded));
}

function creditFor(input: RemedyInput): number {
  const { maxAmount, currency } = input.limits.accountCredit;
  if (!(maxAmount > 0)) return 0;
  const { amountValue, amountCurrency, amountAtRisk } = input.facts;
  // An amount the customer has not paid yet (a taxi fare quoted) is covered by the fix, not
  // matched as a loss; the credit is then goodwill in proportion to the stakes.
  // Cover what the customer lost when we know it in the team's currency; otherwise the allowance.
  if (!amountAtRisk && amountValue !== undefined && amountValue > 0 && amountCurrency === currency) return Math.min(amountValue, maxAmount);
  return input.stakes >= 6 ? maxAmount : Math.min(maxAmount, Math.max(1, Math.floor(maxAmount / 2)));
}

function expediteOffer(): RemedyOffer {
  return { kind: 'expedite', clause: "I'm upgrading the delivery to express at no cost to you", summary: 'free express delivery' };
}

export function chooseRemedies(input: RemedyInput): RemedyOffer[] {
  const { tier, limits, situations, stakes } = input;
  if (tier === 'minimal') return [];
  const lines = situations.map((s) => SITUATION_LINES[s]);
  const ships = lines.some((l) => l.ships(input.phrasing)) && input.facts.physical === true;
  const nextPurchase = lines[0]?.nextPurchase(input.phrasing) ?? 'your next order';
  const refundable = lines.find((l) => l.refundable)?.refundable?.(input.phrasing);
  const offers: RemedyOffer[] = [];

  const coverMoney = (): RemedyOffer | undefined => {
    const credit = creditFor(input);
    if (credit > 0) {
      const amount = formatMoney(credit, limits.accountCredit.currency);
      return { kind: 'credit', clause: `I've added a credit of ${amount} to your account`, summary: `${amount} account credit` };
    }
    if (limits.refund && refundable) {
      return { kind: 'refund', clause: `I'm refunding ${refundable}`, summary: `refund ${refundable}` };
    }
    return undefined;
  };
  const discount = (): RemedyOffer | undefined => {
    const percent = discountFor(stakes, limits.discountMaxPercent);
    if (percent <= 0) return undefined;
    return { kind: 'discount', clause: `I've taken ${percent}% off ${nextPurchase}`, summary: `${percent}% off ${nextPurchase}` };
  };

  if (tier === 'customer_focused') {
    // One remedy, and only when the stakes call for it: the customer's need is the point here.
    if (stakes < 4) return [];
    const first =
      (input.hasDeadline && ships && limits.freeExpeditedShipping ? expediteOffer() : undefined) ??
      (input.moneyAtStake && !lines.some((l) => l.fixReturnsMoney) ? coverMoney() : undefined) ??
      discount();
    return first ? [first] : [];
  }

  // try_harder: make it right for the context.
  if (ships && limits.freeExpeditedShipping && (input.hasDeadline || situations.includes('late_delivery') || situations.includes('out_of_stock'))) {
    offers.push(expediteOffer());
  }
  if (ships && limits.replacement && (situations.includes('our_mistake') || situations.includes('late_delivery'))) {
    offers.push({
      kind: 'replacement',
      clause: situations.includes('our_mistake') && SITUATION_LINES.our_mistake.ships(input.phrasing)
        ? "I'm sending the right one out today, and you don't need to send anything back"
        : "I'm sending a replacement out today, so you're not waiting on the first one",
      summary: 'replacement today',
    });
  }
  const fixReturnsMoney = lines.some((l) => l.fixReturnsMoney);
  if ((input.moneyAtStake || stakes >= 5) && !fixReturnsMoney) {
    const cover = coverMoney();
    if (cover) offers.push(cover);
  }
  if (offers.length < 3 && (stakes >= 3 || offers.length === 0)) {
    const goodwill = discount();
    if (goodwill) offers.push(goodwill);
  }
  return offers.slice(0, 3);
}
