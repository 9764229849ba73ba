import { describe, expect, it } from 'vitest';
import { classifyCustomer } from '../../lib/analysis';
import { classifyCustomerText } from '../../lib/analysis/classify-customer';

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

describe('classifyCustomer: who erred', () => {
  it("gives a courier's false delivery attempt to the partner", () =>
    expect(situations('The courier says he tried to deliver but I was home all day and no one knocked.')).toContain('partner_error'));
  it('gives tickets from a listed reseller that do not scan to the partner', () =>
    expect(situations("I bought the tickets from a reseller you list on your site and the tickets don't scan at the gate.")).toContain('partner_error'));
  it('gives a wrong part fitted by the plumber we sent to the partner, not to us', () =>
    expect(situations('The plumber you sent fitted the wrong valve under the sink.')).toEqual(['partner_error']));
  it('gives a wrong fare filed by a named airline to the partner', () =>
    expect(situations('Sunwing Air moved our departure from 10:00 to 06:15 and nobody from your agency told us.')).toContain('partner_error'));
  it('reads "instead of the 15th like I asked" as our mistake', () =>
    expect(situations('You set up my direct debit for the 1st instead of the 15th like I asked.')).toEqual(['our_mistake']));
  it("does not call the customer's own wrong entry our mistake", () =>
    expect(situations('I put the wrong postcode in, sorry, could you fix it?')).not.toContain('our_mistake'));
  it('reads a promise that it was sorted, contradicted, as our mistake and a repeat', () => {
    const r = classifyCustomer("I explained all this to Martin last week and he said it was sorted. It isn't.");
    expect(r.situations.map((s) => s.id)).toContain('our_mistake');
    expect(r.signals.map((s) => s.id)).toContain('repeat_contact');
  });
});

describe('classifyCustomer: what went wrong, in other words', () => {
  it('reads a product no longer sold as out of stock', () => expect(situations('Why have you stopped selling the unscented version?')).toEqual(['out_of_stock']));
  it('reads money still taken after cancelling as a billing error', () =>
    expect(situations("I cancelled my gym membership in January and you're still taking £35 every month.")).toEqual(['billing_error']));
  it('reads a delivery date that keeps moving as late', () => expect(situations('Ordered a washing machine two weeks ago, delivery date keeps moving.')).toEqual(['late_delivery']));
  it('does not read a salary that came in late as a late delivery', () =>
    expect(situations('My salary came in late this month so the rent direct debit bounced.')).not.toContain('late_delivery'));
  it('reads failing orders from an API as an outage', () =>
    expect(situations('Your API has been returning 503s for the last hour and our orders are failing.')).toEqual(['outage']));
  it('does not read an option missing from a how-to question as trouble', () =>
    expect(situations('Is it possible to schedule orders in advance? I cannot see the option anywhere.')).toEqual(['general']));
});

describe('classifyCustomer: signals in other words', () => {
  it('does not read a past tap-in time as a deadline', () => expect(signals('Your app charged me the peak fare even though I tapped in at 9:45.')).not.toContain('deadline'));
  it('reads "we have to be out of the house by 2" as a deadline', () =>
    expect(signals("Our removal van was booked for 8am and it's now 11. We have to be out of the house by 2.")).toContain('deadline'));
  it('reads "I found it cheaper elsewhere" as churn risk', () => expect(signals('Cancel my order and refund the $64 please, I found it cheaper elsewhere.')).toContain('churn_risk'));
  it('reads taking savings to another bank as churn risk', () => expect(signals("I'm taking my savings to another bank.")).toContain('churn_risk'));
});

describe('classifyCustomer: promises, systems and shouting', () => {
  it('reads a promised date that has passed as late and as our broken promise', () => {
    const t = 'I was told in writing that the replacement part would be delivered by 14 May. It is now 21 May and I have called twice.';
    expect(situations(t)).toEqual(expect.arrayContaining(['late_delivery', 'our_mistake']));
    expect(signals(t)).not.toContain('money_at_stake');
  });
  it('reads "ordered at 7, it is now 9:15 and nothing" as late, not as a late payment', () =>
    expect(situations("Ordered dinner at 7, it's now 9:15 and nothing. My kids are starving and I've paid £38.")).toEqual(['late_delivery']));
  it('reads our system paying twice as our mistake', () => expect(situations("Your system processed my leaver's final pay twice.")).toEqual(['our_mistake']));
  it('does not read a thanked-for system message as a mistake', () => expect(situations('Your system sent me the code, thanks, all working now.')).toEqual(['general']));
  it('reads a login the site will not accept as access trouble only', () =>
    expect(situations("The new website won't accept my login, it says my email isn't registered.")).toEqual(['account_access']));
  it('reads one shouted word of anger as high emotion', () => expect(signals("After 9 years as a customer I'm DONE. Close my account.")).toContain('high_emotion'));
  it('does not read a shouted acronym as emotion', () => expect(signals('My IBAN is on the form, can you check it?')).not.toContain('high_emotion'));
  it('reads a fee found on the bill as a billing error', () =>
    expect(situations('I notice a £75 "administration fee" for changing my address. I find this quite extraordinary.')).toContain('billing_error'));
  it('does not read "users since 09:00" as loyalty', () =>
    expect(signals('Teams integration failing for all our users since 09:00, token invalid.')).not.toContain('loyal_customer'));
});

describe('classifyCustomer: charges, machines and rooms', () => {
  it('reads full price charged after an offer as a billing error', () =>
    expect(situations("The promo said 50% off for 6 months but I've been charged full price since month 2.")).toEqual(['billing_error']));
  it('reads a no-show fee for a stay that happened as billing, not a late delivery', () =>
    expect(situations('The hotel charged my card £180 for a no-show but we checked in, I have the receipt.')).toEqual(['billing_error']));
  it('reads a card machine declining payments as an outage with money at stake', () => {
    const r = classifyCustomer('The card machine has been declining every contactless payment since lunch. Customers are walking out.');
    expect(r.situations.map((s) => s.id)).toEqual(['outage']);
    expect(r.signals.map((s) => s.id)).toContain('money_at_stake');
  });
  it('does not read a service that is unavailable as out of stock', () =>
    expect(situations("Online banking shows 'service unavailable' and I need to move money before 5pm.")).toEqual(['outage']));
  it('reads a room without towels as our mistake, not a locked account', () =>
    expect(situations('The room had no towels, no toilet roll and the safe was locked.')).toEqual(['our_mistake']));
  it('reads a booked slot long passed as late', () => expect(situations("The plumber was booked for 8-12 today. It's 3pm.")).toEqual(['late_delivery']));
  it('reads "please don\'t renew my policy" as a cancellation with churn risk', () => {
    const r = classifyCustomer("Please don't renew my policy. I've found cover elsewhere.");
    expect(r.situations.map((s) => s.id)).toEqual(['cancellation']);
    expect(r.signals.map((s) => s.id)).toContain('churn_risk');
  });
  it('does not read closing a savings account as money at stake', () =>
    expect(signals('Can you close my savings account and send the balance to my current account please?')).not.toContain('money_at_stake'));
});

describe('classifyCustomer: repeats, threats and feelings in other words', () => {
  it('reads "chasing again" and a date that moved as a repeat and a late delivery', () => {
    const r = classifyCustomer('Chasing again on order 8812, I was told Tuesday, then Thursday. The party is Saturday afternoon.');
    expect(r.situations.map((s) => s.id)).toEqual(['late_delivery']);
    expect(r.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['repeat_contact', 'deadline']));
  });
  it('reads a ticket raised two weeks ago as a repeat contact', () => expect(signals('I raised ticket #4471 about this two weeks ago and nothing has changed.')).toContain('repeat_contact'));
  it('reads "?!" as exasperation', () => expect(signals('How many times do I need to tell you my name is spelled with two Ls?!')).toEqual(expect.arrayContaining(['high_emotion', 'repeat_contact'])));
  it('reads feeling let down and lied to as high emotion', () => expect(signals('I feel completely let down and, frankly, lied to.')).toContain('high_emotion'));
  it('reads moving the team to a competitor as churn risk', () => expect(signals("If this isn't fixed by Friday we'll be moving our team to a competitor.")).toContain('churn_risk'));
  // The cues' own reading. The learned layer on top (index.ts) reads it as a late delivery, which
  // TAXONOMY §2 allows ("a service arrived late or not at all"); the cue stays the narrower one.
  it('does not read a transfer that has not arrived as a late delivery (the cues alone)', () =>
    expect(classifyCustomerText("The transfer to my sister still hasn't arrived, it's been three days.").situations.map((s) => s.id)).not.toContain('late_delivery'));
  it('reads a mortgage going out tomorrow as a deadline', () =>
    expect(signals("Please reverse the duplicate £620 payment today, my mortgage goes out tomorrow and I'll be overdrawn.")).toContain('deadline'));
});

describe('classifyCustomer: what was agreed and what is gone', () => {
  it('reads fewer units than ordered as our mistake', () =>
    expect(situations('Dear team, kindly note that the shipment arrived with 3 units instead of the 5 units as per our PO.')).toEqual(['our_mistake']));
  it('reads a confirmation with another date than booked as our mistake', () =>
    expect(situations('Hello, the confirmation email has the check-in date as 12 June, but I booked for 21 June.')).toEqual(['our_mistake']));
  it('does not read a question about booking a package as our mistake', () =>
    expect(situations('Hi, is travel insurance included when I book a package, or do I need to add it separately?')).toEqual(['general']));
  it('does not call the customer\'s own old phone number our mistake', () =>
    expect(situations("I'm locked out of my account, the 2FA code goes to my old phone number, which I no longer have.")).toEqual(['account_access']));
  it('reads a removed ticket option as out of stock', () => expect(situations("You've removed the family ticket option so we have to buy 4 separate tickets.")).toEqual(['out_of_stock']));
  it('reads all slots taken as out of stock', () => expect(situations('All the slots for click and collect are taken for the whole week.')).toEqual(['out_of_stock']));
  it('gives a refusal by the insurer sold with the booking to the partner', () =>
    expect(situations('Dear Sir, the travel insurance sold with my booking was from Covera, and they refuse my claim saying the policy was never activated.')).toContain('partner_error'));
  it('does not read a flight nearly missed as a late delivery', () =>
    expect(situations('The shuttle dropped us at terminal 2, our flight was from terminal 5, we nearly missed it.')).not.toContain('late_delivery'));
});

describe('classifyCustomer: utilities, insurers and SaaS in their own words', () => {
  it('reads a meter read ten times too high as a billing error', () =>
    expect(situations('Our meter was read as 45,000 instead of 4,500, hence the £3,200 bill.')).toEqual(['billing_error']));
  it('reads two networks billing for one number as a billing error', () =>
    expect(situations('I ported my number to you on the 1st, but my old network AND you are both billing me.')).toEqual(['billing_error']));
  it('reads a claim closed by mistake as our mistake', () =>
    expect(situations('The claims handler closed my claim by mistake and now I have to start again.')).toEqual(['our_mistake']));
  it('does not call a file the customer deleted by mistake ours', () => expect(situations('I deleted the file by mistake, can you restore it?')).not.toContain('our_mistake'));
  it('reads notifications that stopped coming through as an outage, not a partner error', () =>
    expect(situations('Slack notifications from your app stopped coming through after we reconnected the workspace.')).toEqual(['outage']));
  it('reads a swapped SIM and a stranger in the banking as account access', () =>
    expect(situations("My son's SIM was swapped without permission and now someone is in my banking.")).toEqual(['account_access']));
  it('does not read "your line is fine" as a fine', () =>
    expect(signals('Four line tests, four times "your line is fine". It is NOT fine.')).not.toContain('money_at_stake'));
});

describe('classifyCustomer: estimates, seats and notes', () => {
  it('reads "ETA was 40 mins. It\'s been 1h45" as late', () => expect(situations("ETA was 40 mins. It's been 1h45.")).toEqual(['late_delivery']));
  it('reads a bag that did not make the flight as late', () => expect(situations("My checked bag didn't make it onto the flight, it's been 2 days.")).toEqual(['late_delivery']));
  it('reads a paid-for aisle seat not given as our mistake', () => expect(situations('You put me in a middle seat even though I paid for an aisle.')).toEqual(['our_mistake']));
  it('reads an ignored allergy note as our mistake', () => expect(situations('The kitchen ignored my allergy note, there were nuts in the dessert.')).toEqual(['our_mistake']));
  it('reads a product gone from the site as out of stock', () => expect(situations('Tried to reorder my usual coffee beans, gone from the site completely.')).toEqual(['out_of_stock']));
  it('does not read "where do I change my password" as access trouble', () =>
    expect(situations("Hi, I can't find where to change my password in the app, can you point me to it?")).toEqual(['general']));
});

describe('classifyCustomer: services failing quietly', () => {
  it('reads transfers stuck on pending as an outage, not a late delivery', () =>
    expect(situations('All our transfers have been stuck on "pending" since yesterday afternoon.')).toEqual(['outage']));
  it('reads bouncing emails as an outage', () => expect(situations('Emails to our customers are bouncing back as undeliverable.')).toEqual(['outage']));
  it('reads a scanner adding items twice as an outage', () => expect(situations('Every time I scan the barcode it adds the item twice.')).toEqual(['outage']));
  it('does not read a receipt the customer sent twice as an outage', () =>
    expect(situations('Still no refund of the €96 refuelling charge. I returned the car full and sent you the receipt twice already.')).not.toContain('outage'));
  it('reads paying for a landline not had as a billing error, not loyalty', () => {
    const r = classifyCustomer("I've been paying for a landline I don't have for two years.");
    expect(r.situations.map((s) => s.id)).toEqual(['billing_error']);
    expect(r.signals.map((s) => s.id)).not.toContain('loyal_customer');
  });
  it('reads sizes that stop short of the customer\'s as out of stock', () =>
    expect(situations("Both shops in town say the shoes only come in 6 to 9, I'm an 11.")).toEqual(['out_of_stock']));
});

describe('classifyCustomer: signals told in passing', () => {
  it('does not read a second past callback day as a deadline', () =>
    expect(signals('I was promised a callback on Monday, and again on Wednesday.')).not.toContain('deadline'));
  it('reads that same double promise as a repeat contact', () =>
    expect(signals('I was promised a callback on Monday, and again on Wednesday.')).toContain('repeat_contact'));
  it('reads "I\'ve got a hospital appointment on Thursday" as a deadline', () =>
    expect(signals("The fitter didn't turn up this morning and I've got a hospital appointment on Thursday.")).toContain('deadline'));
  it('reads a completion date as a deadline', () => expect(signals('Completion is set for Friday and the solicitor needs your letter.')).toContain('deadline'));
  it('reads explaining to four people as a repeat contact', () => expect(signals("I've had to explain this to four different people now.")).toContain('repeat_contact'));
  it('reads leaning towards switching as churn risk', () => expect(signals("My contract ends in June and, honestly, I'm leaning towards switching.")).toContain('churn_risk'));
  it('reads "you should be ashamed" as high emotion', () => expect(signals('You should be ashamed.')).toContain('high_emotion'));
  it('reads three generations of banking as loyalty', () => expect(signals('My family has banked with you for three generations.')).toContain('loyal_customer'));
});

describe('classifyCustomer: partners that are late or act on their own', () => {
  it('gives a recommended removal company that came late to the partner as well as late', () =>
    expect(situations('The removal company you recommended turned up 5 hours late.')).toEqual(expect.arrayContaining(['partner_error', 'late_delivery'])));
  it('gives an installer who keeps rescheduling to the partner', () =>
    expect(situations("Your installer rescheduled three times and still hasn't come.")).toContain('partner_error'));
  it('gives a payment processor that blocked the purchase to the partner', () =>
    expect(situations('Your payment processor flagged my card as fraud and blocked the purchase.')).toEqual(['partner_error']));
  it('does not read a missed excursion that was paid for as a late payment', () =>
    expect(situations('The tour operator changed our itinerary and we missed the excursion we paid for.')).not.toContain('late_payment'));
});

describe('classifyCustomer: work done badly', () => {
  it('reads a boiler fitted but not connected as our mistake, not an outage', () =>
    expect(situations("Your engineer fitted the new boiler but didn't connect the thermostat.")).toEqual(['our_mistake']));
  it('reads a misprinted name on a new card as our mistake', () =>
    expect(situations('Hi, my new card arrived with my name as "Mr Jonh Smith". Can you reissue it?')).toEqual(['our_mistake']));
  it('reads a customer accused of shoplifting as our mistake with high emotion', () => {
    const r = classifyCustomer('The staff at your Oxford Street store accused my son of shoplifting in front of everyone. He was humiliated.');
    expect(r.situations.map((s) => s.id)).toEqual(['our_mistake']);
    expect(r.signals.map((s) => s.id)).toContain('high_emotion');
  });
  it('does not read changing the address before shipping as a late delivery', () =>
    expect(situations("I need to change the delivery address on my order, it hasn't shipped yet.")).toEqual(['general']));
  it('does not read "open on Sundays" as a deadline', () => expect(signals('Hello, what time does the pool open on Sundays?')).not.toContain('deadline'));
  it('reads "temporarily unavailable" stock as out of stock, not an outage', () =>
    expect(situations('The oat milk has been "temporarily unavailable" for three weeks.')).toEqual(['out_of_stock']));
});

describe('classifyCustomer: more ways things go wrong', () => {
  it('reads "promised within 5 working days. It\'s day 12" as late', () =>
    expect(situations("My repair was promised within 5 working days. It's day 12.")).toContain('late_delivery'));
  it('reads a lift out of order as an outage', () => expect(situations('The lift in our building has been out of order since Monday.')).toEqual(['outage']));
  it('reads a late ferry as a late delivery', () => expect(situations('The ferry was 3 hours late leaving and we lost the first night of our hotel.')).toContain('late_delivery'));
  it('reads a guide dog refused entry as our mistake, not a tour guide partner', () =>
    expect(situations('Your staff refused to let my guide dog in. Illegal and disgusting.')).toEqual(['our_mistake']));
  it('reads photos sent to another couple as our mistake, and no deadline', () => {
    const r = classifyCustomer('Our wedding photos were sent to another couple.');
    expect(r.situations.map((s) => s.id)).toEqual(['our_mistake']);
    expect(r.signals.map((s) => s.id)).not.toContain('deadline');
  });
  it('gives a property manager with no record of a deposit paid through us to the partner', () =>
    expect(situations("I paid the deposit through your site but the property manager says there's no payment on file.")).toEqual(['partner_error']));
});

describe('classifyCustomer: fees for our doing, asked-for things, notice', () => {
  it('reads a change fee after we cancelled the flight as a billing error too', () =>
    expect(situations("You cancelled my flight, rebooked me on one 8 hours later, and now you're charging me a change fee.")).toEqual(expect.arrayContaining(['billing_error', 'our_mistake'])));
  it('reads "I specifically asked for a quiet room" as our mistake', () =>
    expect(situations("I specifically asked for a quiet room away from the lift and we're right next to it.")).toEqual(['our_mistake']));
  it('does not read "no one has chased it" as the customer\'s repeat contact', () =>
    expect(signals('The replacement part was ordered by your technician three weeks ago and no one has chased it.')).not.toContain('repeat_contact'));
  it('reads notice of not renewing as a cancellation', () =>
    expect(situations("I'm writing to give notice that we will not be renewing our contract in September.")).toEqual(['cancellation']));
  it('does not read the customer arriving late as a late delivery', () =>
    expect(situations("We're arriving late on Friday, around midnight, is the reception open?")).toEqual(['general']));
});

describe('classifyCustomer: questions that only suppose trouble', () => {
  it('keeps "what do I do if the app crashes?" general', () => expect(situations('What do I do if the app crashes?')).toEqual(['general']));
  it('keeps "if my parcel gets lost, how do I claim?" general', () => expect(situations('If my parcel gets lost, how do I claim?')).toEqual(['general']));
  it('keeps "can I get a refund if I cancel within 14 days?" general', () => expect(situations('Can I get a refund if I cancel within 14 days?')).toEqual(['general']));
  it('keeps cancelling an order that has not shipped a question', () =>
    expect(situations("How do I cancel an order that hasn't shipped? I ordered the wrong size.")).not.toContain('late_delivery'));
  it('does not read an app asking to log in again as a repeat contact', () =>
    expect(signals('Is it normal for the app to ask me to log in again after an update?')).not.toContain('repeat_contact'));
  it('still reads a real crash after a question as an outage', () =>
    expect(situations('The app crashes every time I open it. What should I do?')).toEqual(['outage']));
});

describe('classifyCustomer: a broken word that is the late delivery itself', () => {
  it('reads "I was told it would arrive Friday" with nothing come as late only', () =>
    expect(situations('I was told my order would arrive on Friday. It is Tuesday and my order still has not arrived.')).toEqual(['late_delivery']));
  it('still reads a promised waiver as our mistake', () => expect(situations('I was told on the phone that the fee would be waived.')).toContain('our_mistake'));
});

describe('classifyCustomer: not ready, charged twice by date, merged records', () => {
  it('reads an order not ready at the promised collection time as late', () =>
    expect(situations("Online it said ready for collection at 2pm. I got there at 3 and it wasn't ready.")).toEqual(['late_delivery']));
  it('reads a fee taken on two dates as a billing error', () => expect(situations('Your gym took my membership fee on the 1st AND the 15th.')).toEqual(['billing_error']));
  it('reads merged accounts as our mistake', () => expect(situations("You've merged my account with my father's, same name, different person.")).toEqual(['our_mistake']));
  it('does not read "I was left stranded" as a threat to leave', () =>
    expect(signals('I was left stranded at the station at midnight with two kids.')).not.toContain('churn_risk'));
  it('gives a lounge we sold access to that refused entry to the partner', () =>
    expect(situations("The airport lounge you sold me access to refused entry saying they don't accept your passes anymore.")).toContain('partner_error'));
});

describe('classifyCustomer: weeks of waiting, cars not cleaned, counters sold out early', () => {
  it('reads "week three of waiting" as late', () => expect(situations('Week three of waiting for my new meter, nobody can tell me when.')).toEqual(['late_delivery']));
  it('reads a hire car with someone else\'s belongings, not cleaned, as our mistake', () =>
    expect(situations("The car I collected had someone else's belongings in the boot and hadn't been cleaned.")).toEqual(['our_mistake']));
  it('reads a counter with nothing left by 10am as out of stock', () =>
    expect(situations('The last two weekends the bakery counter has had no sourdough by 10am.')).toEqual(['out_of_stock']));
  it('reads an app error as access trouble without calling it what we told the customer', () =>
    expect(situations('My login works on the website but not on the app, it just says error 401.')).not.toContain('our_mistake'));
});

describe('classifyCustomer: signals in everyday words', () => {
  it('reads contact on every channel as a repeat contact', () =>
    expect(signals("I've emailed, called and used the chat. Nobody can tell me anything.")).toContain('repeat_contact'));
  it('reads "I keep being told someone will call me back" as a repeat contact', () =>
    expect(signals('I keep being told someone will call me back.')).toContain('repeat_contact'));
  it('reads "Cancel it. I\'m done." as churn risk', () => expect(signals("Cancel it. I'm done.")).toContain('churn_risk'));
  it('reads telling everyone to avoid us as churn risk', () => expect(signals("I'll be telling everyone I know to avoid you.")).toContain('churn_risk'));
  it('reads crying on the phone as high emotion', () => expect(signals('I cried on the phone to your agent.')).toContain('high_emotion'));
  it('does not read a past wedding date as a deadline', () => expect(signals('We got married on the 3rd of May last year.')).not.toContain('deadline'));
});

describe('classifyCustomer: refunds astray, orders stuck processing, barriers', () => {
  it('reads a refund sent to a cancelled card as a billing error', () =>
    expect(situations('My refund went to my old card, which I told you was cancelled.')).toContain('billing_error'));
  it('reads a fine despite a paid ticket as a billing error', () =>
    expect(situations("I got a parking fine from your car park even though I'd paid and have the ticket.")).toEqual(['billing_error']));
  it('reads an order still processing after 10 days as late', () => expect(situations('My order is still "processing" after 10 days.')).toEqual(['late_delivery']));
  it('reads a barrier that would not lift as an outage', () =>
    expect(situations("The barrier at the car park wouldn't lift and I was stuck for 20 minutes.")).toEqual(['outage']));
  it('gives a parcel our delivery partner handed to a neighbour to the partner', () =>
    expect(situations("Your delivery partner gave my parcel to my neighbour without asking, and she's away for a week.")).toContain('partner_error'));
});

describe('classifyCustomer: forgotten payments and early exits', () => {
  it('reads a forgotten renewal payment as a late payment', () =>
    expect(situations('Sorry, I completely forgot about the renewal payment. Is my policy still active?')).toEqual(['late_payment']));
  it('reads exiting a contract early as a cancellation with churn risk', () => {
    const r = classifyCustomer("I'd like to exit my contract early because of the constant outages.");
    expect(r.situations.map((s) => s.id)).toContain('cancellation');
    expect(r.signals.map((s) => s.id)).toContain('churn_risk');
  });
  it('keeps asking the cost of an early exit a question', () =>
    expect(situations('How much would it cost to exit my contract early?')).not.toContain('cancellation'));
});

describe('classifyCustomer: trouble told without naming it', () => {
  it('gives what a tradesperson we sent did to the partner, not to us', () => {
    const r = situations('The roofer your team sent cracked three tiles and left.');
    expect(r).toContain('partner_error');
    expect(r).not.toContain('our_mistake');
  });
  it('reads "ordered X, got Y" as our mistake, not general', () =>
    expect(situations('Ordered a kettle, got a toaster.')).toEqual(['our_mistake']));
  it('reads a shelf price charged higher at the till as a billing error', () =>
    expect(situations('The shelf said 3.99 but I was charged 5.49 at the till.')).toContain('billing_error'));
  it('reads "you have lost a customer" as churn, not money at stake', () => {
    const s = signals("That's it, you've lost a customer.");
    expect(s).toContain('churn_risk');
    expect(s).not.toContain('money_at_stake');
  });
  it('reads arrears disputed by a paying customer as billing, not a late payment', () => {
    const r = situations("Your letter says I'm in arrears but I have paid every month.");
    expect(r).toContain('billing_error');
    expect(r).not.toContain('late_payment');
  });
});

describe('classifyCustomer: trouble that no cue names is still not general', () => {
  it('takes the nearest lexicon for a sentence that tells of a failed event', () =>
    expect(situations('The smart lock is not responding to the app and we cannot get into the house.')).toEqual(['outage']));
  it('gives a fault done by a partner role to the partner', () =>
    expect(situations('The shuttle company left us standing at arrivals for an hour.')).toEqual(['partner_error']));
  it('gives a fault done by a partner the customer names to the partner', () =>
    expect(situations('The electrician from your approved list left live wires hanging out of the wall.')).toEqual(['partner_error']));
  it('gives a fault done by our own staff to us', () => expect(situations('Your staff threw away my coat from the cloakroom.')).toEqual(['our_mistake']));
  it('reads a "mis-" act by our team as ours', () =>
    expect(situations('Your team mislabelled our pallets and half the stock went to the Leeds warehouse.')).toEqual(['our_mistake']));
  it('keeps questions and doubts general', () => {
    expect(situations("I'm not sure which router is best for a small office, can you advise?")).toEqual(['general']);
    expect(situations("I don't see an option to download statements older than a year, where do I look?")).toEqual(['general']);
    expect(situations('Can you tell me if the driver can leave it with a neighbour?')).toEqual(['general']);
    expect(situations('Thank you, the courier left it in the porch as I asked.')).not.toContain('partner_error');
  });
});

describe('classifyCustomer: all is well, and names are not shouting', () => {
  it('reads no trouble in a sentence that says all is well', () =>
    expect(situations("Can I extend the warranty? It's been working perfectly, no problems at all.")).toEqual(['general']));
  it('does not read a vowel-less code name or a statement descriptor as shouting', () => {
    expect(signals('Your courier (the driver had a DPX van) left it at DPX depot.')).not.toContain('high_emotion');
    expect(signals('My statement shows PAYSTRM*LEDGERLY twice.')).not.toContain('high_emotion');
  });
});

describe('classifyCustomer: a partner at fault joins the other situations', () => {
  it('adds the partner beside a late delivery when the partner did the wrong', () =>
    expect(situations('My parcel is a week late and the courier threw it over the fence when it finally came.')).toEqual(expect.arrayContaining(['late_delivery', 'partner_error'])));
  it("does not read the customer's own partner as ours to blame", () =>
    expect(situations("My order is late. It's for my partner, so please don't put the price on the slip.")).not.toContain('partner_error'));
});

describe('classifyCustomer: own-written messages in other voices', () => {
  it('reads a florist mix-up by the partner we work with as the partner', () =>
    expect(situations('I paid for the flowers through your planning service and the florist you work with delivered lilies instead of the peonies we agreed.')).toContain('partner_error'));
  it('reads a valet company returning a car with extra miles as the partner', () =>
    expect(situations('I booked airport parking through your site and the valet company returned my car with 140 extra miles on the clock.')).toEqual(['partner_error']));
  it('reads an engineer who left a hole as ours', () =>
    expect(situations('The engineer who came to fit the broadband left a hole in the wall and did not fill it.')).toEqual(['our_mistake']));
  it('reads a rebooking for next week as no deadline', () =>
    expect(signals("I need to cancel Thursday's lesson, can we rebook for next week?")).not.toContain('deadline'));
});

// KNOWN GAP (session 6): the customer stack retrained on 1,200 more blind messages learned
// negative repeat_contact weights for context words ("here", "kids", "airport", "standing") and
// drops the cue's explicit "second time I have written" in the demo's Zendesk message (the rules
// find it; p 0.006). Per-signal bars made it worse (repeat_contact cues misfire often in the
// check half, so the data favours dropping them); fewer signal words did not help. Turns red when
// fixed: then make it an ordinary test.
describe('classifyCustomer: repeat contact in a long message', () => {
  // The message-level model reads it away (airport, kids, ferry); its evidence sentence alone is
  // read as repeat contact at p 0.999, which keeps it (CustomerCombine.keepEvidence).
  it('keeps "This is the second time I have written today" among other complaints', () =>
    expect(signals('We are standing at Lisbon airport with two tired kids and all our luggage, and nobody from your company is here. I booked this car with you through Expedia and the voucher you sent sends us to Rua da Prata, 12 km away. The taxi there is 40 euros each way. This is the second time I have written today. We have a ferry to catch at 6 pm. What are you going to do about it?')).toContain('repeat_contact'));
});

describe('classifyCustomer: a promise about a late delivery is the late delivery', () => {
  it('does not add our mistake from the words of a delivery promise that was broken', () =>
    expect(situations('The cot we ordered was promised for Monday. It is Wednesday and nothing has come.')).toEqual(['late_delivery']));
});

describe('classifyCustomer: a time followed by a past act is past', () => {
  it('does not read "your release on Tuesday wiped" as a deadline', () =>
    expect(signals('Your release on Tuesday wiped the custom fields on all our records.')).not.toContain('deadline'));
});

describe('classifyCustomer: dates that only inform, delays explained', () => {
  it('reads no deadline in a date that only informs a plain question', () =>
    expect(signals("My warranty runs out on 15 December. Can I extend it, and what's the price?")).not.toContain('deadline'));
  it('still reads a landing time before an early check-in as a deadline', () =>
    expect(signals('Hi, we land at 7am on Friday. Any chance of an early check-in?')).toContain('deadline'));
  it('reads a flight late for a technical issue as late, not an outage', () =>
    expect(situations('Our flight landed four hours late. The crew said it was a technical issue with the aircraft.')).toEqual(['late_delivery']));
  it("does not read the customer's own forgotten update as our mistake", () =>
    expect(situations('The direct debit bounced, my fault, I changed banks and forgot to update it. Can I pay by card?')).not.toContain('our_mistake'));
});

describe('classifyCustomer: partners chosen by us', () => {
  it('keeps the partner the doer when "you" only appointed it', () =>
    expect(situations('The insurance assessor you appointed valued my car at half its market price and ignored my photos.')).toEqual(['partner_error']));
  it('reads a bookkeeper from the partner list filing wrong figures as the partner', () =>
    expect(situations('The accountant on your partner list filed our return with the wrong figures.')).toContain('partner_error'));
});

describe('classifyCustomer: crews named by their job', () => {
  it('reads "your delivery people" as a partner crew', () =>
    expect(situations('Your delivery people left the fridge on the pavement in the rain.')).toEqual(['partner_error']));
});

describe('classifyCustomer: a partner as the subject of our mistake', () => {
  it('gives a wrong dish sent by the restaurant to the partner', () =>
    expect(situations('The restaurant sent the order with meat in it even though I chose the vegan option in your app.')).toEqual(['partner_error']));
  it('keeps our own staff as ours', () =>
    expect(situations('Your cashier sent me home with the wrong change even though I counted it out.')).not.toContain('partner_error'));
});
describe('classifyCustomer: a late delivery told with a partner as its subject', () => {
  it('adds the partner beside the late delivery', () =>
    expect(situations('The courier has missed two delivery slots now and my parcel is still not here.')).toEqual(expect.arrayContaining(['late_delivery', 'partner_error'])));
});
describe('classifyCustomer: a plan next week is no deadline by itself', () => {
  it('reads no deadline in a visit next Friday asked about in a plain question', () =>
    expect(signals("Hi, we're visiting next Friday with our two kids. Do you have baby-changing facilities?")).not.toContain('deadline'));
});
describe('classifyCustomer: more partners at fault', () => {
  it('reads a payment provider that froze the money as the partner', () =>
    expect(situations('Your payment provider froze the money from my sale for 30 days.')).toEqual(['partner_error']));
  it('reads a hotel that came with the package having no record as the partner', () =>
    expect(situations('The hotel that came with the package had no record of our booking when we arrived.')).toContain('partner_error'));
});
