import { describe, expect, it } from 'vitest';
import { analyzeWith, buildEngine, type RuleInput } from '../../lib/analysis';
import { compilePattern, makeParseEnv, vocabId } from '../../lib/analysis/compile';
import { NeedTable } from '../../lib/analysis/prefilter';
import { prepare } from '../../lib/analysis/prepare';

// The prefilter drops a woken-up pattern when a word it needs is missing from the rest of the
// sentence. It must never drop one that would have matched: these cases put the needed word
// before the anchor, far after it, in an alternation, and in the next sentence (no match).

const env = makeParseEnv();

function rule(id: string, pattern: string, invalid: string): RuleInput {
  return {
    id,
    category: 'redirect',
    patterns: [pattern],
    message: 'A test rule for the prefilter.',
    rewrites: ['I will handle it myself.'],
    examples: { invalid: [invalid], valid: ['I will handle it myself.'] },
  };
}

describe('needs of a pattern', () => {
  it('lists mandatory words besides the anchor, not optional ones', () => {
    const cp = compilePattern('please (just)? ring =zorblax …{0,4} (quickly | promptly)', env);
    const words = (cp.needs ?? []).map((n) => [...n.ids].sort((a, b) => a - b).join(','));
    const id = (w: string) => String(vocabId(w));
    expect(words).not.toContain(id('just'));
    expect(words.some((w) => w === [id('quickly'), id('promptly')].sort((a, b) => Number(a) - Number(b)).join(','))).toBe(true);
  });

  it('gives an alternation a need only when every option has one', () => {
    const cp = compilePattern('=zorblax (NUM | later)', env);
    const ids = new Set((cp.needs ?? []).flatMap((n) => [...n.ids]));
    expect(ids.has(vocabId('later'))).toBe(false);
  });
});

describe('the prefilter keeps every match', () => {
  const engine = buildEngine([
    rule('redirect.prefilter-before', 'kindly …{0,6} =qwibbled', 'Kindly note the parcel was qwibbled.'),
    rule('redirect.prefilter-after', '=qwibbled …{0,8} (promptly | swiftly)', 'It was qwibbled by the depot, who will reply promptly.'),
  ]);
  const ids = (text: string) => analyzeWith(engine, text).findings.map((f) => f.ruleId);

  it('finds needed words before and after the anchor', () => {
    expect(ids('Kindly note the parcel was qwibbled.')).toContain('redirect.prefilter-before');
    expect(ids('It was qwibbled by the depot, who will reply swiftly.')).toContain('redirect.prefilter-after');
  });

  it('does not find a needed word in another sentence', () => {
    expect(ids('It was qwibbled. They reply promptly.')).not.toContain('redirect.prefilter-after');
    expect(ids('Kindly wait. It was qwibbled.')).not.toContain('redirect.prefilter-before');
  });

  it('forgets the previous text', () => {
    const table = new NeedTable();
    const cp = compilePattern('=qwibbled …{0,8} promptly', env);
    table.build([cp]);
    const a = prepare('they reply promptly', [{ start: 0, end: 19 }]).env;
    table.enter(a, 0, a.tok.length);
    expect(table.meets(0, 0, a.vocab!)).toBe(true);
    const b = prepare('it was qwibbled', [{ start: 0, end: 15 }]).env;
    table.enter(b, 0, b.tok.length);
    expect(table.meets(0, 0, b.vocab!)).toBe(false);
  });
});
