import type { RuleInput } from './schema';

// passive_evasion — passive voice that hides who did it or who will act (TAXONOMY §1).
// Passive about a finished, checkable act is clean ("the replacement was shipped today,
// tracking 1Z…"); a handoff with a named owner and a time is clean too (§1a).

const BAD_OUTCOME = '(=lost | =misplaced | =overlooked | =missed | =mishandled | =misrouted | =mislabeled | =mislabelled | =misdirected | =damaged | =delayed | =dropped | =forgotten | =ignored | =misread | =miscalculated | =misapplied | =misunderstood | =mixed | =confused | =duplicated | =overcharged | =double-charged | =skipped | =botched | =neglected)';
const WRONGLY = '(incorrectly | mistakenly | accidentally | wrongly | erroneously | inadvertently | unintentionally | improperly | wrongfully | mistakenly | not | never | inaccurately)';
const PARTICIPLE = '(=cancelled | =canceled | =charged | =applied | =sent | =shipped | =processed | =deleted | =closed | =suspended | =removed | =billed | =changed | =downgraded | =upgraded | =booked | =entered | =assigned | =set | =configured | =issued | =debited | =deducted | =renewed | =refunded | =credited | =flagged | =blocked | =locked | =declined | =rejected | =marked | =recorded | =updated | =activated | =deactivated | =disconnected | =reset | =merged | =transferred | =routed | =delivered | =released | =added | =given | =quoted | =told | =advised | =informed | =communicated | =provided | =made | =done | =handled | =priced | =listed | =labeled | =labelled | =packed | =picked | =posted | =scheduled | =rescheduled | =allocated | =dispatched | =returned | =received | =used | =selected | =printed | =attached | =renewed | =submitted)';

export const PASSIVE_EVASION: RuleInput[] = [
  {
    id: 'passive_evasion.mistakes-were-made',
    category: 'passive_evasion',
    patterns: [
      '(measures | steps | action | actions | changes | corrective action | precautions) (have been | has been | were | will be | are being) (taken | put in place | implemented | made | introduced)',
      '(a | some | the | an) (discrepancy | discrepancies | irregularity | irregularities | issue | issues | error | errors | fault | faults) (was | were | has been | have been) (found | noticed | detected | identified | observed | discovered)',
      '(a | an | some) (technical | system | unexpected | unforeseen | internal | processing)? (issue | error | glitch | problem | fault | failure | outage | hiccup) (caused | prevented | resulted in | led to | meant | delayed | affected)',
      '(changes | adjustments | updates | corrections | modifications | amendments) (were | have been | had been) (made | applied) (to (your | the) (account | booking | order | plan | reservation | settings))?',
      '(it | a decision) (was | has been) (decided | determined | agreed | concluded) (that)?',
      '(mistakes | errors | an error | a mistake | some mistakes | some errors | an oversight | a miscommunication | a mix-up | a glitch | an issue | a problem | a technical issue | a technical error | an unexpected error | a system error | a processing error | an administrative error | a clerical error | a billing error) (was | were | has been | have been | had been) (made | committed | encountered | introduced | detected | found | identified)',
      '(an | a | some) (error | mistake | issue | glitch | problem | oversight | mix-up | miscommunication | technical issue | technical error | system error | processing error | billing error | clerical error | administrative error | bug | discrepancy) (has | had)? (=occurred | =occured | =happened | =arose | =arisen | =crept in | =took place)',
      '(there | it) (seems | appears | looks like)? (to have been | was | has been | had been | were) (a | an | some) (error | mistake | issue | glitch | problem | oversight | mix-up | miscommunication | technical issue | technical error | system error | processing error | billing error | clerical error | administrative error | misunderstanding | discrepancy | hiccup)',
      `(it | this | that) (seems | appears | looks like | looks as if | looks as though) (that)? (the | your | a | an | some | one | our)? (wrong | incorrect | duplicate | extra | old | previous | outdated | invalid) …{0,3} (was | were | has been | had been | got | have been) ${PARTICIPLE}`,
      `(it | this | that) (seems | appears | looks like | looks as if | looks as though) (that)? …{0,5} (was | were | has been | had been | got | have been) (${WRONGLY} ${PARTICIPLE} | ${BAD_OUTCOME})`,
      'an error (occurred | was made | has been made)',
      // Harm pinned on a faceless cause: "your service was disrupted due to a fault on the line",
      // "some files were affected by a sync problem". Who caused it and who fixes it stay hidden.
      '(=was | =were | has been | have been | had been | got) (temporarily | briefly | partially)? (=affected | =impacted | =interrupted | =disrupted | =delayed | =held up | =corrupted | =lost | =cut off | =knocked out) (due to | because of | by | as a result of | following) (a | an | some) …{0,3} (issue | error | glitch | bug | problem | fault | outage | incident | failure | hiccup | disruption)',
    ],
    exceptions: [
      {
        why: 'naming who erred is ownership: "there was a mistake on our part" (TAXONOMY §1a)',
        patterns: ['(on | by) (our | my) (part | end | side)', '(in | on | by) (our | my) …{0,2} (code | system | software | setup | process | side | end | tool | app)', "(that | this) (be | was) (my | our) (mistake | error | fault | doing)", '(i | we) (made | caused | introduced | missed | sent | applied | charged | entered)', '(our | my) (mistake | error | fault)'],
        scope: 'clause',
        window: 0,
      },
    ],
    message: 'Passive voice that hides who made the mistake. Say who: "I made a mistake", "we sent the wrong item".',
    rewrites: [
      'We made a mistake here, and I\'m fixing it now',
      "I got this wrong, and here's how I'm putting it right",
    ],
    examples: {
      invalid: [
        'Mistakes were made.',
        'An error occurred with your order.',
        'There was an error with your booking.',
        'It appears that the wrong plan was applied to your account.',
        'It seems there was a mix-up with the delivery address.',
        'A billing error was identified on your account.',
        'Several of your invoices were affected by a rounding issue.',
        'Your connection was interrupted due to a problem at the exchange.',
      ],
      valid: [
        'There was a mistake on our part, and I have corrected the invoice.',
        'I made a mistake with your booking and I have fixed it.',
        'Your replacement was shipped today, tracking 1Z999AA10123456784.',
        'Your invoices were affected by a rounding bug in our billing code, and I have corrected all three.',
      ],
    },
  },
  {
    id: 'passive_evasion.wrongly-done',
    category: 'passive_evasion',
    patterns: [
      '(the | a | this | your | an | that) (fee | charge | penalty | surcharge | late fee | cancellation fee | fine | deduction | hold) (has been | =was | have been | =were | will be | had been) (=applied | =charged | =added | =issued | =imposed | =levied | =debited | =deducted | =taken | =placed)',
      '(the | your | this | that) (WORD | NAME) (WORD)? (has been | was | have been | had been | got | is being | were) (=suspended | =flagged | =declined | =rejected | =blocked | =frozen | =withheld | =forfeited | =denied | =refused | =deactivated | =terminated | =restricted | =misplaced | =mishandled | =overlooked | =missed | =misrouted | =reassigned | =given away | =voided | =downgraded | =placed on hold | =put on hold | =placed under review | =put under review | =not processed | =never processed)',
      '(your | the) (account | card | booking | order | reservation | subscription | payment | transfer | deposit | baggage | bag | luggage | vehicle | car | renewal | fee | pet | listing | profile | claim | request | application | refund | room | seat | upgrade | voucher | points | credit | balance | funds) (has been | =was | have been | had been | got | is being | =were) (temporarily | permanently | automatically | now | also | unfortunately)? (=suspended | =closed | =locked | =flagged | =cancelled | =canceled | =declined | =rejected | =blocked | =frozen | =retained | =withheld | =forfeited | =denied | =refused | =removed | =deactivated | =terminated | =restricted | =damaged | =lost | =delayed | =misplaced | =reassigned | =given away | =voided | =downgraded)',
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} (to | with | at | for | on | under | from)? (the | a | an | your)? (wrong | incorrect | old | previous | outdated | duplicate | invalid)`,
      `(your | the | this | that | an | a | one | my | our)? (order | item | items | package | parcel | shipment | charge | charges | account | booking | reservation | plan | payment | refund | subscription | card | invoice | fee | address | request | ticket | case | email | form | delivery | car | vehicle | room | seat | flight | fare | rate | price | data | file | files | message | application | claim | transfer | deposit | amount | discount | code | coupon | order number | details | information) (=was | =were | has been | have been | had been | got | seems to have been | appears to have been | may have been | must have been) ${WRONGLY} ${PARTICIPLE}`,
      `(your | the | this | that | an | a | one | my | our)? (order | item | items | package | parcel | shipment | charge | account | booking | reservation | plan | payment | refund | subscription | invoice | request | ticket | case | email | form | delivery | application | claim | transfer | message | file | data | documents | paperwork | details) (=was | =were | has been | have been | had been | got | seems to have been | appears to have been | may have been | must have been) ${BAD_OUTCOME}`,
      `(the | a | an)? (wrong | incorrect | duplicate | extra) (item | size | plan | rate | fee | charge | amount | address | product | color | colour | model | car | room | date | name | price | invoice | order | package) (=was | =were | has been | have been | had been | got) ${PARTICIPLE}`,
      `(it | this | that) (=was | has been | had been | got) ${WRONGLY} ${PARTICIPLE}`,
      // An act done "in error" by nobody: "the invoice was sent in error", "renewed by mistake".
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} (in error | by mistake | by accident | in mistake | erroneously | incorrectly | wrongly)`,
    ],
    exceptions: [
      {
        why: 'a passive that names who acted does not hide it ("declined by your bank")',
        patterns: ['by (the | your | their | our)? (PARTY | ORG | TEAM | NAME | bank | card issuer | issuer | carrier | courier | airline)'],
        scope: 'clause',
        window: 0,
      },
      {
        why: 'a passive reported from a named source ("the seller confirmed that your order was never shipped") says who knows and is checkable',
        patterns: ['(PARTY | ORG | NAME | CAP) …{0,6} (=confirmed | =told (me | us) | =said | =reported | =explained | =showed | =shows | =confirms) (to (me | us))? …{0,6} (that)?'],
        scope: 'before',
        window: 0,
      },
      {
        why: 'a passive inside a specific apology ("I\'m sorry, the wrong size was sent") names what went wrong and owns it',
        patterns: ['(i | we) (be)? (so | very | really | truly | terribly)? (sorry | apologize | apologise)', '(my | our) (apologies | apology)'],
        scope: 'sentence',
        window: 0,
      },
      {
        why: 'an act the customer asked for is not hidden agency ("cancelled as you requested")',
        patterns: ['(as | per | at) (you | your) (=requested | =request | =asked | =instructed | =wished)', 'as (=requested | =instructed | =agreed)', 'at your request'],
        scope: 'sentence',
        window: 0,
      },
      {
        why: 'the rep names us as the cause right around the passive ("the parcel was sent to the old address; I forgot to update it")',
        patterns: ["(i | we) (=didn\\'t | =did not | =forgot | =missed | =made | =caused | =entered | =typed | =picked | =packed | =applied | =charged | =gave | =mixed | =messed | =overlooked | =misread)", '(my | our) (mistake | error | fault | bad | oversight)', '(that | this) (be | was) on (us | me)'],
        scope: 'around',
        window: 1,
      },
      {
        why: 'saying who did it is ownership ("was mistakenly cancelled by me", "we mistakenly …")',
        patterns: ['by (me | us | our (team | agent | system | staff | warehouse | store)| one of our)', '(i | we) (made | caused | introduced | own | take)', "(that | this) (be | was) (my | our) (mistake | error | fault)", '(our | my) (mistake | error | fault)'],
        scope: 'clause',
        window: 0,
      },
    ],
    message: 'Hides who got it wrong ("was incorrectly applied", "got lost"). Own it: "we applied the wrong plan".',
    rewrites: [
      'We got this wrong on our side, and I have put it right',
      "That was our mistake, and I'm fixing it now",
    ],
    examples: {
      invalid: [
        'Your order was mistakenly cancelled.',
        'The charge was incorrectly applied to your card.',
        'Your package was lost in transit.',
        'The wrong size was sent.',
        'Your request was overlooked.',
        'It was accidentally deleted.',
        'Your card has been temporarily blocked.',
        'The reminder was sent in error.',
        'The wrong address was used.',
      ],
      valid: ['The warehouse confirmed to me at 9 am that your order was never dispatched.', 'Your refund was processed today; it shows as reference RF-8841.', 'The replacement was shipped this morning with tracking 1Z45.', 'Your order was mistakenly cancelled by me, and I have restored it.', "The parking fee isn't charged to guests who arrive after 9 pm."],
    },
  },
  {
    id: 'passive_evasion.handed-off',
    category: 'passive_evasion',
    patterns: [
      // The work item may carry a modifier or two ("your baggage claim", "the pet insurance
      // claim") and a complement ("your request to cancel"): the handoff is the verb, not the noun.
      '(your | the) (WORD (WORD)?)? (refund | request | claim | order | application | case | return | cancellation | change | payment | transfer | complaint | dispute | ticket | query | enquiry | inquiry | report | appeal) (to WORD)? (be | is | are) (currently | still | now)? being (processed | reviewed | handled | looked at | looked into | investigated | actioned | assessed | worked on | considered | checked)',
      '((your | the | this | my) (WORD (WORD)?)?)? @thing (to WORD)? (has been | have been | =was | =were | will be | is being | are being | be being | shall be | be) ((processed | reviewed | logged | assessed | checked) and)? (escalated | forwarded | passed on | passed along | passed | sent (over | on | along) | referred | transferred | assigned | routed | handed (over | off)? | looked into | reviewed | investigated | handled | addressed | dealt with | worked on | taken care of | actioned | queued | placed in (the | a) queue | logged | recorded | registered | shared | reported | flagged | raised) (to | with)? (the | our | a | an)? (relevant | appropriate | right | concerned | responsible | correct | dedicated | specialist | technical | senior | higher | next)? (team | department | teams | departments | person | people | level | tier | specialists | agents | party | parties)?',
      // Parked in a state with nobody named: "the matter is under review", "your case is with the team".
      '(your | the | this) (WORD)? @thing (be | is | are) (currently | still | now)? (under (investigation | review | consideration | assessment) | in (review | progress | the queue | our queue) | with (the | our)? (relevant | appropriate | right | responsible | concerned)? (team | department) | being looked at)',
      '(this | it | that) (has been | have been | =was | will be | is being | be being) (escalated | forwarded | passed on | passed along | referred | transferred | routed | handed over | raised | flagged | reported | looked into | investigated | reviewed) (to | with)? (the | our)? (relevant | appropriate | right | concerned | responsible | correct)? (team | department | person | people | level | tier)?',
      '(a | an)? (ticket | case | request | report | complaint | claim | investigation | trace | inquiry | enquiry) (has been | was | have been) (opened | raised | logged | created | submitted | filed | started | initiated | lodged)',
      '(the (relevant | appropriate | concerned | right | responsible) (team | department | parties | people | person)) (has been | have been | was | were | will be) (notified | informed | made aware | alerted | advised | contacted | updated)',
    ],
    exceptions: [
      {
        why: 'a rule saying who handles a kind of request ("refunds are handled by the airline") names the actor: if it deflects, it is a redirect, not a hidden agent',
        patterns: ['(be | are | is) (handled | managed | processed | dealt with | taken care of | looked after) (directly | only | exclusively | entirely)? by'],
        scope: 'clause',
        window: 0,
      },
      {
        why: 'a handoff with a named owner or a concrete time is clear about who acts next (TAXONOMY §1a)',
        patterns: ['TIME_CONCRETE', '(to | with) (me | myself)', '(to | with) (CAP) (,)? (who | our | in | on | from | the)', '(who | she | he) (will | \'ll | be going to) (call | email | reply | contact | update | get back | respond | write)', '(reference | ref | ticket | case | claim) (number | no | =no. | #) (: | is)? (NUM | CAP | WORD)', '(reference | ref | ticket | case | claim | confirmation | tracking) (number | no | =no. | #)? (: | is)? (NUM | CODE)'],
        scope: 'sentence',
        window: 0,
      },
      'rep-own-action',
    ],
    message: 'A handoff with no owner: the customer cannot tell who has their problem or when they will hear. Name the person and the time.',
    rewrites: [
      "I've asked a colleague on the right team to take this, and I'll update you {followup_time|by the end of tomorrow} with their answer",
      "I've passed this to our specialist team myself and will come back to you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Your request has been escalated.',
        'Your ticket has been forwarded to the relevant department.',
        'This has been passed on to the appropriate team.',
        'Your case is being looked into.',
        'A ticket has been raised with our technical team.',
        'The relevant team has been notified.',
        'Your warranty claim has been passed to the repairs department.',
        'Your complaint has been logged.',
        'Your request to upgrade is currently being considered.',
        'Your appeal has been passed to the review team and they will contact you in due course.',
        'Your enquiry is currently under review.',
        'Your query is with the relevant team.',
      ],
      valid: [
        "I've escalated this to Dana on our billing team, who will reply by Friday.",
        'Your request has been escalated to Priya, who will call you by 4 pm today.',
        'I escalated your ticket this morning.',
        'Seat upgrades are handled by the airline at the gate.',
        'Your new delivery address has been noted.',
      ],
    },
  },
];
