import { describe, expect, it } from 'vitest';
import { CorpusSourceError, parseCustomerSources, parseDraftSources, parseMarkedText } from './format';

const file = (text: string) => [{ name: 'test.txt', text }];

describe('parseMarkedText', () => {
  it('strips the markup and counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const { text, findings } = parseMarkedText('🎉 Hi! [[redirect|Please call Expedia]].', 't');
    expect(text).toBe('🎉 Hi! Please call Expedia.');
    // The emoji is two UTF-16 code units: "🎉 Hi! " is 7 units long.
    expect(findings).toEqual([{ category: 'redirect', start: 7, end: 26 }]);
    expect(text.slice(7, 26)).toBe('Please call Expedia');
  });

  it('keeps two findings of one sentence apart', () => {
    const { text, findings } = parseMarkedText(
      '[[blame_shift|We are not affiliated with them]], so [[redirect|please contact them]].',
      't',
    );
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['We are not affiliated with them', 'please contact them']);
  });

  it('turns escapes into the invisible characters they stand for, inside and outside spans', () => {
    const { text, findings } = parseMarkedText('Hi{{NBSP}}Jo,{{LSEP}}[[hollow_closer|Thanks for{{NBSP}}your patience]]!', 't');
    expect(text).toBe('Hi\u00A0Jo,\u2028Thanks for\u00A0your patience!');
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('Thanks for\u00A0your patience');
  });

  it('converts line breaks to CRLF when asked, offsets included', () => {
    const { text, findings } = parseMarkedText('Hi,\n\n[[vague_timeline|we will be\nin touch]].', 't', true);
    expect(text).toBe('Hi,\r\n\r\nwe will be\r\nin touch.');
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('we will be\r\nin touch');
  });

  it('refuses closing punctuation inside a span, unknown categories and unbalanced markup', () => {
    expect(() => parseMarkedText('[[redirect|Call them.]]', 't')).toThrow(CorpusSourceError);
    expect(() => parseMarkedText('[[rudeness|Go away]]', 't')).toThrow(/unknown category/);
    expect(() => parseMarkedText('[[redirect|Call them', 't')).toThrow(CorpusSourceError);
    expect(() => parseMarkedText('Call them]] now', 't')).toThrow(CorpusSourceError);
    expect(() => parseMarkedText('[[redirect| Call them]]', 't')).toThrow(/outer whitespace/);
    expect(() => parseMarkedText('Hi {{FOO}}', 't')).toThrow(/unknown escape/);
  });
});

describe('parseDraftSources', () => {
  it('reads entries, drops comments and surrounding blank lines', () => {
    const records = parseDraftSources(
      file('%% header\n\n=== d-x-001 clean\n\nHi Jo,\n%% note\nDone.\n\n\n=== d-x-002\n[[redirect|Call the bank]].\n'),
    );
    expect(records).toEqual([
      { id: 'd-x-001', draft: 'Hi Jo,\nDone.', findings: [] },
      { id: 'd-x-002', draft: 'Call the bank.', findings: [{ category: 'redirect', start: 0, end: 13 }] },
    ]);
  });

  it('insists that "clean" and the markup agree', () => {
    expect(() => parseDraftSources(file('=== d-x-001 clean\n[[redirect|Call the bank]].'))).toThrow(/marked clean/);
    expect(() => parseDraftSources(file('=== d-x-001\nAll done.'))).toThrow(/no findings/);
  });

  it('refuses duplicate ids and text before the first header', () => {
    expect(() => parseDraftSources(file('=== d-x-001 clean\nA\n=== d-x-001 clean\nB'))).toThrow(/duplicate id/);
    expect(() => parseDraftSources(file('stray\n=== d-x-001 clean\nA'))).toThrow(/before the first/);
  });
});

describe('parseCustomerSources', () => {
  it('reads the labels from the header', () => {
    const [r] = parseCustomerSources(
      file('=== c-x-001 | situations: partner_error late_delivery | signals: deadline\nMy flight is tomorrow.'),
    );
    expect(r).toEqual({
      id: 'c-x-001',
      customer: 'My flight is tomorrow.',
      situations: ['partner_error', 'late_delivery'],
      signals: ['deadline'],
    });
  });

  it('accepts an empty signal list and the crlf flag', () => {
    const [r] = parseCustomerSources(file('=== c-x-001 | situations: general | signals: | crlf\nHi,\nA question.'));
    expect(r).toMatchObject({ customer: 'Hi,\r\nA question.', signals: [] });
  });

  it('refuses unknown ids, general beside another situation, and markup', () => {
    expect(() => parseCustomerSources(file('=== c-x-001 | situations: refund | signals:\nHi'))).toThrow(CorpusSourceError);
    expect(() => parseCustomerSources(file('=== c-x-001 | situations: general outage | signals:\nHi'))).toThrow(/general/);
    expect(() => parseCustomerSources(file('=== c-x-001 | situations: outage | signals: angry\nHi'))).toThrow(CorpusSourceError);
    expect(() => parseCustomerSources(file('=== c-x-001 | situations: outage | signals:\n[[redirect|x]]'))).toThrow(/no span markup/);
  });
});
