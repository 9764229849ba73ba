import type { RuleInput } from './schema';

// passive_evasion — passive voice that hides who did it or who will act (TAXONOMY §1).
// Passive about a finished, checkable act is clean ("the replacement was shipped today,
// tracking 1Z…"); a handoff with a named owner and a time is clean too (§1a).

const BAD_OUTCOME = '(=lost | =misplaced | =overlooked | =missed | =mishandled | =misrouted | =mislabeled | =mislabelled | =misdirected | =damaged | =delayed | =dropped | =forgotten | =ignored | =misread | =miscalculated | =misapplied | =misunderstood | =mixed | =confused | =duplicated | =overcharged | =double-charged | =skipped | =botched | =neglected)';
const WRONGLY = '(incorrectly | mistakenly | accidentally | wrongly | erroneously | inadvertently | unintentionally | improperly | wrongfully | mistakenly | not | never | inaccurately)';
const PARTICIPLE = '(=cancelled | =canceled | =charged | =applied | =sent | =shipped | =processed | =deleted | =closed | =suspended | =removed | =billed | =changed | =downgraded | =upgraded | =booked | =entered | =assigned | =set | =configured | =issued | =debited | =deducted | =renewed | =refunded | =credited | =flagged | =blocked | =locked | =declined | =rejected | =marked | =recorded | =updated | =activated | =deactivated | =disconnected | =reset | =merged | =transferred | =routed | =delivered | =released | =added | =given | =quoted | =told | =advised | =informed | =communicated | =provided | =made | =done | =handled | =priced | =listed | =labeled | =labelled | =packed | =picked | =posted | =scheduled | =rescheduled | =allocated | =dispatched | =returned | =received | =used | =selected | =printed | =attached | =renewed | =submitted | =loaded | =left | =put | =placed | =tagged | =displayed | =shown | =advertised | =published | =stated | =substituted | =swapped | =calculated | =computed | =estimated | =coded | =categorised | =categorized | =classified | =rated | =assessed | =valued | =taxed | set up | =miscalculated)';

// A safeguard the rep put in place, told with its purpose (precision round 2026-11-22).
const SAFEGUARD = {
  why: 'a safeguard the rep put in place, told with its purpose ("the order is flagged so the driver calls you on arrival"), is our action, not a hidden one',
  patterns: ['(so | so that | to (make sure | ensure | prevent | stop | avoid)) (that)? (the | our | this | it | every | any | future | your next | no | nobody | no one | it never | we) …{0,4} (will | can | confirms | checks | calls | rings | knows | sees | gets | does | happens | reads | asks | never | always | be)'],
  scope: 'sentence' as const,
  window: 0,
};

// Why a hidden-agent passive is clean after all: someone is named, the customer asked for it, or
// the rep owns it in an apology or right around it (TAXONOMY §1a).
const HIDDEN_AGENT_EXCEPTIONS: RuleInput['exceptions'] = [
  {
    why: 'a passive that names who acted does not hide it ("declined by your bank")',
    patterns: ['by (the | your | their | our)? (PARTY | ORG | TEAM | NAME | bank | card issuer | issuer | carrier | courier | airline)'],
    scope: 'clause',
    window: 0,
  },
  {
    why: 'a passive reported from a named source ("the seller confirmed that your order was never shipped") says who knows and is checkable',
    patterns: ['(PARTY | ORG | NAME | CAP) …{0,6} (=confirmed | =told | =said | =reported | =explained | =showed | =shows | =confirms | =informed | =advised) …{0,4} (to (me | us) | me | us | that)'],
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
    patterns: ['by (me | us | our (team | agent | system | staff | warehouse | store)| one of our)', '(in | on | with | by) (our | my) …{0,3} (code | system | systems | software | processing | process | side | end | team | warehouse | setup | billing | tool | app | records)', '(i | we) (made | caused | introduced | own | take)', "(that | this) (be | was) (my | our) (mistake | error | fault)", '(our | my) (mistake | error | fault)'],
    scope: 'clause',
    window: 0,
  },
  {
    why: 'a named outside cause ("delayed by the snowstorm", "due to the rail strike") hides no one of ours',
    patterns: ['(by | due to | because of | owing to) (the | a | an | heavy | severe | bad)? (snow | snowstorm | storm | storms | weather | strike | strikes | rail strike | fog | flood | floods | flooding | hurricane | ice | industrial action | road closure | road closures | traffic | heatwave | wildfire | wildfires | power cut | earthquake | volcanic ash)'],
    scope: 'clause',
    window: 0,
  },
  {
    why: 'a cause named as a party ("held up because your old supplier raised an objection") hides no one',
    patterns: ['(because | as | since) (of)? (your | the | their | a)? …{0,3} (PARTY | ORG)'],
    scope: 'clause',
    window: 0,
  },
  {
    why: 'fault put on the customer in the same clause ("declined because you failed to disclose") is blame_shift, one label per span',
    patterns: ['you (=failed | =neglected | should have | =did not | =didn\'t | =forgot | =omitted)'],
    scope: 'clause',
    window: 0,
  },
  {
    why: 'a reassurance that nothing bad happened ("your card was not charged") hides no one',
    patterns: ['(=was | =were | has | have | had | will) (not | never) (been | be)? (=charged | =billed | =debited | =deducted | =affected | =impacted | =shared | =exposed | =compromised)'],
    scope: 'clause',
    window: 0,
  },
  // Precision round (2026-11-22).
  'fault-owned',
  {
    why: 'our own process named as the cause ("deleted during our cluster migration") owns it',
    patterns: ['(during | in | by | from | after) (our | my) …{0,3} (migration | update | upgrade | maintenance | release | rollout | roll-out | deployment | deploy | switchover | changeover | move | transfer | import | sync | cleanup | clean-up | outage | mistake | error | bug)'],
    scope: 'clause',
    window: 0,
  },
  SAFEGUARD,
];

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
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} (to | with | at | for | on | under | from | onto | into | in)? (the | a | an | your)? (wrong | incorrect | old | previous | outdated | duplicate | invalid)`,
      `(your | the | this | that | an | a | one | my | our)? (order | item | items | package | parcel | shipment | charge | charges | account | booking | reservation | plan | payment | refund | subscription | card | invoice | fee | address | request | ticket | case | email | form | delivery | car | vehicle | room | seat | flight | fare | rate | price | data | file | files | message | application | claim | transfer | deposit | amount | discount | code | coupon | order number | details | information) (=was | =were | has been | have been | had been | got | seems to have been | appears to have been | may have been | must have been) ${WRONGLY} ${PARTICIPLE}`,
      `(your | the | this | that | an | a | one | my | our)? (order | item | items | package | parcel | shipment | charge | account | booking | reservation | plan | payment | refund | subscription | invoice | request | ticket | case | email | form | delivery | application | claim | transfer | message | file | data | documents | paperwork | details) (=was | =were | has been | have been | had been | got | seems to have been | appears to have been | may have been | must have been) ${BAD_OUTCOME}`,
      `(the | a | an)? (wrong | incorrect | duplicate | extra) (item | size | plan | rate | fee | charge | amount | address | product | color | colour | model | car | room | date | name | price | invoice | order | package) (=was | =were | has been | have been | had been | got) ${PARTICIPLE}`,
      `(it | this | that) (=was | has been | had been | got) ${WRONGLY} ${PARTICIPLE}`,
      // An act done "in error" by nobody: "the invoice was sent in error", "renewed by mistake".
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} in (error | mistake)`,
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} by (mistake | accident)`,
      `(=was | =were | has been | have been | had been | got) ${PARTICIPLE} (erroneously | incorrectly | wrongly)`,
    ],
    exceptions: HIDDEN_AGENT_EXCEPTIONS,
    message: 'Hides who got it wrong ("was incorrectly applied", "got lost"). Own it: "we applied the wrong plan".',
    rewrites: [
      'We got this wrong on our side, and I have put it right',
      "That was our mistake, and I'm fixing it now",
    ],
    examples: {
      invalid: [
        "Your account has been flagged so you can not log in.",
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
      valid: [
        "Your order was delayed because we ran out of boxes at the warehouse; it left this morning.",
        "The order is flagged so the driver confirms the house number with you.",
        "Your account is marked so that the fee is never charged again.",
        "The charge was applied twice, which was entirely our mistake.",
        "Your bag was left behind in Frankfurt, and that is on us.",'The warehouse confirmed to me at 9 am that your order was never dispatched.', 'Your refund was processed today; it shows as reference RF-8841.', 'The replacement was shipped this morning with tracking 1Z45.', 'Your order was mistakenly cancelled by me, and I have restored it.', "The parking fee isn't charged to guests who arrive after 9 pm."],
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
      // "We've shared your feedback with the relevant team": a handoff to nobody in particular.
      '(i | we) (have | had)? (=shared | =passed | =forwarded | =sent | =fed | =raised | =escalated | =flagged | =logged | =reported) (your | this | the | these | it | that)? (feedback | comments | concerns | complaint | suggestion | suggestions | request | issue | case | query | matter)? (on | along | back)? (to | with) the (relevant | appropriate | right | concerned | responsible | correct) (team | department | teams | departments | people | person)',
      '(the (relevant | appropriate | concerned | right | responsible) (team | department | parties | people | person)) (has been | have been | was | were | will be) (notified | informed | made aware | alerted | advised | contacted | updated)',
      // Taken in with no owner: "your feedback has been noted", "your request has been noted and will be processed".
      '(your | the | this | these | all)? (WORD)? (feedback | comments | comment | suggestion | suggestions | concerns | concern | points | remarks | observations | input) (has been | have been | =was | =were | will be) (=noted | passed on | passed along | =passed | =shared | =forwarded | fed back | =recorded | =logged | taken on board | =escalated | =sent)',
      '@thing (to WORD)? (has been | have been | =was | =were) (=noted | =received | =acknowledged | =registered | =recorded | =logged) (and | ,) (will be | is being | =are being | be being) (=processed | =reviewed | =handled | =actioned | looked at | =assessed | =investigated | passed on | dealt with | =considered)',
      '(a | the)? (fix | solution | resolution | patch | efforts | everything possible | every effort) (=is | =are | has been | have been) being (worked on | =done | =made | looked at | =developed | =prepared | =implemented)',
      '(the | this | your)? (issue | problem | fault | bug | error | outage | incident) (has been | have been | =was | =is | =are) (being)? (=reported | =logged | =raised | =escalated | =flagged | =addressed | =investigated | looked into | worked on)',
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
      SAFEGUARD,
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
        "We've shared your feedback with the relevant team.",
        'Your query is with the relevant team.',
      ],
      valid: [
        "The booking has been noted so the front desk knows you arrive late.",
        "I've escalated this to Dana on our billing team, who will reply by Friday.",
        'Your request has been escalated to Priya, who will call you by 4 pm today.',
        'I escalated your ticket this morning.',
        'Seat upgrades are handled by the airline at the gate.',
        'Your new delivery address has been noted.',
      ],
    },
  },

  {
    id: 'passive_evasion.vague-cause',
    category: 'passive_evasion',
    patterns: [
      // A faceless cause: "your flight was cancelled due to operational reasons", "due to a system error, you were charged twice".
      '(=was | =were | has been | have been | had been | got | will be | =is | =are) (WORD)? …{0,4} (due to | because of | for | owing to | as a result of) (operational | technical | unforeseen | unexpected | internal | logistical | staffing | capacity | administrative | security | scheduling) (and (operational | technical | safety))? (reasons | circumstances | issues | difficulties | requirements | constraints | problems | challenges)',
      '(due to | owing to | because of | as a result of) (operational | unforeseen | technical | unexpected | internal | logistical | staffing | administrative) (reasons | circumstances | issues | difficulties | requirements | constraints | problems | challenges)',
      '(due to | owing to | because of | as a result of | following) (a | an | some) (WORD)? (system | systems | technical | processing | internal | it | software | billing | payment | technology | back-end | backend) (error | errors | issue | issues | glitch | glitches | problem | problems | fault | bug | outage | failure | hiccup | malfunction)',
      '(the | a) decision (has been | =was | had been) (=made | =taken | =reached) (to | that | not)',
      '(it | this) (has been | =was | had been) (=noted | =noticed | =found | =discovered | =established | =observed | =identified) that',
      '(something | things | it | this | that | everything) (=went | has gone | had gone | =got | have got | =seems to have gone | =appears to have gone) (wrong | awry | sideways | mixed up | muddled | confused | lost)',
      '(=fell | =slipped | =falls | =slips | =fallen | =slip | =fall) through the (cracks | net | gaps)',
      '(=got | =was | =were | has been | had been | have been) (lost | stuck | caught | held up | buried) in (the | our)? (system | queue | backlog | process | shuffle | paperwork | handover)',
      '(=went | has gone | have gone | had gone) (missing | astray)',
      'there (=was | =were | has been | have been | had been | seems to have been | appears to have been | may have been) (a | an | some)? (slight | significant | small | short | unexpected | unfortunate | brief | further)? (delay | delays | hold-up | backlog) (in | with | on | to)',
      'there …{0,3} (been | =was | =were) (a | an | some) (confusion | mix-up | mixup | breakdown in communication | communication breakdown | lapse | slip-up)',
      '(=was | =were | has been | had been) caused by (a | an | some) (WORD)? (WORD)? (change | update | deploy | deployment | error | issue | bug | fault | problem | glitch | misconfiguration | failure | outage | mistake)',
      // A fault that arrived by itself: "a misconfiguration was introduced during the deploy".
      '(a | an | some | the) (WORD)? (misconfiguration | bug | regression | error | mistake | glitch | fault | typo | problem | issue | defect) (=was | =were | has been | had been | got) (=introduced | =created | =pushed | =deployed | =released | =shipped)',
    ],
    exceptions: [
      {
        why: 'naming who erred is ownership: "something went wrong on our side" (TAXONOMY §1a)',
        patterns: ['(on | by) (our | my) (part | end | side)', '(in | on | by) (our | my) …{0,2} (code | system | software | setup | process | side | end | tool | app | team | warehouse)', "(that | this) (be | was) (my | our) (mistake | error | fault | doing)", '(i | we) (made | caused | introduced | missed | sent | applied | charged | entered | forgot | overlooked)', '(our | my) (mistake | error | fault)'],
        scope: 'clause',
        window: 0,
      },
    ],
    message: 'A cause with no face ("operational reasons", "a system error", "something went wrong"). Say what happened and who is fixing it.',
    rewrites: [
      'We got this wrong on our side, and I am fixing it now',
      "Here's exactly what happened on our side, and what I'm doing about it",
    ],
    examples: {
      invalid: [
        'Your flight was cancelled due to operational reasons.',
        'Due to unforeseen circumstances, your order has been cancelled.',
        'Due to a system error, you were charged twice.',
        'The decision has been made to close your account.',
        'It has been noted that you were overcharged.',
        "It looks like a misconfiguration was introduced during last night's deploy.",
        'The outage was caused by a configuration change.',
        'Something went wrong with your order.',
        'Your request fell through the cracks.',
        'Your ticket got lost in the system.',
        'Your parcel went missing.',
        'There was a delay in processing your refund.',
        'There appears to have been some confusion.',
      ],
      valid: [
        'Something went wrong on our side: I entered the wrong date, and I have corrected it.',
        'The flight was cancelled because of the storm, and I have rebooked you on the 6 pm.',
        'I have made the decision to refund you in full.',
        'There was no delay on your side at all.',
        'Your payment went through on Monday at 9 am.',
      ],
    },
  },
  {
    id: 'passive_evasion.not-done',
    category: 'passive_evasion',
    patterns: [
      // Something that should have happened and did not, with nobody who failed to do it.
      '(your | the | this | that | our | an | a | some)? (WORD)? (request | cancellation | instructions | instruction | note | notes | message | messages | email | emails | complaint | claim | refund | credit | discount | upgrade | order | booking | reservation | appointment | repair | payroll | payroll run | payment | invoice | reminder | confirmation | form | change | changes | update | tax filing | filing | paperwork | documents | document | room | parcel | delivery | item | items | feedback | details | information | address | return | cheque | transfer | promo code | code | voucher | callback | call back | visit | inspection | collection | pickup | pick-up | technician | engineer | driver | meal | food | order notes | letter | application | renewal | report | registration | enrolment | enrollment | setup | mandate | direct debit | standing order | records | record | system | database | file | account | settings | preferences) (=was | =were | has | have | had) (not | never) (been)? (dealt with | followed up | looked at | looked into | responded to | replied to | acted on | acted upon | =handled | =received | passed on | =actioned | =logged | =followed | =seen | =placed | =booked | =confirmed | =applied | =submitted | carried out | =dispatched | =sent | =processed | =updated | =recorded | picked up | =collected)',
      '(your | the | this | that | our | an | a | some)? (WORD)? (request | cancellation | instructions | instruction | note | notes | message | messages | email | emails | complaint | claim | refund | credit | discount | upgrade | order | booking | reservation | appointment | repair | payroll | payroll run | payment | invoice | reminder | confirmation | form | change | changes | update | tax filing | filing | paperwork | documents | document | room | parcel | delivery | item | items | feedback | details | information | address | return | cheque | transfer | promo code | code | voucher | callback | call back | visit | inspection | collection | pickup | pick-up | technician | engineer | driver | meal | food | order notes | letter | application | renewal | records | record | system | database | file | account | settings | preferences) (=was | =were | has | have | had) (not | never) (been)? (=delivered | =cleaned | =prepared | =completed | =noted | =forwarded | =checked | =scheduled | =paid | =issued | =refunded | =credited | =made | =raised | =filed | =added | =honoured | =honored | =repaired | =replaced | =shipped | =returned | =escalated | =passed | =arranged | =assigned | =reviewed | =answered | =read | =serviced | made up | =fitted | =installed | =activated | =connected)',
      '(your | the | this | that)? (WORD)? (order | parcel | package | booking | payment | reservation | delivery | refund | transfer | request | claim | application | item | shipment | appointment | documents | details | reservation) (could not | =couldn\'t) be (found | located | delivered | processed | completed | verified | fulfilled | honoured | honored | confirmed | traced | dispatched)',
      '(payment | order | booking | sync | update | email | message | transfer | transaction | delivery | refund | direct debit | renewal | upload | backup | export | import | migration | invoice | notification | reminder | confirmation | installation | order) (=failed | has failed | had failed) to (go through | process | sync | send | deliver | install | update | arrive | load | complete | reach | be (sent | processed | delivered | applied))',
      '(had to be | needed to be | have had to be | has had to be) (=removed | =substituted | =cancelled | =canceled | =replaced | =refunded | =rescheduled | =moved | =reallocated | =changed | =withdrawn | =closed | =suspended | =reassigned | =swapped | =delayed | =postponed)',
      '(item | items | product | products | vehicle | car | room | seat | size | colour | color | dish | meal | table | slot | model | part | parts | flight | cabin | class) (you (=ordered | =booked | =requested | =reserved | =chose | =selected | =wanted | =picked))? (=was | =were | had been | =became) ((not | no longer) available | =unavailable | out of stock | sold out)',
      '(item | items | product | products | order | dish | meal | ingredients | ingredient | side | drink) (=was | =were | have been | has been | got) (=substituted | =swapped | =replaced | left out | =omitted | missed out | =forgotten)',
      '(order | room | seat | car | vehicle | table | booking | slot | appointment | reservation | parcel | package | item | tickets | ticket) (=was | =were | has been | have been | had been | got) (=given | =allocated | =assigned | =sold | =rented | =released | =reassigned | =reallocated | =let | =handed) (out)? to (another | a different | someone | other | the wrong)',
      '(=was | =were | has been | have been | had been | got) (left behind | left off | left out | =offloaded | held back)',
      '(=was | =were | has been | have been | had been | got) (=cancelled | =canceled | =changed | =moved | =rescheduled | =closed | =suspended | =removed | =terminated | =disconnected | =downgraded | =renewed | =charged) without ((you | anyone) being (told | informed | notified | asked | consulted) | notice | notification | warning | telling you | informing you | your (consent | permission | knowledge | authorisation | authorization) | contacting you | any (notice | notification | warning))',
      '(payment | payments | direct debit | debit | money | funds | amount | deposit | premium | instalment | installment | fee | subscription | rent | charge) (=was | =were | has been | have been | had been | got) (=taken | =collected | =debited | =charged | =deducted | =withdrawn | =processed) (twice | again | early | too early | two times | double | in error | ahead of | prematurely | by mistake | more than once | before (the | your)? (due date | payment date | agreed date))',
      '(=was | =were | has been | have been | had been | got) (=paid | =processed | =submitted | =filed | =sent | =delivered | =dispatched | =shipped | =posted | =issued | =run | =made | =taken | =collected | =refunded | =credited | =answered | =actioned) (late | too late | short | twice | two times)',
      // "You were charged twice", "you were given the wrong information", "you were bumped".
      // "You were charged twice" alone is often the rep acknowledging what they checked; "in error" is the hidden agent.
      'you (=were | have been | had been | got) (=charged | =billed | =debited) (in error | by mistake | erroneously)',
      'you (=were | have been | had been | got) (=overcharged | =double-charged | =misinformed | =misquoted | =misadvised | =misled | =bumped | =offloaded | =downgraded | =overbilled | denied boarding)',
      'you (=were | have been | had been | got) (=given | =told | =sent | =quoted | =shown | put on | placed on | moved to | switched to | =booked (on | into)?) (the | a | an)? (wrong | incorrect | inaccurate | misleading | outdated | old)',
      'you (=were | have been | had been | got) (incorrectly | mistakenly | accidentally | wrongly | erroneously) (=charged | =billed | =sent | =told | =given | =booked | =moved | =enrolled | =signed up | =subscribed | =removed | =logged out | =locked out)',
      '(incorrect | wrong | inaccurate | misleading | outdated) (information | info | advice | details | price | pricing | date | time | address | quote | instructions) (=was | =were | has been | have been | had been | got) (=given | =provided | =displayed | =shown | =listed | =quoted | =communicated | =published | =sent | =advertised | =printed | =stated)',
      '(price | prices | information | date | details | offer | time | total) (=was | =were | had been | has been) (=displayed | =shown | =listed | =advertised | =quoted | =printed) (incorrectly | wrongly | in error)',
      '(funds | money | payment | payments | transfer | transaction | deposit | bond | security deposit | refund | wages | pay | account | card) (has been | =was | have been | =were | had been | is being | =are being) (partially | partly | temporarily)? (=retained | =kept | =withheld | =held | =deducted | =forfeited | =frozen | placed on hold | put on hold)',
      `(the | a | an)? (wrong | incorrect | duplicate | mistaken) (WORD) (WORD)? (=was | =were | has been | have been | had been | got) ${PARTICIPLE}`,
      '(order | payment | parcel | package | transfer | refund | request | booking | update | ticket | shipment | email | message | application | claim | delivery) (=got | has got | =was | =were | has been | have been | =is | =are) (stuck | held up)',
      '(order | payment | booking | transfer | transaction | refund | update | application | renewal | direct debit) (=did not | =didn\'t | has not | =hasn\'t | had not) (go through | =gone through | =complete | =completed)',
      '(=deleted | =lost | =wiped | =removed | =overwritten | =erased | =corrupted | =reset | =disconnected | =unlinked | =changed | =cleared) (during | in | as part of | after) (the | a | an | our)? (WORD)? (update | migration | upgrade | sync | maintenance | outage | transfer | move | transition | changeover | switch | process | rollout | release)',
      '(pay | wages | salary | salaries | payslips | payroll | pension contributions | repair | installation | visit | appointment | connection | activation | porting | port | number transfer | switch) (=was | =were | has been | have been | had been | got) (=delayed | held up | =missed | =skipped)',
      '(parcel | package | order | item | shipment | delivery | letter | card) (=was | =were | has been | have been | had been | got) (=returned | =sent back) to (the)? (sender | depot | warehouse)',
      '(=went | has gone | have gone | had gone) (unanswered | unnoticed | unread | unactioned | unresolved | unprocessed | unaddressed | unseen | =ignored)',
      '(=was | =were | has been | have been | had been | got) (=misspelled | =misspelt | =misprinted | =mistyped | =misrecorded | =misfiled | =mislaid | =misallocated | =miscoded | =misquoted | =mispriced | =misapplied | =misreported | =miscommunicated | =misdelivered | =mis-sold | =missold | =double-booked | =overbooked | =mis-sent)',
      'there (=was | =were | has been | have been | had been) (a | an | some) (WORD)? (outage | technical problem | technical fault | system problem | system outage | service disruption | disruption | incident | glitch | bug | hiccup)',
      // "Our information was wrong" owns it; "the information shown was wrong" does not.
      '(the | your | this | that | some of the) (WORD)? (information | details | availability | price | prices | listing | website | records | stock level | stock levels | description | photos | photo | timetable | map) (shown | displayed | listed | on (our | the) (website | site | app | listing))? (=was | =were | had been) (incorrect | wrong | inaccurate | out of date | outdated | not up to date | misleading)',
      '(delivery attempt | delivery | collection | pickup | pick-up | attempt) (=was | =were | has been | had been) (unsuccessful | not attempted | not made | not completed)',
      'no (delivery | collection)? attempt (=was | has been | had been | =were) made',
      '(your | the) (WORD)? (appointment | visit | installation | class | session | collection | repair | tour | transfer | viewing | consultation | fitting) (=was | =were | has been | have been | had been | got) (unfortunately)? (=cancelled | =canceled | =postponed | =rescheduled | =moved | pushed back | =bumped)',
      '(service | line | connection | broadband | internet | power | supply | signal | phone | data | files | emails | website | store | listing | site | ad | page | service) (=was | =were | has been | have been | had been | got) (temporarily | briefly)? (=disconnected | =interrupted | =disrupted | cut off | =wiped | =corrupted | =overwritten | taken down | taken offline)',
    ],
    exceptions: HIDDEN_AGENT_EXCEPTIONS,
    message: 'Says what did not happen without saying who dropped it. Own it: "we did not pass your note to the driver".',
    rewrites: [
      'We dropped this on our side, and I have put it right',
      "That was our miss, and I'm fixing it now",
    ],
    examples: {
      invalid: [
        "Your files were deleted during the update.",
        'Your cancellation request was not actioned.',
        'The delivery instructions were not passed on.',
        'The room had not been cleaned before you arrived.',
        'Your parcel could not be delivered.',
        'The payment failed to go through.',
        'The item was out of stock and had to be removed from your order.',
        'The car you booked was not available at the time of pickup.',
        'Some items were substituted.',
        'Your room was given to another guest.',
        'Your bag was left behind in Frankfurt.',
        'Your appointment was cancelled without notice.',
        'The direct debit was taken twice.',
        'Your employees were paid late.',
        'You were charged in error.',
        'You were overcharged on your last bill.',
        'You were given the wrong information.',
        'Incorrect information was provided on the phone.',
        'The price was displayed incorrectly.',
        'Your line was disconnected.',
        'Your previous messages went unanswered.',
        'Your name was misspelled on the ticket.',
        'There was an outage that affected your account.',
        'The availability shown was incorrect.',
        'No delivery attempt was made.',
        'Your repair was delayed.',
        'Your settings were reset during the update.',
        'Your complaint was not dealt with properly.',
        'Unfortunately the technician appointment was cancelled.',
        "The engineer's report was not passed on to the claims team.",
        'Your parcel has been returned to the sender.',
      ],
      valid: [
        "Your direct debit was taken early because we set the wrong date, and I have refunded it in full.",
        "This one is on our side: the DNS zone was deleted during our migration last night.",
        "Your files were overwritten during our server upgrade on Sunday.",
        'Your card was not charged for the cancelled order.',
        'I did not pass your note to the driver, and I am sorry; I have refunded the meal.',
        'Your room was upgraded to a suite at no charge.',
        'Your order was cancelled as you requested.',
        'Your parcel was delivered at 2:14 pm and signed for by J. Smith.',
        'You were charged the correct amount for the annual plan.',
        'The item you wanted is back in stock, and I have reserved one for you.',
        "Your order was delayed by the snowstorm, and I've upgraded you to express for free.",
        "Our information was wrong, and I've corrected the listing.",
      ],
    },
  },
];
