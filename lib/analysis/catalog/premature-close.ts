import type { RuleInput } from './schema';

// premature_close — ends the conversation before the problem is solved (TAXONOMY §1).
// Closing after the customer confirmed the fix is clean (§1a).

export const PREMATURE_CLOSE: RuleInput[] = [
  {
    id: 'premature_close.closing-ticket',
    category: 'premature_close',
    patterns: [
      '(we | i) trust (that)? (this | the above | our (response | reply | explanation) | the information (provided | above)?) (resolves | answers | addresses | clarifies | settles | concludes | closes | covers | has resolved | has answered)',
      '(if | should | unless) (we | i) (do not | don\'t | have not | haven\'t)? (hear | receive | get) (back | from you | a (response | reply) | anything) …{0,8} (will | \'ll | shall)? (be)? (close | closed | closing | assume | consider | mark | resolve | resolved)',
      '(i | we) (will | \'ll | be going to | be | am | are | have | \'ve | shall | would | be now | now)? (now | go ahead and | be going to)? (close | closing | =closed | archive | archiving | =archived) (out)? (this | the | your) @workitem',
      '(i | we) (will | \'ll | be going to | be | am | are | have | \'ve | shall | would | now)? (now | go ahead and)? (mark | marking | =marked | set | setting) (this | the | your) (ticket | case | request | conversation | chat | thread | support request | support ticket) (as | to) (resolved | solved | closed | complete | completed | done | pending closure)',
      '(this | your | the) @workitem (will | shall | would | be going to | has | have | be | is now | will now | will automatically | will auto)? (be | been | now)? (automatically | auto | now)? (=closed | =archived | =auto-closed | =auto-close)',
      '(this | your | the) (ticket | case | request | conversation | chat | thread | support request | support ticket) (will | has | have | be | shall)? (be | been | now)? (automatically | now)? (=marked (as)? | =set to | considered) (=resolved | =solved | =complete | =completed | =closed)',
      '(=marking | =mark | =marked) (this | it | the ticket | your ticket | the case) (as)? (resolved | solved | closed | complete | completed | done)',
      '(if | should | unless) (we | i) (do not | don\'t | have not | haven\'t)? (hear | receive | get) (back | a (response | reply)) (from you)? (within | in | by | after) …{0,6} (will | \'ll | shall)? (be)? (close | closed | closing | assume | consider | mark | resolve | resolved)',
      '(if | should | unless) (we | i) (do not | have not | don\'t | haven\'t) (hear | receive | get) (back | a response | a reply | anything) (from you)? …{0,8} (will | \'ll | shall)? (be)? (close | closed | closing | assume | consider | mark | resolve | resolved)',
      '(we | i) (will | \'ll | shall)? (assume | consider | take it) (that)? (the | this | your)? (issue | problem | matter | query | request | case | everything | it) (has been | is | be | was)? (now)? (resolved | fixed | sorted | closed | settled | solved | complete)',
      '(this | that) (be | is | will be | constitutes) (our | my) (final | last) (response | reply | answer | communication | word | decision | correspondence | position)',
      '(we | i) consider (this | the | your) (matter | issue | case | complaint | ticket) (closed | resolved | settled | concluded | final)',
      'no further (action | correspondence | response | responses | replies | communication | discussion) (will be | is | can be | shall be) (taken | required | necessary | entered into | provided | given | sent | possible)',
      '(we | i) (will | \'ll | shall)? (not | no longer) be (responding | replying | corresponding | able to respond | able to reply | engaging | commenting) (further | any further | on this)?',
      '(we | i) (have | has) nothing (further | more | else) to (add | say | offer)',
      'this (concludes | closes | ends) (our | the | this) (conversation | correspondence | discussion | matter | chat | case)',
    ],
    exceptions: [
      'customer-confirmed',
      {
        why: 'closing a duplicate or another ticket while this one stays open is housekeeping, not a close',
        patterns: ['(duplicate | other | older | previous | extra | second | separate) (ticket | case | request | thread)', '(keep | leave | keeping | leaving) (this | the | your)? (ticket | case | request | it)? open', '(until | once | when | after | as soon as | if) (you | you have | you\'ve) (confirm | confirmed | tell | told | let | reply | replied | check | checked | see | test | tested | try | tried)'],
        scope: 'sentence',
        window: 0,
      },
    ],
    message: 'Closes the conversation before the customer says it is fixed. Keep it open until they confirm.',
    rewrites: [
      "I'll keep this open until you confirm it works",
      "I'll leave this ticket open and check in with you {followup_time|by the end of tomorrow} to make sure it's fixed",
    ],
    examples: {
      invalid: [
        'We will close this ticket now.',
        'I am marking this as resolved.',
        "If we don't hear back within 48 hours, this ticket will be closed.",
        'This ticket will be closed automatically.',
        'We will assume the issue has been resolved.',
        'This is our final response on the matter.',
        'No further correspondence will be entered into.',
      ],
      valid: [
        "Since you've confirmed everything is working, I'll close this ticket.",
        "Glad to hear it's working again, so I'm marking this as resolved.",
        "I'll keep this ticket open until you confirm the fix works.",
        'I closed the duplicate ticket so we can keep everything in this thread.',
        'Lovely to hear the new charger solved it, so I am closing this case.',
        'You told me in your reply this morning that the export runs fine now, so I am marking this as resolved.',
      ],
    },
  },
];
