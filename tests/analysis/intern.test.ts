import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis';
import { compilePattern, makeParseEnv } from '../../lib/analysis/compile';
import type { Node } from '../../lib/analysis/pattern';

// compilePattern shares identical sub-trees between patterns (pattern.ts internNode): each use
// of a macro used to be parsed into a tree of its own, ~85,000 word nodes for ~10,000 distinct
// ones. Shared nodes must be the same objects, different ones must stay apart, and matching
// must not change (tests/bench/snapshot.ts checked every corpus result; here, a few by hand).

const env = makeParseEnv({ macros: { bank: '(bank | credit union)', urge: '(please)? (contact | call)' }, exceptions: {} });

function items(n: Node): Node[] {
  return n.t === 'seq' ? n.items : [n];
}

describe('pattern nodes shared between patterns', () => {
  it('gives two uses of one macro the same node', () => {
    const a = compilePattern('@urge your @bank', env).node;
    const b = compilePattern('you should @urge the @bank today', env).node;
    const bankOfA = items(a).at(-1)!;
    const bankOfB = items(b).at(-2)!;
    expect(bankOfA.t).toBe('alt');
    expect(bankOfB).toBe(bankOfA);
    expect(items(b)[2]).toBe(items(a)[0]);
  });

  it('keeps different word sets, gaps and classes apart', () => {
    const a = compilePattern('call the bank …{0,3} NUM', env).node;
    const b = compilePattern('call the airline …{0,4} CAP', env).node;
    const [, , wordA, gapA, classA] = items(a);
    const [, , wordB, gapB, classB] = items(b);
    expect(wordB).not.toBe(wordA);
    expect(gapB).not.toBe(gapA);
    expect(classB).not.toBe(classA);
    // The same words in the same places are one node.
    expect(items(b)[0]).toBe(items(a)[0]);
  });

  it('still finds what each pattern found', () => {
    const r = analyzeDraft('Please contact your bank about the refund. You will need to call the airline directly.');
    expect(r.findings.map((f) => f.category)).toEqual(['redirect', 'redirect']);
  });
});
