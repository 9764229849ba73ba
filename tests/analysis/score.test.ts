import { describe, expect, it } from 'vitest';
import { bonusMatters, CATEGORY_WEIGHTS, scoreDraft } from '../../lib/analysis/score';
import type { CategoryId } from '../../lib/analysis/taxonomy';

// bonusMatters lets the analyzer skip counting ownership cues; it must say false only when no
// counts could change the score.

const CATEGORIES = Object.keys(CATEGORY_WEIGHTS) as CategoryId[];

describe('bonusMatters', () => {
  it('is true for a draft with few findings', () => {
    expect(bonusMatters([])).toBe(true);
    expect(bonusMatters([{ category: 'redirect' }, { category: 'blame_shift' }])).toBe(true);
  });

  it('is false for a draft whose findings take the score to 0 even with the full bonus', () => {
    const many = Array.from({ length: 60 }, () => ({ category: 'policy_wall' as CategoryId }));
    expect(bonusMatters(many)).toBe(false);
  });

  it('says false only when every count gives the same score as none', () => {
    const countsToTry = [[0, 0, 0], [1, 0, 0], [2, 2, 1], [5, 5, 5]];
    for (const cat of CATEGORIES) {
      for (let n = 0; n <= 40; n++) {
        const findings = [...Array.from({ length: n }, () => ({ category: cat })), { category: CATEGORIES[n % CATEGORIES.length]! }];
        if (bonusMatters(findings)) continue;
        for (const counts of countsToTry) expect(scoreDraft(findings, counts)).toBe(scoreDraft(findings, [0, 0, 0]));
      }
    }
  });

  it('is true whenever some count changes the score', () => {
    for (const cat of CATEGORIES) {
      for (let n = 0; n <= 40; n++) {
        const findings = Array.from({ length: n }, () => ({ category: cat }));
        if (scoreDraft(findings, [5, 5, 5]) !== scoreDraft(findings, [0, 0, 0])) expect(bonusMatters(findings)).toBe(true);
      }
    }
  });
});
