import { describe, expect, it } from 'vitest';
import { composeRecovery } from '../../lib/analysis/recovery';
import { TIER_IDS, type SignalId, type SituationId } from '../../lib/analysis/taxonomy';
import { describeFindings, loadAnalyzer } from './analyzer';
import { deflectionsIn } from './deflections';
import { ALL_REMEDIES, input, NO_REMEDIES, signalSubsets, SIGNAL_IDS, SITUATION_IDS } from './fixtures';

const analyze = loadAnalyzer();

/** Everything a composed reply must never contain, as readable strings (empty = clean). */
function problemsIn(text: string): string[] {
  const problems = deflectionsIn(text);
  problems.push(...describeFindings(analyze, text).map((f) => `analyzer ${f}`));
  return problems;
}

const stepIds = (reply: { steps: { id: string }[] }) => reply.steps.map((s) => s.id);

describe('every situation × tier', () => {
  for (const situation of SITUATION_IDS) {
    it(`${situation}: all three tiers are clean and do the steps their tier promises`, () => {
      const set = composeRecovery(input([situation]));
      for (const tier of TIER_IDS) {
        const reply = set[tier];
        expect(reply.tier).toBe(tier);
        expect(problemsIn(reply.text), `${tier}:\n${reply.text}`).toEqual([]);
        expect(stepIds(reply)).toEqual(expect.arrayContaining(['greeting', 'acknowledge', 'fix', 'check_in', 'sign_off']));
        expect(reply.summary).not.toContain('\n');
      }
      expect(stepIds(set.customer_focused)).toContain('alternative');
      expect(stepIds(set.try_harder)).toEqual(expect.arrayContaining(['alternative', 'follow_up']));
      if (situation !== 'general') expect(stepIds(set.try_harder)).toContain('prevent');
      expect(set.try_harder.followUp?.dueAt).toBeGreaterThan(WEDNESDAY);
      // Each tier goes further than the one before it.
      expect(set.customer_focused.text.length).toBeGreaterThan(set.minimal.text.length);
      expect(set.try_harder.text.length).toBeGreaterThan(set.customer_focused.text.length);
    });
  }
});
const WEDNESDAY = Date.parse('2026-03-11T09:00:00Z');

describe('combinations with every signal', () => {
  it('stay clean for every situation with every subset of the signals', () => {
    const dirty: string[] = [];
    for (const situation of SITUATION_IDS) {
      for (const signals of signalSubsets()) {
        const set = composeRecovery(input([situation], signals));
        for (const tier of TIER_IDS) {
          const problems = problemsIn(set[tier].text);
          if (problems.length) dirty.push(`${situation} [${signals.join(',')}] ${tier}: ${problems.join('; ')}`);
        }
      }
    }
    expect(dirty.slice(0, 10)).toEqual([]);
  }, 120_000); // ~2,000 replies through the full analyzer

  it('stay clean for pairs and triples of situations', () => {
    const dirty: string[] = [];
    const specific = SITUATION_IDS.filter((s) => s !== 'general');
    for (const a of specific) {
      for (const b of specific) {
        if (a >= b) continue;
        for (const signals of [[], [...SIGNAL_IDS]] as SignalId[][]) {
          const set = composeRecovery(input([a, b, 'general'], signals));
          for (const tier of TIER_IDS) {
            const problems = problemsIn(set[tier].text);
            if (problems.length) dirty.push(`${a}+${b} ${tier}: ${problems.join('; ')}`);
          }
        }
      }
    }
    expect(dirty.slice(0, 10)).toEqual([]);
  }, 120_000); // ~2,000 replies through the full analyzer
});

describe('signals change what each tier offers', () => {
  it('deadline: acts first and names the event, with a next step within two working hours', () => {
    const reply = composeRecovery(input(['late_delivery'], ['deadline'])).try_harder.text;
    expect(reply).toContain('right before your wedding on Saturday');
    expect(reply).toContain("Because your wedding is on Saturday, I'm doing this first.");
    // Wednesday 10:00 Berlin + 2 working hours.
    expect(reply).toContain('by noon today');
    expect(reply).toContain('express at no cost to you');
  });

  it('repeat contact: even the minimal tier names an owner and brings in help, unlike a first contact', () => {
    const first = composeRecovery(input(['billing_error'])).minimal;
    const repeat = composeRecovery(input(['billing_error'], ['repeat_contact'])).minimal;
    expect(stepIds(first)).not.toContain('escalate');
    expect(repeat.text).toContain("I'm Dana Whitfield, and I'm your contact for this from now on");
    expect(repeat.text).toContain("I've brought in our team lead myself");
    expect(repeat.text).toContain('Having to write to us a third time about it is on us, not you.');
  });

  it('high emotion: the reply leads with a specific acknowledgement', () => {
    const reply = composeRecovery(input(['our_mistake'], ['high_emotion'])).minimal;
    expect(reply.steps[1]).toEqual({ id: 'acknowledge', text: "You're right to be upset: we gave you the wrong size." });
  });

  it('money at stake: covers the stated cost with credit, within the limit', () => {
    const covered = composeRecovery(input(['outage'], ['money_at_stake'])).try_harder.text;
    expect(covered).toContain('I know it also cost you $120.');
    expect(covered).toContain("I've added a credit of $100 to your account");
    const generous = composeRecovery(input(['outage'], ['money_at_stake'], {}, { ...ALL_REMEDIES, accountCredit: { maxAmount: 500, currency: 'USD' } }));
    expect(generous.try_harder.text).toContain('a credit of $120 to your account');
  });

  it('money at stake without credit allowed: refunds what the situation makes refundable', () => {
    const text = composeRecovery(
      input(['outage'], ['money_at_stake'], {}, { ...ALL_REMEDIES, accountCredit: { maxAmount: 0, currency: 'USD' } }),
    ).try_harder.text;
    expect(text).toContain("I'm refunding this month's fee");
  });

  it('loyal customer: recognises the history in their own words', () => {
    const text = composeRecovery(input(['late_payment'], ['loyal_customer'])).minimal.text;
    expect(text).toContain("You've been with us for twelve years, and that counts for far more than one invoice.");
  });

  it('churn risk: addressed once, without begging, above the minimal tier', () => {
    const set = composeRecovery(input(['outage'], ['churn_risk']));
    expect(stepIds(set.minimal)).not.toContain('churn');
    expect(set.try_harder.text).toContain("I'd rather earn your trust back by fixing this properly than ask you to stay.");
    expect(set.try_harder.text).not.toMatch(/please (stay|don't go|reconsider)/i);
  });
});

describe('one coherent reply for several situations', () => {
  it('merges the acknowledgements into one sentence and keeps one fix section', () => {
    const reply = composeRecovery(input(['partner_error', 'billing_error'], ['deadline'])).try_harder;
    const acknowledge = reply.steps.filter((s) => s.id === 'acknowledge');
    expect(acknowledge).toHaveLength(1);
    expect(acknowledge[0]!.text).toMatch(/^I'm sorry your booking through Expedia had the wrong pickup address and we charged you \$49\.99 you didn't owe, right before your wedding on Saturday\./);
    expect(reply.steps.filter((s) => s.id === 'fix')).toHaveLength(1);
    expect(reply.text.match(/I'm sorry/g)).toHaveLength(1);
    expect(reply.text.match(/^Hi /gm)).toHaveLength(1);
  });

  it('leads with what we did wrong, whatever order the analyzer reported', () => {
    const reply = composeRecovery(input(['account_access', 'outage'])).minimal.text;
    expect(reply.indexOf('our service stopped working')).toBeLessThan(reply.indexOf("you couldn't get into your account"));
  });

  it('answers a cancellation that comes with another complaint as a churn risk, never closing the account', () => {
    const withComplaint = composeRecovery(input(['cancellation', 'outage'])).try_harder;
    expect(withComplaint.text).not.toContain("I've cancelled your account");
    expect(withComplaint.steps.map((s) => s.id)).toContain('churn');
    const alone = composeRecovery(input(['cancellation'])).minimal.text;
    expect(alone).toContain("I've cancelled your account as you asked");
  });

  it('treats a booked room that was not there as our broken promise, not a stock problem', () => {
    const base = input(['out_of_stock']);
    const text = composeRecovery({ ...base, customerText: 'We had a confirmed booking and you had no room for us.' }).try_harder.text;
    expect(text).toContain("we didn't have the room you booked ready for you");
    expect(text).not.toMatch(/restock|supplier/);
  });
});

describe('ownership of a partner’s mistake', () => {
  it('says the partner books on our behalf and fixes it without sending the customer to them', () => {
    const text = composeRecovery(input(['partner_error'])).minimal.text;
    expect(text).toContain('Expedia books on our behalf, so this is ours to fix, not yours.');
    expect(text).toContain("I'm taking it up with Expedia directly");
  });

  it('uses the partner the page named over one found in the message', () => {
    const text = composeRecovery(input(['partner_error'], [], { partner: 'RentalHub' })).minimal.text;
    expect(text).toContain('RentalHub books on our behalf');
    expect(text).not.toContain('Expedia');
  });
});

describe('out of stock: no, here is who has it, we order it and guarantee the fit', () => {
  it('offers the three answers across the three tiers', () => {
    const set = composeRecovery(input(['out_of_stock']));
    expect(set.minimal.text).toContain("I've put you first on the restock list");
    expect(set.minimal.text).not.toContain('other shops');
    expect(set.customer_focused.text).toContain('which other shops carry them in size 44');
    expect(set.try_harder.text).toContain("I'll order them in size 44 from our supplier for you and ship them straight to you");
    expect(set.try_harder.text).toContain("If the fit isn't right, I'll exchange them at our cost.");
  });
});

describe('remedies stay within what the team allows', () => {
  it('offers nothing monetary when every remedy is off, and still goes beyond in try_harder', () => {
    const set = composeRecovery(input(['late_delivery'], [...SIGNAL_IDS], {}, NO_REMEDIES));
    for (const tier of TIER_IDS) {
      expect(set[tier].text).not.toMatch(/refund|% off|express|replacement|credit|exchange/i);
    }
    expect(set.try_harder.text).toContain("I'll handle every step of this personally until it's done");
  });

  it('never exceeds the discount limit', () => {
    const text = composeRecovery(input(['outage'], [...SIGNAL_IDS], {}, { ...ALL_REMEDIES, discountMaxPercent: 7 })).try_harder.text;
    expect(text).toContain("I've also taken 7% off your next invoice.");
    const modest = composeRecovery(input(['outage'], ['loyal_customer'], {}, { ...ALL_REMEDIES, discountMaxPercent: 40 })).try_harder.text;
    // Stakes 3 (an outage for a loyal customer): half the allowance, not all of it.
    expect(modest).toContain("I've taken 20% off your next invoice.");
  });
});

describe('names, tone and time', () => {
  it('greets by first name and signs with the rep and company', () => {
    const text = composeRecovery(input(['general'])).minimal.text;
    expect(text.startsWith('Hi Maya,\n\n')).toBe(true);
    expect(text.endsWith('Warm regards,\nDana Whitfield\nHarbor Outfitters')).toBe(true);
  });

  it('adapts when names are unknown', () => {
    const text = composeRecovery(input(['general'], [], { customerName: undefined, repName: '  ', company: 'Harbor Outfitters' })).minimal.text;
    expect(text.startsWith('Hi there,')).toBe(true);
    expect(text.endsWith('Warm regards,\nThe Harbor Outfitters team')).toBe(true);
  });

  it('formal tone: no contractions, "Dear", and the rep’s own sign-off when set', () => {
    const base = input(['billing_error'], ['money_at_stake'], { tone: 'formal', customerName: 'Dr. Amira Haddad' });
    const text = composeRecovery({ ...base, settings: { ...base.settings, signOff: 'Sincerely' } }).try_harder.text;
    expect(text.startsWith('Dear Amira,')).toBe(true);
    expect(text).not.toMatch(/\b(I'm|I've|I'll|don't|didn't|you're|it's|that's)\b/);
    expect(text).toContain('I am sorry we charged you $49.99 you did not owe');
    expect(text).toContain('Sincerely,\nDana Whitfield');
  });

  it('without a clock, promises a concrete relative window and creates no follow-up', () => {
    const set = composeRecovery(input(['late_delivery'], [], { now: undefined }));
    expect(set.try_harder.text).toContain('within one business day');
    expect(set.try_harder.followUp).toBeUndefined();
  });

  it('is deterministic for equal inputs', () => {
    const a = composeRecovery(input(['partner_error', 'late_delivery'], ['deadline', 'money_at_stake']));
    const b = composeRecovery(input(['partner_error', 'late_delivery'], ['deadline', 'money_at_stake']));
    expect(a).toEqual(b);
  });
});

export type { SituationId };
