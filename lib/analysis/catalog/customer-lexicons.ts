import type { z } from 'zod';
import type { CueLexiconSchema } from './schema';

// Weighted cue lexicons: the second, softer layer of customer classification. Customers
// describe the same trouble in endless ways ("took my money twice", "the statement shows two
// payments"), so beside the structural cues (customer.ts) each situation has a lexicon of
// lemmas with weights; a situation the structures missed is added when ONE sentence gathers
// enough weight (distinct lemmas, plus entity classes like PARTY or AMOUNT). Evidence is that
// sentence. Weights were set by hand from how customers write in each industry.

type LexiconInput = z.input<typeof CueLexiconSchema>;

export const CUE_LEXICONS: LexiconInput[] = [
  {
    label: 'billing_error',
    threshold: 3,
    weights: {
      overcharged: 3, overcharge: 3, charged: 2, charge: 1.5, billed: 2, bill: 1, invoice: 1, statement: 1.5, refund: 1.5,
      transaction: 1.5, debit: 1.5, debited: 2, double: 1.5, twice: 1.5, duplicate: 2, unauthorized: 2.5, unauthorised: 2.5,
      fee: 1, renewal: 1, renewed: 1.5, 'auto-renew': 1.5, subscription: 0.5, pending: 1, money: 1, dispute: 1.5,
      chargeback: 2, wrong: 1, incorrect: 1, amount: 1, paid: 1, payment: 1, deducted: 2, withdrawn: 1.5, taken: 0.5,
      recognize: 1, recognise: 1, AMOUNT: 1.5, why: 0.5, reimburse: 1.5, credit: 0.5,
    },
    // "will that be refunded?" asks about a refund; nothing was billed wrongly.
    // A refund asked for on leaving is part of the cancellation (TAXONOMY §2).
    unless: ['late', 'will', 'would', 'could', 'can', 'close', 'cancel', 'cancellation', 'called', 'rang', 'rung', 'phoned', 'chased', 'written', 'wrote', 'emailed', 'thinking', 'photos', 'pictures', 'documents'],
    requireAny: ['wrong', 'twice', 'double', 'duplicate', 'overcharged', 'unauthorized', 'unauthorised', 'refund', 'dispute', 'incorrect', 'again', 'extra', 'unexpected', 'why', 'still', 'never', 'not', 'mistake', 'error', 'recognize', 'recognise', 'though', 'despite', 'back', 'missing', 'chargeback', 'two', 'pending'],
    examples: { positive: ['The bank statement shows two payments to you this month for one order.', 'You took the money again even though I turned off the renewal.'], negative: ['Can you send me a copy of my invoice?'] },
  },
  {
    label: 'our_mistake',
    threshold: 3.5,
    weights: {
      wrong: 2, mistake: 2, incorrect: 2, error: 1, rude: 3, promised: 2, promise: 1.5, told: 1.5, assured: 2, forgot: 2,
      ignored: 2, lied: 3, misinformed: 3, unprofessional: 3, damaged: 1.5, broken: 1, defective: 2, faulty: 2, missing: 1.5,
      agent: 1, staff: 1, representative: 1, employee: 1, receptionist: 1, 'hung': 2, dirty: 2, filthy: 3, cracked: 1.5,
      confirmed: 1, confirmation: 1, instead: 1, supposed: 1, never: 0.5, mixed: 1.5, 'mix-up': 2, messed: 2, dismissive: 3,
      sent: 0.5, gave: 0.5, booked: 0.5, said: 1, contradict: 2, different: 1,
    },
    // A broken promise about a delivery is the late delivery itself (tests/corpus/README.md).
    unless: ['tracking', 'parcel', 'package', 'delivery', 'delivered', 'arrive', 'arrived', 'dispatched', 'shipped'],
    examples: { positive: ['The receptionist was rude and told me the booking did not exist.', 'Your colleague promised a callback that never came.'], negative: ['What are your opening hours on Sunday?'] },
  },
  {
    label: 'partner_error',
    threshold: 4.5,
    weights: {
      PARTY: 2, ORG: 2, through: 1, via: 1, booked: 1, 'third-party': 2, reseller: 2, agency: 1.5, courier: 1.5, driver: 1,
      contractor: 2, installer: 2, taxi: 1, shuttle: 1, wrong: 1, lost: 1, damaged: 1, never: 0.5, 'no record': 2, record: 1,
      said: 0.5, told: 0.5, left: 0.5, charged: 0.5, cancelled: 0.5, canceled: 0.5, rude: 1, mistake: 1, error: 1, failed: 1,
    },
    // "notifications stopped coming through" is no booking through a third party.
    unless: ['coming', 'notifications', 'notification', 'couriered'],
    // PARTY also names us (the hotel, the bank, the airline): an intermediary word must be there too.
    requireAny: ['through', 'via', 'reseller', 'third-party', 'agency', 'agent', 'courier', 'contractor', 'installer', 'seller', 'marketplace', 'partner', 'subcontractor'],
    examples: { positive: ['I booked through a travel agency and the hotel has no record of it.'], negative: ['Do you ship with UPS?', 'Reception had no record of our booking.'] },
  },
  {
    label: 'late_delivery',
    threshold: 3.5,
    weights: {
      arrived: 1, arrive: 1, delivered: 1, delivery: 1, shipped: 1, shipping: 0.5, tracking: 1.5, package: 1, parcel: 1.5,
      order: 0.5, late: 1.5, delayed: 2, delay: 1.5, still: 1, yet: 1, waiting: 1, overdue: 2, missing: 1, lost: 1, stuck: 1.5,
      courier: 1, driver: 0.5, technician: 1, engineer: 0.5, appointment: 1, 'no-show': 3, show: 0.5, expected: 1, estimated: 1,
      eta: 1.5, where: 1, never: 1, flight: 1, bag: 1, luggage: 1.5, baggage: 1.5, cancelled: 0.5, weeks: 0.5, days: 0.5,
    },
    // A parcel that came damaged is a wrong delivery, not a late one.
    unless: ['change', 'update', 'amend', 'fee', 'invoice', 'transfer', 'funds', 'salary', 'wages', 'damaged', 'broken', 'crushed', 'smashed', 'cracked', 'wrong', 'if', 'love', 'loves', 'thanks', 'thank', 'safely', 'perfect', 'great', 'lovely', 'otherwise', 'returned', 'refund', 'refunded'],
    requireAny: ['arrived', 'arrive', 'delivered', 'delivery', 'shipped', 'tracking', 'late', 'delayed', 'delay', 'overdue', 'lost', 'stuck', 'no-show', 'eta', 'show', 'showed', 'turned', 'came'],
    examples: { positive: ['Tracking has said out for delivery for four days and nothing.'], negative: ['Can I change my delivery address?'] },
  },
  {
    label: 'outage',
    threshold: 3,
    weights: {
      down: 2, error: 1.5, crash: 2, crashing: 2, crashes: 2, broken: 1.5, working: 1, work: 0.5, load: 1, loading: 1.5,
      blank: 1.5, outage: 3, offline: 2, unavailable: 1.5, bug: 2, glitch: 2, freezes: 2, frozen: 1.5, timeout: 2, sync: 1.5,
      syncing: 1.5, app: 0.5, site: 0.5, website: 0.5, system: 0.5, dashboard: 1, server: 1, internet: 1, wifi: 1, connection: 1,
      signal: 1, disappeared: 1.5, lost: 0.5, data: 1, failing: 1.5, failed: 1, fails: 1.5, since: 0.5, update: 0.5, stopped: 1.5,
      "can't": 0.5, unable: 0.5, spinning: 1.5, slow: 1, respond: 1.5, responding: 1.5, bounce: 2.5, bouncing: 2.5, kick: 1.5,
      grey: 1, gray: 1, screen: 0.5, email: 0.5, save: 0.5, open: 0.5, lag: 1.5, glitchy: 2, reset: 1, disconnect: 2,
    },
    unless: ['password', 'log', 'login'],
    examples: { positive: ['Since the update the dashboard just spins and nothing loads.'], negative: ['How do I update my billing address?'] },
  },
  {
    label: 'cancellation',
    threshold: 3,
    weights: {
      cancel: 2, cancellation: 2, close: 1, terminate: 2, termination: 2, unsubscribe: 2.5, leave: 1, leaving: 1, switch: 1,
      'no longer': 1.5, end: 0.5, account: 0.5, subscription: 1, membership: 1, contract: 1, plan: 0.5, please: 0.5, want: 0.5,
      like: 0.5, effective: 1, immediately: 0.5,
    },
    unless: ['or', 'otherwise', 'unless', 'if', 'downgrade', 'pause', 'how'],
    requireAny: ['please', 'want', 'like', 'wish', 'need', 'request', 'requesting', 'effective', 'immediately', 'going', 'planning', 'would', 'decided', 'ready'],
    examples: { positive: ['Please close the account and stop all future payments effective immediately.'], negative: ['How do I pause my membership?'] },
  },
  {
    label: 'late_payment',
    threshold: 3,
    weights: { late: 1.5, overdue: 2, 'past due': 2, missed: 1.5, forgot: 1.5, pay: 1, paid: 1, payment: 1, invoice: 1, penalty: 1.5, fee: 0.5, interest: 1, reminder: 1, arrears: 2, due: 1 },
    // Paying staff late is the customer's payroll trouble, not a bill they paid late.
    unless: ['refund', 'delivery', 'arrive', 'employees', 'staff', 'wages', 'salary', 'salaries', 'your', 'people', 'team', 'payroll', 'workers', 'flight', 'excursion', 'train', 'bus', 'connection', 'appointment', 'tour', 'show', 'event'],
    // Paying is not paying late: the sentence must say the payment was late, missed or overdue
    // (and a missed flight or excursion is not a missed payment).
    requireAny: ['late', 'overdue', 'missed', 'forgot', 'arrears', 'penalty', 'reminder', 'due', 'behind', 'unpaid', 'bounced', 'declined', 'failed'],
    examples: { positive: ['Our invoice went overdue while I was travelling and now there is a penalty.'], negative: ['When is my invoice due?'] },
  },
  {
    label: 'out_of_stock',
    threshold: 3,
    weights: { stock: 2, 'sold out': 3, unavailable: 2, available: 1, discontinued: 3, size: 1, restock: 2, backorder: 2.5, waitlist: 2, 'fully booked': 3, availability: 2, none: 1, left: 0.5, carry: 1 },
    unless: [],
    examples: { positive: ['Every store says my size is unavailable and nobody can restock it.'], negative: ['Is the blue one available?'] },
  },
];

// Who did it: when no cue and no lexicon named the trouble, a declarative sentence whose fault
// has an agent still says whose error it is (TAXONOMY §2): a third party acting for us
// (partner_error) or we ourselves, our staff, site or app (our_mistake). Single words, matched
// on lemma; the classifier looks for the agent a few words before the fault.

/** Roles of someone acting between the customer and us (single lemmas; ORG and DOMAIN entities count too). */
export const PARTNER_AGENTS = [
  'courier', 'rider', 'driver', 'seller', 'reseller', 'restaurant', 'takeaway', 'installer', 'contractor', 'subcontractor', 'agency',
  'shuttle', 'taxi', 'cab', 'partner', 'franchise', 'franchisee', 'dealer', 'dealership', 'broker', 'landlord', 'operator', 'bureau',
  'caterer', 'plumber', 'electrician', 'locksmith', 'surveyor', 'adjuster', 'assessor', 'repairer', 'garage', 'bodyshop',
  'valet', 'fitter', 'tiler', 'roofer', 'builder', 'decorator', 'photographer', 'kennel', 'cattery', 'florist', 'guide', 'carrier',
  'vendor', 'supplier', 'marketplace', 'removal', 'removals', 'handyman', 'gardener', 'organiser', 'organizer', 'processor',
  'administrator', 'subcontractor', 'accountant', 'bookkeeper', 'underwriter', 'underwriters',
];

/**
 * Partners that are plainly someone else's business when they open a sentence as its subject
 * ("The restaurant sent …"); trades that are often a firm's own people (fitter, plumber, driver)
 * are left out.
 */
export const SUBJECT_PARTNERS = [
  'courier', 'rider', 'seller', 'reseller', 'restaurant', 'takeaway', 'contractor', 'subcontractor', 'agency', 'broker', 'dealer',
  'dealership', 'marketplace', 'vendor', 'supplier', 'carrier', 'processor', 'administrator', 'franchisee', 'franchise', 'partner',
  'operator', 'landlord', 'caterer', 'bureau', 'underwriter', 'underwriters', 'accountant', 'assessor', 'adjuster', 'surveyor',
];

/** Nouns that name a partner only after a word saying what it does ("the shuttle company", "the cleaning firm"), not "your company". */
export const PARTNER_HEADS = ['company', 'firm', 'people', 'person', 'man', 'guy', 'crew'];

/** Our own people and channels ("your agent", "the receptionist", "your website"). */
export const OUR_AGENTS = [
  'agent', 'staff', 'team', 'rep', 'representative', 'employee', 'colleague', 'assistant', 'receptionist', 'cashier', 'clerk',
  'manager', 'supervisor', 'advisor', 'adviser', 'associate', 'attendant', 'consultant', 'website', 'site', 'app', 'system',
  'store', 'shop', 'branch', 'support', 'chatbot', 'bot', 'chat', 'email', 'letter', 'confirmation', 'invoice', 'label', 'listing',
  'description', 'advert', 'ad', 'brochure', 'menu', 'quote', 'nurse', 'doctor', 'pharmacist', 'optician', 'waiter', 'waitress',
  'server', 'chef', 'kitchen', 'crew', 'engineer', 'technician', 'pilot', 'steward', 'stewardess', 'guard', 'conductor', 'concierge', 'housekeeping', 'security',
  'lady', 'man', 'woman', 'guy', 'person', 'people', 'someone', 'somebody',
];

/** Words of a fault done by someone (lemmas): acts that wrong the customer, and how they were done. */
export const FAULT_WORDS = [
  'wrong', 'incorrect', 'never', 'ignore', 'forget', 'forgot', 'forgotten', 'lose', 'lost', 'break', 'broke', 'broken', 'ruin', 'damage',
  'scratch', 'dent', 'crack', 'throw', 'threw', 'drop', 'spill', 'smash', 'refuse', 'rude', 'shout', 'yell', 'laugh', 'lie', 'lied',
  'swear', 'insult', 'mislead', 'misled', 'without', 'instead', 'old', 'outdated', 'expired', 'opened', 'used', 'dirty', 'filthy',
  'ate', 'eat', 'steal', 'stole', 'stolen', 'abandon', 'strand', 'stranded', 'dump', 'dumped', 'bin', 'binned', 'mess', 'messed',
  'botch', 'botched', 'overcharge', 'cancel', 'cancelled', 'canceled', 'delete', 'deleted', 'wipe', 'wiped', 'flood', 'leak', 'stain',
  'hang', 'hung', 'block', 'blocked', 'unplug', 'unplugged', 'cut', 'leave', 'left', 'fail', 'failed', 'reject', 'rejected',
  'swap', 'swapped', 'substitute', 'substituted', 'extra', 'flooded', 'burn', 'burnt', 'burned',
];
