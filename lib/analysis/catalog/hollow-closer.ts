import type { RuleInput } from './schema';

// hollow_closer — a reflex closing question or phrase that invites "no" (TAXONOMY §1). Every
// "thank you for your patience / understanding / bearing with us" is one, and so is a scripted
// "we hope to see you again" while the complaint is open (§1a). Plain courtesy is clean.

export const HOLLOW_CLOSER: RuleInput[] = [
  {
    id: 'hollow_closer.anything-else',
    category: 'hollow_closer',
    patterns: [
      '(be | is) there anything else (that)? (i | we) (can | could | may | might) (help | assist | do) (for)? (you)? (with)?',
      '(be | is) there (any | anything) (other | more | further) (questions | way | thing | issues | concerns)? (that)? (i | we) (can | could | may) (help | assist | do)',
      '(can | may | could) (i | we) (help | assist) (you)? (with)? (anything | something) (else | further | more)',
      '(anything | something) else (i | we) (can | could) (help | assist | do) (you)? (with | for you)?',
      '(if | should | whenever) (you | there) (have | need | require | be | is | are | come up with | think of) (any | anything | more)? (other | further | more | additional | else | follow-up)? (questions | question | concerns | concern | queries | query | issues | help | assistance | problems | comments | thing | things)',
      '(please)? (let | do let) (me | us) know if (you | there) (have | need | require | be | is | are) (any | anything)? (other | further | more | additional | else)? (questions | question | concerns | queries | issues | help | assistance | else | other)?',
      '(please)? (do not | never) hesitate to (contact | reach out | get in touch | ask | write | email | call | let (us | me) know) (to | with)? (us | me)?',
      '(please)? feel free to (contact | reach out | get in touch | ask | write | email | call | reply | respond | let (us | me) know) (to | with)? (us | me | again | any time | anytime | if | should | with any)',
      '(we | i) (be | are | am) (always)? (here | happy | glad | available) (to help | to assist | for you | if you need)',
      '(hope | hoping) (this | that | the above) (helps | answers | clarifies | resolves) (your)? (question | questions | concern | query)?',
      "(i | we) hope (this | that | the above | the information (above | provided)) (has)? (helps | helped | answers | answered | clarifies | clarified | resolves | resolved | be helpful | is helpful | was helpful)",
    ],
    message: 'A reflex closer that invites "no" and ends the conversation. Ask a real question about their situation instead.',
    rewrites: [
      "How has the rest of your setup been going? Anything we could be doing better?",
      "Does this get you what you needed, {customer_first_name|}? If anything's still off, tell me and I'll fix it",
    ],
    examples: {
      invalid: [
        'Is there anything else I can help you with today?',
        'Let me know if you have any other questions.',
        "Please don't hesitate to contact us.",
        'If you have any further questions, please let us know.',
        'Feel free to reach out if you need anything.',
        'Hope this helps!',
        "We're always here to help.",
      ],
      valid: [
        'How has the rest of your setup been going since the migration?',
        'Have a great weekend!',
        "Let me know if the new password works, and I'll stay on this ticket until it does.",
      ],
    },
  },
  {
    id: 'hollow_closer.thanks-for-patience',
    category: 'hollow_closer',
    patterns: [
      '(thank you | thanks | many thanks | thanks again) (so much | again)? for (your | the) (time | cooperation | co-operation | support | kindness) and (patience | understanding)',
      '(thank you | thanks | many thanks | thanks again | thank you again | thank you so much | thanks so much | thank you very much | we thank you | i thank you) (so much | very much | again)? for (your | the | all your | all of your | being so) (continued | ongoing | kind | great)? (patience | understanding | cooperation | co-operation | patient | understanding | bearing | forbearance | tolerance | time and patience | patience and understanding | understanding and patience | support and patience)',
      '(thank you | thanks | many thanks | thanks again) (so much | again)? for (bearing | waiting | holding on | being patient | hanging in | sticking) (with us | with me | there | on)?',
      '(we | i) (really | truly | greatly | sincerely | do)? (appreciate | value) (your | the | all your) (continued | ongoing | kind)? (patience | understanding | cooperation | co-operation | forbearance | patience and understanding | understanding and patience)',
      '(we | i) (really | truly | greatly)? appreciate (you | you all) (bearing with | being patient | waiting | your patience)',
      '(thank you | thanks) for (your | the) (patience | understanding) (in | with | during | while) (this | the) (matter | situation | time | process | delay)',
    ],
    message: 'Thanking the customer for patience they never agreed to give. Thank them for something real, or tell them what happens next.',
    rewrites: [
      "You've waited long enough; here's what happens next",
      "I know this has dragged on, {customer_first_name|}. I'll update you {followup_time|by the end of tomorrow} either way",
    ],
    examples: {
      invalid: [
        'Thank you for your patience.',
        'Thanks for your understanding.',
        'Thank you for bearing with us.',
        'We appreciate your patience and understanding.',
        'Thanks again for your patience while we look into this.',
        'Thank you for your continued patience.',
      ],
      valid: ['Thank you for sending the photos so quickly.', 'Thanks for writing in.', 'Thank you for your order!'],
    },
  },
  {
    id: 'hollow_closer.hope-to-see-you',
    category: 'hollow_closer',
    patterns: [
      '(hope | hoping | look forward | looking forward) to (hear | hearing) (from you | back from you | back)',
      '(we | i) hope (this | that | the above) (clears | cleared | sorts | sorted | settles | answers | answered | addresses | resolves | resolved) (things | everything | it | this | your)? (up)?',
      '(we | i) (hope | look forward | be looking forward) to (have the pleasure of | having the pleasure of)? (see | seeing | serve | serving | welcome | welcoming | hear | hearing | have | having) (from)? you (again | back | on board again | soon | in the future | next time)',
      '(we | i) (hope | trust) (that)? (you will | you\'ll | you) (continue to | give us another chance | choose us | fly with us | stay with us | shop with us | order from us) ',
      '(we | i) (hope | trust) (that)? (this | it) (will | does) not (affect | change | impact) (your | our) (future | decision | relationship)',
      '(we | i) look forward to (continuing | our continued | a continued) (relationship | partnership | business)',
    ],
    message: 'A scripted "hope to see you again" while the problem is still open reads as a brush-off. Close on the fix and the next step.',
    rewrites: [
      "I'll check in {followup_time|by the end of tomorrow} to make sure everything is as it should be",
    ],
    examples: {
      invalid: ['We hope to see you again soon.', 'We look forward to serving you again in the future.', 'We hope this will not affect your future bookings with us.', 'We hope to have the pleasure of serving you again.'],
      valid: ['See you on Friday at the 9 am check-in.', 'I look forward to our call at 3 pm.'],
    },
  },
];
