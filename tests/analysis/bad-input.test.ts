import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis';

// Bad input never throws and gives sensible output.

const odd: Array<[string, string]> = [
  ['empty text', ''],
  ['white space only', ' \n\t\u00A0\u200B '],
  ['an HTML fragment', '<p>Hi Jo,</p><p>Please <b>contact Expedia</b> directly.&nbsp;</p>'],
  ['German', 'Bitte wenden Sie sich direkt an Expedia. Vielen Dank für Ihre Geduld.'],
  ['Arabic (RTL)', 'نحن نعتذر عن أي إزعاج. يرجى الاتصال بالبنك.'],
  ['Hebrew mixed with English', 'שלום! Please contact your bank. תודה'],
  ['emoji only', '😀😀😀🙏🏽👍'],
  ['unpaired surrogates', 'please \uD800contact\uDC00 the airline \uD83D'],
  ['control characters', 'please\u0000 contact\u0007 the\u001b airline'],
  ['one very long word', 'a'.repeat(100_000)],
];

describe('bad input', () => {
  for (const [name, text] of odd) {
    it(`analyzes ${name} without throwing, offsets inside the text`, () => {
      const d = analyzeDraft(text);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(100);
      for (const f of d.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
      const c = classifyCustomer(text);
      expect(c.situations.length).toBeGreaterThan(0);
    });
  }

  it('scores an empty draft 100 with no findings', () => {
    expect(analyzeDraft('')).toMatchObject({ findings: [], score: 100 });
  });

  it('still finds the deflection inside an HTML fragment', () => {
    expect(analyzeDraft('<p>Please <b>contact Expedia</b> directly.</p>').findings.map((f) => f.category)).toContain('redirect');
  });

  it('handles 1 MB of text and caps the number of findings', () => {
    let text = '';
    while (text.length < 1_000_000) text += 'We apologize for any inconvenience. Please contact your bank. ';
    const d = analyzeDraft(text);
    expect(d.findings.length).toBeGreaterThan(0);
    expect(d.findings.length).toBeLessThanOrEqual(500);
  });

  it('accepts a non-string at run time without throwing (a page handing over undefined)', () => {
    expect(() => analyzeDraft(undefined as unknown as string)).not.toThrow();
    expect(() => classifyCustomer(null as unknown as string)).not.toThrow();
  });
});
