import type { SignalId, SituationId, TierId } from '../taxonomy';
import { TIER_IDS } from '../taxonomy';
import { followUpDueAt, followUpPhrase, relativeFollowUpPhrase, sameDayPhrase } from '../time';
import { extractFacts, type CustomerFacts } from './facts';
import { chooseRemedies, type RemedyOffer } from './remedies';
import { lateKind, SITUATION_LINES, SITUATION_PRIORITY, type Phrasing } from './situations';
import { inTone, type Tone } from './tone';
import type { RecoveryInput, RecoveryReply, RecoverySet, RecoveryStep, StepId } from './types';

// Composes the three recovery tiers (TAXONOMY §4) from steps, not from one template per
// situation: several situations share ONE acknowledgement, ONE ownership line and ONE fix
// section, and the signals change what each tier offers. Pure: the clock is context.now.

const SIGNAL_STAKES: Record<SignalId, number> = {
  money_at_stake: 2,
  deadline: 2,
  repeat_contact: 1,
  high_emotion: 1,
  loyal_customer: 1,
  churn_risk: 1,
};

/** Situations named in a reply at most: beyond three, a reply reads like a list of complaints. */
const MAX_SITUATIONS = 3;

const TIER_LABELS: Record<TierId, string> = {
  minimal: 'Minimal',
  customer_focused: 'Customer-focused',
  try_harder: 'Try harder',
};

interface Shared {
  situations: SituationId[];
  signals: Set<SignalId>;
  facts: CustomerFacts;
  stakes: number;
  tone: Tone;
  firstName?: string;
  repName?: string;
  company?: string;
  phrasing: Phrasing;
  followBy: string;
  followHours: number;
  /** Set when the need is today: the follow-up falls due today, not in business hours. */
  followDueAt?: number;
  /** The need is today: every promise lands today, before the customer's deadline. */
  today: boolean;
  input: RecoveryInput;
}

const BOOKING_CUES = ['booked', 'booking', 'reservation', 'reserved', 'confirmed', 'confirmation'];

/**
 * The situations the reply answers, most serious first, read with the customer's own details:
 * - a booked room or car we could not provide is a promise we broke (`our_mistake`), not a stock
 *   problem — a hotel guest on the doorstep needs a room tonight, not a restock list;
 * - a customer who says nobody answered them was let down by us (`our_mistake`), whatever else
 *   went wrong: the wait is usually what they are angriest about;
 * - a cancellation that arrives alongside another complaint is answered as the churn risk it
 *   usually is ("fix it or we'll move"; TAXONOMY §1a): the reply never declares an account
 *   closed that the customer may only have threatened to close.
 */
function situationsFor(input: RecoveryInput, facts: CustomerFacts, signals: Set<SignalId>): SituationId[] {
  const present = new Set(input.customer.situations.map((s) => s.id));
  const lower = input.customerText.slice(0, 8000).toLowerCase();
  if (present.has('out_of_stock') && (facts.item === 'room' || facts.item === 'car') && BOOKING_CUES.some((c) => lower.includes(c))) {
    present.delete('out_of_stock');
    present.add('our_mistake');
  }
  if (facts.waitedOnUs) present.add('our_mistake');
  // Something late that is not a parcel: when our system broke (an outage) the outage's wording
  // names what stalled, and a late answer is the wait we own (`our_mistake`) — neither is a
  // shipment to trace.
  if (present.has('late_delivery')) {
    const kind = lateKind({ facts, by: '', refunds: false });
    if ((kind !== 'shipment' && present.has('outage')) || (kind === 'reply' && present.has('our_mistake'))) present.delete('late_delivery');
  }
  const specific = SITUATION_PRIORITY.filter((id) => id !== 'general' && present.has(id));
  if (present.has('cancellation') && specific.length > 1) {
    present.delete('cancellation');
    signals.add('churn_risk');
  }
  const answered = SITUATION_PRIORITY.filter((id) => id !== 'general' && present.has(id));
  return answered.length ? answered.slice(0, MAX_SITUATIONS) : ['general'];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'mx', 'sir', 'madam']);

/** The first name to greet with, or undefined when the page gave nothing usable. */
export function firstNameOf(fullName: string | undefined): string | undefined {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  const first = words.find((w) => !TITLES.has(w.replace(/\.$/, '').toLowerCase()));
  if (!first || first.includes('@') || first.length > 40 || !/\p{L}/u.test(first)) return undefined;
  return first.replace(/[,;:]+$/, '');
}

const cleanName = (value: string | undefined, max: number): string | undefined => {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed.slice(0, max) : undefined;
};

function shared(input: RecoveryInput): Shared {
  const signals = new Set(input.customer.signals.map((s) => s.id));
  const context = { ...input.context, partner: cleanName(input.context.partner, 60) };
  const facts = extractFacts(input.customerText, context, input.customer);
  const situations = situationsFor(input, facts, signals);
  const stakes =
    Math.max(...situations.map((s) => SITUATION_LINES[s].baseStakes)) +
    [...signals].reduce((sum, id) => sum + SIGNAL_STAKES[id], 0);
  const urgent = signals.has('deadline');
  // The next step lands within two working hours when the customer is against the clock.
  const fixHours = urgent ? 2 : 4;
  const followHours = urgent || signals.has('repeat_contact') ? 4 : 8;
  // A need that is today is answered today, in clock hours and before the customer's deadline:
  // "by 11 am tomorrow" to someone stranded at an airport is no promise at all.
  const today = urgent && facts.needToday === true;
  const hasClock = context.now !== undefined && Number.isFinite(context.now);
  const fixToday = today ? sameDayPhrase(context, 1, facts.deadlineHour) : undefined;
  // Past the customer's deadline the follow-up still lands today; near midnight, next business day.
  const followToday = today ? sameDayPhrase(context, 2, facts.deadlineHour) ?? sameDayPhrase(context, 2) : undefined;
  const fixBy = today
    ? fixToday?.phrase ?? 'within the hour'
    : followUpPhrase(context, fixHours) ?? relativeFollowUpPhrase(fixHours);
  const followBy =
    followToday?.phrase ??
    (today && !hasClock ? 'within the next two hours' : followUpPhrase(context, followHours) ?? relativeFollowUpPhrase(followHours));
  return {
    situations,
    signals,
    facts,
    stakes,
    tone: input.context.tone ?? 'warm',
    firstName: firstNameOf(input.context.customerName),
    repName: cleanName(input.context.repName, 80),
    company: cleanName(input.context.company, 120),
    phrasing: {
      facts,
      by: fixBy,
      orderRef: cleanName(input.context.orderId, 40),
      refunds: input.settings.remedies.refund,
    },
    followBy,
    followHours,
    followDueAt: followToday?.dueAt,
    today,
    input: { ...input, context },
  };
}

/** A sentence may open with a partner's name written in lower case ("our booking partner books …"). */
// A name styled in lower case on purpose ("eBay") keeps its style.
const capitalize = (sentence: string): string =>
  /^\p{Ll}+(\s|$)/u.test(sentence) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;

/** "a, b and c" */
function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The event's time as the reply says it: "at 6 pm today", "tomorrow"; never "right now". */
function eventTime(facts: CustomerFacts): string {
  const clock = facts.deadlineClock ? ` at ${facts.deadlineClock}` : '';
  const when = facts.when && facts.when !== 'right now' ? facts.when : facts.deadlineClock ? 'today' : undefined;
  return `${clock}${when ? ` ${when}` : ''}`;
}

const TODAYISH = new Set(['today', 'this morning', 'this afternoon', 'this evening', 'right now']);

function deadlineTail(facts: CustomerFacts, happened: string): string {
  // The event may be what went wrong ("your payroll run stalled"): naming it twice reads badly.
  if (facts.event && happened.includes(facts.event)) return '';
  if (facts.event && !facts.eventIsPersonal) return `, when you'd planned everything around ${facts.event}`;
  if (facts.event) return `, right before ${facts.event}${eventTime(facts)}`;
  if (facts.deadlineClock) return `, when you need it by ${facts.deadlineClock} today`;
  if (facts.when && TODAYISH.has(facts.when)) return ', on the very day you need it';
  if (facts.when) return `, and you need it ${facts.when}`;
  if (facts.needToday) return ', on the very day you need it';
  return ', just when time mattered most';
}

function acknowledge(s: Shared): string[] {
  const lines = s.situations.map((id) => SITUATION_LINES[id]);
  const happened = [...new Set(lines.flatMap((l) => (l.happened ? [l.happened(s.phrasing)] : [])))];
  const sentences: string[] = [];
  if (happened.length === 0) {
    sentences.push(
      s.situations.includes('cancellation')
        ? "Thanks for telling me directly, and I'm sorry this hasn't worked out for you."
        : 'Thanks for writing in about this.',
    );
  } else {
    const list = joinList(happened);
    const tail = s.signals.has('deadline') ? deadlineTail(s.facts, list) : '';
    const what = `${list}${tail}`;
    // High emotion: name it first and plainly, tied to what happened, before any fix.
    sentences.push(s.signals.has('high_emotion') ? `You're right to be upset: ${what}.` : `I'm sorry ${what}.`);
  }
  if (s.signals.has('money_at_stake')) {
    const alreadySaid = s.facts.amount && (s.situations.includes('billing_error') || s.situations.includes('late_payment'));
    if (!alreadySaid && s.facts.amount && s.facts.amountAtRisk) {
      // Money they are being asked for is not yet lost: say we'll spare them it, not that it cost them.
      sentences.push(`You shouldn't have to pay ${s.facts.amount}${s.facts.amountFor ? ` for ${s.facts.amountFor}` : ''} on top of this.`);
    } else if (!alreadySaid) {
      const text = s.input.customerText.slice(0, 8000).toLowerCase();
      const cost = s.facts.amount
        ? s.facts.amount
        : text.includes('cash flow')
          ? text.includes('day') ? 'a day of cash flow' : 'cash flow'
          : 'money';
      sentences.push(`I know it also cost you ${cost}.`);
    }
  }
  if (s.signals.has('repeat_contact')) {
    const times = s.facts.repeatOrdinal ? `a ${s.facts.repeatOrdinal} time` : 'again';
    sentences.push(`Having to write to us ${times} about it is on us, not you.`);
  }
  return sentences;
}

function history(s: Shared): string[] {
  if (!s.signals.has('loyal_customer')) return [];
  const tenure = s.facts.tenure ?? 'for years';
  if (s.situations[0] === 'late_payment') {
    return [`You've been with us ${tenure}, and that counts for far more than one invoice.`];
  }
  return [`You've been with us ${tenure}, and you deserved better from us than this.`];
}

function ownership(s: Shared): string[] {
  // One ownership line: two in a row ("That's our mistake. That's on us.") reads as a script. A
  // partner's mistake takes precedence, because owning it is the lesson customers remember.
  const id = s.situations.includes('partner_error') ? 'partner_error' : s.situations.find((x) => SITUATION_LINES[x].own);
  const own = id ? SITUATION_LINES[id].own : undefined;
  return own ? [own(s.phrasing)] : [];
}

function escalation(s: Shared): string[] {
  if (!s.signals.has('repeat_contact')) return [];
  // A repeat contact never gets the same minimal fix: a named owner, and the rep brings in help.
  const owner = s.repName ? `I'm ${s.repName}, and I'm your contact for this from now on` : "I'm your contact for this from now on";
  return [
    "I'm not going to send you the same answer again.",
    `${owner}: I've brought in our team lead myself, and neither of us will hand this off until it's fixed.`,
  ];
}

function deadlineLead(s: Shared): string[] {
  if (!s.signals.has('deadline')) return [];
  const { event, when } = s.facts;
  // The event is what went wrong ("your payroll run"): it is the next one that matters now.
  if (event && s.facts.awaited?.name === event) {
    return [`Because ${event} can't ${s.signals.has('repeat_contact') ? 'slip again' : 'wait'}, I'm doing this first.`];
  }
  if (event && (s.facts.deadlineClock || (when && when !== 'right now'))) return [`Because ${event} is${eventTime(s.facts)}, I'm doing this first.`];
  if (event) return [`Because you need this for ${event}, I'm doing this first.`];
  if (s.today) return ["Because you need this today, I'm doing this first."];
  return ["Because you're up against a deadline, I'm doing this first."];
}

function fixes(s: Shared): string[] {
  return s.situations.map((id) => SITUATION_LINES[id].fix(s.phrasing));
}

/** Try harder, after the seeds' out-of-stock story: order it, ship it, guarantee the fit. */
function goFurther(s: Shared): string[] {
  if (!s.situations.includes('out_of_stock')) return [];
  const { facts } = s;
  const them = facts.itemIsPlural ? 'them' : 'it';
  const size = facts.size ? ` in size ${facts.size}` : '';
  const out = [`Better still, I'll order ${them}${size} from our supplier for you and ship ${them} straight to you; I'll confirm the delivery date ${s.phrasing.by}.`];
  const limits = s.input.settings.remedies;
  if (limits.replacement) out.push(`If the fit isn't right, I'll exchange ${them} at our cost.`);
  else if (limits.refund) out.push(`If the fit isn't right, I'll refund ${them} in full.`);
  return out;
}

function alternatives(s: Shared): string[] {
  return s.situations.flatMap((id) => {
    const alt = SITUATION_LINES[id].alternative;
    return alt ? [alt(s.phrasing)] : [];
  }).slice(0, 1); // the customer's real need, once: a list of alternatives reads as a menu
}

function remedySentences(offers: RemedyOffer[], s: Shared, tier: TierId): string[] {
  // One sentence per remedy: three clauses in one sentence read like a price list.
  if (offers.length) {
    return offers.map((o, i) =>
      i === 0 ? `To make up for this, ${o.clause}.` : `${o.clause.replace(/^I('ve|'m) /, "I$1 also ")}.`,
    );
  }
  if (tier === 'try_harder' && s.stakes >= 3) {
    return ["I'll handle every step of this personally until it's done, so you don't have to chase anything."];
  }
  return [];
}

function churn(s: Shared, tier: TierId): string[] {
  if (tier === 'minimal') return [];
  if (s.situations.includes('cancellation')) {
    return tier === 'try_harder'
      ? ["If what you need is a break rather than a goodbye, I can pause the account instead so your setup stays as it is; reply \"pause\" and I'll switch it myself today."]
      : [];
  }
  if (!s.signals.has('churn_risk')) return [];
  return ["You mentioned leaving us, and I'd rather earn your trust back by fixing this properly than ask you to stay."];
}

function prevention(s: Shared): string[] {
  const lines = [...new Set(s.situations.flatMap((id) => {
    const prevent = SITUATION_LINES[id].prevent;
    return prevent ? [prevent(s.phrasing)] : [];
  }))].slice(0, 2);
  // "I've also … I've also …" reads as a list: the second one goes without.
  return lines.map((line, i) => (i > 0 ? line.replace(/^I've also /, "I've ") : line));
}

function greeting(s: Shared): string {
  if (s.tone === 'formal') return s.firstName ? `Dear ${s.firstName},` : 'Hello,';
  return s.firstName ? `Hi ${s.firstName},` : 'Hi there,';
}

function signOff(s: Shared): string {
  const word = s.input.settings.signOff?.trim() || (s.tone === 'formal' ? 'Kind regards' : 'Warm regards');
  const lines = [word.replace(/,$/, '') + ','];
  if (s.repName) lines.push(s.repName);
  if (s.company) lines.push(s.repName ? s.company : `The ${s.company} team`);
  return lines.join('\n');
}

/** Paragraph layout: which steps share a paragraph, in reading order. */
const PARAGRAPHS: StepId[][] = [
  ['greeting'],
  ['acknowledge', 'history'],
  ['own', 'escalate'],
  ['fix', 'alternative'],
  ['remedy', 'churn'],
  ['prevent', 'follow_up'],
  ['check_in'],
  ['sign_off'],
];

function composeTier(s: Shared, tier: TierId): RecoveryReply {
  const beyondMinimal = tier !== 'minimal';
  const offers = chooseRemedies({
    tier,
    stakes: s.stakes,
    situations: s.situations,
    hasDeadline: s.signals.has('deadline'),
    moneyAtStake: s.signals.has('money_at_stake'),
    facts: s.facts,
    phrasing: s.phrasing,
    limits: s.input.settings.remedies,
  });
  const primary = SITUATION_LINES[s.situations[0]!];
  // The wait we own is not what the customer needed: ask about what was at stake (their next
  // payroll run), when the message names it.
  const asked =
    s.situations[0] === 'our_mistake' && s.facts.waitedOnUs && s.situations.length > 1
      ? SITUATION_LINES[s.situations[1]!]
      : primary;
  const wantsFollowUp =
    tier === 'try_harder' || (tier === 'customer_focused' && (s.signals.has('deadline') || s.signals.has('repeat_contact')));
  const followUpLine = wantsFollowUp ? [`I'll check in with you ${s.followBy} to make sure ${primary.followUpGoal(s.phrasing)}.`] : [];

  const sentencesByStep: Partial<Record<StepId, string[]>> = {
    greeting: [greeting(s)],
    acknowledge: acknowledge(s),
    history: history(s),
    own: ownership(s),
    escalate: escalation(s),
    fix: [...deadlineLead(s), ...fixes(s)],
    alternative: [...(beyondMinimal ? alternatives(s) : []), ...(tier === 'try_harder' ? goFurther(s) : [])],
    remedy: beyondMinimal ? remedySentences(offers, s, tier) : [],
    churn: churn(s, tier),
    prevent: tier === 'try_harder' ? prevention(s) : [],
    follow_up: followUpLine,
    check_in: [asked.checkIn(s.phrasing)],
    sign_off: [signOff(s)],
  };

  // One sentence is said once, however many situations would have contributed it.
  const said = new Set<string>();
  const steps: RecoveryStep[] = [];
  const paragraphs: string[] = [];
  for (const group of PARAGRAPHS) {
    const parts: string[] = [];
    for (const id of group) {
      const fresh = (sentencesByStep[id] ?? [])
        .map((text) => (id === 'sign_off' ? text : capitalize(inTone(s.tone, text))))
        .filter((text) => !said.has(text) && said.add(text));
      if (!fresh.length) continue;
      const text = fresh.join(' ');
      steps.push({ id, text });
      parts.push(text);
    }
    if (parts.length) paragraphs.push(parts.join(' '));
  }

  const dueAt = wantsFollowUp ? (s.followDueAt ?? followUpDueAt(s.input.context, s.followHours)) : undefined;
  const fixSummary = joinList([...new Set(s.situations.map((id) => SITUATION_LINES[id].fixSummary(s.phrasing)))]);
  const extras = [
    ...(beyondMinimal && s.situations.some((id) => SITUATION_LINES[id].alternative) ? ['solve the real need'] : []),
    ...offers.map((o) => o.summary),
    ...(tier === 'try_harder' ? ['prevent a repeat'] : []),
  ];
  const summary =
    `${TIER_LABELS[tier]}: ${fixSummary}` +
    (extras.length ? ` + ${extras.join(', ')}` : '') +
    (wantsFollowUp ? `; check in ${s.followBy}` : '');

  return {
    tier,
    text: paragraphs.join('\n\n'),
    summary,
    steps,
    ...(dueAt !== undefined
      ? { followUp: { dueAt, text: `Check in with ${s.firstName ?? 'the customer'}: ${fixSummary}.` } }
      : {}),
  };
}

/** The three recovery tiers for this customer, in one pass over their message. */
export function composeRecovery(input: RecoveryInput): RecoverySet {
  const s = shared(input);
  const entries = TIER_IDS.map((tier) => [tier, composeTier(s, tier)] as const);
  return Object.fromEntries(entries) as RecoverySet;
}
