import { describe, expect, it } from 'vitest';
import { classifyCustomer } from '../../lib/analysis';

// The context rules of customer classification that no single cue's examples show: a time is a
// deadline only when it is still to come, a partner's error needs a partner in the message,
// and a troubled message is not `general`.

const situations = (t: string) => classifyCustomer(t).situations.map((s) => s.id);
const signals = (t: string) => classifyCustomer(t).signals.map((s) => s.id);

describe('classifyCustomer: deadlines are coming times', () => {
  it('reads "we land at 7am on Friday" as a deadline', () => expect(signals('Hi, we land at 7am on Friday. Any chance of an early check-in?')).toContain('deadline'));
  it('does not read "I ordered it on Friday" as one', () => expect(signals('I ordered it on Friday.')).not.toContain('deadline'));
  it('does not read a past act after the time as one ("on Tuesday your agent was rude")', () =>
    expect(signals('At the airport desk on Tuesday your agent was rude to me.')).not.toContain('deadline'));
  it('does not read a cancellation date as a deadline', () => expect(signals('Please cancel my plan on 1 April.')).not.toContain('deadline'));
  it('reads "my guests arrive in 30 minutes" as a deadline', () => expect(signals('You sent the wrong order. My guests arrive in 30 minutes!')).toContain('deadline'));
});

describe('classifyCustomer: partners', () => {
  it('gives a cracked item from a marketplace seller to the partner', () =>
    expect(situations('I bought it from a marketplace seller on your site and it arrived cracked.')).toEqual(['partner_error']));
  it('keeps a cracked item with no partner named as ours', () => expect(situations('The screen arrived cracked.')).toEqual(['our_mistake']));
  it('does not also call the partner error ours when the same words carry both', () =>
    expect(situations('The contractor you sent left rubble all over my garden.')).toEqual(['partner_error']));
  it('does not read reception losing a booking as a partner error', () =>
    expect(situations('Reception had no record of our booking, even though I have the confirmation email.')).not.toContain('partner_error'));
});

describe('classifyCustomer: general only when nothing went wrong', () => {
  it('keeps a plain question general', () => expect(situations('Can I bring a folding bike as checked baggage?')).toEqual(['general']));
  it('does not call a furious repeat message general', () => {
    const t = 'Third email about this. I am FURIOUS. The tracking page says delivered and there is nothing on my doorstep.';
    expect(situations(t)).not.toContain('general');
  });
  it('reads "Thank you so much!!!" as joy, not anger, and a happy arrival as no late delivery', () => {
    const r = classifyCustomer('Thank you so much!!! The parcel arrived and my daughter loves it!');
    expect(r.signals.map((s) => s.id)).not.toContain('high_emotion');
    expect(r.situations.map((s) => s.id)).toEqual(['general']);
  });
  it('still reads "!!" in a complaint as emotion', () => expect(signals('Where is my order?! This is the second time I have asked!!')).toContain('high_emotion'));
  it('gives every evidence span as the words of the message', () => {
    const t = 'Hello!\n\nYou charged me twice for order 1182 and my flight is tomorrow at 6am.';
    const r = classifyCustomer(t);
    for (const e of [...r.situations, ...r.signals]) expect(t.slice(e.start, e.end)).toBe(e.text);
    expect(r.situations.map((s) => s.id)).toContain('billing_error');
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['deadline', 'money_at_stake']));
  });
});
