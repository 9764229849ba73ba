import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, SIGNAL_IDS, SITUATION_IDS } from '../../lib/analysis/taxonomy';
import { buildCorpus, CUSTOMERS_JSONL, DRAFTS_JSONL } from './build';
import { CustomerRecord, DraftRecord, parseJsonl } from './format';

// The committed JSON Lines must be what the reviewable sources produce, and the corpus must
// stay as large and as varied as issue 2 asks.

const INDUSTRIES = [
  'airline',
  'saas',
  'ecommerce',
  'bank',
  'hotel',
  'telecom',
  'payroll',
  'car-rental',
  'travel',
  'food-delivery',
  'insurance',
  'utilities',
];

const built = buildCorpus();
const drafts = parseJsonl(readFileSync(DRAFTS_JSONL, 'utf8'), DraftRecord);
const customers = parseJsonl(readFileSync(CUSTOMERS_JSONL, 'utf8'), CustomerRecord);

const industryOf = (id: string) => id.replace(/^[dc]-/, '').replace(/-\d{3}$/, '');
const tally = (ids: string[]) => ids.reduce<Record<string, number>>((t, id) => ({ ...t, [id]: (t[id] ?? 0) + 1 }), {});

describe('the labelled corpus', () => {
  it('is up to date with its sources (run `npx tsx tests/corpus/build.ts`)', () => {
    expect(readFileSync(DRAFTS_JSONL, 'utf8')).toBe(built.drafts);
    expect(readFileSync(CUSTOMERS_JSONL, 'utf8')).toBe(built.customers);
  });

  it('holds at least 230 drafts, 95 of them clean, and 170 customer messages', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(230);
    expect(drafts.filter((d) => d.findings.length === 0).length).toBeGreaterThanOrEqual(95);
    expect(customers.length).toBeGreaterThanOrEqual(170);
  });

  it('has spans inside the text, in order, not overlapping, without outer spaces or closing punctuation', () => {
    for (const d of drafts) {
      let last = 0;
      for (const f of d.findings) {
        const words = d.draft.slice(f.start, f.end);
        expect(f.start, d.id).toBeGreaterThanOrEqual(last);
        expect(f.end, d.id).toBeLessThanOrEqual(d.draft.length);
        expect(words.trim(), d.id).toBe(words);
        expect(words, d.id).not.toMatch(/[.!?]$/);
        last = f.end;
      }
    }
  });

  it('covers every category many times', () => {
    const counts = tally(drafts.flatMap((d) => d.findings.map((f) => f.category)));
    for (const id of CATEGORY_IDS) expect(counts[id] ?? 0, id).toBeGreaterThanOrEqual(15);
  });

  it('covers every situation and signal many times', () => {
    const situations = tally(customers.flatMap((c) => c.situations));
    const signals = tally(customers.flatMap((c) => c.signals));
    for (const id of SITUATION_IDS) expect(situations[id] ?? 0, id).toBeGreaterThanOrEqual(10);
    for (const id of SIGNAL_IDS) expect(signals[id] ?? 0, id).toBeGreaterThanOrEqual(10);
  });

  it('speaks for every industry on both sides', () => {
    const draftIndustries = new Set(drafts.map((d) => industryOf(d.id)));
    const customerIndustries = new Set(customers.map((c) => industryOf(c.id)));
    for (const industry of INDUSTRIES) {
      expect(draftIndustries.has(industry), `drafts: ${industry}`).toBe(true);
      expect(customerIndustries.has(industry), `customers: ${industry}`).toBe(true);
    }
  });
});
