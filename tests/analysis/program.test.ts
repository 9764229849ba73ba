import { describe, expect, it } from 'vitest';
import { compilePattern, makeParseEnv } from '../../lib/analysis/compile';
import { matchAt, step } from '../../lib/analysis/pattern';
import { prepare } from '../../lib/analysis/prepare';

// matchAt runs a flattened copy of each pattern (program.ts). It must answer exactly what the
// array matcher (step) answers on the node tree, for every op: words by lemma, exact forms,
// prefixes, big word sets, token and entity classes, optional items, gaps, alternations with
// and without dispatch, clause marks.

const env = makeParseEnv();
const BIG = Array.from({ length: 30 }, (_, i) => `=w${i}x`).join('|');
const PATTERNS = [
  'please contact (your | the) (bank | airline)',
  '=contacted …{0,3} ORG',
  'apolog* for (the)? (delay | inconvenience)',
  `(we | i) (will | shall | would | can | could | may | might) (call | ring | email | text | write to) you`,
  `(${BIG} | bank) NUM`,
  '^ (please)? call PARTY $',
  'CAP (CAP)? NUM',
  'TIME_VAGUE',
  'thank you …{0,12} patience',
  // Word options merged into one op beside sequences, with and without a dispatch table.
  '(we | i | please (call | ring) | get back to) (you | the (bank | airline))',
  '(bank | airline | =email | contact* | get back to | call PARTY | please contact | ring you | thank you) (you | NUM)?',
  // Enough merged words for a sorted, searched list.
  '(bank | airline | delay | patience | friday | yesterday | business | days | email | apologize | flight | please call) (you | NUM | \\.)?',
];
const TEXTS = [
  'Please contact your bank. We contacted Expedia yesterday, and I apologize for the delay.',
  'Unfortunately, please call the airline. I will email you by Friday at 3 pm; thank you so much for all of your patience.',
  'We could ring you within 2 business days, bank 42, or w7x 9. Thanks for your patience!',
  'Flight BA 249 was moved; we will get back to you as soon as possible.',
];

describe('the flattened matcher', () => {
  it('answers as the array matcher does at every start', () => {
    const matched = new Set<string>();
    for (const src of PATTERNS) {
      const cp = compilePattern(src, env);
      for (const text of TEXTS) {
        const { env: menv } = prepare(text, [{ start: 0, end: text.length }]);
        for (let s = 0; s < menv.tok.length; s++) {
          const limit = menv.sentenceEnd[s]!;
          const ends = step(cp.node, [s], menv, limit);
          const best = Math.max(-1, ...ends);
          expect(matchAt(cp.node, s, menv, limit), `${src} at ${s} in "${text}"`).toBe(best > s ? best : -1);
          if (best > s) matched.add(src);
        }
      }
    }
    // Every pattern matched somewhere: the comparison was not only of misses.
    expect([...matched].sort()).toEqual([...PATTERNS].sort());
  });
});
