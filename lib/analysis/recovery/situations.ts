import type { SituationId } from '../taxonomy';
import type { AwaitedKind, CustomerFacts } from './facts';

// What each situation contributes to a reply, step by step (TAXONOMY §4). Sentences are written
// in the warm register (tone.ts derives the formal one) and in the first person: the rep acts,
// names times, and owns what a partner did on our behalf (DESIGN "Take ownership").
//
// Wording rules every line here follows, because the composed reply must be clean under OwnUp's
// own analyzer (TAXONOMY §1): no sending the customer elsewhere, no fault pointed away from us,
// no policy, no generic sympathy, no "anything else?", no passive "has been escalated", and no
// promise without a time — a future action carries `p.by` ("by 3 pm today").

export interface Phrasing {
  facts: CustomerFacts;
  /** A concrete time for the next step, e.g. "by 3 pm today" or "within the next four business hours". */
  by: string;
  orderRef?: string;
  /** The team allows refunds: money taken in error goes back to the card, not onto an invoice. */
  refunds: boolean;
}

export interface SituationLines {
  /** After "I'm sorry": what happened, said as ours. Undefined when nothing went wrong. */
  happened?: (p: Phrasing) => string;
  /** Ownership without blame, in one sentence. */
  own?: (p: Phrasing) => string;
  /** The fix of what was asked (minimal tier). */
  fix: (p: Phrasing) => string;
  /** Short form of the fix for the one-line summary. */
  fixSummary: (p: Phrasing) => string;
  /** The customer's real need, even where it is not our sale (customer_focused tier). */
  alternative?: (p: Phrasing) => string;
  /** What changes so it does not happen again (try_harder tier). */
  prevent?: (p: Phrasing) => string;
  /** A real question in place of "anything else?". */
  checkIn: (p: Phrasing) => string;
  /** What the dated follow-up makes sure of: "I'll check in … to make sure ___". */
  followUpGoal: (p: Phrasing) => string;
  /** How much this situation alone puts at stake (0–3), before signals. */
  baseStakes: number;
  /** What a goodwill discount applies to. */
  nextPurchase: (p: Phrasing) => string;
  /** What a goodwill refund would cover here, when the team allows refunds. */
  refundable?: (p: Phrasing) => string;
  /** Whether faster shipping or a replacement can help. */
  ships: (p: Phrasing) => boolean;
  /** The fix itself gives the customer's money back (a wrong charge, a fee), so no second cover. */
  fixReturnsMoney?: boolean;
}

const partnerName = (p: Phrasing): string => p.facts.partner ?? 'our booking partner';
const orderNoun = (p: Phrasing): string => p.facts.orderNoun ?? 'order';
const orderName = (p: Phrasing): string => (p.orderRef ? `${orderNoun(p)} ${p.orderRef}` : `your ${orderNoun(p)}`);
const itemName = (p: Phrasing, fallback: string): string => (p.facts.item ? `the ${p.facts.item}` : fallback);
const them = (p: Phrasing): string => (p.facts.itemIsPlural ? 'them' : 'it');
const inSize = (p: Phrasing): string => (p.facts.size ? ` in size ${p.facts.size}` : '');
/** What was late: what the customer named, else a shipment only when goods are involved. */
export const lateKind = (p: Phrasing): AwaitedKind => p.facts.awaited?.kind ?? (p.facts.physical ? 'shipment' : 'service');
const awaitedName = (p: Phrasing): string => p.facts.awaited?.name ?? 'what you were waiting for';
const them2 = (p: Phrasing): string => (p.facts.awaited?.plural ? 'them' : 'it');
const paymentAlert = (p: Phrasing): string =>
  `I've also set an alert so that if ${awaitedName(p)} ever ${p.facts.awaited?.plural ? 'stall' : 'stalls'}, our team hears about it before the bank's cut-off, not after.`;
const coverTaxi = (p: Phrasing): string =>
  p.facts.amountAtRisk && p.facts.amountFor === 'a taxi'
    ? "If you need to be somewhere before the car reaches you, I'll cover the taxi, so it costs you nothing."
    : "If you need to be somewhere before the car reaches you, I'll cover a taxi there.";
const isVehicleOrRoom = (p: Phrasing): boolean => p.facts.item === 'car' || p.facts.item === 'room';

export const SITUATION_LINES: Record<SituationId, SituationLines> = {
  our_mistake: {
    // Three shapes of "we got it wrong": we kept them waiting, we had no room/car for a confirmed
    // booking, or we sent the wrong thing. Each gets its own fix rather than a generic "correction".
    happened: (p) =>
      p.facts.waitedOnUs
        ? 'we left you waiting for an answer'
        : isVehicleOrRoom(p)
          ? `we didn't have the ${p.facts.item} you booked ready for you`
          : p.facts.wrongThing
            ? `we gave you the wrong ${p.facts.wrongThing}`
            : `we got ${orderName(p)} wrong`,
    own: () => "That's our mistake, and I'm putting it right myself.",
    fix: (p) =>
      p.facts.waitedOnUs
        ? `I've read your whole thread and I'm handling it myself now, with no more handoffs; you'll have a full account of what happened and what we're doing about it from me ${p.by}.`
        : isVehicleOrRoom(p)
          ? `I've secured ${p.facts.item === 'room' ? 'a room for you for the rest of your stay' : 'a car for you at the time you need it'}, and I'll send you the confirmation ${p.by}.`
          : `I've corrected ${p.facts.wrongThing ? `the ${p.facts.wrongThing}` : 'the details'} on ${orderName(p)}, and I'll send you the confirmation ${p.by}.`,
    fixSummary: (p) =>
      p.facts.waitedOnUs ? 'take the case over personally' : isVehicleOrRoom(p) ? `secure a ${p.facts.item}` : `correct the ${p.facts.wrongThing ?? orderNoun(p)}`,
    alternative: (p) =>
      p.facts.waitedOnUs
        ? "From now on you can reply straight to me, and I'll answer within one business hour."
        : p.facts.item === 'room'
          ? "If you'd rather stay where you are now, I'll pay for that room on our account instead, so you don't have to move again."
          : p.facts.item === 'car'
            ? coverTaxi(p)
          : `If the corrected ${orderNoun(p)} can't reach you in time, tell me where you'll be and I'll have it delivered there instead.`,
    prevent: (p) =>
      p.facts.waitedOnUs
        ? "I've also put your account on our priority queue, so your tickets are answered within one business hour from now on."
        : `I've also walked my team through what went wrong, using your ${orderNoun(p)} as the example, so it doesn't happen on your next one.`,
    checkIn: (p) =>
      p.facts.waitedOnUs
        ? 'What response time would you need from us, so I can hold us to it?'
        : isVehicleOrRoom(p)
          ? `Does the ${p.facts.item} I've secured work for your plans${p.facts.event ? ` around ${p.facts.event}` : ''}, or should I change anything?`
          : `Does the corrected ${p.facts.wrongThing ?? orderNoun(p)} work for your plans, or is there a detail I should change?`,
    followUpGoal: (p) =>
      p.facts.waitedOnUs ? 'everything is back on track' : isVehicleOrRoom(p) ? 'everything is in place for you' : `the corrected ${orderNoun(p)} reached you and is right`,
    baseStakes: 2,
    nextPurchase: (p) => (p.facts.item === 'room' ? 'your next stay' : p.facts.item === 'car' ? 'your next rental' : p.facts.waitedOnUs ? 'your next invoice' : 'your next order'),
    refundable: (p) =>
      p.facts.item === 'room' ? 'the night you paid for' : p.facts.item === 'car' ? 'the first day of your rental' : p.facts.waitedOnUs ? "this month's fee" : 'what you paid for shipping',
    ships: (p) => !p.facts.waitedOnUs && !isVehicleOrRoom(p),
  },
  partner_error: {
    happened: (p) =>
      p.facts.wrongThing
        ? `your booking through ${partnerName(p)} had the wrong ${p.facts.wrongThing}`
        : p.facts.item === 'car' || p.facts.item === 'room'
          ? `your booking through ${partnerName(p)} left you without your ${p.facts.item}`
          : `your booking through ${partnerName(p)} went wrong`,
    own: (p) => `${partnerName(p)} books on our behalf, so this is ours to fix, not yours.`,
    fix: (p) =>
      `I'm taking it up with ${partnerName(p)} directly and correcting the booking myself, so you don't have to deal with them; you'll have the corrected details from me ${p.by}.`,
    fixSummary: (p) => `correct the booking with ${partnerName(p)}`,
    alternative: (p) =>
      p.facts.item === 'car'
        ? coverTaxi(p)
        : p.facts.item === 'room'
          ? "If you need a room before then, I'll book one for you directly with us, so you're not left waiting."
        : "If you need this before then, I'll arrange it directly with us so you're not left waiting on the correction.",
    prevent: (p) =>
      `I've also reported the error to ${partnerName(p)} with your booking as the example and asked them to confirm the fix to me in writing, so your next booking through them is right.`,
    checkIn: (p) =>
      p.facts.event
        ? `What time would suit you, given ${p.facts.event}, so I can line everything up around it?`
        : 'What time would suit you best, so I can line everything up around it?',
    followUpGoal: () => 'everything on the corrected booking is in place',
    baseStakes: 2,
    nextPurchase: () => 'your next booking',
    refundable: () => 'the first day of your booking',
    ships: () => false,
  },
  out_of_stock: {
    happened: (p) => `we don't have ${itemName(p, 'the one you wanted')}${inSize(p)} in stock for you`,
    own: (p) => `Finding you ${p.facts.itemIsPlural ? 'a pair' : 'one'} is my job, not yours.`,
    fix: (p) =>
      `I've checked our warehouse and every store, and ${itemName(p, 'it')}${inSize(p)} ${p.facts.itemIsPlural ? 'are' : 'is'} out everywhere right now, so I've put you first on the restock list.`,
    fixSummary: () => 'put them first on the restock list',
    alternative: (p) =>
      `I've also looked at which other shops carry ${them(p)}${inSize(p)}, and I'll send you the links ${p.by}, even if that means you buy ${them(p)} somewhere else.`,
    prevent: (p) =>
      `I've also told our buyer about the gap${p.facts.size ? ` in size ${p.facts.size}` : ''}, so the next order covers it.`,
    checkIn: (p) =>
      p.facts.size
        ? `Is size ${p.facts.size} the one you need, or should I check the neighbouring sizes too?`
        : "Is this the exact model you need, or would a close match work if it's in stock today?",
    followUpGoal: (p) => (p.facts.itemIsPlural ? "they're on their way to you" : "it's on its way to you"),
    baseStakes: 1,
    nextPurchase: () => 'your next order',
    ships: () => true,
  },
  late_delivery: {
    // Worded for WHAT was late (CustomerFacts.awaited): a parcel is traced, a payment run is seen
    // through to the bank, an appointment is rebooked; with nothing named, the reply says "what
    // you were waiting for" rather than assume a shipment.
    happened: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') return `${orderName(p)} didn't arrive when we promised`;
      if (kind === 'payment') return `${awaitedName(p)} didn't go out when ${p.facts.awaited?.plural ? 'they' : 'it'} should have`;
      if (kind === 'appointment') return `${awaitedName(p)} didn't happen when we promised`;
      if (kind === 'reply') return 'we left you waiting for an answer';
      return `${awaitedName(p)} didn't reach you when we promised`;
    },
    own: (p) => (lateKind(p) === 'shipment' ? 'We made you that promise, so getting it to you is on me.' : 'We made you that promise, so keeping it is on me.'),
    fix: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') {
        return `I've traced the shipment${p.facts.partner ? ` with ${p.facts.partner}` : ''} and I'm getting it moving again; you'll have the tracking link from me ${p.by}.`;
      }
      if (kind === 'payment') return `I've checked ${awaitedName(p)} myself and I'm seeing ${them2(p)} through to the bank; you'll have the confirmation from me ${p.by}.`;
      if (kind === 'appointment') return `I've rebooked ${awaitedName(p)} for the earliest slot we have, and I'll confirm the time to you ${p.by}.`;
      if (kind === 'reply') return `I've read your whole thread and I'm handling it myself now; you'll have a full answer from me ${p.by}.`;
      return `I've found where ${awaitedName(p)} stalled and I'm getting it moving again; you'll have a firm time from me ${p.by}.`;
    },
    fixSummary: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') return 'trace the shipment and send tracking';
      if (kind === 'payment') return 'see the payment through to the bank';
      if (kind === 'appointment') return 'rebook the earliest slot';
      return 'get it moving and confirm a time';
    },
    alternative: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') return "If it won't reach you in time, I'll find you a local store that has it on the shelf today and send you the address.";
      if (kind === 'payment') return "If anyone on your side was charged a bank fee because of the delay, send me the details and I'll cover it.";
      if (kind === 'appointment') return "If that slot doesn't suit you, tell me a time that does and I'll fit us around it.";
      return "If it won't reach you in time, tell me what you need it for and I'll find another way to get it done today.";
    },
    prevent: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') {
        return `I've also flagged the route to our shipping team${p.facts.partner ? ` and ${p.facts.partner}` : ''}, so your next order goes by a faster service.`;
      }
      if (kind === 'payment') return paymentAlert(p);
      if (kind === 'appointment') return "I've also told our scheduling team what happened, so the next slot we give you is one we keep.";
      return "I've also shown the team responsible what held this up, so the next one reaches you on time.";
    },
    checkIn: (p) => {
      const kind = lateKind(p);
      if (kind === 'shipment') return "What's the latest day it can arrive and still be useful to you?";
      if (kind === 'payment') return 'When is your next run due, so I can watch it go through myself?';
      if (kind === 'appointment') return 'Which days and times work best for you, so the new slot fits your week?';
      return "What's the latest it can reach you and still be useful to you?";
    },
    followUpGoal: (p) => {
      const kind = lateKind(p);
      if (kind === 'payment') return 'the money has landed where it should';
      if (kind === 'appointment') return 'the new slot is confirmed and works for you';
      return "it's with you or firmly on its way";
    },
    baseStakes: 2,
    nextPurchase: (p) => (lateKind(p) === 'shipment' ? 'your next order' : lateKind(p) === 'appointment' ? 'your next visit' : 'your next invoice'),
    refundable: (p) => (lateKind(p) === 'shipment' ? 'what you paid for shipping' : "this month's fee"),
    ships: (p) => lateKind(p) === 'shipment',
  },
  billing_error: {
    happened: (p) => (p.facts.amount ? `we charged you ${p.facts.amount} you didn't owe` : 'we charged you incorrectly'),
    own: () => "That's our error, not yours.",
    fix: (p) =>
      p.refunds
        ? `I've refunded ${p.facts.amount ? `the ${p.facts.amount}` : 'the wrong charge'} to your card today; your bank may take 3–5 business days to show it, and I'll send you the corrected invoice ${p.by}.`
        : `I've corrected the charge on your account so the ${p.facts.amount ?? 'wrong amount'} comes off, and I'll send you the corrected invoice ${p.by}.`,
    fixSummary: () => 'correct the charge and send a corrected invoice',
    alternative: () => "If the charge caused a bank fee on your side, send me the statement line and I'll cover that too.",
    prevent: () => "I've also fixed the billing setting that caused it, so your next invoice comes out right.",
    checkIn: () => 'Does the corrected invoice look right to you now?',
    followUpGoal: () => 'the money is back with you',
    baseStakes: 2,
    nextPurchase: () => 'your next invoice',
    ships: () => false,
    fixReturnsMoney: true,
  },
  late_payment: {
    happened: (p) => `we charged you a late fee${p.facts.amount ? ` of ${p.facts.amount}` : ''} for one late payment`,
    own: () => "A one-off like this shouldn't cost you anything.",
    fix: (p) => `I've removed the ${p.facts.amount ? `${p.facts.amount} ` : ''}fee from your account, so your statement shows nothing owed for it.`,
    fixSummary: () => 'remove the late fee',
    alternative: () => 'If a different payment date would suit your cash flow better, I can move your invoices to it today.',
    prevent: () => "I've set your account so that if a payment is ever late again, you get a call from me before we charge any fee.",
    checkIn: () => 'Would a different invoice date line up better with how your payments run?',
    followUpGoal: () => 'the fee is gone from your statement',
    baseStakes: 1,
    nextPurchase: () => 'your next invoice',
    ships: () => false,
    fixReturnsMoney: true,
  },
  outage: {
    happened: (p) =>
      p.facts.awaited?.kind === 'payment'
        ? `${awaitedName(p)} stalled on our side${p.facts.lateBy ? `, so ${p.facts.paidPeople ? 'your team was paid' : `${p.facts.awaited.plural ? 'they' : 'it'} went out`} ${p.facts.lateBy} late` : ''}`
        : 'our service stopped working for you',
    own: () => "That's on us to fix, and I'm staying on it until it's done.",
    fix: (p) =>
      p.facts.awaited?.kind === 'payment'
        ? p.facts.waitedOnUs
          ? `I've opened an incident with our engineers on why ${awaitedName(p)} stalled, and what they find goes into that account.`
          : `I've opened an incident with our engineers on why ${awaitedName(p)} stalled, and I'm following it closely; I'll write to you ${p.by} with what we found and what we've changed.`
        : `I've opened an incident with our engineers and I'm following it closely; I'll write to you ${p.by} with where it stands, and earlier if it's fixed before then.`,
    fixSummary: () => 'open an incident and report back',
    alternative: () => "In the meantime, I can walk you through a workaround on a call today so you can keep working.",
    prevent: (p) =>
      p.facts.awaited?.kind === 'payment'
        ? paymentAlert(p)
        : "With the fix, I'll send you what caused it and what we're changing so it doesn't happen again.",
    checkIn: (p) =>
      p.facts.awaited?.kind === 'payment'
        ? 'When is your next run due, so I can watch it go through myself?'
        : 'Which part of your work did this hit hardest, so I can check that first?',
    followUpGoal: () => 'everything works for you again',
    baseStakes: 2,
    nextPurchase: () => 'your next invoice',
    refundable: () => "this month's fee",
    ships: () => false,
  },
  account_access: {
    happened: () => "you couldn't get into your account",
    own: () => "Getting you back in is my job, not yours.",
    fix: () => "I've unlocked your account and sent a sign-in link to the email address on file.",
    fixSummary: () => 'unlock the account',
    alternative: (p) => `If that email isn't one you can reach right now, reply with a phone number and I'll call you ${p.by} to verify it's you.`,
    prevent: () => "I've also reviewed the security setting that locked you out, so it doesn't catch you again.",
    checkIn: () => 'Can you sign in now from the device you normally use?',
    followUpGoal: () => "you're back in",
    baseStakes: 1,
    nextPurchase: () => 'your next invoice',
    refundable: () => "this month's fee",
    ships: () => false,
  },
  cancellation: {
    fix: () => "I've cancelled your account as you asked, effective today, and you won't be charged again.",
    fixSummary: () => 'cancel as asked',
    alternative: (p) => `I'll send you an export of your data ${p.by}, so you keep everything you built with us.`,
    prevent: () => "I've shared your reasons with our product team, because what made you leave is what we need to fix.",
    checkIn: () => 'What would we have needed to do differently for this to work for you?',
    followUpGoal: () => 'the export reached you and nothing else is charged',
    baseStakes: 1,
    nextPurchase: () => 'your next month',
    ships: () => false,
  },
  general: {
    fix: (p) => `I'm on this myself and I'll send you a full answer ${p.by}.`,
    fixSummary: () => 'answer in full',
    alternative: () => "I'll include the steps too, so you can do it yourself next time if you'd like.",
    checkIn: () => "What are you hoping to get done with this, so I make sure my answer covers it?",
    followUpGoal: () => 'my answer covered what you needed',
    baseStakes: 0,
    nextPurchase: () => 'your next order',
    ships: () => false,
  },
};

/** Order in which situations lead a combined reply: what we did wrong first, requests last. */
export const SITUATION_PRIORITY: readonly SituationId[] = [
  'partner_error', 'our_mistake', 'billing_error', 'outage', 'late_delivery', 'out_of_stock',
  'account_access', 'late_payment', 'cancellation', 'general',
];
