import type { RuleInput } from './schema';

// condescension — talks down or presumes (TAXONOMY §1): "as previously stated", "as you may
// know", "obviously", "simply", "if you had read". The rep saying "I simply forgot" about
// themselves is clean (§1a).

export const CONDESCENSION: RuleInput[] = [
  {
    id: 'condescension.as-previously-stated',
    category: 'condescension',
    patterns: [
      '(as | like) (i | we)? (have | had)? (previously | already | clearly | explicitly | repeatedly | before) (=stated | =mentioned | =explained | =noted | =indicated | =advised | =outlined | =said | =told you | =informed you | =communicated | =specified | =highlighted | =pointed out | =detailed | =emphasized | =emphasised | =clarified | =described | =written | =wrote)',
      '(as | like) (i | we)? (have | had)? (=stated | =mentioned | =explained | =noted | =indicated | =advised | =outlined | =said | =told you | =informed you | =communicated | =specified | =highlighted | =pointed out | =detailed | =emphasized | =emphasised | =clarified | =described | =written | =wrote) (previously | already | before | earlier | several times | multiple times | more than once | twice | numerous times | repeatedly | in (my | our | the) (previous | last | earlier | prior | first | initial) (email | emails | message | messages | reply | replies | response | responses | correspondence | note | chat | conversation | ticket))',
      'as (=stated | =explained | =noted | =indicated | =outlined | =specified | =mentioned | =set out | =detailed | =described) (above | below | before | previously | earlier | , | in | on | under)',
      '(it | this | that | which) (be | is | was | has been) (=explained | =stated | =outlined | =described | =detailed | =written | =mentioned | =listed | =spelled out) (clearly | very clearly | in detail | in full)? (in | on) (the | our | your | my)',
      'if you (check | look at | read | scroll | open | review) …{0,6} you (will | would | \'ll) (see | find | notice)',
      '(as | like) (i | we) (have)? (=mentioned | =noted | =pointed out | =explained | =said | =stated) (,)? (before | earlier | previously | already)?',
      '(as | like) (previously | already) (stated | mentioned | explained | noted | indicated | advised | outlined | discussed | communicated | said)',
      '(i | we) (have)? (already | previously) (=explained | =stated | =told you | =mentioned | =answered | =addressed | =advised | =informed you | =covered | =clarified | =said) (this | that | it)? (several times | multiple times | more than once | twice | before | in (my | our) (previous | last | earlier) (email | message | reply))?',
      '(once again | again) (,)? (i | we) (must | have to | need to | would like to | will)? (reiterate | repeat | remind you | point out | stress | emphasize | state | explain | say)',
      '(i | we) (must | have to | will | would like to | need to)? (reiterate | remind you | repeat myself) (that)?',
      '(for | this is) the (second | third | fourth | fifth | last | final | umpteenth) time',
      '(i | we) (will | \'ll) (say | explain) (it | this) (one more time | again)',
      '(see | refer to | please see | please refer to | please re-read | please reread) (my | our) (previous | last | earlier | prior | above) (email | message | reply | response | correspondence)',
    ],
    message: 'Reminds the customer they have been told already. If it did not land the first time, say it plainly again, without the dig.',
    rewrites: [
      "To put it plainly: here is what happens next",
      "Let me lay this out clearly",
    ],
    examples: {
      invalid: [
        'As previously stated, the fee is non-negotiable.',
        'As mentioned in my last email, the update is live.',
        'As I already explained, the refund takes a week.',
        'Once again, I must reiterate that the offer has expired.',
        'For the third time, your order shipped on Monday.',
        'Please refer to my previous email.',
      ],
      valid: ['As you asked, I moved the appointment to 4 pm.', 'As promised, here is your refund confirmation.', 'As discussed on our call, I have booked the 9 am slot for you.'],
    },
  },
  {
    id: 'condescension.as-you-know',
    category: 'condescension',
    patterns: [
      'as (you | you will | you would | you should | you may | you might | you probably | you surely | you no doubt | you well | you already | you are | you be | you\'re) (well | probably | surely | already | no doubt)? (know | be aware | aware | recall | remember | understand | appreciate | have (read | seen | noticed) | can (see | tell | imagine))',
    '(as | like) (anyone | everyone | any (customer | user | reasonable person)) (can | could | would | should) (see | tell | know | understand)',
      '(you | you must | you should | you would) (surely | certainly | obviously)? (know | be aware | realize | realise | understand) (that)? (this | that | it | we | the)',
      '(you | you may | you might | you must | you seem to) (have)? (=assumed | =misunderstood | =misread | =misinterpreted | =misheard | =confused | =overlooked) ',
      '(you | you must | you may | you might) (have)? (=missed | =skipped | =ignored | =overlooked | =not read | =not seen) (the | our | my | this | that)? (email | message | notice | note | instructions | section | part | terms | step | warning | banner | notification | fine print | details)',
      'if you (had | would have | \'d) (read | checked | looked | followed | paid attention | bothered | listened | taken the time | actually)',
      '(you | you just | you simply | all you) (just)? (need | have) to (read | follow | look at | check | click | scroll | open | use) (the)? (instructions | terms | faq | guide | email | steps)',
      '(clearly | obviously) (,)? (the | you | it | this | that | if | as | your | there)',
      '(it | this | that | which) (be | was | is) (clearly | plainly | explicitly | very clearly | quite clearly | all) (stated | written | explained | outlined | mentioned | listed | displayed | shown | marked | indicated | laid out | spelled out | set out)',
      '(it | this | that) (be | is) (really | very | quite | pretty)? (simple | easy | straightforward | not complicated | not rocket science | common sense | self-explanatory)',
      '(all | what) you (need | have) to do (be | is) (simply | just)?',
      '(you | you just | just) simply',
      'simply (click | go | log | open | follow | read | enter | select | press | tap | visit | reply | call | contact | reset | restart | update | use | check | download | type | navigate | scroll | sign)',
      'with all (due)? respect',
      'let me be (clear | very clear | perfectly clear)',
      "(i be | i'm | i am) not sure (what | why | how) you (expected | thought | were expecting | assumed)",
      'it (be | is) not (our | my) (job | responsibility) to (read | explain | teach | remind)',
      '(please)? (read | re-read | reread | review) (the | our | my)? (instructions | terms | email | message | faq | policy)? (more)? carefully',
    ],
    exceptions: [
      {
        why: 'the rep talking about themselves is not condescension ("I simply forgot", "clearly we messed up") (TAXONOMY §1a)',
        patterns: ['(i | we) (simply | clearly | obviously | just simply)', '(clearly | obviously) (\\,)? (that | this | it) (be | was) (on (us | me) | (our | my) (mistake | fault | error | doing))', '(clearly | obviously) (,)? (i | we | our | my | this was our | that was our | that was my)', "(as | like) you (=said | =asked | =requested | =mentioned | =wanted | =described | =explained | =pointed out | =noted | =suggested)"],
        scope: 'clause',
        window: 0,
      },
    ],
    message: 'Talks down to the customer ("as you know", "simply", "obviously"). Set the expectation plainly, without blame.',
    rewrites: [
      "Here's how to do it, step by step",
      "The short version: here's what you need and I'll walk you through it",
    ],
    examples: {
      invalid: [
        'As you may know, our prices changed in January.',
        'Obviously, the discount cannot be combined.',
        'You simply need to click the reset link.',
        'Simply click the button at the top of the page.',
        'If you had read the email, you would have seen the deadline.',
        'It is clearly stated in the terms.',
        'It is really simple.',
        'You must have misread the confirmation.',
      ],
      valid: [
        "I simply forgot to press send, and I'm sorry.",
        'Clearly we messed up here, and I have refunded you.',
        "Obviously that was our mistake, and the new label is printed.",
        'As you said, the box arrived crushed, so I have shipped a new one.',
        'Please write the order number clearly on the parcel.',
      ],
    },
  },
];
