import type { RuleInput } from './schema';

// blame_shift — puts the fault on the customer, a partner or "the system" (TAXONOMY §1).
// Needs fault language pointed away from us; fault placed on us ("you shouldn't have been
// charged") is clean (TAXONOMY §1a).

const PAST_ACT = '(=checked | =read | =contacted | =called | =cancelled | =canceled | =selected | =entered | =booked | =ordered | =known | =noticed | =told | =informed | =let | =reviewed | =double-checked | =updated | =confirmed | =verified | =followed | =used | =chosen | =kept | =made | =taken | =asked | =done | =waited | =bought | =paid | =reported | =returned | =ensured | =provided | =submitted | =saved | =backed | =logged | =signed | =opted | =turned | =set | =read | =looked | =tracked | =arrived | =allowed | =planned | =arranged | =requested | =registered | =renewed | =downloaded | =installed | =printed | =packed | =labelled | =labeled | =declared | =insured | =purchased | =added | =removed | =clicked | =typed | =gone | =come | =been (more)? (careful | aware))';

// Whose job a thing is, when the rep says it is not ours: the customer in one of their roles.
const ROLE = '(customer | customers | guest | guests | passenger | passengers | traveller | traveler | travellers | renter | hirer | driver | cardholder | card holder | account holder | policyholder | policy holder | buyer | purchaser | sender | recipient | user | client | member | tenant | employee | employer | subscriber | owner | patient | student | applicant | sender)';

export const BLAME_SHIFT: RuleInput[] = [
  {
    id: 'blame_shift.not-affiliated',
    category: 'blame_shift',
    patterns: [
      '(we | i) (just | simply | merely | only) (provide | list | sell | pass | forward | act | connect | host | display | facilitate | relay | resell | advertise) (the)? (platform | listings | listing | tickets | information | on | as)',
      '(we | i) (be | are) (just | only | merely | simply | purely) (a | an | the) (platform | marketplace | intermediary | middleman | middle man | reseller | booking platform | booking agent | agent | booking site | third party | broker | facilitator)',
      '(we | our company | ORG) (be | are | is) (not | in no way) (affiliated | associated | connected | related | partnered | linked | involved) (with | to | in)',
      '(we | i) (have | has) no (affiliation | association | connection | relationship | partnership | control | influence | say) (with | over | on | in)',
      '(we | i) (do not | cannot | can not) (control | own | operate | manage | run | influence | dictate) (the | their | your | how | what | when)',
      '(they | PARTY | ORG | this | it) (be | are | is) (a | an | an independent | a separate | a completely separate | an external | a different) (third-party | third party | independent | separate | external | different) (company | companies | business | site | website | seller | vendor | provider | entity | service | party | organization | organisation)?',
    ],
    exceptions: ['rep-own-action'],
    message: 'Distances us from the partner. The customer booked through them to reach you; whoever sells for you represents you.',
    rewrites: [
      "{partner|They} sell on our behalf, so this is ours to fix. I'll take it up with them and update you {followup_time|by the end of tomorrow}",
      "That's on us: {partner|our partner} booked this for us, and I'm sorting it out with them now",
    ],
    examples: {
      invalid: [
        'We are not affiliated with Expedia.',
        'Please note we have no control over the courier.',
        "We don't control the airline's schedule changes.",
        'They are a third-party seller.',
        'Booking.com is a separate company.',
      ],
      valid: [
        "Expedia books on our behalf, so I've asked them to correct the address and will call you at 2 pm.",
        "We're partnered with the courier directly, so I've opened a trace for you.",
      ],
    },
  },
  {
    id: 'blame_shift.customer-fault',
    category: 'blame_shift',
    patterns: [
      '(because | since | as) the (car | vehicle | item | items | product | room | package | parcel | device | phone | equipment | tank) (was | were | had been) (returned | left | damaged | used | opened | worn | washed | late | dropped | modified | tampered)',
      '(you | you be) (solely | fully | entirely | personally)? (responsible | liable | accountable) for',
      '(responsibility | fault | obligation | duty) of (the)? (PARTY | ORG | cardholder | card holder | account holder | customer | guest | renter | driver | passenger | traveller | traveler | hirer | buyer | sender | recipient | user | client)',
      '(you | you have) (=were | =was | =have been | =had been) (=warned | =informed | =notified | =told | =advised | =reminded | =made aware) (of | about | that | in | when | at | twice | several times | multiple times | before)?',
      '(as | because | since) your (card | payment method | payment | subscription | plan | account | booking | license | licence | insurance | document | documents | passport | visa | balance | direct debit) (had | has)? (=expired | =lapsed | =bounced | =failed | was declined | was not | were not | was insufficient | did not)',
      '(because | since | as) (your | the customer \'s) …{0,3} (was | were | is | had | did) (not | never | insufficient | overdrawn | expired | late | empty | below | returned | incomplete | missing | invalid | incorrect | wrong)',
      '(the | your) (WORD)? (address | details | reading | readings | photo | photos | document | documents | information | card (details | number)? | email | email address | number | phone number | name | date | dates | postcode | zip code | account number) (you | that you) (=provided | =entered | =gave | =typed | =supplied | =submitted | =used | =chose | =selected | =sent) (us)? (was | were | is | are) (incorrect | wrong | invalid | incomplete | outdated | missing | not valid | inaccurate | unreadable | illegible | lower than | higher than | too low | too high)',
      '(you | you have) (=missed | =exceeded | =passed | =ignored | =overlooked) (the | our | your)? (deadline | cut-off | cutoff | window | return window | returns window | due date | check-in time | grace period | time limit | payment date | cancellation window)',
      '(because | since | as) you (=selected | =chose | =opted | =entered | =forgot | =failed | =missed | =ignored | =clicked | =typed | =neglected | did not (update | read | check | cancel | follow | respond | reply | provide | confirm | verify | return | pay) | never (updated | read | checked | cancelled | responded | replied | confirmed | returned | paid))',
      '(you | you must | you may | you might) have (=entered | =typed | =selected | =clicked | =chosen | =provided | =used | =booked | =ordered | =picked | =given) (in)? (the | an | a | your)? (wrong | incorrect | invalid | old | outdated)',
      '(it | that | this) (be | is | was) up to (you | the customer | the cardholder | the account holder) to',
      '(you | you have) (=agreed | =accepted | =consented) to (the | our | these | those) (terms | policy | conditions | terms and conditions | t&cs | rules)',
      `(you | you have) (should | ought to) (have | 've | of) (already)? (been)? ${PAST_ACT}`,
      '(you | you have) (=failed | =neglected | =forgot | =forgotten | =omitted) (to)?',
      '(you | you have) (=entered | =selected | =provided | =chose | =chosen | =gave | =given | =typed | =put | =used | =booked | =ordered | =picked | =clicked | =input | =supplied | =submitted) (in)? (the | an | a | your)? (wrong | incorrect | invalid | inaccurate | outdated | old | mistaken | wrongly)',
      '(you | you have) (did | do) not (read | follow | check | enter | provide | select | update | cancel | notice | contact | review | confirm | complete | verify | respond | reply | return | submit | include | attach | allow | see | pay | save | opt | click | sign | log | turn | set | mention | tell | inform | let us know | specify | notify | advise | request | ask | add | purchase | buy | take out)',
      '(due | owing) to (your | the customer \'s | a customer | user) (own)? (error | mistake | oversight | negligence | failure | input | actions | delay)',
      '(this | it | the (issue | problem | error | delay | charge | fee)) (was | is | has been) (caused | created | triggered) by (you | your)',
      '(user | customer | operator) (error | mistake)',
      '(this | it | that) (be | was) (a | an)? (your | user) (own)? (error | mistake | oversight)',
      '(you | you were) (were)? (supposed | meant | required | expected | responsible | obliged) to (have)?',
      '(it | this | that) (was | is | remains) (your | the customer \'s | the cardholder \'s | the account holder \'s) (own)? (responsibility | job | duty | obligation | fault | choice)',
      '(on | from) your (end | side | part) (,)? (not ours | not on ours)',
      '(the (issue | problem | error | mistake | delay) | this | it) (be | is | lies | was) (on | with) (your | the customer \'s) (end | side | part)',
      'as you (=agreed | =accepted | =signed | =consented | =acknowledged) (to)? (when | at | in | upon)?',
      // The duty put on the customer's role: "it is the renter's responsibility to …".
      `(it | this | that) (be | remains) (the | each | every)? ${ROLE} ('s | s)? (own)? (responsibility | duty | obligation | job) (to)?`,
      // A failure explained by what the customer gave us: "because the postcode was incomplete".
      '(because | since | as) the (WORD)? (address | delivery address | details | postcode | zip code | information | card details | card number | email address | phone number | number | name | documents | paperwork | reference | instructions) (you | that you)? (=gave | =provided | =entered | =supplied)? (=was | =were | had been) (incomplete | incorrect | wrong | invalid | missing | not valid | outdated | not correct | unclear)',
      // A failure explained by something the customer did not send: "because no reading was submitted".
      '(because | since | as) no …{0,2} (=was | =were | had been | has been) (=provided | =received | =submitted | =supplied | =given | =made | =sent | =returned | =entered)',
      // Absent when we came: "but you were not at home when the driver called".
      '(but | however | as | because | since) you (=were | =was) (not | never) (at home | home | in | available | present | there | around | reachable | contactable | on site | at the property)',
      '(=was | =were | has been | have been) (caused | created | triggered) by (you | your)',
      '(which | that) (be | is) (your | the (customer | tenant | owner | homeowner | account holder) \'s) (own)? (responsibility | liability | problem)',
      '(could not | was unable to | were unable to | was not able to | were not able to) (gain | get) (access | in) (to | into)? (the | your)? (property | home | house | flat | premises | building | meter | site | apartment)',
      // What the records say the customer did: "according to our records, you declined cover".
      '(according to | per | based on) (our)? (records | logs | system | notes | files) (\\,)? you (=did | =opted | =chose | =selected | =cancelled | =canceled | =declined | =agreed | =accepted | =requested | =confirmed | =never | =failed | =missed | =ticked | =unticked | =removed)',
      '(you | you have) (=opted out | =declined | =chose not to (take | buy | add | purchase) | =waived | =refused) (of)? (the | our | any)? (WORD)? (insurance | cover | coverage | protection | warranty | option | add-on | upgrade | tracking | signature)',
      // The customer\'s own setup as the cause: "because you were on an outdated version".
      '(because | since | as) you (=were | =are | =was) (using | running | on) (an | a | the | your)? (old | outdated | older | unsupported | incompatible | wrong | expired | out-of-date | legacy)',
      '(a | an | the)? (known)? (issue | problem | limitation | bug | fault | quirk | incompatibility) (with | of | in | on) your …{0,2} (browser | device | phone | computer | laptop | connection | network | router | settings | setup | equipment | version | operating system | internet | wifi | wi-fi | printer | firewall | antivirus)',
      // The consequence tied to the customer\'s lapse: "your card had expired, so the payment failed".
      '(=expired | =lapsed | was declined | had insufficient funds | was overdrawn | was blocked) (\\,)? (so | which is why | which meant | and so | hence | that is why) (the | your)? (payment | renewal | charge | transfer | booking | order | direct debit | subscription | instalment | installment) (=failed | did not go through | =bounced | was (declined | cancelled | canceled | rejected | not processed | returned))',
      '(but | however | as | because | since) (nobody | no one | no-one) (=was | =were) (home | at home | in | available | there | present | around | to (receive | sign for | answer | collect))',
    ],
    exceptions: [
      {
        why: 'a condition is not an accusation: "if you don\'t get the code by noon, call me" blames no one',
        patterns: ['(if | unless | in case | should) (you | you do) (do not | did not | have not | never)'],
        scope: 'before',
        window: 0,
      },
      {
        why: 'fault placed on us is clean ("you were told the wrong date by our agent, that is on us") (TAXONOMY §1a)',
        patterns: ['(our | my) (mistake | error | fault | agent | team | colleague | side | end | system)', '(that | this) (be | was) on (us | me)', 'by (us | me | our | one of our)'],
        scope: 'sentence',
        window: 0,
      },
    ],
    message: "Puts the fault on the customer. Even when they slipped, blame doesn't fix it; say what happened plainly and fix it.",
    rewrites: [
      "Here's what happened, and here's how I'll fix it for you right now",
      "Let's get this sorted: I'll correct it on my side and confirm {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'You should have checked the size chart before ordering.',
        'You failed to cancel before the renewal date.',
        'You entered the wrong address at checkout.',
        "You didn't read the terms.",
        'This was caused by your error.',
        'It was your responsibility to update the card on file.',
        'You were supposed to return the car by 10 am.',
        'The issue is on your end.',
        "It is the tenant's responsibility to report leaks.",
        'The driver left a card because the flat number was missing.',
        'The account was paused since no documents were submitted.',
        'Our fitter came by at 9, but you were not at home.',
        'The outage was triggered by your firewall settings.',
        'Per our records, you declined the extra cover at pickup.',
        'You opted out of signature on delivery.',
        'It failed because you were using an older app version.',
        'This is a known limitation of your router.',
        'The card had lapsed, so the renewal failed.',
        "You didn't tell us about the allergy.",
        'The leak is inside your flat, which is your responsibility.',
        'Our surveyor was unable to gain access to the property.',
        'The phone number you gave was incorrect.',
      ],
      valid: [
        "You shouldn't have been charged twice, and I've refunded the second charge.",
        'You should have received a confirmation email by now; I have resent it.',
        'I entered the wrong address on our side, and I have corrected it.',
        'You were right to flag this.',
        "If you don't get the code within 10 minutes, reply here and I'll send a new one myself.",
      ],
    },
  },
  {
    id: 'blame_shift.not-our-fault',
    category: 'blame_shift',
    patterns: [
      '(the | this | any | these | that)? (delay | delays | issue | problem | error | damage | cancellation | mix-up | confusion | disruption) (was | were | is | has been | have been)? (caused | created | triggered) by',
      '(we | i) (do not | can not | will not) (accept | take | bear | assume) (any)? (responsibility | liability | blame)',
      '(charged | applied | imposed | levied | set | caused | made | done) by (your | the) (bank | card issuer | issuer | provider | airline | carrier | courier | hotel | property | insurer | landlord | employer | ORG | PARTY)',
      '(beyond | outside (of)? | out of) (our | my | the company \'s) (control | hands)',
      '(responsibility | liability) (for …{0,6})? (lies | rests | sits | be) (with | on) @party',
      '(caused by | due to | because of | the result of | a result of) (your | the customer \'s | a customer | the cardholder \'s) (own)? (…{0,3})? (error | mistake | settings | browser | device | network | connection | bank | card | input | entry | choice | selection | action | actions | failure | delay | oversight)',
      '(this | it | that | the (issue | problem | delay | error | mistake | damage | cancellation | change)) (be | was | is | were) (caused by | due to | because of | the result of | a result of) (PARTY | ORG | the (carrier | courier | airline | bank | third party | partner | manufacturer | supplier | vendor | hotel | property | driver | warehouse | post office))',
      '(on | at) (the | their) (PARTY | ORG | carrier | courier | airline | bank | hotel | supplier | manufacturer | vendor | partner) (\'s)? (end | side)',
      '(PARTY | ORG | they) (be | are | is) (solely | fully | entirely | wholly)? (responsible | liable | accountable) for',
      '(this | it | that | the (issue | problem | delay | error)) (be | is | was | were) (not | in no way) (our | my | the company \'s | our company \'s) (fault | responsibility | doing | error | mistake | problem | issue | liability)',
      '(we | i | the company) (be | are | am | is) (not | in no way) (responsible | liable | accountable | at fault | to blame) (for)?',
      '(we | the company) (cannot | can not) be held (responsible | liable | accountable)',
      '(we | i | the company) (accept | take | bear | assume) no (responsibility | liability | blame)',
      '(this | it | that | the (delay | issue | problem)) (be | is | was) (beyond | outside | out of) (of)? (our | my) (control | hands)',
      '(this | it | that) (be | is | was) (out of | beyond) our hands',
      '(this | it | that | the (issue | problem)) (has | had) nothing to do with (us | our (company | team | service | product | end | side))',
      '(not | nothing) (on | from) our (end | side)',
      '(the (issue | problem | delay | error | fault | mistake) | this | it) (be | is | lies | was | rests | sits) (with | on | on the side of | at the (end | side) of) (PARTY | ORG | the (third party | partner | carrier | courier | airline | bank | hotel | manufacturer | vendor | supplier | seller)) (and not (us | with us))?',
      '(that | this | it) (be | is | was) (the | your)? (PARTY | ORG | courier | carrier | airline | bank | hotel | manufacturer | vendor | supplier | seller) (\'s | s) (responsibility | fault | problem | issue | error | mistake | doing | domain | liability | decision | call | choice)',
      '(that | this | it) (be | is | was) the (responsibility | fault) of (the)? (PARTY | ORG)',
      '(caused | created) by (PARTY | ORG | the (carrier | courier | airline | bank | third party | partner | manufacturer))',
      // The cause put on a problem at a partner: "due to a fault with your bank".
      '(caused by | due to | because of | the result of | a result of) (a | an | the)? (issue | problem | fault | outage | error | failure | delay | mistake | glitch | technical issue | technical problem) (with | at | on the part of | from | on the side of | caused by | affecting) …{0,2} (PARTY | ORG)',
      '(be | is | was) no longer (our | my | the company \'s) (responsibility | problem | concern | liability | fault)',
      '(=was | =is | =were | =are) the (PARTY | ORG) (\'s | s) (decision | call | choice | responsibility | fault | doing)',
      '(not | nothing) (something | anything)? (that)? (we | i | CAP) (can | could | be able to) (control | influence | change | affect | be responsible for)',
    ],
    exceptions: [
      {
        why: 'fault placed on us is ownership ("the delay was caused by a mistake on our side")',
        patterns: ['on (our | my) (side | end | part)', '(a | an) (mistake | error | fault | problem | glitch | oversight) (on | by | from) (our | my | us)', 'by (us | me | our (team | system | warehouse | staff | side))', '(we | i) (made | caused)'],
        scope: 'clause',
        window: 0,
      },
    ],
    message: "Says it is not our fault. Fault is not the customer's question; what happens next is.",
    rewrites: [
      "Whoever caused it, it's ours to fix: I'm on it and will update you {followup_time|by the end of tomorrow}",
      "That should not have happened to you. I'll take it up with {partner|the people involved} myself and make it right",
    ],
    examples: {
      invalid: [
        'This is not our fault.',
        'We are not responsible for delays caused by the courier.',
        'We cannot be held liable for lost items.',
        'Unfortunately the delay was outside of our control.',
        "That's the courier's responsibility.",
        'The problem lies with the airline.',
        'The error was caused by the bank.',
        'The transfer bounced because of a problem with the receiving bank.',
        'After collection, the parcel is no longer our responsibility.',
        'Room allocation was the property’s decision.',
        "Weather delays aren't something we can control.",
      ],
      valid: [
        'This was our fault, and I have refunded the fee.',
        "I'm responsible for your account from here on.",
        'I take full responsibility for the mix-up.',
        'The delay was caused by a fault on our side with the carrier booking, and I have rebooked it.',
        'Returns are free, and not something you need to pay for.',
      ],
    },
  },
  {
    id: 'blame_shift.not-us',
    category: 'blame_shift',
    // Pointing at someone else and adding "not us" ("set by the court, not by us"). Its own rule:
    // the words "by us" / "on our end" that clear not-our-fault are exactly what this denies.
    patterns: [
      '\\, (and)? not (by | with | from | on)? (us | our (team | company | side | end | part)) $',
      'not (by | from | due to | because of) (a | any) (fault | mistake | error | problem | issue) (on | at) our (end | side | part)',
    ],
    exceptions: ['rep-own-action'],
    message: 'Says "not us". The customer does not need to know whose fault it is; they need to know what happens next.',
    rewrites: [
      "Whoever set it, I'll take it up with {partner|them} and update you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: ['The fine was issued by the city council, not by us.', 'The outage came from the power company and not from a fault on our side.'],
      valid: ['The fee was set by us, not by your bank, so I have refunded it.', 'Wi-Fi is included for you and not charged.'],
    },
  },
  {
    id: 'blame_shift.the-system',
    category: 'blame_shift',
    patterns: [
      '(the | our) (system | software | platform | computer | algorithm | tool | automation | billing system | booking system) (automatically | simply | just)? (=charges | =charged | =applies | =applied | =cancels | =cancelled | =canceled | =flags | =flagged | =locks | =locked | =bills | =billed | =rejects | =rejected | =declined | =declines | =removes | =removed | =deducts | =deducted | =closes | =closed | =suspends | =suspended | =blocks | =blocked | =deletes | =deleted | =overrides | =overrode)',
      '(the | our) (system | software | platform | computer) (automatically | did this | made (an | the) (error | mistake) | (is | was) to blame)',
      '(this | it | that) (be | is | was) (an | a) (automated | automatic | system | computer) (process | error | action | decision | charge)',
      '(this | it | that) (be | is | was) (done | generated | triggered | applied | processed | sent) automatically (by the system)?',
      // Any act put on autopilot: "the fee was added automatically by our billing system".
      '(=was | =were | =is | =are | has been | have been) (=done | =generated | =triggered | =applied | =processed | =sent | =issued | =charged | =added | =cancelled | =canceled | =closed | =suspended | =locked | =flagged | =declined | =raised | =created | =blocked | =set | =deducted | =debited) (automatically | automatically and)? (by (the | our) (system | software | platform | billing system | booking system | automation | algorithm))',
      '(=was | =were | =is | =are | has been | have been) (=issued | =charged | =added | =cancelled | =canceled | =closed | =suspended | =locked | =flagged | =declined | =blocked | =deducted | =debited | =applied | =generated | =triggered) automatically',
    ],
    exceptions: ['rep-own-action', 'rep-action-after'],
    message: '"The system did it" hides behind the machine. The customer sees your company, not your software; own what the system did.',
    rewrites: [
      "We charged that, and it shouldn't have happened: I'm reversing it now and will confirm {followup_time|by the end of tomorrow}",
      "Our setup caused this, so I'm fixing it on my side now",
    ],
    examples: {
      invalid: [
        'The system automatically charges the card on the renewal date.',
        'This was an automated charge.',
        'The system automatically cancelled your booking.',
        'It was applied automatically by the system.',
        'The late charge was added automatically by our billing system.',
        'Your trial account was suspended automatically.',
      ],
      valid: ['This is an automated email confirming your new password.', 'I set up the automatic renewal reminder so you get an email a week before.', 'Our system is back up and your data is intact.', 'The system automatically charged you, so I have reversed the charge and switched off auto-renewal.'],
    },
  },
];
