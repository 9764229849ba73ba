import { describe, expect, it } from 'vitest';
import { analyzeDraft, analyzeWith, buildEngine, type RuleInput } from '../../lib/analysis';
import { VOCAB, vocabId } from '../../lib/analysis/compile';
import { prepare } from '../../lib/analysis/prepare';

// prepare.ts looks each distinct word's vocabulary id up once and remembers it. An engine built
// later (a team playbook's rules, say) registers new words; a word remembered as "no pattern
// uses it" before then must still be found by the new engine's patterns.

// "=" (exact form) registers no lemma, so the tokenizer's word table does not start over either.
const ZEBRA_RULE: RuleInput = {
  id: 'redirect.zebra-test',
  category: 'redirect',
  patterns: ['ask the =zebrafinch'],
  message: 'A rule whose word no catalog rule uses, registered after texts were analyzed.',
  rewrites: ['I will ask them myself and get back to you.'],
  examples: { invalid: ['Please ask the zebrafinch.'], valid: ['I asked the zebrafinch myself.'] },
};

describe('vocabulary ids across engines', () => {
  it('finds a word first seen before the engine that uses it was built', () => {
    const text = 'Hi Jo, please ask the zebrafinch about your order.';
    // Analyzed with the default engine first: "zebrafinch" has no id yet.
    expect(analyzeDraft(text).findings.some((f) => f.ruleId === 'redirect.zebra-test')).toBe(false);
    const engine = buildEngine([ZEBRA_RULE]);
    const found = analyzeWith(engine, text).findings;
    expect(found.map((f) => f.ruleId)).toEqual(['redirect.zebra-test']);
    expect(found[0]!.text).toContain('ask the zebrafinch');
  });

  it('looks a word up again once the vocabulary has grown, even when the word table is kept', () => {
    // vocabId registers the word and nothing else (no lemma), so the tokenizer's word table
    // keeps its epoch and only prepare's VOCAB-size check can notice the new id.
    const text = 'Please ask the quokkatrain team.';
    const idOf = () => {
      const { env } = prepare(text, [{ start: 0, end: text.length }]);
      const at = Array.from({ length: env.tok.length }, (_, i) => env.tok.norm[i]).indexOf('quokkatrain');
      return env.nid[at];
    };
    expect(VOCAB.has('quokkatrain')).toBe(false);
    expect(idOf()).toBe(0);
    const id = vocabId('quokkatrain');
    expect(id).toBeGreaterThan(0);
    expect(idOf()).toBe(id);
  });
});
