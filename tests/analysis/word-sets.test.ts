import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordSets, inWordSet } from '../../lib/analysis/word-sets';

describe('word sets (the matcher’s flat tables of vocabulary ids)', () => {
  it('answers like a Set for every id, in every set, side by side', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 40 }), { nil: undefined }), { maxLength: 12 }), fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }), (lists, probes) => {
        const sets = lists.map((l) => (l ? new Set(l) : undefined));
        const ws = buildWordSets(sets);
        sets.forEach((set, k) => {
          if (!set) return;
          for (const id of [...set, ...probes]) expect(inWordSet(ws, k, id)).toBe(set.has(id));
        });
      }),
    );
  });

  it('never holds id 0, a word without an id', () => {
    expect(inWordSet(buildWordSets([new Set([1, 2, 3])]), 0, 0)).toBe(false);
  });
});
