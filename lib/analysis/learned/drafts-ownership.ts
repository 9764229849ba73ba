import { compilePatterns, makeParseEnv, PatternIndex } from '../compile';
import { getEngine } from '../engine';
import type { MatchEnv } from '../pattern';
import { prepare } from '../prepare';
import type { Segments } from '../segment';
import { F_WORD } from '../tokenize';

// Ownership in ONE sentence unit, for the stacked draft layer's additions in drafts the rules leave
// clean (drafts-stack-pick.ts, StackThresholds.clean). Why: there the model has no rule finding to
// lean on, and its word features read an owning sentence that shares a deflection's words ("I'm
// taking it up with the hotel directly", "I'm sorry we sent the wrong size") as the deflection.
// TAXONOMY §1a calls those clean, and OwnUp's own recovery replies are full of them. Read only for
// a unit the model is about to flag (rare), so it costs nothing on the per-keystroke path.

/** Kinds of ownership a unit can show, as bits of ownershipOf's result. */
export const OWN = {
  /** The engine's OWNERSHIP_CUES 'commitment': "I have called…", "we will refund…", "that's on us". */
  commitment: 1,
  /** The engine's 'concrete_time': "by 5 pm", "on Thursday". */
  concreteTime: 2,
  /** The engine's 'specific_apology': "sorry we sent…", "my mistake". */
  specificApology: 4,
  /** The lexicon's @rep_acts (the rep doing the legwork: "on your behalf", "I'm chasing…"). */
  repActs: 8,
  /** "myself", "personally", "from me": the rep keeps the work. */
  myself: 16,
  /** "I / we" + (auxiliaries) + an action word that is no feeling, regret or refusal. */
  firstPersonAct: 32,
  /**
   * The rep weighing what WE should have done: "we should have told you", "what would we have
   * needed to do differently" (a question OwnUp's cancellation replies ask, which the model read
   * as condescension).
   */
  selfCritical: 64,
} as const;

/** Every OWN bit. */
export const OWN_ANY = Object.values(OWN).reduce((a, b) => a | b, 0);

/** The lexicon patterns behind repActs and myself, compiled once. */
let extra: { index: PatternIndex; kindOf: number[] } | undefined;
function extraIndex(): { index: PatternIndex; kindOf: number[] } {
  if (extra) return extra;
  const env = makeParseEnv();
  const index = new PatternIndex();
  const kindOf: number[] = [];
  const add = (src: string, kind: number) => { for (const cp of compilePatterns(src, env)) kindOf[index.add(cp)] = kind; };
  add('@rep_acts', OWN.repActs);
  add('(myself | personally | from me | (i | we) (will | shall) (be)? (the one | the ones))', OWN.myself);
  // Not "we could / would have": "we would have refunded it had you asked" puts the fault on the customer.
  add('(i | we) should have', OWN.selfCritical);
  add('(should | would) (i | we) have', OWN.selfCritical);
  extra = { index, kindOf };
  return extra;
}

/** Auxiliaries between the subject and its verb ("I have", "we'll", "I am now"). */
const AUX = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'have', 'has', 'had', 'will', 'shall', 'do', 'did', 'just', 'already', 'now', 'also', 'personally', 'both', 'all', 'going', 'to', 'gone', 'ahead', 'and', 'currently', 'actually']);
/**
 * What follows "I / we" without making the sentence an act of the rep: feelings, regrets,
 * refusals and hedges ("I'm sorry", "we can't", "I understand", "we're unable", "I'd suggest").
 */
const NOT_ACTS = new Set([
  'sorry', 'apologize', 'apologise', 'apologies', 'regret', 'afraid', 'unfortunately', 'sadly', 'understand', 'know', 'see', 'hear',
  'appreciate', 'hope', 'feel', 'think', 'believe', 'realise', 'realize', 'wish', 'want', 'value', 'thank', 'not', 'unable',
  'can', 'could', 'would', 'should', 'may', 'might', 'must', 'need', 'suggest', 'recommend', 'advise', 'encourage', 'glad', 'happy',
  'here', 'the', 'a', 'an', 'sure', 'certain', 'aware', 'able', 'totally', 'completely', 'truly', 'really', 'deeply', 'so', 'very',
  'get', 'understandably', 'committed', 'dedicated', 'always', 'look', 'looking', 'pleased', 'delighted', 'grateful', 'only', 'just',
  // Corporate reassurance, not an act: "we trust this helps", "we strive to", "we remain committed".
  'trust', 'assure', 'strive', 'endeavour', 'endeavor', 'aim', 'remain', 'pride',
]);

/**
 * Bits of OWN the unit text shows. With `enough`, reading stops at the first bit of `enough`
 * found (the stack asks only whether a unit shows any kind its veto names: the rest of the
 * reading cannot change that answer); the result then holds that bit, not necessarily all.
 */
export function ownershipOf(unitText: string, enough = 0): number {
  // Compiled BEFORE the text is prepared: compiling adds the patterns' words to the vocabulary
  // that prepare() reads the word ids from (a text prepared first missed "would we have").
  const x = extraIndex();
  const engine = getEngine().ownership;
  const { env, seg } = prepare(unitText, [{ start: 0, end: unitText.length }]);
  let bits = firstPersonAct(env) ? OWN.firstPersonAct : 0;
  if ((bits & enough) !== 0) return bits;
  bits = scan(env, seg, engine.index, (pid) => (engine.cueOfPattern[pid] === 0 ? OWN.commitment : engine.cueOfPattern[pid] === 1 ? OWN.concreteTime : OWN.specificApology), bits, enough);
  if ((bits & enough) !== 0) return bits;
  return scan(env, seg, x.index, (pid) => x.kindOf[pid]!, bits, enough);
}

/** `bits` with the kinds of the patterns of `index` found in the text, up to the first position where one of `enough` is among them. */
function scan(env: MatchEnv, seg: Segments, index: PatternIndex, kindOf: (pid: number) => number, bits: number, enough: number): number {
  let found = bits;
  const cands: number[] = [];
  index.beginScan();
  const tok = env.tok;
  for (let p = 0; p < tok.length && (found & enough) === 0; p++) {
    index.scanAt(env, p, seg.sentStart[seg.sentenceOf[p]!]!, seg.sentenceEnd[p]!, cands, (pid) => { found |= kindOf(pid); });
  }
  return found;
}

function firstPersonAct(env: MatchEnv): boolean {
  const tok = env.tok;
  for (let p = 0; p < tok.length; p++) {
    const w = tok.norm[p];
    if (w !== 'i' && w !== 'we') continue;
    let q = p + 1;
    while (q < tok.length && AUX.has(tok.norm[q]!)) q++;
    if (q >= tok.length || !(tok.flags[q]! & F_WORD)) continue;
    if (NOT_ACTS.has(tok.norm[q]!) || NOT_ACTS.has(tok.lemma[q]!)) continue;
    return true;
  }
  return false;
}
