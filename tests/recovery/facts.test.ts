import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/analysis/recovery';
import { analysis } from './fixtures';

const facts = (text: string, partner?: string) => extractFacts(text, { partner }, analysis([], ['loyal_customer']));

describe('extractFacts: the customer’s own details', () => {
  it('names the event with its owner and the time that belongs to it, not the first time mentioned', () => {
    const f = facts("Pickup was this morning and nobody was there. My sister's wedding is tomorrow.");
    expect(f.event).toBe("your sister's wedding");
    expect(f.eventIsPersonal).toBe(true);
    expect(f.when).toBe('tomorrow');
  });

  it('calls a public event "the" event', () => {
    expect(facts('The hotel was full for the festival.').event).toBe('the festival');
  });

  it('reads amounts in either order and both decimal styles', () => {
    expect(facts('You charged me $1,200.50 twice.')).toMatchObject({ amount: '$1,200.50', amountValue: 1200.5, amountCurrency: 'USD' });
    expect(facts('Das hat 1.200,50 EUR gekostet')).toMatchObject({ amountValue: 1200.5, amountCurrency: 'EUR' });
    expect(facts('I paid €65 for a taxi.')).toMatchObject({ amount: '€65', amountValue: 65, amountCurrency: 'EUR' });
  });

  it('finds the size, the item, what was wrong and how often they wrote', () => {
    const f = facts('This is the third time I am writing: the trail shoes in size 10.5 came in the wrong colour.');
    expect(f).toMatchObject({ size: '10.5', item: 'shoes', itemIsPlural: true, wrongThing: 'colour', repeatOrdinal: 'third' });
  });

  it('reads tenure only for a loyal customer, in words or digits', () => {
    expect(facts('We have been a twenty-year client.').tenure).toBe('for twenty years');
    expect(facts('Customer since 2004 here.').tenure).toBe('since 2004');
    expect(extractFacts('We have been a twenty-year client.', {}, analysis([])).tenure).toBeUndefined();
  });

  it('uses the page’s partner over a known one in the text, and canonical spelling otherwise', () => {
    expect(facts('I booked through expedia.', 'RentalHub').partner).toBe('RentalHub');
    expect(facts('I booked through expedia.').partner).toBe('Expedia');
    expect(facts('I booked it myself.').partner).toBeUndefined();
  });

  it('notices when the failure was our silence', () => {
    expect(facts('Nobody answered until Wednesday.').waitedOnUs).toBe(true);
    expect(facts('I waited at the airport for two hours.').waitedOnUs).toBe(false);
  });

  it('stays fast and bounded on a huge message', () => {
    const huge = 'wrong wrong wrong '.repeat(100_000) + 'size 44';
    const t = performance.now();
    const f = facts(huge);
    expect(performance.now() - t).toBeLessThan(200);
    expect(f.size).toBeUndefined(); // past the 8,000 characters that are read
  });

  it('names what was late in the customer\'s terms, and nothing when they named nothing', () => {
    expect(facts('The fortnightly payroll run sat in a queue and the crew were paid two days late.')).toMatchObject({
      awaited: { kind: 'payment', name: 'your payroll run' },
      lateBy: 'two days',
      paidPeople: true,
    });
    expect(facts('The plumber missed our appointment.').awaited?.kind).toBe('appointment');
    expect(facts('It still has not happened.').awaited).toBeUndefined();
  });

  it('tells a need that is today, with its clock time, from one on another day', () => {
    expect(facts('Our coach leaves at 5:30 pm and we are still waiting.')).toMatchObject({ needToday: true, deadlineHour: 17.5, deadlineClock: '5:30 pm' });
    expect(facts('Our coach leaves tomorrow at 5 pm.').needToday).toBeFalsy();
  });

  it('tells an amount being asked from one already spent', () => {
    expect(facts('The shuttle would be $25 each way.')).toMatchObject({ amountAtRisk: true });
    expect(facts('I paid $25 for the shuttle.').amountAtRisk).toBeUndefined();
  });
});
