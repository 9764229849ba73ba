import type { RuleInput } from './schema';

// policy_wall — hides behind a rule or an inability instead of offering a path (TAXONOMY §1).
// The same sentence followed in the draft by a concrete action the rep takes is clean; the
// word "policy" alone is never a finding (TAXONOMY §1a).

const ACT = '(offer | provide | issue | give | make | process | refund | change | accept | do | allow | grant | extend | waive | honor | honour | override | reverse | reinstate | approve | guarantee | help | assist | make an exception | make exceptions | exchange | replace | cancel | modify | amend | transfer | credit | compensate | reimburse | upgrade | rebook | reschedule | hold | reserve | ship | deliver | send | release | unlock | restore | recover | expedite | move | switch | add | remove | return | match | reopen | keep | retrieve | backdate | split | combine | adjust | lower | reduce | discount | accommodate | arrange | book | confirm | approve | authorize | authorise | share | disclose | release | discuss | access | view | edit | override | bypass | skip | remove | delete | speed up | push | guarantee)';

export const POLICY_WALL: RuleInput[] = [
  {
    id: 'policy_wall.per-policy',
    category: 'policy_wall',
    patterns: [
      '(as)? per (our | the | company | the company \'s | our company \'s | our standard)? (company | standard | current | internal | strict | refund | return | returns | cancellation | booking | billing | privacy | security)? (policy | policies | terms | terms and conditions | t&cs | guidelines | procedure | procedures | rules | regulations | protocol | protocols)',
      '(according to | in (line | accordance | keeping) with | under | based on | due to | because of) (our | the | company | the company \'s | our company \'s)? (company | standard | current | internal | strict | refund | return | returns | cancellation | booking | billing | privacy | security)? (policy | policies | terms | terms and conditions | t&cs | guidelines | procedure | procedures | rules | regulations | protocol | protocols)',
      '(our | the | company | this) (company | standard | current | internal | strict | refund | return | returns | cancellation | booking | billing | privacy | security | no-refund | no refund)? (policy | policies | terms | rules | guidelines | procedure) (does not | do not | cannot | will not | prohibits | prohibit | forbids | forbid | prevents | prevent | clearly states | states | state | stipulates | dictates | says | require | requires | only (allows | allow | permits | covers)) ',
      '(it | this | that) (be | is) (against | not within | outside | not in line with | not allowed under | not permitted under | not covered by) (our | the | company)? (company)? (policy | policies | rules | terms | guidelines)',
      '(that | this | those) (be | are | is) (just)? (our | the) (policy | rules | rule | procedure)',
      '(policy | policies | rules) (be | are | is) (policy | policies | rules)',
    ],
    exceptions: ['rep-action-after'],
    message: 'Hides behind policy. The customer hears "no" with no way forward; say what you CAN do first.',
    rewrites: [
      "Here's what I can do right now instead",
      "Our usual rule doesn't cover this, so here's what I'm doing for you instead",
    ],
    examples: {
      invalid: [
        'Per our policy, refunds are not available after 30 days.',
        'As per company policy, we cannot exchange sale items.',
        'Our policy does not allow changes within 24 hours of departure.',
        "That's against our policy.",
        'According to our terms and conditions, the deposit is non-refundable.',
        'Unfortunately, that is just our policy.',
      ],
      valid: [
        "Our refund window is 30 days, but I've refunded yours anyway since the item arrived broken.",
        "I've updated our policy page so the fee is explained up front.",
        'Per our policy, refunds take a week, so I have also sent you a $20 credit today.',
        'Our privacy policy lets you export your data any time.',
      ],
    },
  },
  {
    id: 'policy_wall.unable-to',
    category: 'policy_wall',
    patterns: [
      '(be | are | is) (strictly)? subject to (availability | approval | our (terms | policy | policies | rules | conditions) | the (terms | policy | rules | conditions | fare rules))',
      '(window | period | deadline | offer | promotion | grace period | return window | refund window | cancellation window | free cancellation) (has | have | had)? (already)? (closed | passed | expired | ended | lapsed)',
      '(fee | fees | charge | charges | penalty | penalties | surcharge | deductible | excess | deposit) (still)? (applies | apply | stands | remain | remains | will apply | has to apply | must apply | be standard | be mandatory | be non-negotiable | be not negotiable | be applicable)',
      '(the | this | that | your | these | those | any | our)? (WORD | NAME) (WORD)? (can not | cannot | will not | could not) be (changed | modified | refunded | returned | transferred | waived | reversed | cancelled | canceled | extended | exchanged | credited | amended | reinstated | reissued | guaranteed | accommodated | moved | adjusted | removed | upgraded | honoured | honored | made | processed | accepted | offered)',
      '(be | is | are) only (possible | available | allowed | permitted | accepted | offered | valid) (after | before | from | until | between | with | for | if | on | within | during | at)',
      '(this | the | our | that | your) (decision | charge | fee | policy | rule | sale | booking | fare | rate | price | outcome | deposit) (be | is) (final | non-negotiable | not negotiable | binding | non-refundable | nonrefundable | fixed | standard)',
      '(we | i | our team | the company) (=are | =am | =is) (currently)? (unable | not able) to',
      '(there be) no (option | way | possibility | provision | mechanism | means | facility | process) (available)? (for (us | me | you))? (to | for)',
      '(refunds | returns | exchanges | changes | cancellations | credits | upgrades | amendments | transfers) (be | are) only (available | possible | permitted | allowed | accepted | offered | issued | given | processed) (within | for | up to | before | if | on | when | in)',
      '(we | i) (can)? only (offer | provide | allow | accept | issue | refund | exchange | give | process | honor | honour) (refunds | exchanges | returns | credits | store credit | changes)? (within | for | up to | before | if | on | when | in | to)',
      '(refunds | changes | exchanges | cancellations | payments | charges | fees | credits | returns | bookings | orders | reservations | transfers | amendments) (can not | will not | could not | cannot) be (issued | made | processed | refunded | reversed | changed | waived | applied | accepted | offered | granted | cancelled | canceled | honoured | honored | transferred | amended)',
      '(your | the | this | our) (plan | subscription | tier | package | policy | warranty | coverage | insurance | membership | fare | ticket | rate | account | contract | promotion | offer | service) (do not | does not | will not | can not) (include | cover | allow | support | offer | permit | extend to)',
      '(refunds | changes | exchanges | returns | cancellations | exceptions | extensions | transfers | name changes | upgrades | credits | partial refunds | amendments | modifications | reservations | pets | refund requests) (be | are) not (possible | permitted | allowed | available | accepted | offered | eligible | an option | something we offer)',
      '(the | this | that | your) (deposit | fee | fees | ticket | fare | booking | order | item | purchase | rate | reservation | charge | payment | subscription | plan | membership | amount | voucher) (can not | will not | could not) be (refunded | returned | changed | transferred | waived | reversed | cancelled | canceled | extended | exchanged | credited | amended | modified | reinstated | reissued)',
      '(your | this | the | that) (ticket | booking | order | item | purchase | account | plan | fare | reservation | claim | request | product | device | case | situation | return | refund) (be | is) not (eligible | covered | entitled | refundable | valid | within (policy | the policy | warranty))',
      '(outside | past | beyond | after | exceeded | exceeds | passed) (of)? (the | our | your) (refund | return | returns | cancellation | warranty | grace | guarantee | exchange | 30-day | 14-day | 90-day) (window | period | policy | timeframe | time frame | deadline | limit)',
      '(the)? (fare | ticket | booking | rate | plan | contract | warranty | terms | tariff | promotion | offer | deal | coupon | voucher) (rules | conditions | terms | policy)? (do not | will not | can not) (allow | permit | cover | include | let)',
      '(there be) not (really)? (anything | much | a lot) (more | else | further)? (that)? (we | i) (can | could | be able to) (do | offer)',
      '(that | this | it) (be | is) not something (we | i) (be)? (able to | can | could | are able to | are allowed to | are permitted to) (do | offer | change | provide | accommodate | allow | make happen | arrange | support)',
      '(we | i) do not (offer | provide | allow | permit | accept | issue | grant | honor | honour | refund | exchange | reimburse | compensate | cover | price match | price-match | do refunds | do exchanges | make exceptions | extend | guarantee)',
      `(unfortunately | sadly | regrettably)? (,)? (we | i | our team | the company) (be | are | am) (currently)? (unable | not able | not allowed | not authorized | not authorised | not permitted | not in a position | not able at this time) to ${ACT}`,
      `(unfortunately | sadly | regrettably)? (,)? (we | i) (can not | could not | will not) (currently)? (be able to)? ${ACT}`,
      `(we | i) do not (offer | provide | allow | permit | accept | issue | give | make | do | grant | support | honor | honour | refund | exchange) (any)? (refunds | exceptions | changes | exchanges | returns | credits | compensation | cancellations | partial refunds | price matching | price adjustments | refunds or exchanges | that | this | those)`,
      '(there be | there is) (really)? (nothing | not much | little | no more | nothing more | nothing else | nothing further) (that)? (we | i | anyone) (can | could | be able to | are able to) (do | offer)',
      '(there be | there is) no way (for (us | me))? to',
      "i be afraid (that)? (this | that | it | we | i | there) (be | can | will | do | have | would | could) not",
      "i be afraid (that)? (this | that | it) (be | would be) (impossible | unavailable | non-refundable | final)",
      "i be afraid (that)? (there be | there is) (nothing | no way)",
      '(that | this | it) (be | would | will) not (be)? (possible | an option | feasible | doable | something (we | i) can (do | offer | change | make happen | accommodate))',
      '(we | i) (have | has) no (way | ability | means | option | authority | power | choice) (to | but to | other than)',
      '(our | my) hands (be | are) tied',
      '(we | i) (can | do) not make (any)? exceptions',
      '(no | there are no | there be no) exceptions (can be | be | are)? (made)?',
      '(this | that | it | the (ticket | fare | booking | deposit | fee | order | item | purchase | rate | reservation)) (be | is | was) (non-refundable | nonrefundable | non-transferable | non-changeable | final sale | not refundable | not eligible | ineligible | not changeable | not transferable)',
      'all (sales | bookings | purchases) (be | are) final',
      '(we | i) (be | are | am) not (able | allowed | permitted | authorized | in a position) to (do | make | offer | give) (that | this | anything | any more | anything more | an exception)',
      '(the | our) (system | software | tool) (do | will | can) not (allow | let | permit) (us | me | agents | anyone) (to)?',
      '(that | this) (be | is) (simply)? not (possible | an option | allowed | permitted | something we offer | something we do)',
    ],
    exceptions: ['rep-action-after'],
    message: 'An inability with no path forward. Lead with what you can do; if the answer is no, offer the nearest yes.',
    rewrites: [
      "Here's what I can do right now",
      "That exact option is closed, so here's what I'm doing for you today",
      "Let me find you another way to get this done",
    ],
    examples: {
      invalid: [
        'Unfortunately we are unable to offer a refund.',
        'We cannot change the name on the ticket.',
        'There is nothing we can do at this point.',
        "I'm afraid that's not possible.",
        "We don't offer refunds on digital products.",
        "Unfortunately, the fare is non-refundable.",
        'Our hands are tied here.',
        "I'm afraid we can't make an exception.",
      ],
      valid: [
        "We can't refund the fare, but I can rebook you on the 6 pm flight at no cost.",
        "I'm unable to reach the courier by phone, so I've emailed them and will call you by 4 pm.",
        'We are unable to offer a refund on this fare, so I have issued a full credit to your account instead.',
        "We can't wait to see you on Friday!",
      ],
    },
  },
];
