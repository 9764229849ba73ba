import type { RuleInput } from './schema';

// hollow_empathy — scripted sympathy with no action attached (TAXONOMY §1). Generic sympathy
// is hollow even when a fix follows it; an apology that names what we did is clean (§1a).

// Local word classes (2026-11-22): how reps grade the customer's ordeal without naming it.
/** Adjectives of an ordeal ("that must be so frustrating"). */
const ORDEAL = '(frustrating | upsetting | annoying | disappointing | stressful | inconvenient | unpleasant | confusing | worrying | infuriating | exasperating | maddening | aggravating | irritating | distressing | nerve-wracking | nerve-racking | worrisome | exhausting | draining | disheartening | discouraging | concerning | challenging | difficult | tough | rough | awful | horrible | terrible)';
/** The emotional subset: "that would be difficult" is a soft no, "that would be infuriating" is sympathy. */
const ORDEAL_FELT = '(frustrating | upsetting | annoying | disappointing | stressful | infuriating | exasperating | maddening | aggravating | irritating | distressing | nerve-wracking | nerve-racking | worrying | disheartening | discouraging | awful | horrible | terrible | scary | frightening | alarming)';
/** How the customer feels ("you must be frustrated"). */
const FEELING = '(frustrated | upset | disappointed | annoyed | stressed | angry | unhappy | dissatisfied | let down | worried | concerned | confused | anxious | irritated | exasperated | fed up | disheartened | discouraged | furious | cross | upset)';
/** The same without worry words: "I know you're worried about Friday's payroll" names the customer's stake. */
const FEELING_HOLLOW = '(frustrated | upset | disappointed | annoyed | stressed | angry | unhappy | dissatisfied | let down | irritated | exasperated | fed up | disheartened | furious | cross)';
/** Degree words reps put before them. */
const DEGREE = '(so | very | really | incredibly | extremely | quite | truly | super | pretty | a bit | a little | somewhat | deeply | beyond | understandably | rightly | completely | totally | absolutely)';
/** Nouns of an ordeal ("this has been a real hassle"). */
const ORDEAL_NOUN = '(inconvenience | hassle | headache | nuisance | ordeal | nightmare | worry | blow | setback | pain | disappointment | frustration | annoyance | struggle)';

export const HOLLOW_EMPATHY: RuleInput[] = [
  {
    id: 'hollow_empathy.understand-frustration',
    category: 'hollow_empathy',
    patterns: [
      '^ we (completely | totally | fully | really | truly | do | can)? (understand | appreciate | recognise | recognize) (that)? (this | how | the (situation | inconvenience | frustration | delay | disruption | impact))',
      '(i | we) (completely | totally | fully | really)? get (it | that | how you feel | where you are coming from) $',
      '(i | we) (can)? (completely | totally | fully | really)? (understand | know | realize | realise | appreciate | see | get) how (frustrating | upsetting | stressful | disappointing | annoying | inconvenient | difficult) (this | it | that | your)',
      '^ (completely | totally | fully | absolutely) understand',
      'i can only imagine',
      '(this | that | it) (be)? (not | n\'t)? (the)? (answer | news | response | outcome | reply) (that)? (you | you were | you be) (be)? (hoping | looking | wanting | expecting) (for | to hear)',
      '(i | we) (completely | totally | fully | really | truly | absolutely | definitely | certainly | do | can | can certainly | can totally | can definitely | can only | sincerely | deeply | genuinely)? (understand | appreciate | realize | recognize | recognise | acknowledge | hear | sense | imagine | share) (how | just how | your | that | what | the | this | why | you be | you are | you\'re | you may | you might | you must)? (this | it | that)? (must | may | might | can | could | would)? (be | feel | have been | seem | sound)? (very | so | incredibly | extremely | really | quite | a bit | a little | somewhat | truly | deeply)? @empathy_object',
      '(i | we) (completely | totally | fully | really | truly | absolutely)? (understand | appreciate | hear | get) (where you be coming from | your (point | position | perspective | situation | concern | concerns)) ',
      '(i | we) (can | do)? (completely | totally | fully | really)? (understand | imagine | appreciate | know | see | get | realize) (that | how | just how)? (this | it | that | the situation | the delay | the experience | you) (must | may | might | could | can | would | has)? (be | been | have been | feel | feel like | have felt)? (very | so | incredibly | extremely | really | quite | a bit | a little)? (frustrating | upsetting | annoying | disappointing | stressful | inconvenient | difficult | unpleasant | challenging | confusing | =worrying | =concerning | not ideal | less than ideal | frustrated | upset | disappointed | annoyed | stressed)',
      '(i | we) (feel | share) (your | the customer \'s)? (pain | frustration | disappointment)',
      'i hear you $',
      '(i | we) (completely | totally | fully | really | truly | absolutely)? understand (completely | totally | fully)? $',
      // Regret that names no act of ours: "we regret that your trip did not go to plan".
      '(i | we) (regret | be sorry | be so sorry) (that)? (your | the) …{0,3} (did not | has not | had not) (go | gone | turn out | turned out | work out | worked out) (as planned | as expected | as hoped | smoothly | well | to plan | the way you (hoped | expected | wanted))',
      '(i | we) (be | am | are) (so | very | truly | really)? sorry (that)? you (feel | felt | be | are | were | have been | had) (that way | this way | frustrated | upset | disappointed | dissatisfied | unhappy | let down | annoyed)',
      'i be sorry (that)? you feel',
      // Understanding aimed at how the customer feels, not at what happened (2026-11-22).
      `(i | we) (can | do)? (completely | totally | fully | really | truly | absolutely | definitely | certainly | easily | well)? (understand | see | get | know | appreciate | imagine) (exactly)? (why | how) you (must | may | might | would | could | \'d)? (feel | felt | be feeling | are feeling | \'re feeling | have felt | have been feeling | feel this way | feel that way)`,
      `(i | we) (can | do)? (completely | totally | fully | really | truly | absolutely | definitely | certainly | easily | well)? (understand | see | get | know | appreciate | imagine) (exactly)? (why | how) you (must | may | might | would | could | \'d)? (be | are | \'re | were | have been | would be | be feeling | are feeling | \'re feeling) ${DEGREE}? ${FEELING}`,
      `(i | we) (completely | totally | fully | really | truly | absolutely | do | can)? (understand | appreciate | realize | recognize | know | see | get) (that)? you (be | are | \'re | were | have been | \'ve been | may be | might be | must be | feel | felt | may feel | might feel | must feel | may have been) ${DEGREE}? ${FEELING_HOLLOW}`,
      `(i | we) (can | do)? (completely | totally | fully | really | truly | absolutely)? (understand | know | get | see | appreciate | realize | recognize) (that | how)? (this | it | that | the (situation | delay | wait | experience | process | outage | disruption | cancellation | whole thing)) (has | have | must have | may have | might have | would have)? (been | be | is | was | must be | can be)? (a | an | such a | quite a | a very | a really | a real | a bit of a | a huge | a big | a major)? ${ORDEAL_NOUN}`,
      `(i | we) (can | do)? (completely | totally | fully | really | truly | absolutely)? (understand | know | get | appreciate | realize | recognize) (that | how)? (this | it | that | the (situation | delay | wait | experience | process | outage | disruption | cancellation | whole thing)) (has | have | must have | may have | might have)? (been | be) (a | an | such a | quite a | a very | a really)? ${DEGREE}? ${ORDEAL} (experience | situation | time | process | wait | few days | few weeks | ordeal | start)`,
      `(i | we) (completely | totally | fully | really | truly | absolutely | do | can)? (understand | know | appreciate | realize | recognize) (that | how)? …{1,6} (can | could | may | might | must | would | will) (be | feel | get | become) ${DEGREE}? ${ORDEAL}`,
      '(i | we) (completely | totally | fully | really | truly | absolutely | do | can)? (understand | appreciate | realize | recognize | see | get) (the | your)? (urgency | importance | time pressure | time-sensitivity | seriousness | gravity) (of (this | the situation | your (situation | request | case)))? $',
      '(i | we) (completely | totally | fully | really | truly | absolutely | definitely | certainly | genuinely | wholeheartedly | do | can)? (empathize | empathise | sympathize | sympathise | commiserate)',
      '(i | we) (really | truly | genuinely | do)? feel for you',
      '(i | we) (really | truly | completely | totally | fully)? (hear | get) (what you (be | are | \'re)? (saying | telling (me | us)) | where you (be | are) coming from | your (frustration | concern | concerns | disappointment | point | annoyance | upset))',
      '(i | we) hear you (loud and clear | completely | totally)? $',
      // Two stock lines joined into one sentence are one finding: "we hear you and we're sorry you feel this way".
      '(i | we) (completely | totally | fully | really | truly | absolutely)? (hear | understand | get) (you | it | that | this)? (completely | totally | fully)? (\\, | and | \\, and) (i | we) (be | am | are | do | truly | sincerely | really)? (so | very | really | truly | deeply | sincerely)? (sorry | apologize | apologise | regret)',
      `(i | we) (completely | totally | fully | really | truly | absolutely | do | can)? (only)? (understand | hear | get | appreciate | imagine | know) (your @empathy_object | how (this | it | that)? (must | may | might)? (be | feel | have been | has been)? ${DEGREE}? ${ORDEAL} …{0,4} | how (important | urgent | much) …{0,4} | you | it | that) (\\, | and | \\, and) (i | we) (do | can | truly | really | completely | totally | fully)? (only | also | certainly)? (understand | imagine | sympathize | sympathise | empathize | empathise)`,
      `(i | we) (completely | totally | fully | really | truly | absolutely)? (hear | understand | get) (you | it | that | this | your (frustration | concern | concerns)) (completely | totally | fully)? (\\, | and | \\, and) (that | this | it) (must | sounds | would | can) (be | have been)? ${DEGREE}? ${ORDEAL}`,
      `(your | the) (frustration | disappointment | concern | concerns | annoyance | anger | upset | reaction | feelings | feeling | irritation | worry | stress) (be | are | is) ${DEGREE}? (understandable | valid | justified | warranted | fair | reasonable | natural | legitimate | completely understandable | totally understandable)`,
      `(it | that | this) (be | is) ${DEGREE}? (understandable | natural | only natural | normal | fair) (that)? (you | to (be | feel | get)) (be | are | \'re | were | would | \'d | feel | felt | have been)? ${DEGREE}? ${FEELING}`,
      `(that | it | this) (be | is) ${DEGREE}? (understandable | completely understandable | totally understandable) $`,
    ],
    exceptions: [
      {
        why: 'understanding followed by the cause we own ("I can see why you were confused: our email showed the wrong date") is a specific acknowledgement, not a script (TAXONOMY §1)',
        patterns: ['(because | since | \\: | — | –) (we | our | i | my)', '(that | this | it) (be | was) (on (us | me) | (our | my) (mistake | error | fault | doing | oversight))'],
        scope: 'sentence',
        window: 0,
      },
      {
        why: 'knowing what is at stake and acting on it in the same sentence is ownership ("I know how much this trip matters, so I booked the 7 am flight")',
        patterns: ['(so | which be why | that be why | and so) (i | we) (have | has | will | shall | be | am | are | just | already | went | booked | sent | made | put | moved | asked | called | refunded | credited | upgraded | added | arranged | reserved | rebooked | waived | expedited | changed | set | got | did | escalated | flagged | switched | issued | ordered | couriered)'],
        scope: 'sentence',
        window: 0,
      },
    ],
    message: 'Scripted sympathy the customer has heard a hundred times. Name what actually happened to them and what you are doing about it.',
    rewrites: [
      "Waiting on this when you needed it sorted is not the experience you should have had",
      "You're right to be annoyed: this should have been sorted the first time",
    ],
    examples: {
      invalid: [
        'I can only imagine how frustrating this has been.',
        "I completely get why you're upset.",
        'I understand how you feel.',
        'I understand this has been a frustrating experience.',
        'I realise this is an inconvenience.',
        "I can see why you'd be upset.",
        'I understand that you are unhappy with the outcome.',
        'We understand that waiting for a refund can be stressful.',
        'I understand the urgency.',
        'I empathize with your situation.',
        'I really feel for you.',
        "I hear what you're saying.",
        'We hear you.',
        'Your frustration is completely understandable.',
        "It's completely understandable that you're upset.",
        "We hear you and we're sorry you feel this way.",
        'I understand how frustrating this is, and I can only imagine how stressful the wait has been.',
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
        "I can see why you were confused: our email showed the wrong date, and I've corrected it.",
        "I understand you booked via Expedia, and I'm sorry we didn't catch the error sooner.",
        "I know you're worried about Friday's payroll, so I re-ran it this morning.",
        'I hear from the warehouse that your parcel left this morning.',
        "I know you've been with us for ten years, and I appreciate that you told us about the fault.",
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
      // Sorry joined to stock understanding in one sentence is one finding ("I'm sorry for the trouble and I understand how ...").
      `(sorry | apologize | apologise | apologies | regret) (for | about) (any | the | all the | this | that | all this)? (inconvenience | trouble | hassle | frustration | confusion | disappointment | upset | stress | this | that) …{0,3} (\\, | and | \\, and) (i | we) (completely | totally | fully | really | truly | can | do)? (only)? (understand | imagine | sympathize | sympathise | empathize | empathise | (know | appreciate | see | get | realize) how | hear you)`,
      `(i | we) (completely | totally | fully | really | truly | absolutely | do | can)? (only)? (understand | hear | get | appreciate | imagine | know) (your @empathy_object | how (this | it | that)? (must | may | might)? (be | feel | have been | has been)? ${DEGREE}? ${ORDEAL} …{0,4} | how (important | urgent | much) …{0,4} | you | it | that) (\\, | and | \\, and) (i | we) (be | am | are | do | truly | sincerely | really | would like to)? (so | very | really | truly | deeply | sincerely | also)? (sorry | apologize | apologise | regret)`,
      // Sorry for what the customer went through, naming nothing we did (2026-11-22).
      '(we | i) (be | am | are | was | were)? (so | very | really | truly | terribly | deeply | extremely | incredibly | genuinely | sincerely | awfully)? sorry (for | about) (all)? (this | that | the situation | everything | any of this | all of this | all this | all that | the whole (thing | situation | experience | ordeal | episode)) $',
      '^ (so | very | really | truly | terribly)? sorry to (hear | learn | read | see) (about | that | of)?',
      '(sorry | apologies | apologize | regret) (that)? you (have | had | have had | \'ve had)? (had to | have to) (deal with | go through | put up with | experience | face | endure | sit through | suffer) (this | that | it | all this | all of this | any of this | such | the | these | so much)',
      '(sorry | regret) (that)? you (be | are | \'re | were | have been | \'ve been) (going through | dealing with | experiencing | facing | having | running into | encountering) (this | that | all this | all of this | such | these | some | the | any | an | a | ongoing | continued | repeated)? (technical)? (issue | issues | problem | problems | trouble | troubles | difficulty | difficulties | frustration | frustrations | inconvenience | hassle | situation | this | that | all this)',
      '(sorry | regret | apologize | apologies) (that)? (this | that | it | all this | this whole thing | any of this) (happened | has happened | occurred | has occurred | happened to you | has been the case)',
      '(sorry | regret | apologize | apologise | apologies) (that)? you (have | had | have had | \'ve had)? (had)? (such | this | that)? (a | an)? (rough | tough | hard | difficult | frustrating | bad | poor | terrible | awful | horrible | stressful | disappointing | unpleasant | negative | less than ideal | challenging) (time | experience | day | week | trip | journey | stay | start | few days | visit | flight)',
      '(sorry | regret | apologize | apologise | apologies) (that)? you (have | had | have had | \'ve had)? had (this | that | such an | such a | an | the) (experience | time)',
      '(sorry | apologies | apology | apologize | apologise | regret) (for | about) (any | the | all the | all of the | all this | all that | this) (trouble | inconvenience | hassle | confusion | frustration | misunderstanding | misunderstandings | disappointment | difficulties)',
      '(sorry | apologize | apologise | apologies | regret | disappointed) (that | to (hear | learn))? (this | that | it | your | the) …{0,6} (did not | didn\'t | does not | doesn\'t | has not | hasn\'t | failed to | not) (meet | live up to | match | reach) (your | our | the) (usual)? (expectations | expectation | standards | standard | high standards)',
      '(sorry | apologize | apologise | apologies | regret | disappointed) (that | to (hear | learn))? (this | that | it | your | the | we) …{0,6} (fell | falls | fall | has fallen | have fallen) (short | below) (of)? (your | our | the)? (expectations | standards | high standards | usual standards | mark)?',
      '(this | that | it) (be | was | is | has been)? (definitely | certainly | really | absolutely | clearly)? (not | n\'t) (quite | exactly | really | definitely | certainly)? (the | a) (kind of | sort of | type of)? (experience | service | level of service | standard of service | standard | stay | trip | flight | visit | journey | welcome | impression) (that)? (you | we | our (customers | guests | members | passengers | clients | users)) (expect | expected | were expecting | hoped | hoped for | were hoping for | want | wanted | aim | strive | pride | would (want | like | expect))',
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
        "I'm really sorry about all this.",
        "I'm sorry you've had to deal with this.",
        "I'm sorry this happened.",
        'Sorry to hear about the trouble with your order.',
        "I'm sorry you've been having issues with the app.",
        "We're sorry that your experience fell short of your expectations.",
        "We're sorry this wasn't the experience you expected.",
        "That's not the experience we want our guests to have.",
        "Sorry you've had such a rough time with this.",
        'I apologize for any misunderstanding.',
        'Sorry for all the trouble!',
        "I'm sorry for the trouble and I understand how frustrating this must be.",
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
        "I'm sorry you were turned away at check-in; I've booked you on the 6 pm flight.",
        "Sorry for the slow reply over the weekend; here's what I found.",
        "I'm sorry our driver was rude to you; I've reported him and refunded the delivery fee.",
        "This is not a service we offer, but I've found a local repair shop that does.",
        "I'm sorry we shipped the wrong size.",
        "I'm sorry I missed your call yesterday; I'll call at 10 am.",
        'Sorry for my mistake on the invoice.',
        'I apologize that we charged you twice.',
      ],
    },
  },
  {
    id: 'hollow_empathy.know-how-important',
    category: 'hollow_empathy',
    patterns: [
      '(i | we) (can)? (completely | totally | fully | really | truly)? (understand | know | realize | realise | appreciate | recognize | recognise | see | get) (the importance | how important | how urgent | how much (this | it | that | (this | that | your | the) WORD) (means | matters))',
      '(i | we) (can)? (completely | totally | fully | really | truly)? (understand | know | realize | realise | appreciate | see | get) how (important | urgent | crucial | vital | critical) (this | it | that | your | the)',
    ],
    exceptions: [
      {
        why: 'naming what is at stake and acting on it in the same sentence is ownership ("I know how much this trip matters, so I booked the 7 am flight") (TAXONOMY §1)',
        patterns: ['@rep_did', '@rep_will', '(so | which be why | that be why | and so) (i | we) (have | has | will | shall | be | am | are | just | already | went | booked | sent | made | put | moved | asked | called | refunded | credited | upgraded | added | arranged | reserved | rebooked | waived | expedited | changed | set | got | did | escalated | flagged | switched | issued | ordered | couriered)'],
        scope: 'sentence',
        window: 0,
      },
    ],
    message: 'Telling the customer you know it matters is not the same as acting like it. Show it with what you are doing and by when.',
    rewrites: [
      "Because this matters, here's what I've already done",
      "So it's sorted in time, here's what I'm doing today",
    ],
    examples: {
      invalid: [
        'We understand how important uptime is to your business.',
        'We know how important your data is to you.',
        'I realise how much this trip means to you.',
        'We appreciate how urgent this is.',
      ],
      valid: [
        'I know how much this trip matters, so I booked the 7 am flight for you.',
        "I know how important Friday's payroll is, and I've already processed it manually.",
        'I understand how urgent this is, so I have couriered the card to you today.',
      ],
    },
  },
  {
    id: 'hollow_empathy.must-be-frustrating',
    category: 'hollow_empathy',
    patterns: [
      // Grading the ordeal instead of fixing it: "that must be so frustrating" (2026-11-22).
      `(that | this | it) must (be | have been | feel | have felt) ${DEGREE}? (such a | a | an | a really | a very | a bit)? ${ORDEAL}`,
      `(that | this | it) (would | will | can | could) (be | have been | feel | have felt) ${DEGREE}? (such a | a | an | a really | a very | a bit)? ${ORDEAL_FELT}`,
      `(that | this | it) (must | would) (be | have been) (such)? (a | an) (real | huge | big | major)? ${ORDEAL_NOUN}`,
      `(that | this | it | which) (sound | sounds | sounded | seem | seems | seemed | look | looks) ${DEGREE}? (like)? (a | an | such a | a really | a very | a bit)? ${DEGREE}? ${ORDEAL}`,
      `(that | this | it | which) (sound | sounds | sounded) like (a | an | such a | a real | a total | a complete) (${ORDEAL_NOUN} | ${ORDEAL} (experience | situation | time | ordeal | start | morning | day | week | trip | journey))`,
      `^ (oh)? (no)? (,)? how ${DEGREE}? ${ORDEAL} (for you | that (be | is | must be) | this (be | is | must be) | $)`,
      `^ (oh)? (no)? (,)? what (a | an) (really | truly | very)? (${ORDEAL} (experience | situation | time | ordeal | start | morning | day | week | trip | journey | stay | evening | night | wait) | ${ORDEAL_NOUN})`,
      `(i | we) (would | \'d | will | \'ll) (be | feel) (just as | equally | so | very | really | pretty | also | absolutely | definitely | certainly | exactly as)? ${FEELING} (too | as well | in your (position | shoes | place | situation) | if i were you | if that happened to me | if i were in your (position | shoes | place))`,
      '(i | we) (would | \'d) (feel | be feeling | react) (exactly)? the same (way)? (too | as well | in your (position | shoes | place | situation) | if i were you | if i were in your (position | shoes | place))?',
      `(anyone | anybody | everyone | any of us) (would | \'d | will) (be | feel) ${DEGREE}? (${FEELING} | the same (way)?) (in your (position | shoes | place | situation) | by this | about this | after this | $)`,
      `(if i were | in) your (shoes | position | place) (,)? (i | i\'d | i would) (be | feel) ${DEGREE}? (${FEELING} | the same)`,
    ],
    message: 'Grading the customer\'s ordeal ("that must be so frustrating") tells them nothing new. Say what happened and what you are doing about it.',
    rewrites: [
      "You shouldn't have had to deal with this, and here's what I'm doing about it",
      "You're right to be annoyed; here's how I'm fixing it",
    ],
    examples: {
      invalid: [
        'That must be so frustrating.',
        'That sounds really stressful.',
        'How frustrating for you!',
        'What a frustrating experience.',
        'Oh no, what a nightmare!',
        "I'd be frustrated too.",
        'I would be just as upset if I were in your shoes.',
        "I'd feel the same way in your position.",
        'Anyone would be annoyed by this.',
        'That sounds like a real headache.',
        'It must have been awful to get stuck at the gate.',
      ],
      valid: [
        'That must be the old address on file; I have updated it to the new one.',
        'That sounds like the battery, so I have sent a replacement today.',
        'It must be the firmware, and I have pushed the fix to your router.',
        'How would you like the refund: card or store credit?',
        "I'd be happy to set that up for you now.",
        'What a great photo of the damage; I have filed the claim with it.',
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
      // More stock reassurance heard across airlines, banks and retailers (2026-11-22).
      '(your | customer | our (customers | guests | members) \'s?) (business | loyalty | custom | satisfaction | feedback | trust | experience | happiness | opinion | support | comfort | safety | patronage) (really | truly)? (mean | means | matter | matters) (a lot | a great deal | so much | the world | everything | greatly | deeply | very much)? (to (us | me))',
      '(you be | you are | you\'re | as | to) (a | one of our | our) (very | most | highly | truly)? (valued | treasured | cherished) (customer | customers | member | members | guest | guests | client | clients | passenger | passengers | policyholder | policyholders | cardholder | subscriber | patron)',
      '(we | i) (really | truly | greatly | sincerely | do)? (appreciate | value) (you | your) bringing (this | it | that | the (matter | issue)) to (our | my) attention',
      '(we | i) (never | do not | don\'t | would never) (ever)? (want | like | wish | intend) (our | any (of our)?) (customers | guests | clients | members | passengers | users | policyholders | riders | diners) to (feel | be | have | experience | go through)',
      '(we | i) (appreciate | value | welcome) (all)? (your | customer | the) (honest | candid | valuable | detailed)? (feedback | comments | input) (as it helps us (improve | grow | get better))',
    ],
    message: 'Stock reassurance ("we value your business", "rest assured") without a concrete act. Show it with what you do next.',
    rewrites: [
      "Here's exactly what I'm doing about it",
      "Let me show you with what I do next",
    ],
    examples: {
      invalid: [
        'Your business means a lot to us.',
        'You are a valued customer.',
        'We appreciate you bringing this to our attention.',
        'We never want our customers to feel this way.',
        'We value your business.',
        'Your satisfaction is our top priority.',
        'We take your concerns very seriously.',
        'Rest assured, we are looking into it.',
        'We are committed to providing excellent customer service.',
      ],
      valid: [
        "We appreciate you choosing us for your wedding, and I've confirmed the suite.",
        'Your safety inspection is booked for Tuesday at 9 am.','I value the detail you sent; it showed me exactly where the sync breaks.', 'Thanks for sending the screenshot, it showed me the bug.', 'Thank you for your feedback on the new app.'],
    },
  },
];
