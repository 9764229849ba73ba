import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCannedIndex, cannedGroupKey, matchCanned, normalizeCanned } from '../../lib/analysis/canned';

// Macros as reps' teams write them; `{name}`, `{order}`, `{email}`, `{amount}`, `{date}` vary per customer.
const MACROS = [
  'Hi {name}, thank you for reaching out. Unfortunately we are not affiliated with {partner}, so please contact them directly about booking {order}.',
  'Dear {name}, per our policy refunds are only issued within 14 days of purchase. Order {order} was placed on {date}.',
  'Hello {name}, we apologize for any inconvenience this may have caused. Your request has been escalated and someone will get back to you shortly.',
  'Hi {name}, as previously stated, the charge of {amount} on {date} is correct. We will close this ticket if we do not hear back within 48 hours.',
  'Hi {name}, I have reset the two-factor settings on {email}. You can sign in now and set up a new device from the security page.',
  'Thanks {name}! Your replacement for order {order} ships today and I will send the tracking number to {email} by 5 pm.',
];

const firstNames = fc.constantFrom('Dana', 'Sam', 'Maria', 'Oluwaseun', 'Zoë', 'Li', 'Jean-Pierre', "O'Brien");
const partners = fc.constantFrom('Expedia', 'Booking', 'Kayak', 'Hotels', 'Agoda');
const orders = fc.oneof(
  fc.integer({ min: 1000, max: 99999999 }).map((n) => `#${n}`),
  fc.tuple(fc.constantFrom('AB', 'ORD', 'BK'), fc.integer({ min: 100, max: 999999 })).map(([p, n]) => `${p}-${n}`),
);
const emails = fc.tuple(fc.constantFrom('dana', 'sam.k', 'm_ortiz'), fc.constantFrom('example.com', 'mail.co.uk')).map(([u, d]) => `${u}@${d}`);
const amounts = fc.integer({ min: 1, max: 5000 }).map((n) => `$${n}.00`);
const dates = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}/${d}/2026`),
  fc.tuple(fc.constantFrom('March', 'July', 'Nov'), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m} ${d}`),
);

const fill = (macro: string, v: { name: string; partner: string; order: string; email: string; amount: string; date: string }) =>
  macro
    .replaceAll('{name}', v.name)
    .replaceAll('{partner}', v.partner)
    .replaceAll('{order}', v.order)
    .replaceAll('{email}', v.email)
    .replaceAll('{amount}', v.amount)
    .replaceAll('{date}', v.date);

const values = fc.record({ name: firstNames, partner: partners, order: orders, email: emails, amount: amounts, date: dates });

/** Cosmetic differences a rep or an editor introduces: spacing, line breaks, final punctuation, shouting. */
const cosmetic = fc.record({
  doubleSpaces: fc.boolean(),
  lineBreaks: fc.boolean(),
  dropFinalPunctuation: fc.boolean(),
  upper: fc.boolean(),
});
function applyCosmetics(text: string, c: { doubleSpaces: boolean; lineBreaks: boolean; dropFinalPunctuation: boolean; upper: boolean }) {
  let out = text;
  if (c.doubleSpaces) out = out.replaceAll(' ', '  ');
  if (c.lineBreaks) out = out.replaceAll('. ', '.\n\n');
  if (c.dropFinalPunctuation) out = out.replace(/[.!?]$/, '');
  // Shouting a word that is not a name: ALL-CAPS is folded like any other word.
  if (c.upper) out = out.replace('thank you', 'THANK YOU').replace('policy', 'POLICY').replace('apologize', 'APOLOGIZE');
  return out;
}

describe('canned-response grouping', () => {
  it('puts every variant of one macro (names, ids, emails, amounts, dates, spacing, case) in one group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MACROS.length - 1 }), values, values, cosmetic, (m, a, b, c) => {
        const one = fill(MACROS[m]!, a);
        const other = applyCosmetics(fill(MACROS[m]!, b), c);
        expect(cannedGroupKey(other)).toBe(cannedGroupKey(one));
      }),
    );
  });

  it('keeps different macros in different groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MACROS.length - 1 }), fc.integer({ min: 0, max: MACROS.length - 1 }), values, values, (m, n, a, b) => {
        fc.pre(m !== n);
        expect(cannedGroupKey(fill(MACROS[n]!, b))).not.toBe(cannedGroupKey(fill(MACROS[m]!, a)));
      }),
    );
  });

  it('masks names, order ids and emails but keeps the wording', () => {
    expect(normalizeCanned('Hi Dana, please contact Expedia about booking #48213 or write to dana@example.com.')).toBe(
      'hi <name> please contact <name> about booking <id> or write to <email>',
    );
  });

  it('keeps a wording change apart: "will" and "will not" are different macros', () => {
    expect(cannedGroupKey('We will refund the fee.')).not.toBe(cannedGroupKey('We will not refund the fee.'));
  });
});

describe('finding a known canned response in a draft', () => {
  const items = MACROS.map((macro, i) => ({
    id: `macro-${i}`,
    text: fill(macro, { name: 'Dana', partner: 'Expedia', order: '#1001', email: 'dana@example.com', amount: '$20.00', date: 'March 3' }),
  }));
  const index = buildCannedIndex(items);

  it('finds a macro sent to another customer, inside a longer draft, with a word edited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MACROS.length - 1 }), values, (m, v) => {
        const macro = fill(MACROS[m]!, v);
        const words = macro.split(' ');
        // a small edit: drop one word somewhere in the middle
        words.splice(Math.floor(words.length / 2), 1);
        const edited = words.join(' ');
        const draft = `Thanks for your note.\n\n${edited}\n\nBest,\nSam`;
        const found = matchCanned(index, draft);
        expect(found[0]?.id).toBe(`macro-${m}`);
        const region = draft.slice(found[0]!.start, found[0]!.end);
        expect(edited).toContain(region.slice(0, 12));
      }),
    );
  });

  it('finds nothing in a draft that shares only a few common words', () => {
    const draft = 'Hi Dana, I shipped the wrong size, and I am sorry. A new pair is on its way and I will email you the tracking number by 3 pm.';
    expect(matchCanned(index, draft)).toEqual([]);
  });

  it('ignores items too short to identify a macro', () => {
    const tiny = buildCannedIndex([{ id: 't', text: 'Thanks!' }]);
    expect(tiny.items).toHaveLength(0);
    expect(matchCanned(tiny, 'Thanks! I fixed it.')).toEqual([]);
  });
});
