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

export function slotsFromContext(ctx: ReplyContext, extras?: { partner?: string; orderRef?: string }): Slots {
  let followup: string | undefined;
  try {
    followup = ctx.now !== undefined ? followUpPhrase(ctx, FOLLOW_UP_HOURS) : undefined;
  } catch {
    followup = undefined;
  }
  return {
    customer_first_name: firstName(ctx.customerName),
    rep_name: clean(ctx.repName),
    company: clean(ctx.company),
    partner: clean(extras?.partner) ?? clean(ctx.partner),
    order_ref: ref('order', extras?.orderRef ?? ctx.orderId),
    ticket_ref: ref('ticket', ctx.ticketId),
    followup_time: clean(followup),
  };
}
