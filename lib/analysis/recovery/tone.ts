// Warm and formal replies differ in register, not in content: the same promise, the same fix.
// Sentences are written once, warm (contractions, "Hi"), and the formal reply expands the
// contractions — which is most of what "formal" means in a support email — plus a few swaps.

const EXPANSIONS: ReadonlyArray<readonly [string, string]> = [
  ["I'm", 'I am'], ["I've", 'I have'], ["I'll", 'I will'], ["I'd", 'I would'],
  ["you're", 'you are'], ["you've", 'you have'], ["you'll", 'you will'], ["you'd", 'you would'],
  ["we're", 'we are'], ["we've", 'we have'], ["we'll", 'we will'], ["they're", 'they are'],
  ["it's", 'it is'], ["that's", 'that is'], ["there's", 'there is'], ["what's", 'what is'],
  ["isn't", 'is not'], ["aren't", 'are not'], ["wasn't", 'was not'], ["weren't", 'were not'],
  ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'], ["won't", 'will not'],
  ["can't", 'cannot'], ["couldn't", 'could not'], ["shouldn't", 'should not'], ["wouldn't", 'would not'],
  ["haven't", 'have not'], ["hasn't", 'has not'], ["let's", 'let us'],
];

// Register swaps for words that read as chatty in a formal letter.
const FORMAL_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['straight away', 'immediately'], ['sort out', 'resolve'], ['Better still', 'In addition'],
  ['a hassle', 'a burden'],
];

function replaceWord(text: string, from: string, to: string): string {
  // Case of the first letter follows the original ("It's" → "It is").
  const capitalFrom = from[0]!.toUpperCase() + from.slice(1);
  const capitalTo = to[0]!.toUpperCase() + to.slice(1);
  return text.split(from).join(to).split(capitalFrom).join(capitalTo);
}

export function toFormal(text: string): string {
  let out = text.replace(/\u2019/g, "'");
  for (const [from, to] of EXPANSIONS) out = replaceWord(out, from, to);
  for (const [from, to] of FORMAL_SWAPS) out = replaceWord(out, from, to);
  return out;
}

export type Tone = 'warm' | 'formal';

export const inTone = (tone: Tone, text: string): string => (tone === 'formal' ? toFormal(text) : text);
