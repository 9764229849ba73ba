import type { RuleInput } from './schema';

// vague_timeline — a promise with no owner or time (TAXONOMY §1). A concrete time window is
// not vague ("within 2 business days", "by noon Friday", "allow 3–5 business days for the
// bank"); missing or fuzzy times are ("soon", "shortly", "once we hear back") (§1a).

const FUTURE = "(will | 'll | shall | should | would | be going to | be gonna | be about to | hope to | expect to | aim to | plan to | intend to | try to | be trying to | endeavour to | endeavor to | be working to | be looking to | promise to | can | may | might | could | be able to)";

// Who or what a conditional promise is about: never "you" ("when you arrive, the key is at the desk" is directions).
const SUBJ = '(we | i | the team | our team | someone | PARTY | TEAM | (your | the | a | an) (WORD)? (refund | claim | order | replacement | repair | case | request | account | money | funds | credit | payment | booking | application | technician | engineer | courier | driver | adjuster | payslips | payslip | documents | voucher | update | decision | outcome | answer | response | invoice | item | parcel | deposit | cheque | check | card | part | transfer | reservation | appointment) | it | this | they)';
const COND_SUBJ = '(the | your | our | their | it | this | that | they | we | PARTY | TEAM | ORG | payroll | stock | everything)';
const COND_VERB = '(=received | =returned | =arrives | =arrive | =arrived | =reaches | =reach | =reached | =confirms | =confirm | =confirmed | =responds | =respond | =replies | =reply | =processes | =processed | =approved | =complete | =completed | =finished | =done | =ready | =resolved | =cleared | =verified | =inspected | =assessed | =reviewed | =releases | =release | =released | =becomes | =become | =available | =sorted | =fixed | =repaired | =restored | =located | =found | =traced | =in | =back | =receive | =hear | =signed | =authorised | =authorized | =lands | =land | =clears | =clear)';

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

  {
    id: 'vague_timeline.conditional',
    category: 'vague_timeline',
    patterns: [
      // "Once the documents are received, we will process your claim" — the date hangs on an event nobody dated.
      `(once | when | as soon as | after) ${COND_SUBJ} (WORD)? (WORD)? (be | has been | have been | =gets | =get | =comes)? ${COND_VERB} …{0,8} ${SUBJ} (will | 'll | shall | should)`,
      `${SUBJ} (will | 'll | shall | should) …{1,8} (once | when | as soon as | after) ${COND_SUBJ} (WORD)? (WORD)? (be | has been | have been | =gets | =get | =comes)? ${COND_VERB}`,
      '(when | once | as soon as) (an | a | the | one of our)? (agent | advisor | adviser | specialist | colleague | team member | engineer | technician | member of (the | our)? team | slot | appointment | driver) (=becomes | =is | be) (available | free)',
      '(when | once | as soon as) (we | they | the team | our team | someone | i) (=get | =gets | =have | =has) (a chance | the chance | time | a moment | round to it | around to it | to it)',
      '(in the order (it was | they were | they are | it is | tickets are | requests are | emails are) received | in order of receipt | first come , first served | first-come , first-served)',
      // Waiting on someone else, with no date: "we are still waiting to hear back from the warehouse".
      '(we | i | the team | our team) (be) (currently | still | now)? (waiting | awaiting | waiting on | waiting for) (to hear back | (for | on)? (a | an | the | any)? (response | reply | update | confirmation | feedback | word | news | answer) (from | on) | (for | on) (the | our | their)? (PARTY | TEAM | ORG | warehouse | courier | carrier | airline | hotel | manufacturer | supplier | bank | partner | vendor | engineers | insurer | lab | provider | underwriters | underwriter | assessor | adjuster))',
      '(within | in line with | according to) (the | our | your bank \'s | their)? (usual | standard | normal | stated | published | expected | agreed | normal processing | regular)? (timeframe | time frame | timeframes | timescale | timescales | processing time | processing times | turnaround | turnaround time) (set | specified | given | required | stated | laid down | determined)? (by)?',
      'within a reasonable (time | timeframe | time frame | period | timescale)',
    ],
    exceptions: ['concrete-time', 'concrete-time-next'],
    message: 'The promise waits on an event nobody dated ("once we receive…"). Say when you will check and what you will do then.',
    rewrites: [
      "I'll check on it {followup_time|by the end of tomorrow} and tell you where it stands",
      "I'll update you {followup_time|by the end of tomorrow}, whether or not we've heard back",
    ],
    examples: {
      invalid: [
        'Once the documents are received, we will process your claim.',
        'Once we receive the documents, your claim will be assessed.',
        'Your refund will be issued once the item reaches our warehouse.',
        'When the part arrives, the technician will call you.',
        'Once payroll is processed, the corrected payslips will be sent.',
        'Your order will ship when the item is back in stock.',
        'Your ticket will be picked up when an agent becomes available.',
        'The team will look at it when they get a chance.',
        'Tickets are answered in the order they are received.',
        'We are still waiting to hear back from the warehouse.',
        'We are currently awaiting a response from the airline.',
        "We're waiting on the manufacturer.",
        'Refunds are processed within the standard timeframe.',
        'The refund will be processed within the timeframe set by your bank.',
        'We will respond within a reasonable time.',
      ],
      valid: [
        'Once you receive the parcel, please check the contents.',
        'When you arrive, please go to the front desk.',
        "When you are ready, reply to this email and I'll set it up.",
        'Once the item arrives, you can return it within 30 days.',
        'Your card will be charged when the item ships.',
        'Once your return reaches us, I will refund you the same day.',
        'The courier confirmed at 9 am that it will arrive on Friday.',
        'I am waiting for your reply before I send the form.',
      ],
    },
  },
  {
    id: 'vague_timeline.no-eta',
    category: 'vague_timeline',
    patterns: [
      '(no | not (have | got) (an | any)? | without (an | any)?) (eta | estimated time | timeframe | time frame | timescale | timeline | estimate | estimated (date | time | completion date | resolution time | fix time) | firm date | date yet | resolution date | fix date) (for | on | of | yet | at (this | the) (moment | time | stage) | $)',
      '(can not | could not | be unable to | be not able to | be not in a position to) (give | provide | say | confirm | offer | commit to | share | put) (you)? (with)? (an | a | any)? (exact | specific | firm | precise | definite | definitive | set)? (date | time | timeframe | time frame | eta | timeline | estimate | timescale | time scale) ',
      '(can not | hard to | difficult to | impossible to | unable to | be not able to | do not know | not sure | can not be sure) (say | tell | know | predict | estimate | confirm | guarantee)? (exactly | for sure | for certain | precisely | yet)? (when | how long)',
      '(take | =takes | =taking) (up to)? (anywhere)? (from | between)? (a few | several | some | many | a couple of | a number of) (days | weeks | months)',
      '(processing | delivery | response | reply | waiting | wait | turnaround | shipping | resolution | repair | refund) (times | time) (may | can | might | will | do)? (=vary | be longer | =are longer | be (longer | slower) than (usual | normal | expected))',
      '(replies | responses | response times | reply times | deliveries | processing | refunds | repairs) (may | might | could | will) (take longer | be delayed | be slower | be longer)',
      'higher than (normal | usual | expected) (volumes | volume | demand | contact volumes)',
      '(in | with | for) (a | an | the)? (future | upcoming | later | coming) (release | update | version | patch | sprint | build | roadmap | software update)',
      '(on | to) (our | the) (product)? roadmap',
    ],
    exceptions: ['concrete-time', 'concrete-time-next'],
    message: 'No date at all, and no promise of when there will be one. Commit to the next check-in even if the fix has no date.',
    rewrites: [
      "I'll check with the team and give you an update {followup_time|by the end of tomorrow}, even if there's no fix date yet",
      "I'll come back to you {followup_time|by the end of tomorrow} with the latest estimate",
    ],
    examples: {
      invalid: [
        'There is currently no ETA for a fix.',
        'We do not have an estimated time for the repair.',
        "We're unable to give a timeframe at this stage.",
        "I can't say exactly when it will be fixed.",
        "It's hard to say how long this will take.",
        'It could take anywhere from a few days to a few weeks.',
        'Refunds can take up to several weeks.',
        'Processing times may vary.',
        'Due to high demand, responses may be delayed.',
        'We are experiencing higher than normal volumes.',
        'This will be addressed in a future update.',
        'The feature is on our roadmap.',
      ],
      valid: [
        'The fix ships in version 4.2 on March 3rd.',
        'There is no charge for the repair.',
        'I can confirm the date: your engineer comes on Tuesday at 10 am.',
        'The update takes about 10 minutes to install.',
      ],
    },
  },
  {
    id: 'vague_timeline.working-on-it',
    category: 'vague_timeline',
    patterns: [
      '(engineers | our engineers | the engineers | our (technical | tech | it | dev | development | product | engineering | network) team | the (technical | tech | it | dev | development | product | engineering | network)? team | we | technicians | developers | our developers | our technicians | the technicians) (be) (currently | still | now | actively)? (working | hard at work) (hard | around the clock | diligently | tirelessly | flat out)? to (resolve | fix | restore | get | sort | repair)',
      '(we | i | the team | our team) (be) doing (everything | all) (that)? (we | i | they) (can | possibly can)',
      '(we | i) (will | \'ll | shall) (chase | follow) (this | it | that | the matter | things)? (up)? $',
      '(we | i) (will | \'ll | shall) see what (i | we) can do',
      'leave (it | this | that) with (me | us)',
      '(i | we) (will | \'ll | shall) (check | investigate | review | look | find out | ask | confirm | look at it | look into it) …{0,6} (and | then) (be in touch | get back to you | come back to you | revert | let you know | update you | circle back | follow up | contact you | report back)',
      '(please)? (bear with us | be patient | wait | hold tight | sit tight | stand by) (while | until) (we | i | the team | our team | they | someone)',
      '(please)? wait (for | until) (us | the team | our team | someone | an agent | a member of (our | the) team | the (relevant | appropriate) team) (to)? (contact | call | get back | reach out | respond | reply | email | be in touch)',
      '(keep an eye on | check | watch) (your)? (inbox | email | emails | phone | app | account | status page | notifications) for (an | any | further | more)? (update | updates | news | information)',
      'stay tuned | watch this space',
      '(further | more | an | any) (update | updates | information | details | news) (will | shall) (follow | be (provided | shared | sent | posted | given | communicated))',
      'you (will | \'ll | shall | should) be (contacted | called | updated | informed | advised | told | kept (updated | informed | posted))',
      '(a | an | the) (adjuster | assessor | engineer | technician | specialist | advisor | adviser | case handler | claims handler | case manager | representative | investigator | surveyor | inspector) (will | shall | should) (be)? (assigned | allocated | appointed | in touch | contact you | call you | reach out | get in touch | be in contact)',
      '(funds | money | refund | amount | deposit | credit | balance | payment) (will | should) be (returned | refunded | credited | released | reversed | sent back | paid back | reimbursed) (to (you | your (account | card | bank | original payment method)))? $',
    ],
    exceptions: ['concrete-time', 'concrete-time-next'],
    message: '"We\'re working on it" with no time and no next update. Say when the customer will hear from you next.',
    rewrites: [
      "I'll update you {followup_time|by the end of tomorrow} with where the fix stands",
      "You'll hear from me {followup_time|by the end of tomorrow}, fixed or not",
    ],
    examples: {
      invalid: [
        'Our engineers are working to restore service.',
        'Our technical team is working hard to resolve the issue.',
        "We're doing everything we can.",
        "I'll chase this up.",
        "I'll see what I can do.",
        'Leave it with me.',
        'I will check and get back to you.',
        'We will review your claim and be in touch.',
        'Please bear with us while we investigate.',
        'Please wait for our team to contact you.',
        'Keep an eye on your inbox for an update.',
        'Stay tuned.',
        'Further updates will follow.',
        'You will be contacted regarding the next steps.',
        'An adjuster will be assigned to your claim and will contact you.',
        'The funds will be returned to your account.',
      ],
      valid: [
        'Our engineers are working to restore service, and I will email you at 4 pm today either way.',
        "I'll chase the courier and update you by 4 pm today.",
        'I will check and get back to you by noon tomorrow.',
        'You will be contacted by Dana by 5 pm today.',
        'The funds will be returned to your account within 3 business days.',
        'Please check your email for the reset link I just sent.',
      ],
    },
  },
];
