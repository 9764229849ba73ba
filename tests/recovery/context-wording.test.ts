import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeRecovery, extractFacts } from '../../lib/analysis/recovery';
import { classifyCustomer } from '../../lib/analysis/index';
import { TIER_IDS, type SignalId, type SituationId } from '../../lib/analysis/taxonomy';
import { describeFindings, loadAnalyzer } from './analyzer';
import { deflectionsIn } from './deflections';
import { ALL_REMEDIES, analysis, signalSubsets } from './fixtures';

// The reply's wording fits WHAT was late or broken, WHEN the customer needs it, and WHETHER the
// money they mention is already spent (issue 5: the payroll example, the stranded traveller).
// Messages here are written for these tests, not copied from the corpus or the README.

const analyze = loadAnalyzer();
const CONTEXT = { customerName: 'Noor Haddad', repName: 'Ivo Brandt', company: 'Kestrel', now: Date.parse('2026-03-11T09:00:00Z'), timeZone: 'Europe/Berlin' };

/** Not-a-parcel lateness, each worded by the customer in their own terms. */
const NOT_SHIPMENTS: Record<string, string> = {
  payment: 'Our contractor payouts were held up on your side and went out two days late.',
  appointment: 'The fitter missed the installation slot we agreed and I stayed home all day.',
  neutral: 'What you promised for Monday still has not reached us.',
  reply: 'I wrote three times last week and got no reply from anyone.',
};
const SHIPMENT_WORDS = /shipment|tracking|parcel|shipping|courier|express|didn't arrive|local store|on the shelf/i;

function reply(text: string, situations: SituationId[], signals: SignalId[], context = CONTEXT) {
  return composeRecovery({ customer: analysis(situations, signals), customerText: text, context, settings: { remedies: ALL_REMEDIES } });
}

describe('what was late decides the wording', () => {
  it('a late service, payment run, appointment or answer never gets shipment or tracking wording, and stays clean', () => {
    const problems: string[] = [];
    for (const [kind, text] of Object.entries(NOT_SHIPMENTS)) {
      for (const situations of [['late_delivery'], ['late_delivery', 'outage'], ['late_delivery', 'our_mistake']] as SituationId[][]) {
        for (const signals of signalSubsets()) {
          const set = reply(text, situations, signals);
          for (const tier of TIER_IDS) {
            const body = set[tier].text;
            if (SHIPMENT_WORDS.test(body)) problems.push(`${kind} ${situations.join('+')} [${signals.join(',')}] ${tier}: ${SHIPMENT_WORDS.exec(body)![0]}`);
            const dirty = [...deflectionsIn(body), ...describeFindings(analyze, body)];
            if (dirty.length) problems.push(`${kind} ${situations.join('+')} [${signals.join(',')}] ${tier}: ${dirty.join('; ')}`);
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('names the thing the customer named', () => {
    expect(reply(NOT_SHIPMENTS.payment!, ['late_delivery'], []).try_harder.text).toContain('your payouts');
    expect(reply(NOT_SHIPMENTS.appointment!, ['late_delivery'], []).try_harder.text).toContain('the installation');
    expect(reply(NOT_SHIPMENTS.neutral!, ['late_delivery'], []).try_harder.text).toContain('what you were waiting for');
  });

  it('keeps shipment wording for a parcel', () => {
    const text = reply('My parcel was due on Monday and the courier still has not brought it.', ['late_delivery'], []).minimal.text;
    expect(text).toMatch(/tracking link/);
  });

  it('a slow answer is the wait we own, not a delivery to trace', () => {
    const set = reply(NOT_SHIPMENTS.reply!, ['late_delivery'], ['repeat_contact']);
    expect(set.minimal.text).toContain('we left you waiting for an answer');
    expect(set.try_harder.text).not.toMatch(SHIPMENT_WORDS);
  });

  it('a stalled payment run answered from the classifier: our wait and our outage, no parcel', () => {
    const message =
      'Last Friday our month-end salary batch froze halfway through processing. I logged it with your help desk within the hour and heard nothing back until Monday, so the whole warehouse crew were paid three days late. It is the third time this year we have chased you about it, and the board is asking whether we should look at other vendors.';
    const set = composeRecovery({ customer: classifyCustomer(message), customerText: message, context: CONTEXT, settings: { remedies: ALL_REMEDIES } });
    for (const tier of TIER_IDS) {
      expect(set[tier].text).not.toMatch(SHIPMENT_WORDS);
      expect(describeFindings(analyze, set[tier].text)).toEqual([]);
    }
    expect(set.try_harder.text).toContain('we left you waiting for an answer');
  });
});

describe('a need that is today is answered today', () => {
  const STRANDED = 'I am at the station with my luggage and the car you confirmed is nowhere. Our train leaves at 7 pm and we still have no way to get there.';
  const TODAY = 'The repair has to be finished today, my shop opens again tonight.';

  it('never promises "tomorrow" or a weekday for a need that is today, and keeps every time before the deadline', () => {
    // Any day, any zone, from midnight to 5 pm local: there is always time left today.
    const zones = ['Europe/Lisbon', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-01-01') }),
        fc.constantFrom(...zones),
        fc.constantFrom<SituationId[]>(['partner_error'], ['our_mistake'], ['late_delivery'], ['outage']),
        (day, timeZone, situations) => {
          const localHour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(day));
          fc.pre(localHour < 17);
          const set = reply(STRANDED, situations, ['deadline'], { ...CONTEXT, now: day, timeZone });
          for (const tier of TIER_IDS) {
            const text = set[tier].text;
            expect(text).not.toMatch(/tomorrow|\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|business day/);
            for (const m of text.matchAll(/by (\d{1,2}) (am|pm) today/g)) {
              const hour = (Number(m[1]) % 12) + (m[2] === 'pm' ? 12 : 0);
              expect(hour).toBeLessThan(19);
            }
          }
          expect(set.try_harder.followUp?.dueAt).toBeLessThan(day + 24 * 3_600_000);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('names the deadline the customer gave, and a "today" with no clock time', () => {
    const stranded = reply(STRANDED, ['partner_error'], ['deadline']).try_harder.text;
    expect(stranded).toContain('your train at 7 pm today');
    const today = reply(TODAY, ['late_delivery'], ['deadline'], { ...CONTEXT, now: Date.parse('2026-03-14T10:00:00Z') }).try_harder.text; // a Saturday
    expect(today).toMatch(/by \d{1,2} (am|pm) today/);
    expect(today).not.toMatch(/tomorrow|Monday/);
  });

  it('a clock time in the past is no deadline', () => {
    const f = extractFacts('We checked in at 11 pm last night and the room was not ready.', {}, analysis([]));
    expect(f.deadlineHour).toBeUndefined();
  });
});

describe('money the customer will pay is at risk, not spent', () => {
  it('offers to spare a quoted cost instead of saying it cost them', () => {
    const text = 'I rented the car for pickup here at the airport and it is not here. A taxi into town is 45 euros each way.';
    const set = reply(text, ['our_mistake'], ['money_at_stake']);
    for (const tier of TIER_IDS) expect(set[tier].text).not.toMatch(/cost you/);
    expect(set.minimal.text).toContain("You shouldn't have to pay €45 for a taxi");
  });

  it('still acknowledges money already spent', () => {
    const text = 'The car was not at the airport, so I took a taxi and paid 45 euros for it.';
    expect(reply(text, ['our_mistake'], ['money_at_stake']).minimal.text).toContain('I know it also cost you €45.');
  });
});
