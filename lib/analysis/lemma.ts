// Simple lemmas: enough for patterns written once in base form to match the inflections reps
// type ("contact" ↔ contacted/contacting/contacts, "apologize" ↔ apologise/apologised,
// "ship" ↔ shipped). Suffix stripping only lands on a base form we KNOW (the catalog's own
// words plus a core list), so unknown words are left alone instead of mangled. Results are
// cached per distinct word, so lemmatizing a 1 MB draft costs one Map lookup per token.

const IRREGULAR: Record<string, string> = {
  is: 'be', are: 'be', am: 'be', was: 'be', were: 'be', been: 'be', being: 'be', be: 'be',
  has: 'have', had: 'have', having: 'have',
  does: 'do', did: 'do', done: 'do', doing: 'do',
  sent: 'send', made: 'make', got: 'get', gotten: 'get', took: 'take', taken: 'take',
  gave: 'give', given: 'give', told: 'tell', said: 'say', paid: 'pay', bought: 'buy',
  brought: 'bring', went: 'go', gone: 'go', goes: 'go', found: 'find', left: 'leave', kept: 'keep',
  held: 'hold', known: 'know', knew: 'know', saw: 'see', seen: 'see', thought: 'think',
  understood: 'understand', felt: 'feel', heard: 'hear', wrote: 'write', written: 'write',
  spoke: 'speak', spoken: 'speak', forgot: 'forget', forgotten: 'forget', lost: 'lose',
  meant: 'mean', sold: 'sell', dealt: 'deal', fell: 'fall', fallen: 'fall', chose: 'choose',
  chosen: 'choose', broke: 'break', broken: 'break', ran: 'run', began: 'begin', begun: 'begin',
  came: 'come', led: 'lead', set: 'set', put: 'put', let: 'let', shut: 'shut', cut: 'cut',
  reached: 'reach', apologies: 'apology', apologised: 'apologize', apologise: 'apologize',
  apologising: 'apologize', apologises: 'apologize', emailed: 'email', e_mail: 'email',
  'e-mail': 'email', 'e-mailed': 'email', 'e-mailing': 'email', emails: 'email',
  realise: 'realize', realised: 'realize', recognise: 'recognize', prioritise: 'prioritize',
  prioritised: 'prioritize', authorised: 'authorize', authorise: 'authorize',
  unauthorised: 'unauthorized', cancelled: 'cancel', cancelling: 'cancel', canceled: 'cancel',
  canceling: 'cancel', cancels: 'cancel', travelling: 'travel', travelled: 'travel',
  labelled: 'label', labeled: 'label', refunded: 'refund', children: 'child', people: 'person',
  women: 'woman', men: 'man', feet: 'foot', teeth: 'tooth', 'follow-up': 'follow-up',
  'follow-ups': 'follow-up', followup: 'follow-up', followups: 'follow-up', inconveniences: 'inconvenience',
  'logged-in': 'log-in', login: 'log-in', logins: 'log-in', signin: 'sign-in', colour: 'color',
  favour: 'favor', behaviour: 'behavior', centre: 'center', cheque: 'check', programme: 'program',
  analyse: 'analyze', analysed: 'analyze', organisation: 'organization', organise: 'organize',
  dept: 'department', u: 'you', ur: 'your', youre: 'you', depts: 'department', pls: 'please', plz: 'please', thx: 'thanks',
  ty: 'thank', asap: 'asap', ok: 'okay', 'o.k.': 'okay', hrs: 'hour', hr: 'hour', mins: 'minute',
  min: 'minute', wk: 'week', wks: 'week', biz: 'business', msg: 'message', ppl: 'person',
  shipping: 'shipping', meeting: 'meeting', booking: 'booking', bookings: 'booking', building: 'building',
  morning: 'morning', evening: 'evening', during: 'during', nothing: 'nothing', something: 'something',
  anything: 'anything', everything: 'everything', thing: 'thing', things: 'thing',
  rude: 'rude', ticketing: 'ticketing', setting: 'setting', settings: 'setting', billing: 'billing',
  pricing: 'pricing', wedding: 'wedding', processing: 'processing', handling: 'handling',
  unfortunately: 'unfortunately', sincerely: 'sincerely', regarding: 'regarding', according: 'according',
};

const KNOWN = new Set<string>([
  // core verbs that appear inflected in drafts and customer messages
  'contact', 'call', 'email', 'reach', 'ask', 'check', 'look', 'escalate', 'forward', 'refer', 'direct',
  'transfer', 'pass', 'route', 'assign', 'apologize', 'apology', 'understand', 'appreciate', 'value',
  'thank', 'close', 'resolve', 'mark', 'process', 'handle', 'review', 'investigate', 'ship', 'deliver',
  'arrive', 'charge', 'bill', 'refund', 'cancel', 'order', 'book', 'reserve', 'update', 'fix', 'send',
  'receive', 'submit', 'file', 'fill', 'complete', 'follow', 'visit', 'click', 'log', 'sign', 'lock',
  'reset', 'verify', 'confirm', 'hear', 'respond', 'reply', 'answer', 'help', 'assist', 'need', 'want',
  'require', 'advise', 'recommend', 'suggest', 'try', 'note', 'state', 'mention', 'explain', 'inform',
  'notify', 'expect', 'assume', 'fail', 'forget', 'read', 'apply', 'cause', 'occur', 'happen', 'experience',
  'affect', 'impact', 'delay', 'miss', 'lose', 'damage', 'break', 'crash', 'work', 'load', 'open', 'pay',
  'owe', 'waive', 'credit', 'replace', 'exchange', 'return', 'restock', 'stock', 'discontinue', 'sell',
  'carry', 'suspend', 'disable', 'block', 'freeze', 'deactivate', 'switch', 'leave', 'move', 'change',
  'manage', 'own', 'control', 'responsible', 'liable', 'affiliate', 'partner', 'associate', 'relate',
  'provide', 'permit', 'allow', 'authorize', 'accept', 'honor', 'honour', 'make', 'offer', 'guarantee',
  'promise', 'arrange', 'schedule', 'reschedule', 'expedite', 'prioritize', 'raise', 'log', 'create',
  'open', 'keep', 'hold', 'wait', 'worry', 'rest', 'assure', 'bear', 'patience', 'inconvenience',
  'frustrate', 'disappoint', 'upset', 'annoy', 'regret', 'hope', 'wish', 'enjoy', 'welcome', 'share',
  'come', 'go', 'get', 'give', 'take', 'tell', 'say', 'see', 'know', 'think', 'feel', 'find', 'speak',
  'talk', 'chat', 'text', 'message', 'ring', 'phone', 'dial', 'report', 'claim', 'dispute', 'lodge',
  'initiate', 'start', 'begin', 'end', 'finish', 'stop', 'continue', 'remain', 'stay', 'post', 'publish',
  'outline', 'specify', 'list', 'detail', 'document', 'attach', 'upload', 'download', 'install',
  'restart', 'reinstall', 'clear', 'delete', 'remove', 'add', 'enter', 'type', 'select', 'choose',
  'navigate', 'head', 'point', 'redirect', 'hand', 'outsource', 'sort', 'deal', 'attend', 'address',
  'solve', 'decide', 'determine', 'approve', 'deny', 'decline', 'reject', 'refuse', 'qualify', 'entitle',
  'eligible', 'cover', 'exceed', 'expire', 'lapse', 'violate', 'breach', 'agree', 'accept', 'acknowledge',
  'reassure', 'apologize', 'error', 'mistake', 'issue', 'problem', 'ticket', 'case', 'request', 'query',
  'concern', 'complaint', 'question', 'inquiry', 'enquiry', 'feedback', 'comment', 'team', 'department',
  'agent', 'representative', 'specialist', 'supervisor', 'manager', 'bank', 'airline', 'carrier', 'courier',
  'hotel', 'site', 'website', 'portal', 'form', 'page', 'link', 'article', 'faq', 'guide', 'document',
  'policy', 'rule', 'term', 'condition', 'regulation', 'procedure', 'protocol', 'guideline', 'system',
  'day', 'hour', 'minute', 'week', 'month', 'year', 'time', 'moment', 'business', 'customer', 'client',
  'account', 'payment', 'invoice', 'fee', 'charge', 'card', 'password', 'code', 'item', 'product',
  'package', 'parcel', 'shipment', 'delivery', 'reservation', 'flight', 'seat', 'room', 'car', 'vehicle',
  'size', 'color', 'model', 'version', 'plan', 'subscription', 'service', 'feature', 'app', 'device',
  'phone', 'line', 'network', 'router', 'signal', 'outage', 'data', 'file', 'report', 'dashboard',
  'crash', 'freeze', 'load', 'sync', 'connect', 'disconnect', 'display', 'show', 'appear', 'seem',
  'look', 'sound', 'mean', 'intend', 'plan', 'state', 'stress', 'emphasize', 'remind', 'reiterate',
  'repeat', 'clarify', 'point', 'indicate', 'specify', 'process', 'elapse', 'pend', 'queue', 'route',
  'switch', 'port', 'migrate', 'downgrade', 'upgrade', 'pause', 'renew', 'terminate', 'unsubscribe',
  'lock', 'unlock', 'hack', 'compromise', 'steal', 'reimburse', 'compensate', 'overcharge', 'double',
  'scam', 'threaten', 'fine', 'penalize', 'collect', 'deduct', 'withdraw', 'deposit', 'transfer', 'wire',
  'authenticate', 'expire', 'suspend', 'reactivate', 'restore', 'recover', 'retrieve', 'track', 'trace',
  'locate', 'reroute', 'redeliver', 'pick', 'drop', 'collect', 'inspect', 'repair', 'install', 'visit',
  'show', 'turn', 'run', 'print', 'issue', 'reissue', 'rebook', 'upgrade', 'seat', 'board', 'fly',
  'land', 'depart', 'strand', 'stick', 'overbook', 'inform', 'relay', 'pass', 'nudge', 'chase', 'push',
  'apologize', 'own', 'sorry', 'frustration', 'trouble', 'hassle', 'difficulty', 'disappointment',
  'confusion', 'understanding', 'cooperation', 'feedback', 'loyalty', 'reply', 'response', 'resolution',
  'question', 'consult', 'discuss', 'coordinate', 'liaise', 'negotiate', 'refer', 'recommend',
  'encourage', 'invite', 'welcome', 'urge', 'kindly', 'ensure', 'make', 'double-check', 'confirm',
  'wonder', 'reach', 'touch', 'drop', 'shoot', 'hit', 'ping', 'escalation', 'apply', 'accrue',
  'waive', 'insist', 'complain', 'promise', 'guarantee', 'warn', 'alert', 'flag', 'tag', 'label',
]);

const cache = new Map<string, string>();

/**
 * Bumped whenever registerLemmas changes what lemmaOf returns, so caches built on top of lemmaOf
 * (the tokenizer's word table) know to start over.
 */
export let lemmaEpoch = 0;

/** Adds base forms the catalog uses; clears the cache so earlier guesses are redone. */
export function registerLemmas(words: Iterable<string>): void {
  let added = false;
  for (const w of words) {
    if (!w || IRREGULAR[w] !== undefined || KNOWN.has(w)) continue;
    // An inflected form of a known base ("arrives") is not a base: registering it would stop
    // it from reducing.
    if (compute(w) !== w) continue;
    KNOWN.add(w);
    added = true;
  }
  if (added) {
    cache.clear();
    lemmaEpoch++;
  }
}

export function lemmaOf(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const l = compute(word);
  if (cache.size < 200_000) cache.set(word, l);
  return l;
}

function compute(w: string): string {
  const irr = IRREGULAR[w];
  if (irr !== undefined) return irr;
  if (KNOWN.has(w)) return w;
  if (w.length <= 3) return w;
  // British -ise spellings → -ize.
  const am = w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  if (am !== w) {
    const l = compute(am);
    if (l !== am || KNOWN.has(am)) return l;
  }
  const cands: string[] = [];
  if (w.endsWith('ies')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ing')) {
    const b = w.slice(0, -3);
    cands.push(b, b + 'e');
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) cands.push(b.slice(0, -1));
  }
  if (w.endsWith('ed')) {
    const b = w.slice(0, -2);
    cands.push(b, w.slice(0, -1));
    if (b.length > 2 && b[b.length - 1] === b[b.length - 2]) cands.push(b.slice(0, -1));
  }
  if (w.endsWith('es')) cands.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) cands.push(w.slice(0, -1));
  for (const c of cands) {
    if (KNOWN.has(c)) return c;
    const i = IRREGULAR[c];
    if (i !== undefined && c !== w) return i;
  }
  return w;
}
