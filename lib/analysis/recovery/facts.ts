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
}

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
  ['hike', 'hike', true], ['conference', 'conference', false], ['festival', 'festival', false], ['concert', 'concert', false],
  ['marathon', 'marathon', false], ['event', 'event', false],
];

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WHEN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['tomorrow morning', 'tomorrow morning'], ['tomorrow', 'tomorrow'], ['tonight', 'tonight'], ['today', 'today'],
  ['this morning', 'this morning'], ['this afternoon', 'this afternoon'], ['this weekend', 'this weekend'],
  ['next week', 'next week'], ['this week', 'this week'],
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
];

// Words that only make sense when goods move; without them, express shipping is an odd gift.
const SHIPPING_CUES = [
  'package', 'parcel', 'delivery', 'delivered', 'shipped', 'shipping', 'shipment', 'tracking', 'courier',
  'arrive', 'arrived', 'in stock', 'out of stock', 'sold out', 'size',
];

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
    return { amount: `${after[1]} ${currency ?? after[2]}`, amountValue: parseAmount(after[1]!), amountCurrency: currency };
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
  return facts;
}
