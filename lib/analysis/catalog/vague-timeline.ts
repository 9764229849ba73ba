import type { RuleInput } from './schema';

// vague_timeline — a promise with no owner or time (TAXONOMY §1). A concrete time window is
// not vague ("within 2 business days", "by noon Friday", "allow 3–5 business days for the
// bank"); missing or fuzzy times are ("soon", "shortly", "once we hear back") (§1a).

const FUTURE = "(will | 'll | shall | should | would | be going to | be gonna | be about to | hope to | expect to | aim to | plan to | intend to | try to | be trying to | endeavour to | endeavor to | be working to | be looking to | promise to | can | may | might | could | be able to)";

export const VAGUE_TIMELINE: RuleInput[] = [
  {
    id: 'vague_timeline.someone-will-get-back',
    category: 'vague_timeline',
    patterns: [
      `@someone ${FUTURE} (be)? (in touch | @respond)`,
      '@someone (be)? (be | are | is) (currently)? (looking into | investigating | reviewing | working on | checking) (it | this | that | your (case | issue | request | ticket | account | order | query | complaint | claim) | the (issue | matter | problem | case))',
    ],
    exceptions: ['concrete-time', 'concrete-time-next'],
    message: 'Nobody in particular, no time in particular. Say who will act and when: "I\'ll email you by 5 pm tomorrow".',
    rewrites: [
      "I'll get back to you myself {followup_time|by the end of tomorrow}, even if it's only to say where things stand",
      "I'm following this personally and will update you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Someone will get back to you.',
        'A member of our team will be in touch.',
        'One of our specialists will contact you.',
        'The relevant team will reach out to you.',
        'Our team is looking into it.',
        'An agent will follow up with you shortly.',
        'Somebody from our returns team will get back to you.',
        'We will email you once the investigation is complete.',
      ],
      valid: [
        'Someone from our billing team will call you by 3 pm today.',
        'A member of our team will contact you within 2 business days.',
        'Our team is looking into it, and I will update you by noon Friday.',
      ],
    },
  },
  {
    id: 'vague_timeline.well-get-back',
    category: 'vague_timeline',
    patterns: [
      `(i | we) ${FUTURE} (personally | definitely | certainly | surely | also | be sure to | make sure to | make sure we | be)? (be in touch | @respond | get back to you (with)? | look into (it | this | that | the (matter | issue | problem) | your (case | issue | request | concern | query | account | order)) | investigate (further | this | it)? | keep (you)? (posted | updated | informed | in the loop) | let you know (when | once | as soon as | if | of any)? | update you (when | once | as soon as)? | circle back | revert | come back to you | look at (it | this | that))`,
      '(i | we) (be | are | am) (currently | still | now)? (looking into | investigating | checking into | working on | reviewing | researching | chasing) (it | this | that | the (issue | matter | problem | case | request) | your (case | issue | request | ticket | account | order | query | complaint | refund | claim))',
      '(i | we) (will | \'ll) (be)? in touch',
    ],
    exceptions: ['concrete-time', 'concrete-time-next'],
    message: 'A promise with no time on it. Give a concrete time the customer can hold you to.',
    rewrites: [
      "I'll update you {followup_time|by the end of tomorrow}, even if I'm still waiting on an answer",
      "I'll come back to you {followup_time|by the end of tomorrow} with where this stands",
    ],
    examples: {
      invalid: [
        "We'll look into it.",
        'I will get back to you.',
        "We'll be in touch.",
        'I will keep you posted.',
        "We're looking into this.",
        "We'll let you know once we have an update.",
      ],
      valid: [
        "I'll get back to you by 3 pm tomorrow.",
        "I'll look into it and email you before noon Friday.",
        "We're looking into this right now. You'll hear from me within the hour.",
      ],
    },
  },
  {
    id: 'vague_timeline.soon',
    category: 'vague_timeline',
    patterns: [
      `(${FUTURE} | be | being | get | gets | arrive | arrives | ship | ships | be processed | be resolved | be fixed | hear | hear back | hearing | update | updated | contact | follow up | reply | respond | take | takes | allow | expect | back | ready | available | restored | sort | sorted | resolved | fixed | processed | refunded | credited | shipped | delivered | dispatched | reviewed | reply | answer | contact you | be in touch | get back to you | process | work | working | deal with | handle | look into | address | move | done) …{0,8} TIME_VAGUE`,
      'TIME_VAGUE (,)? (i | we | you | someone | somebody | the team | our team | they | it | this | your) …{0,6} (will | \'ll | shall | should | can | be)',
      '(please)? (allow | give (us | me)) (some | a little | a bit of | more | some more | additional | extra)? (time | days | weeks)',
      '(it | this | that | the (process | refund | investigation | review | fix | repair | delivery | replacement)) (may | might | could | can | will | should | usually | normally | typically)? (take | takes) (some | a while | a little while | some time | a few days | a bit | longer | a bit longer)',
    ],
    exceptions: [
      'concrete-time',
      { why: '"see you soon" is courtesy, not a promise', patterns: ['(see | talk | speak | chat) (to | with)? (you)? (again)? (soon | shortly)', 'get well soon'], scope: 'clause', window: 0 },
    ],
    message: '"Soon" and "as soon as possible" promise nothing the customer can check. Give a time.',
    rewrites: [
      "I'll update you {followup_time|by the end of tomorrow} with a firm answer",
      "You'll have it {followup_time|by the end of tomorrow}, and I'll check in with you then",
    ],
    examples: {
      invalid: [
        'We will get back to you as soon as possible.',
        'Your refund should arrive soon.',
        "We'll update you shortly.",
        'Once we hear back from the carrier, we will let you know.',
        'The issue will be resolved in the coming days.',
        'Please allow some time for the team to review.',
        'This may take a while.',
        'You will receive a response in due course.',
      ],
      valid: [
        'Your refund will arrive within 5 business days.',
        'Please allow 3-5 business days for the bank to post it.',
        "I'll call you tomorrow morning by 10.",
        'Sorry I did not reply sooner.',
      ],
    },
  },
];
