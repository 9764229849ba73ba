import { describe, expect, it } from 'vitest';
import { ENTITY_GROUPS } from '../../lib/analysis/catalog/entities';
import { compileEntities, makeParseEnv, type PatternIndex } from '../../lib/analysis/compile';
import { getEngine } from '../../lib/analysis/engine';
import { prepare } from '../../lib/analysis/prepare';
import { WakeBits, WakeFilter } from '../../lib/analysis/wake';

// The analyzer skips scanAt where a WakeFilter says no pattern can wake. That is only safe while
// the filter never says no where PatternIndex.candidates would find one: checked here on every
// index the analyzer filters, over drafts with words, numbers, capitals, addresses and entities.

const DRAFTS = [
  'Hi Maria,\n\nThanks for reaching out about your booking. Unfortunately we are unable to change the pickup address since it was made through Expedia, so please contact them directly.',
  "I've checked your order and the replacement shipped this morning with tracking 1Z999AA10123456784. You'll have it by Thursday, and I'll email you at 3 pm tomorrow.",
  "I'm sorry we charged you twice. I've refunded the second charge of $49.99 today; your bank may take 3–5 business days. That was our mistake.",
  'As previously stated, our policy does not allow refunds after 30 days. Contact the Civil Aviation Authority or see https://example.com/help, or write to help@example.com.',
  'Your request has been escalated to our billing team and someone will get back to you as soon as possible, once we hear back from the courier on 12/03.',
  'The NHS, HMRC and DVLA handle that. Call Rentalcars.com or your card issuer; the seller on Amazon decides. Apologies, I will call you by noon on Friday.',
];

function indexes(): Array<[string, PatternIndex]> {
  const engine = getEngine();
  const levels = compileEntities(ENTITY_GROUPS, makeParseEnv()).groups;
  return [
    ['rules', engine.index],
    ['ownership', engine.ownership.index],
    ['exceptions', engine.exceptions.index],
    ...levels.map((g): [string, PatternIndex] => [g.name, g.index]),
  ];
}

describe('WakeFilter', () => {
  it('says a token may wake wherever candidates() finds a pattern', () => {
    const cands: number[] = [];
    for (const [name, index] of indexes()) {
      const wake = new WakeFilter(index);
      let woken = 0;
      for (const text of DRAFTS) {
        const { env } = prepare(text, [{ start: 0, end: text.length }]);
        for (let p = 0; p < env.tok.length; p++) {
          if (index.candidates(env, p, cands) === 0) continue;
          woken++;
          expect(wake.mayWake(env, p), `${name} at "${env.tok.norm[p]}" in: ${text}`).toBe(true);
        }
      }
      expect(woken, name).toBeGreaterThan(0);
    }
  });

  it('says no somewhere: it is a filter, not always true', () => {
    const engine = getEngine();
    const wake = new WakeFilter(engine.ownership.index);
    const { env } = prepare(DRAFTS[0]!, [{ start: 0, end: DRAFTS[0]!.length }]);
    let skipped = 0;
    for (let p = 0; p < env.tok.length; p++) if (!wake.mayWake(env, p)) skipped++;
    expect(skipped).toBeGreaterThan(0);
  });

  it('WakeBits gives each filter its word and flag answer in one pass', () => {
    const filters = indexes().slice(0, 8).map(([, index]) => new WakeFilter(index));
    const bits = new WakeBits(filters);
    for (const text of DRAFTS) {
      const { env } = prepare(text, [{ start: 0, end: text.length }]);
      const out = new Uint8Array(env.tok.length);
      bits.fill(env, out);
      for (let p = 0; p < env.tok.length; p++) {
        filters.forEach((f, i) => {
          expect((out[p]! & (1 << i)) !== 0 || f.byEntity(env.entities[p]), `filter ${i} at ${env.tok.norm[p]}`).toBe(f.mayWake(env, p));
        });
      }
    }
  });
});
