import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/analysis';

// A rewrite replaces a span inside the rep's own sentence; it must read as part of it.
describe('rewrites fit the sentence they replace', () => {
  it('starts lowercase after a greeting in the same sentence', () => {
    const { findings } = analyzeDraft('Hi Marco, unfortunately we are not affiliated with Expedia.');
    const rewrite = findings[0]!.rewrites.find((r) => !r.text.startsWith('I'))!;
    expect(rewrite.text[0]).toBe(rewrite.text[0]!.toLowerCase());
  });

  it('keeps "I" and names capitalized mid-sentence', () => {
    const { findings } = analyzeDraft('Hi Marco, please contact Expedia directly.', { partner: 'Expedia' });
    for (const rewrite of findings[0]!.rewrites) expect(rewrite.text).toMatch(/^(I\b|I'|Expedia|[a-z])/);
    expect(findings[0]!.rewrites.some((r) => r.text.startsWith('I'))).toBe(true);
  });

  it('starts with a capital at the start of a sentence', () => {
    const { findings } = analyzeDraft('Thanks for writing. Unfortunately we are not affiliated with Expedia.');
    for (const rewrite of findings[0]!.rewrites) expect(rewrite.text[0]).toBe(rewrite.text[0]!.toUpperCase());
  });
});
