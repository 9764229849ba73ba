import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { F_SPACE_AFTER, F_SPACE_BEFORE, PerWord, tokenize, tokenizeRegions } from '../../lib/analysis/tokenize';
import { segment } from '../../lib/analysis/segment';
import { registerLemmas } from '../../lib/analysis/lemma';

// Offsets always index the ORIGINAL text, whatever rich editors put in it.

const norms = (s: string) => tokenize(s).norm;

describe('tokenizer', () => {
  it('lower-cases and splits contractions into their words', () => {
    expect(norms("You'll need to call")).toEqual(['you', 'will', 'need', 'to', 'call']);
    expect(norms("We can't, won't and cannot")).toEqual(['we', 'can', 'not', ',', 'will', 'not', 'and', 'can', 'not']);
    expect(norms("I'm sure it's fine, we've done it")).toEqual(['i', 'am', 'sure', 'it', 'is', 'fine', ',', 'we', 'have', 'done', 'it']);
  });

  it('splits a contraction the same whether its word is new to the tokenizer or seen before', () => {
    const text = "I've Maria's rock'n'roll I've Maria's rock'n'roll";
    const t = tokenize(text);
    const n = t.length / 2;
    // Flags but the spacing ones (the last token has nothing after it).
    const f = (i: number) => t.flags[i]! & ~(F_SPACE_BEFORE | F_SPACE_AFTER);
    for (let i = 0; i < n; i++) {
      expect([t.norm[i + n], t.lemma[i + n], f(i + n), t.end[i + n]! - t.start[i + n]!]).toEqual([t.norm[i], t.lemma[i], f(i), t.end[i]! - t.start[i]!]);
    }
    expect(t.norm.slice(0, n)).toEqual(['i', 'have', 'maria', "'s", "rock'n'roll"]);
  });

  it('lower-cases a word with an apostrophe character by character ("Σ" is never a final sigma)', () => {
    expect(norms("O'ΣΣ")).toEqual(["o'σσ"]);
  });

  it('folds smart apostrophes and quotes', () => {
    expect(norms('You’ll get “help” – soon')).toEqual(['you', 'will', 'get', '"', 'help', '"', '-', 'soon']);
  });

  it('drops zero-width characters inside words but keeps the offsets of the original', () => {
    const text = 'con\u200Btact Ex\u00ADpedia';
    const t = tokenize(text);
    expect(t.norm).toEqual(['contact', 'expedia']);
    expect(text.slice(t.start[0], t.end[0])).toBe('con\u200Btact');
  });

  it('treats NBSP and odd line separators as spaces', () => {
    expect(norms('please\u00A0contact\u2028your\u202Fbank')).toEqual(['please', 'contact', 'your', 'bank']);
  });

  it('skips emoji and lone surrogates', () => {
    expect(norms('sorry 😞 \uD800 about that')).toEqual(['sorry', 'about', 'that']);
  });

  it('lemmatizes inflections to the base forms patterns use', () => {
    const t = tokenize('contacted contacting apologised apologies reached shipped');
    expect(t.lemma).toEqual(['contact', 'contact', 'apologize', 'apology', 'reach', 'ship']);
  });

  it('lemmatizes a word seen before by base forms registered since', () => {
    // The tokenizer remembers the words it has seen; a catalog compiled later must still count.
    expect(tokenize('Frobnicated').lemma).toEqual(['frobnicated']);
    registerLemmas(['frobnicate']);
    expect(tokenize('frobnicated FROBNICATED').lemma).toEqual(['frobnicate', 'frobnicate']);
  });

  it('keeps every word right in a draft with more distinct words than it remembers', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => 'q' + i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!));
    const text = [...words, ...words.slice(0, 1000)].join(' ');
    const t = tokenize(text.toUpperCase());
    expect(t.norm).toEqual([...words, ...words.slice(0, 1000)]);
    expect(t.norm.every((w, i) => text.slice(t.start[i], t.end[i]) === w)).toBe(true);
  });

  it('tokenizes the kept regions of a draft as one, each region a sentence of its own', () => {
    // "and we will help" would continue the sentence across a single line break; the quoted
    // line between the regions ends it.
    const text = 'Please call us\n> quoted\nand we will help';
    const t = tokenizeRegions(text, [{ start: 0, end: 14 }, { start: 24, end: text.length }]);
    expect(t.norm).toEqual(['please', 'call', 'us', 'and', 'we', 'will', 'help']);
    expect(Array.from(t.start)).toEqual([0, 7, 12, 24, 28, 31, 36]);
    expect(t.nl[3]).toBe(2);
    expect(segment(t).sentStart).toEqual([0, 3]);
  });

  it('computes a per-word value once per word, and right for every token', () => {
    const seen: string[] = [];
    const lengthOf = new PerWord((norm, lemma) => { seen.push(norm); return norm.length * 100 + lemma.length; });
    registerLemmas(['zzyzxb']); // the table starts over: its words are numbered from 0
    const t = tokenize("Please call, please CALL them: we'll call 3 times.");
    const out = new Int32Array(t.length);
    lengthOf.fill(t, out);
    expect(Array.from(out)).toEqual(t.norm.map((n, i) => n.length * 100 + t.lemma[i]!.length));
    // "call" three times, computed once.
    expect(seen.filter((w) => w === 'call')).toHaveLength(1);
    // Tokens made before the table started over still get their own words' values, even when
    // the new table gives other words the same indices.
    registerLemmas(['zzyzxa']); // new lemmas: the tokenizer's table starts over
    const u = tokenize('them please now');
    const fresh = new Int32Array(u.length);
    lengthOf.fill(u, fresh);
    expect(Array.from(fresh)).toEqual([404, 606, 303]);
    const again = new Int32Array(t.length);
    lengthOf.fill(t, again);
    expect(Array.from(again)).toEqual(Array.from(out));
  });

  it('keeps the tokens of an earlier draft intact while later drafts are tokenized', () => {
    // Per-call arrays share buffers (zeroedBytes): memory must never be handed out twice.
    const first = tokenize('please call the bank today');
    const starts = Array.from(first.start);
    const flags = Array.from(first.flags);
    for (let i = 0; i < 5000; i++) segment(tokenize(`Some other words, and more ${i}.`));
    expect(Array.from(first.start)).toEqual(starts);
    expect(Array.from(first.flags)).toEqual(flags);
  });

  it('has room for a token per character', () => {
    const text = '!?,;:()'.repeat(300);
    const t = tokenize(text);
    expect(t.length).toBe(text.length);
    expect(t.norm.join('')).toBe(text);
    expect(t.lemma.join('')).toBe(text);
    expect(t.end[t.length - 1]).toBe(text.length);
  });

  it('keeps times, amounts, URLs and e-mail addresses in one piece', () => {
    expect(norms('by 3:30pm, $1,299.00 at https://help.acme.com/x or help@acme.com.')).toEqual([
      'by', '3:30', 'pm', ',', '$', '1,299.00', 'at', 'https://help.acme.com/x', 'or', 'help@acme.com', '.',
    ]);
  });

  it('maps every token back onto the original text for any unicode input', () => {
    const alphabet = fc.constantFrom(
      'a', 'B', ' ', '\n', '\r\n', '\u00A0', '\u200B', '\u2019', '’', '“', '”', '.', '!', '?', ',', "'", '-', '—', '3', ':',
      '😀', '\uD83D', '\uDE00', 'é', 'ß', 'ش', 'א', '中', '\u2028', '<p>', '&nbsp;', 'can’t', 'you’ll', '$', '@', 'http://x.y',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(alphabet, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const t = tokenize(text);
        let prevEnd = 0;
        for (let i = 0; i < t.length; i++) {
          const s = t.start[i]!;
          const e = t.end[i]!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(s).toBeGreaterThanOrEqual(i > 0 && t.start[i - 1] === s ? s : prevEnd);
          prevEnd = e;
        }
        const seg = segment(t);
        expect(seg.sentEnd.at(-1) ?? 0).toBe(t.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
