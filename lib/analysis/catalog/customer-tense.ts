// Words that tell a customer is narrating the past, for cues marked `notPast` (customer.ts):
// "I ordered it on Monday" or "it stopped syncing on Friday" names no coming need, while
// "we land at 7am on Friday" or "payroll runs on Monday" does (TAXONOMY §1a: a deadline is a
// named time-bound need). A regular past form is recognised from its lemma (the form ends in
// "-ed" and differs from its lemma); these lists hold the rest.

/** Irregular past forms customers use when telling what happened. */
export const IRREGULAR_PAST = [
  'was', 'were', 'did', 'had', 'came', 'went', 'got', 'sent', 'paid', 'bought', 'made', 'took', 'gave', 'told', 'said',
  'left', 'lost', 'broke', 'spent', 'found', 'saw', 'rang', 'spoke', 'wrote', 'flew', 'drove', 'ate', 'kept', 'brought',
  'felt', 'heard', 'met', 'put', 'ran', 'sold', 'stood', 'thought', 'won', 'began', 'fell', 'forgot', 'hung', 'died',
  'gone', 'done', 'taken', 'given',
];

/** Words right before the time that make it a past one ("last Tuesday", "since Monday", "yesterday"). */
export const PAST_MARKERS = ['yesterday', 'ago', 'last', 'since', 'earlier', 'previously', 'already'];

/** An "-ed" form after these is a state or a passive about now or later ("is booked", "I'm scheduled"). */
export const PRESENT_AUXILIARIES = ['am', 'is', 'are', "'m", "'re", "'s", 'be', 'being', 'will', "'ll", 'get', 'gets', 'getting'];

/** Words of thanks and praise: exclamation marks in their sentence are joy, not anger. */
export const GLAD_WORDS = ['thank', 'thanks', 'love', 'loved', 'great', 'amazing', 'wonderful', 'brilliant', 'excellent', 'perfect', 'awesome', 'happy', 'glad', 'fantastic', 'lovely', 'delighted', 'appreciate'];

/** Single shouted words that carry anger on their own ("I'm DONE", "YOU recommended them"). */
export const SHOUTED_EMPHASIS = ['you', 'done', 'not', 'never', 'now', 'still', 'again', 'nothing', 'nobody', 'no', 'why', 'every', 'what', 'all', 'any', 'this', 'twice', 'three', 'four', 'five', 'enough', 'unacceptable', 'refund', 'today', 'immediately', 'ever', 'one', 'months', 'weeks', 'years'];

/** Words that suppose a situation in a question ("what if it's late?", "in case it gets lost?"): nothing has gone wrong yet. */
export const HYPOTHETICAL_OPENERS = ['if', 'whether', 'unless', 'should'];

/**
 * Words that tell a sentence describes something gone wrong, even when no cue names what:
 * failed or missing events, faults and complaint vocabulary. With them, the situation whose
 * lexicon comes nearest replaces `general` (TAXONOMY §2: general only when nothing went wrong).
 */
export const TROUBLE_WORDS = [
  'never', 'nothing', 'nowhere', 'nobody', 'wrong', 'broken', 'broke', 'problem', 'issue', 'mistake', 'error', 'faulty', 'fault',
  'damaged', 'missing', 'fail', 'failed', 'stopped', 'refused', 'declined', 'stuck', 'lost', 'empty', 'blank', 'instead',
  'supposed', 'meant', 'complaint', 'complain', 'disappointed', 'unhappy', 'useless', 'waiting', 'still', 'yet', 'gone', 'ruined',
  'incorrect', 'unable', 'cracked', 'dead', 'vanished', 'disappeared', 'worse',
];

/** Auxiliaries whose "not" negates an event ("it has not come", "it doesn't work", "they didn't call"). */
export const NEGATED_AUXILIARIES = ['do', 'does', 'did', 'have', 'has', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'be'];

/** Verbs whose negation is no trouble but doubt or a how-to ("I'm not sure", "I can't find where to …"). */
export const NEGATED_DOUBT = ['sure', 'know', 'understand', 'mind', 'want', 'need', 'find', 'remember', 'think', 'see', 'wish', 'like', 'matter', 'worry', 'rush', 'urgent', 'hurry', 'bother'];

/** Words that say all is well in their sentence ("working perfectly"): no lexicon reads trouble there. */
export const ALL_WELL = ['perfectly', 'flawlessly'];

/**
 * In a message where nothing went wrong, a coming date is a deadline only with one of these
 * (TAXONOMY §1a: a named time-bound need): "we land at 7am on Friday, can we check in early?"
 * needs; "my warranty runs out on 15 December, can I extend it?" informs.
 */
export const DATE_NEEDS = [
  '(need | needs | needed | must | have to | has to | got to | urgent | urgently | asap | in time | deadline | hurry | quickly | before | by | until | no later than)',
  '(land | landing | arrive | arriving | fly | flying | leave | leaving | depart | departing | check in | check-in | travel | travelling | traveling)',
  '(wedding | funeral | interview | exam | surgery | operation | birthday | party | event | meeting | presentation | launch | ceremony | guests | trip | holiday)',
  '(going | off) (skiing | away | abroad | on holiday | on a trip | on honeymoon)',
];
