import { describe, expect, it } from 'vitest';
import { splitLinks } from '@/components/sidebar/notes/linkify';
import { dueAtForPreset, dueAtFromLocalInput, localInputValue } from '@/lib/followups/due';

describe('links in note text', () => {
  it('links http and https addresses and leaves sentence punctuation outside', () => {
    expect(splitLinks('See https://shop.example/o/1. Or (http://a.example/x)!')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://shop.example/o/1', href: 'https://shop.example/o/1' },
      { kind: 'text', text: '. Or (' },
      { kind: 'link', text: 'http://a.example/x', href: 'http://a.example/x' },
      { kind: 'text', text: ')!' },
    ]);
  });

  it('keeps a parenthesis the address opened', () => {
    const parts = splitLinks('https://en.wikipedia.org/wiki/Rome_(city), nice');
    expect(parts[0]).toMatchObject({ kind: 'link', text: 'https://en.wikipedia.org/wiki/Rome_(city)' });
  });

  it('never links javascript:, data: or ftp: addresses', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://files.example/a', 'JAVASCRIPT://%0aalert(1)']) {
      expect(splitLinks(text).every((part) => part.kind === 'text')).toBe(true);
    }
  });

  it('stays fast on a long line with no address (no backtracking)', () => {
    const text = `${'http'.repeat(50_000)} https:// ${'a'.repeat(100_000)}`;
    const started = performance.now();
    splitLinks(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('follow-up due times in the rep zone', () => {
  // Saturday 28 Mar 2026, 15:00 UTC = 16:00 in Rome (CET); Europe moves to CEST on the 29th.
  const now = Date.UTC(2026, 2, 28, 15, 0);

  it('in 2 hours is two hours of real time', () => {
    expect(dueAtForPreset('in-2-hours', now, 'Europe/Rome')).toBe(now + 2 * 3_600_000);
  });

  it("tomorrow 10 am is 10:00 on the rep's clock, across the DST change", () => {
    expect(dueAtForPreset('tomorrow-10am', now, 'Europe/Rome')).toBe(Date.UTC(2026, 2, 29, 8, 0));
    expect(dueAtForPreset('tomorrow-10am', now, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 29, 17, 0));
  });

  it('in 3 days keeps the clock time', () => {
    // 16:00 Rome on the 31st (CEST, UTC+2) is 14:00 UTC.
    expect(dueAtForPreset('in-3-days', now, 'Europe/Rome')).toBe(Date.UTC(2026, 2, 31, 14, 0));
  });

  it('reads a chosen date and time in the rep zone, and refuses impossible dates', () => {
    expect(dueAtFromLocalInput('2026-11-25T14:30', 'Asia/Tokyo')).toBe(Date.UTC(2026, 10, 25, 5, 30));
    expect(dueAtFromLocalInput('2026-02-30T10:00', 'UTC')).toBeUndefined();
    expect(dueAtFromLocalInput('tomorrow', 'UTC')).toBeUndefined();
    expect(localInputValue(Date.UTC(2026, 10, 25, 5, 30), 'Asia/Tokyo')).toBe('2026-11-25T14:30');
  });
});
