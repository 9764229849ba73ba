import type { CustomerAnalysis, ReplyContext } from '../types';

// The customer's own details, pulled from their message so the acknowledgement is specific
// ("before your wedding on Saturday", "the $35 fee", "twenty years") rather than generic
// sympathy (TAXONOMY §1 hollow_empathy). Every value comes from a closed word list or a short,
// linear pattern, so nothing the customer wrote is echoed verbatim into the reply except a
// number, a size or a partner's name — which keeps the composed text free of deflections
// whatever the customer typed.

export interface CustomerFacts {
  partner?: string;
  /** With its determiner: "your wedding", "your sister's wedding", "the festival". */
  event?: string;
  /** True for the customer's own occasion (a wedding), false for a public one (a festival). */
  eventIsPersonal?: boolean;
  /** "tomorrow", "on Saturday", "this weekend". */
  when?: string;
  /** As written: "$240", "€1,200". */
  amount?: string;
  amountValue?: number;
  amountCurrency?: string;
  /** "44", "10.5", "M". */
  size?: string;
  /** "shoes", "car", "room". */
  item?: string;
  itemIsPlural?: boolean;
  /** "for twenty years", "since 2004". */
  tenure?: string;
  /** "third" in "the third time". */
  repeatOrdinal?: string;
  /** "pickup address" in "the wrong pickup address". */
  wrongThing?: string;
  /** What the customer calls the thing they bought: "booking", "reservation", "subscription". */
  orderNoun?: string;
  /** The customer waited on us for an answer ("nobody answered until Wednesday"). */
  waitedOnUs?: boolean;
  /** Something physical is on its way or missing (a parcel, an item): shipping remedies can help. */
  physical?: boolean;
  /**
   * What was late or broken, in the customer's terms, so the reply names it: a shipment, a payment
   * run ("your payroll run", "the transfers"), an appointment, a booking, our reply — or nothing
   * named, and the reply says "what you were waiting for" rather than assume a parcel.
   */
  awaited?: { kind: AwaitedKind; name: string; plural: boolean };
  /** The need is today ("today", "tonight", "right now", a clock time with no other day). */
  needToday?: boolean;
  /** The hour of day the need falls due ("a ferry at 6 pm" → 18), when the message names one. */
  deadlineHour?: number;
  /** "6 pm", as the reply says it. */
  deadlineClock?: string;
  /** The amount is one the customer will pay or is being asked for, not one already spent. */
  amountAtRisk?: boolean;
  /** How late, as the customer said it: "a day", "two days". */
  lateBy?: string;
  /** The people a payment run pays were paid late ("38 employees were paid a day late"). */
  paidPeople?: boolean;
  /** What the amount pays for ("a taxi", "a hotel"), from a closed list. */
  amountFor?: string;
}

export type AwaitedKind = 'shipment' | 'payment' | 'appointment' | 'booking' | 'reply' | 'service';

// Names reps and customers write for partners that act on a company's behalf. Matched whole-word,
// case-insensitively; the canonical spelling is what the reply uses.
const KNOWN_PARTNERS = [
  'Expedia', 'Booking.com', 'Hotels.com', 'Airbnb', 'Kayak', 'Priceline', 'Orbitz', 'Travelocity',
  'Trip.com', 'Agoda', 'Opodo', 'eDreams', 'Amazon', 'eBay', 'Etsy', 'Shopify', 'UPS', 'FedEx', 'DHL',
  'USPS', 'Royal Mail', 'Evri', 'Hermes', 'DPD', 'GLS', 'Canada Post', 'Australia Post', 'PostNL',
  'Deliveroo', 'Uber Eats', 'DoorDash', 'Ticketmaster', 'Eventbrite', 'Stripe', 'PayPal', 'Klarna',
];

// [word in the message, how the reply names it, the customer's own occasion?]. Longer phrases
// first so "job interview" wins over "interview".
const EVENTS: ReadonlyArray<readonly [string, string, boolean]> = [
  ['job interview', 'job interview', true], ['business trip', 'business trip', true], ['payroll run', 'payroll run', true],
  ['payroll', 'payroll run', true], ['wedding', 'wedding', true], ['interview', 'interview', true], ['funeral', 'funeral', true],
  ['flight', 'flight', true], ['presentation', 'presentation', true], ['exam', 'exam', true], ['launch', 'launch', true],
  ['meeting', 'meeting', true], ['birthday', 'birthday', true], ['anniversary', 'anniversary', true],
  ['appointment', 'appointment', true], ['holiday', 'holiday', true], ['vacation', 'vacation', true], ['trip', 'trip', true],
  ['hike', 'hike', true], ['ferry', 'ferry', true], ['train', 'train', true], ['cruise', 'cruise', true],
  ['check-in', 'check-in', true], ['conference', 'conference', false], ['festival', 'festival', false], ['concert', 'concert', false],
  ['marathon', 'marathon', false], ['event', 'event', false],
];

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WHEN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['tomorrow morning', 'tomorrow morning'], ['tomorrow', 'tomorrow'], ['tonight', 'tonight'], ['today', 'today'],
  ['this morning', 'this morning'], ['this afternoon', 'this afternoon'], ['this weekend', 'this weekend'],
  ['next week', 'next week'], ['this week', 'this week'], ['this evening', 'this evening'],
  ['right now', 'right now'],
  ...DAYS.flatMap((d): Array<readonly [string, string]> => {
    const name = d[0]!.toUpperCase() + d.slice(1);
    return [[`this ${d}`, `this ${name}`], [`on ${d}`, `on ${name}`], [`next ${d}`, `next ${name}`]];
  }),
];

// [word, plural?] for the things customers most often cannot get.
const ITEMS: ReadonlyArray<readonly [string, boolean]> = [
  ['shoes', true], ['boots', true], ['sneakers', true], ['trainers', true], ['sandals', true], ['jeans', true],
  ['headphones', true], ['shoe', false], ['boot', false], ['jacket', false], ['coat', false], ['dress', false],
  ['shirt', false], ['backpack', false], ['tent', false], ['bike', false], ['laptop', false], ['phone', false],
  ['charger', false], ['car', false], ['room', false], ['table', false], ['sofa', false], ['mattress', false],
];

const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'twenty-five', 'thirty', 'forty', 'fifty',
];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const CURRENCY_BY_SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_BY_WORD: Record<string, string> = {
  usd: 'USD', eur: 'EUR', gbp: 'GBP', dollars: 'USD', euros: 'EUR', pounds: 'GBP',
};

// Each pattern is linear: no nested or adjacent unbounded quantifiers over the same characters.
const AMOUNT_BEFORE = /([$€£])\s?(\d+(?:[.,]\d+)*)/;
const AMOUNT_AFTER = /\b(\d+(?:[.,]\d+)*)\s?(usd|eur|gbp|dollars|euros|pounds)\b/i;
const SIZE = /\bsize\s(\d{1,2}(?:[.,]5)?|xxs|xs|s|m|l|xl|xxl)\b/i;
const TENURE_YEARS = /\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)[\s-](?:years?|yrs)\b/i;
const TENURE_SINCE = /\b(?:customer|client|with you|with us)\s(?:since|from)\s((?:19|20)\d\d)\b/i;
const REPEAT = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s(?:time|email|call|message|request|attempt)\b/i;
const WRONG = /\bwrong\s((?:[a-z]+\s){0,2}?)(address|size|item|colou?r|date|time|room|location|amount|plan|order|car|product|branch|airport|hotel|invoice|model|station|terminal)\b/i;

const ORDER_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['booking', 'booking'], ['reservation', 'reservation'], ['subscription', 'subscription'], ['order', 'order'],
  ['invoice', 'invoice'], ['plan', 'plan'],
];
// Cues that the failure was our silence, not the product.
const WAITING_CUES = [
  'nobody answered', 'no one answered', 'nobody replied', 'no one replied', 'nobody got back', 'no one got back',
  'no answer', 'no reply', 'no response', 'slow response', 'slow support', 'waiting for an answer',
  'waiting for a reply', 'waiting for a response', 'took days to answer', 'took days to reply',
  'heard nothing', 'never heard back', 'nobody responded', 'no one responded', 'nobody got in touch',
  'no one got in touch', 'unanswered', 'still no answer', 'still no reply', 'nobody called back', 'no one called back',
];

// Words that only make sense when goods move; without them, express shipping is an odd gift.
const SHIPPING_CUES = [
  'package', 'parcel', 'delivery', 'delivered', 'shipped', 'shipping', 'shipment', 'tracking', 'courier',
  'arrive', 'arrived', 'in stock', 'out of stock', 'sold out', 'size',
];

// [word in the message, how the reply names it, kind, plural?]. The earliest mention wins, so the
// thing the customer opens with ("our payroll run was stuck") names what was late, not a side
// detail further on. Longer phrases first where one contains another.
const AWAITED: ReadonlyArray<readonly [string, string, AwaitedKind, boolean]> = [
  ['payroll run', 'your payroll run', 'payment', false], ['payroll', 'your payroll run', 'payment', false],
  ['payment run', 'your payment run', 'payment', false], ['pay run', 'your pay run', 'payment', false],
  ['transfers', 'the transfers', 'payment', true], ['transfer', 'the transfer', 'payment', false],
  ['payouts', 'your payouts', 'payment', true], ['payout', 'your payout', 'payment', false],
  ['direct deposit', 'the direct deposit', 'payment', false], ['salaries', 'the salary payments', 'payment', true],
  ['salary batch', 'your salary batch', 'payment', false], ['salary run', 'your salary run', 'payment', false],
  ['payment batch', 'your payment batch', 'payment', false], ['wages', 'the wage payments', 'payment', true],
  ['appointment', 'your appointment', 'appointment', false], ['technician', "the technician's visit", 'appointment', false],
  ['engineer visit', "the engineer's visit", 'appointment', false], ['installation', 'the installation', 'appointment', false],
  ['repair', 'the repair', 'appointment', false], ['visit', 'the visit', 'appointment', false],
  ['package', 'your package', 'shipment', false], ['parcel', 'your parcel', 'shipment', false],
  ['shipment', 'your shipment', 'shipment', false], ['delivery', 'your delivery', 'shipment', false],
  ['tracking', 'your order', 'shipment', false], ['courier', 'your delivery', 'shipment', false],
  ['shipped', 'your order', 'shipment', false], ['order', 'your order', 'shipment', false],
  ['booking', 'your booking', 'booking', false], ['reservation', 'your reservation', 'booking', false],
  ['refund', 'your refund', 'payment', false], ['report', 'your report', 'service', false],
];

// An amount the customer is quoted or will pay ("the taxi is 40 euros each way", "they want
// $300") against one already spent ("I paid €65", "cost us $500").
const LATE_BY = /\b(a day|a week|an hour|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days|hours|weeks))\s(?:late|too late)\b/;
const PAID_PEOPLE = /\b(?:employees|staff|workers|contractors|team|people|freelancers|crew|drivers|nurses)\s(?:were|was|got)\spaid\b/;
const SPENT_CUES = /\b(?:paid|spent|cost (?:me|us)|had to pay|charged|ended up|lost|shelled out|forked out)\b/;
const AT_RISK_CUES = /\b(?:is|are|will|would|could|costs|going to|asking|asks|wants?|quoted?|each way|per night|have to pay|need to pay|must pay)\b/;
const COST_FOR: ReadonlyArray<readonly [string, string]> = [
  ['taxi', 'a taxi'], ['cab', 'a taxi'], ['uber', 'a ride'], ['hotel', 'a hotel'], ['motel', 'a motel'],
  ['flight', 'a flight'], ['train', 'a train'], ['rental', 'a rental'], ['courier', 'a courier'], ['bus', 'a bus'],
];
// A need that is today: the words, or a clock time with no other day beside it.
const TODAY_WORDS = ['today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'right now'];
const CLOCK = /\b(?:at|by|before|until)\s(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)/gi;
const CLOCK_24 = /\b(?:at|by|before|until)\s([01]?\d|2[0-3])[:h](\d{2})\b/gi;
// A clock time in a sentence about the past ("we arrived at 11 pm last night") is no deadline.
const PAST = /\b(?:last night|yesterday|ago|arrived|called|phoned|emailed|wrote|was|were|had|did|got|went|came|opened)\b/;
const OTHER_DAY = /\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|weekend)\b/;
// "standing at the airport", "I'm stuck here": the customer is waiting on us at this moment.
const STRANDED = /\b(?:standing at|stuck at|stranded|waiting here|still waiting at|we are here|i am here|i'm here)\b/;

function findWord(lower: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? ' ' : lower[at - 1]!;
    const after = lower[at + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    from = at + 1;
  }
}

/** The first entry (by position in the message) of a word list that occurs in it, with where. */
function earliestAt<T>(lower: string, entries: ReadonlyArray<readonly [string, T]>): { at: number; value: T; length: number } | undefined {
  let best: { at: number; value: T; length: number } | undefined;
  for (const [word, value] of entries) {
    const at = findWord(lower, word);
    if (at >= 0 && (!best || at < best.at)) best = { at, value, length: word.length };
  }
  return best;
}

function earliest<T>(lower: string, entries: ReadonlyArray<readonly [string, T]>): T | undefined {
  return earliestAt(lower, entries)?.value;
}

/** Every time phrase in the message, with where it starts. */
function timesIn(lower: string): Array<{ at: number; value: string }> {
  const found: Array<{ at: number; value: string }> = [];
  for (const [word, value] of WHEN_PHRASES) {
    let from = 0;
    for (let guard = 0; guard < 20; guard += 1) {
      const at = findWord(lower.slice(from), word);
      if (at < 0) break;
      found.push({ at: from + at, value });
      from += at + word.length;
    }
  }
  return found;
}

// "my sister's wedding" → "your sister's wedding"; closed to one possessive word.
const POSSESSOR = /\bmy ([a-z]+(?:'|\u2019)s) $/;

function eventFacts(lower: string): Pick<CustomerFacts, 'event' | 'eventIsPersonal' | 'when'> {
  const times = timesIn(lower);
  const found = earliestAt(lower, EVENTS.map(([word, name, personal]) => [word, [name, personal] as const] as const));
  if (!found) return { when: times.sort((a, b) => a.at - b.at)[0]?.value };
  const [name, personal] = found.value;
  const possessor = personal ? POSSESSOR.exec(lower.slice(Math.max(0, found.at - 30), found.at)) : null;
  const event = personal ? `your ${possessor ? `${possessor[1]!.replace('\u2019', "'")} ` : ''}${name}` : `the ${name}`;
  // The time that belongs to the event is the one nearest to it in the same stretch of text
  // ("My sister's wedding is tomorrow"), not the first time mentioned ("pickup this morning").
  const end = found.at + found.length;
  const near = times
    .map((t) => ({ ...t, distance: t.at >= end ? t.at - end : found.at - t.at + 10 }))
    .filter((t) => t.distance <= 40)
    .sort((a, b) => a.distance - b.distance)[0];
  return { event, eventIsPersonal: personal, when: near?.value };
}

function parseAmount(digits: string): number | undefined {
  // "1,200.50" and "1.200,50" both: the last separator followed by exactly two digits is decimal.
  const decimal = /[.,](\d{2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, -3) : digits).replace(/[.,]/g, '');
  const value = Number(`${whole}${decimal ? `.${decimal[1]}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

function amountFacts(text: string): Pick<CustomerFacts, 'amount' | 'amountValue' | 'amountCurrency'> {
  const before = AMOUNT_BEFORE.exec(text);
  if (before) {
    return { amount: `${before[1]}${before[2]}`, amountValue: parseAmount(before[2]!), amountCurrency: CURRENCY_BY_SYMBOL[before[1]!] };
  }
  const after = AMOUNT_AFTER.exec(text);
  if (after) {
    const currency = CURRENCY_BY_WORD[after[2]!.toLowerCase()];
    const symbol = Object.keys(CURRENCY_BY_SYMBOL).find((k) => CURRENCY_BY_SYMBOL[k] === currency);
    return { amount: symbol ? `${symbol}${after[1]}` : `${after[1]} ${currency ?? after[2]}`, amountValue: parseAmount(after[1]!), amountCurrency: currency };
  }
  return {};
}

function tenureFact(text: string): string | undefined {
  const since = TENURE_SINCE.exec(text);
  if (since) return `since ${since[1]}`;
  const years = TENURE_YEARS.exec(text);
  if (!years) return undefined;
  const count = years[1]!.toLowerCase();
  if (/^\d+$/.test(count) ? Number(count) >= 2 : NUMBER_WORDS.includes(count)) return `for ${count} years`;
  return undefined;
}

function partnerFact(text: string, lower: string, ctx: ReplyContext): string | undefined {
  const named = ctx.partner?.trim();
  if (named) return named;
  let best: { at: number; name: string } | undefined;
  for (const name of KNOWN_PARTNERS) {
    const at = findWord(lower, name.toLowerCase());
    if (at >= 0 && (!best || at < best.at)) best = { at, name };
  }
  return best?.name;
}

export function extractFacts(text: string, ctx: ReplyContext, customer: CustomerAnalysis): CustomerFacts {
  // Long messages: the details that matter are stated early; bounding the scan keeps composing
  // fast for a pasted thread.
  const head = text.slice(0, 8000);
  const lower = head.toLowerCase();
  const facts: CustomerFacts = { ...amountFacts(head) };
  facts.partner = partnerFact(head, lower, ctx);
  Object.assign(facts, eventFacts(lower));
  const size = SIZE.exec(head);
  if (size) facts.size = size[1]!.length <= 3 && /[a-z]/i.test(size[1]!) ? size[1]!.toUpperCase() : size[1];
  const item = earliest(lower, ITEMS.map(([w, plural]) => [w, [w, plural] as const] as const));
  if (item) [facts.item, facts.itemIsPlural] = item;
  const isLoyal = customer.signals.some((s) => s.id === 'loyal_customer');
  if (isLoyal) facts.tenure = tenureFact(head);
  const repeat = REPEAT.exec(head);
  if (repeat) facts.repeatOrdinal = ORDINALS.includes(repeat[1]!.toLowerCase()) ? repeat[1]!.toLowerCase() : undefined;
  const wrong = WRONG.exec(head);
  if (wrong) facts.wrongThing = `${wrong[1] ?? ''}${wrong[2]}`.toLowerCase();
  facts.orderNoun = earliest(lower, ORDER_NOUNS);
  facts.waitedOnUs = WAITING_CUES.some((cue) => lower.includes(cue));
  facts.physical =
    (facts.item !== undefined && facts.item !== 'car' && facts.item !== 'room') || SHIPPING_CUES.some((cue) => lower.includes(cue));
  const awaited = earliestAt(lower, AWAITED.map(([word, name, kind, plural]) => [word, { kind, name, plural }] as const));
  facts.awaited = awaited?.value ?? (facts.waitedOnUs ? { kind: 'reply', name: 'our reply', plural: false } : undefined);
  Object.assign(facts, deadlineFacts(lower, facts));
  const lateBy = LATE_BY.exec(lower);
  if (lateBy) facts.lateBy = lateBy[1];
  facts.paidPeople = PAID_PEOPLE.test(lower) || undefined;
  Object.assign(facts, amountRisk(lower, head, facts));
  return facts;
}

function deadlineFacts(lower: string, facts: CustomerFacts): Pick<CustomerFacts, 'needToday' | 'deadlineHour' | 'deadlineClock'> {
  const out: Pick<CustomerFacts, 'needToday' | 'deadlineHour' | 'deadlineClock'> = {};
  const clocks = [...lower.matchAll(CLOCK), ...lower.matchAll(CLOCK_24)].sort((a, b) => a.index - b.index).slice(0, 6);
  for (const clock of clocks) {
    const twelve = clock[3] !== undefined;
    let hour = Number(clock[1]);
    const minutes = clock[2] ? Number(clock[2]) : 0;
    if (twelve) hour = hour >= 1 && hour <= 12 ? (hour % 12) + (clock[3]!.startsWith('p') ? 12 : 0) : NaN;
    // The sentence around the clock time says which day it is; with no other day, it is today.
    const start = Math.max(lower.lastIndexOf('.', clock.index) + 1, 0);
    const end = lower.indexOf('.', clock.index + clock[0].length);
    const sentence = lower.slice(start, end < 0 ? undefined : end);
    if (!Number.isFinite(hour) || minutes >= 60 || OTHER_DAY.test(sentence) || PAST.test(sentence)) continue;
    out.deadlineHour = hour + minutes / 60;
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    out.deadlineClock = hour === 12 && minutes === 0 ? 'noon' : `${h12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''} ${hour < 12 ? 'am' : 'pm'}`;
    out.needToday = true;
    break;
  }
  const when = facts.when;
  if (when && TODAY_WORDS.includes(when)) out.needToday = true;
  if (!when && (STRANDED.test(lower) || TODAY_WORDS.some((w) => findWord(lower, w) >= 0))) out.needToday = true;
  // The event's own day overrides a "today" mentioned in passing ("my wedding is tomorrow").
  if (when && !TODAY_WORDS.includes(when) && !out.deadlineHour) out.needToday = false;
  return out;
}

function amountRisk(lower: string, head: string, facts: CustomerFacts): Pick<CustomerFacts, 'amountAtRisk' | 'amountFor'> {
  if (!facts.amount) return {};
  const match = AMOUNT_BEFORE.exec(head) ?? AMOUNT_AFTER.exec(head);
  if (!match) return {};
  const at = match.index;
  const start = Math.max(lower.lastIndexOf('.', at - 1) + 1, lower.lastIndexOf('!', at - 1) + 1, lower.lastIndexOf('?', at - 1) + 1, 0);
  const endAt = lower.slice(at).search(/[.!?](\s|$)/);
  const sentence = lower.slice(start, endAt < 0 ? undefined : at + endAt);
  const amountFor = earliest(sentence, COST_FOR);
  const atRisk = !SPENT_CUES.test(sentence) && AT_RISK_CUES.test(sentence);
  return { amountAtRisk: atRisk || undefined, amountFor };
}
