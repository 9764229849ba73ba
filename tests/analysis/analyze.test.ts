import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer, fillTemplate, slotsFromContext } from '../../lib/analysis';

const cats = (t: string) => analyzeDraft(t).findings.map((f) => f.category);

describe('analyzeDraft', () => {
  it("flags 'please contact Expedia' as a redirect", () => {
    expect(cats('Please contact Expedia directly.')).toEqual(['redirect']);
  });

  it('treats "please feel free to reach out to your bank" and "you\'ll need to get in touch with the airline" as one pattern', () => {
    expect(cats('Please feel free to reach out to your bank.')).toEqual(['redirect']);
    expect(cats("You'll need to get in touch with the airline.")).toEqual(['redirect']);
  });

  it('spans the clause, keeps a lead-in inside and the closing period outside', () => {
    const text = 'Unfortunately, we are unable to refund this fare.';
    const [f] = analyzeDraft(text).findings;
    expect(f).toMatchObject({ category: 'policy_wall', start: 0, text: 'Unfortunately, we are unable to refund this fare' });
  });

  it('gives one sentence that does two things two findings', () => {
    const text = 'We are not affiliated with Expedia, so please contact them directly.';
    const fs = analyzeDraft(text).findings;
    expect(fs.map((f) => f.category)).toEqual(['blame_shift', 'redirect']);
    expect(fs[0]!.text).toBe('We are not affiliated with Expedia');
    expect(fs[1]!.text).toBe('please contact them directly');
  });

  it('leaves a redirect clean when the rep does the legwork', () => {
    expect(cats("I've already called the carrier and they'll redeliver tomorrow before noon.")).toEqual([]);
  });

  it('leaves innocent "policy", "contact" and "escalated" alone', () => {
    expect(cats("I've updated our policy page and contacted the warehouse; I escalated this to Priya, who will call you at 4 pm today.")).toEqual([]);
  });

  it('tells a concrete time from a vague one', () => {
    expect(cats("I'll get back to you within 2 business days.")).toEqual([]);
    expect(cats("We'll get back to you as soon as possible.")).toEqual(['vague_timeline']);
  });

  it('treats a specific apology as clean and a generic one as hollow', () => {
    expect(cats("I'm sorry we shipped the wrong size.")).toEqual([]);
    expect(cats('We apologize for any inconvenience this may have caused.')).toEqual(['hollow_empathy']);
  });

  it('fills rewrites with the partner in the draft and the context, never leaving a slot', () => {
    const [f] = analyzeDraft('Please contact Expedia directly.', { customerName: 'Maria Gonzalez', now: Date.UTC(2025, 2, 4, 10), timeZone: 'UTC' }).findings;
    expect(f!.rewrites.length).toBeGreaterThan(0);
    for (const r of f!.rewrites) {
      expect(r.text).not.toMatch(/[{}]|undefined|null|NaN/);
      expect(r.text).toContain('Expedia');
    }
  });

  it('scores ownership higher than deflection', () => {
    const good = analyzeDraft("I'm sorry we charged you twice. I've refunded the second charge and you'll see it by Friday.").score;
    const bad = analyzeDraft('Per our policy we cannot refund you. Please contact your bank. Thank you for your patience.').score;
    expect(good).toBeGreaterThan(90);
    expect(bad).toBeLessThan(60);
  });
});

describe('classifyCustomer', () => {
  it('finds situations and signals with the words that triggered them', () => {
    const text = 'I booked through Expedia and the car was at the wrong address. This is the third time I am writing and my flight is tomorrow!';
    const r = classifyCustomer(text);
    expect(r.situations.map((s) => s.id)).toContain('partner_error');
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['repeat_contact', 'deadline']));
    for (const e of [...r.situations, ...r.signals]) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('says general only when nothing went wrong', () => {
    expect(classifyCustomer('How do I add a second user to our workspace?').situations.map((s) => s.id)).toEqual(['general']);
  });

  it('counts "keeps crashing" as an outage, not a repeat contact', () => {
    const r = classifyCustomer('The app keeps crashing when I open reports.');
    expect(r.situations.map((s) => s.id)).toContain('outage');
    expect(r.signals.map((s) => s.id)).not.toContain('repeat_contact');
  });

  it('reads a threat attached to a complaint as churn risk, not a cancellation', () => {
    const r = classifyCustomer("My order never arrived. Fix this or I'm leaving.");
    expect(r.situations.map((s) => s.id)).not.toContain('cancellation');
    expect(r.signals.map((s) => s.id)).toContain('churn_risk');
  });

  it('does not treat a price in a neutral question as money at stake', () => {
    expect(classifyCustomer('Is the $49 plan billed monthly?').signals.map((s) => s.id)).not.toContain('money_at_stake');
  });
});

describe('templates and slots', () => {
  it('fills a slot, or its fallback, and tidies the gaps', () => {
    expect(fillTemplate("I'll call {partner|them} {followup_time|by the end of tomorrow}", { partner: 'Expedia' })).toBe("I'll call Expedia by the end of tomorrow");
    expect(fillTemplate('Thanks, {customer_first_name|}.', {})).toBe('Thanks.');
    expect(fillTemplate('Hi {customer_first_name|there}', { customer_first_name: 'undefined' })).toBe('Hi there');
  });

  it('builds slots from the reply context', () => {
    const s = slotsFromContext({ customerName: 'Gonzalez, Maria', repName: 'Sam', company: 'Acme', orderId: '4411', ticketId: '#981' }, { partner: 'the airline' });
    expect(s).toMatchObject({ customer_first_name: 'Maria', rep_name: 'Sam', company: 'Acme', partner: 'the airline', order_ref: 'order #4411', ticket_ref: 'ticket #981' });
    expect(s.followup_time).toBeUndefined();
  });

  it('gives a concrete follow-up time when the clock is passed in', () => {
    const s = slotsFromContext({ now: Date.UTC(2025, 2, 4, 10), timeZone: 'UTC' });
    expect(s.followup_time).toMatch(/^by \d+ (am|pm)|^by noon/);
  });
});
