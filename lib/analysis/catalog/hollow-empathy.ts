import type { RuleInput } from './schema';

// hollow_empathy — scripted sympathy with no action attached (TAXONOMY §1). Generic sympathy
// is hollow even when a fix follows it; an apology that names what we did is clean (§1a).

export const HOLLOW_EMPATHY: RuleInput[] = [
  {
    id: 'hollow_empathy.understand-frustration',
    category: 'hollow_empathy',
    patterns: [
      '^ we (completely | totally | fully | really | truly | do | can)? (understand | appreciate | recognise | recognize) (that)? (this | how | the (situation | inconvenience | frustration | delay | disruption | impact))',
      '(i | we) (completely | totally | fully | really | truly)? (understand | appreciate | recognize | recognise | realize | realise) (the importance | how important | how much (this | it) (means | matters))',
      '(i | we) (completely | totally | fully | really)? get (it | that | how you feel | where you are coming from) $',
      '(i | we) (can)? (completely | totally | fully | really)? (understand | know | realize | realise | appreciate | see | get) how (important | urgent | frustrating | upsetting | stressful | disappointing | annoying | inconvenient | difficult) (this | it | that | your)',
      '^ (completely | totally | fully | absolutely) understand',
      'i can only imagine',
      '(this | that | it) (be)? (not | n\'t)? (the)? (answer | news | response | outcome | reply) (that)? (you | you were | you be) (be)? (hoping | looking | wanting | expecting) (for | to hear)',
      '(i | we) (completely | totally | fully | really | truly | absolutely | definitely | certainly | do | can | can certainly | can totally | can definitely | can only | sincerely | deeply | genuinely)? (understand | appreciate | realize | recognize | recognise | acknowledge | hear | sense | imagine | share) (how | just how | your | that | what | the | this | why | you be | you are | you\'re | you may | you might | you must)? (this | it | that)? (must | may | might | can | could | would)? (be | feel | have been | seem | sound)? (very | so | incredibly | extremely | really | quite | a bit | a little | somewhat | truly | deeply)? @empathy_object',
      '(i | we) (completely | totally | fully | really | truly | absolutely)? (understand | appreciate | hear | get) (where you be coming from | your (point | position | perspective | situation | concern | concerns)) ',
      '(i | we) (can | do)? (completely | totally | fully | really)? (understand | imagine | appreciate | know | see | get | realize) (that | how | just how)? (this | it | that | the situation | the delay | the experience | you) (must | may | might | could | can | would | has)? (be | been | have been | feel | feel like | have felt)? (very | so | incredibly | extremely | really | quite | a bit | a little)? (frustrating | upsetting | annoying | disappointing | stressful | inconvenient | difficult | unpleasant | challenging | confusing | worrying | concerning | not ideal | less than ideal | frustrated | upset | disappointed | annoyed | stressed)',
      '(i | we) (feel | share) (your | the customer \'s)? (pain | frustration | disappointment)',
      'i hear you $',
      '(i | we) (completely | totally | fully | really | truly | absolutely)? understand (completely | totally | fully)? $',
      // Regret that names no act of ours: "we regret that your trip did not go to plan".
      '(i | we) (regret | be sorry | be so sorry) (that)? (your | the) …{0,3} (did not | has not | had not) (go | gone | turn out | turned out | work out | worked out) (as planned | as expected | as hoped | smoothly | well | to plan | the way you (hoped | expected | wanted))',
      '(i | we) (be | am | are) (so | very | truly | really)? sorry (that)? you (feel | felt | be | are | were | have been | had) (that way | this way | frustrated | upset | disappointed | dissatisfied | unhappy | let down | annoyed)',
      'i be sorry (that)? you feel',
    ],
    message: 'Scripted sympathy the customer has heard a hundred times. Name what actually happened to them and what you are doing about it.',
    rewrites: [
      "Waiting on this when you needed it sorted is not the experience you should have had",
      "You're right to be annoyed: this should have been sorted the first time",
    ],
    examples: {
      invalid: [
        'I understand your frustration.',
        'I completely understand how frustrating this must be.',
        'I can imagine how stressful this situation is.',
        'We understand this is not ideal.',
        "I'm sorry you feel that way.",
        'I hear you.',
        'I totally understand where you are coming from.',
        'We totally get how annoying this is.',
        'We regret that your stay did not go as planned.',
      ],
      valid: [
        "I understand the charge posted twice because I resubmitted the payment; I've refunded the duplicate.",
        'I understand you need the car by 9 am, so I have reserved one at the airport desk.',
        'I know how much this trip matters, so I booked the 7 am flight for you.',
      ],
    },
  },
  {
    id: 'hollow_empathy.sorry-for-any-inconvenience',
    category: 'hollow_empathy',
    patterns: [
      '^ (so | very | really | terribly | truly) sorry (to hear | to learn | about that | for that | about this | for this)',
      '(apologize | apologise | apologies | apology | sorry | regret) (for | about) (any | the | this | your | such a) (negative | poor | bad | frustrating | disappointing | unpleasant | less than ideal | unsatisfactory)? experience',
      '(we | i) regret (that)? (you | your) (were | are | have been | felt | feel | experience | experienced | had)',
      '(sorry | apologies | apologize | apologise | regret) (that)? you (had | have had | experienced | went through | received | got) (a | an | such a | this)? (bad | poor | negative | frustrating | disappointing | terrible | unpleasant | less than ideal | less-than-ideal | unsatisfactory | difficult) (experience | time | stay | flight | trip | visit | interaction | service)',
      '(sorry | apologies) (about | for) (that | this) $',
      '(we | i)? (sincerely | truly | deeply | really | do | greatly | wholeheartedly)? (apologize | apologise | apologies | apology | sorry | regret) (for | about)? (any | all | the | this | that | these | such)? (and all)? (inconvenience | inconveniences | disruption | disruptions | trouble | troubles | confusion | frustration | frustrations | hassle | hassles | disappointment | difficulty | difficulties | stress | distress | annoyance | upset | discomfort | problems | issues | inconvenience caused) (this | that | it | which)? (may | might | could | has | have | had | will)? (have)? (caused | been caused | created | resulted in | brought)?',
      '(sorry | apologies | apologize | apologise | apology | regret) (for | about)? (any | the) (inconvenience | trouble | confusion | hassle | frustration)',
      '(please)? (accept | receive) (our | my) (sincere | sincerest | deepest | heartfelt | humble | genuine)? (apologies | apology) (for (any | the) (inconvenience | trouble | confusion | frustration))?',
      '(we | i) (apologize | apologise | be sorry) if (this | that | it | you | there | we | our | any)',
      'sorry if (this | that | it | you | there | any)',
      '(we | i) (be | am | are) (so | very | really | truly | terribly | deeply | extremely)? sorry (to hear | to learn | to see) (about | that | of)? (this | that | your | the | you | you be | you are | you have been | you\'re | it)? (having | experiencing | facing | running into | encountering | dealing with | going through | had | experienced | faced)? (an | some | this | these | any | such | the | a)? (issue | issues | problem | problems | trouble | troubles | difficulty | difficulties | frustration | inconvenience | experience | situation | hassle | news)?',
      '(we | i) regret (any | the)? (inconvenience | trouble | confusion | frustration | disappointment)',
      '(we | i) regret (to hear | that you)',
      '(sorry | apologies) for (the | any)? (inconvenience | trouble | hassle | confusion) (caused)?',
      '(we | i) (be | am | are) sorry (for | about) (this | that | the situation | all this | everything | any of this)',
    ],
    exceptions: [
      {
        why: 'sympathy for a loss or illness the customer shared is human, not a scripted apology',
        patterns: ['(passing | loss | death | illness | accident | surgery | hospital | bereavement | condolences | funeral | diagnosis | injury | sick | unwell)'],
        scope: 'clause',
        window: 0,
      },
      {
        why: 'an apology that names what we did is specific, not hollow (TAXONOMY §1a)',
        patterns: [
          '(sorry | apologize | apologise | apologies | apology | regret) (that | for)? (i | we) (=sent | =shipped | =charged | =billed | =missed | =forgot | =gave | =told | =made | =booked | =cancelled | =canceled | =lost | =mixed | =messed | =dropped | =let | =kept | =took | =did | =failed | =applied | =put | =delivered | =overcharged | =closed | =deleted | =got | =left | =packed | =mislabeled | =misread | =moved | =changed | =locked | =suspended | =had | =double-charged | =didn | =weren | =wasn | =haven | =hadn | =never)',
          '(sorry | apologies | apologize | apologise | apology) for (my | our) (mistake | error | oversight | mix-up | slow | late | delay | confusion | part)',
          '(that | this) (be | was) (my | our) (mistake | error | fault | doing | oversight)',
        ],
        scope: 'clause',
        window: 0,
      },
    ],
    message: 'A stock apology for "any inconvenience" sounds like nothing happened. Apologize for what we actually did.',
    rewrites: [
      "I'm sorry we got this wrong",
      "I'm sorry we let you down here; that's on us",
    ],
    examples: {
      invalid: [
        'We apologize for any inconvenience this may have caused.',
        'Sorry for any inconvenience.',
        'We apologise for any disruption.',
        'We sincerely apologize for the inconvenience.',
        'Please accept our apologies for any inconvenience caused.',
        "I'm sorry to hear you're having trouble with your order.",
        'We apologize if this caused any confusion.',
        'We regret any inconvenience.',
        'Apologies for the trouble.',
      ],
      valid: [
        "I'm sorry we shipped the wrong size.",
        "I'm sorry I missed your call yesterday; I'll call at 10 am.",
        'Sorry for my mistake on the invoice.',
        'I apologize that we charged you twice.',
      ],
    },
  },
  {
    id: 'hollow_empathy.value-your-business',
    category: 'hollow_empathy',
    patterns: [
      '(your | customer) (comments | comment | opinion | opinions | views | input | suggestions) (be | are | is) (very | extremely | really)? (important | valuable | valued | appreciated) (to us)?',
      '(we | i) (truly | really | greatly | sincerely | deeply | do)? (value | appreciate | cherish) (you as a customer | your (business | custom | patronage | loyalty | feedback | trust | input | continued business | continued support | continued loyalty | support | understanding of this))',
      '(your | customer) (satisfaction | business | feedback | experience | call | concern | happiness | trust | loyalty) (be | is) (very | extremely | incredibly | really | of the utmost)? (important | a priority | our (top | highest | number one)? priority | valuable | valued) (to us | for us)?',
      '(we | i) take (this | these | your (concern | concerns | complaint | feedback | issue) | all (feedback | complaints | concerns) | customer (satisfaction | feedback | complaints)) (very | extremely | really | incredibly)? seriously',
      '(please)? rest assured (that)?',
      '(we | i) (strive | aim | always aim | always strive | work hard | pride ourselves) (to | on) (provide | providing | deliver | delivering | give | giving | offer | offering) (the best | excellent | great | high-quality | top-notch | outstanding | exceptional)',
      '(we | i) (be | are | am) (committed | dedicated) to (providing | delivering | giving | ensuring) (the best | excellent | great | a great | an excellent | high-quality | outstanding | exceptional)? (customer)? (service | experience | support | satisfaction)',
      '(we | i) (be | are) (sorry | sad) to (hear | learn) (that)? you (be | are | were) (unhappy | dissatisfied | disappointed | not happy | not satisfied)',
    ],
    message: 'Stock reassurance ("we value your business", "rest assured") without a concrete act. Show it with what you do next.',
    rewrites: [
      "Here's exactly what I'm doing about it",
      "Let me show you with what I do next",
    ],
    examples: {
      invalid: [
        'We value your business.',
        'Your satisfaction is our top priority.',
        'We take your concerns very seriously.',
        'Rest assured, we are looking into it.',
        'We are committed to providing excellent customer service.',
      ],
      valid: ['I value the detail you sent; it showed me exactly where the sync breaks.', 'Thanks for sending the screenshot, it showed me the bug.', 'Thank you for your feedback on the new app.'],
    },
  },
];
