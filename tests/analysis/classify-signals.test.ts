import { describe, expect, it } from 'vitest';
import { classifyCustomer } from '../../lib/analysis';

// Signals told in many ways (TAXONOMY §3 and the customer-side rules of §1a), written fresh for
// each family in several industries and voices, with the near misses each family must not take:
// a problem that merely recurs is no repeat contact, a date in a question is no deadline, a price
// asked about is no money at stake, a year of something else is no loyalty, a trip is no leaving.

const signals = (t: string) => classifyCustomer(t).signals.map((s) => s.id);

function family(id: string, positives: string[], negatives: string[]): void {
  describe(`classifyCustomer: ${id}`, () => {
    for (const t of positives) it(`finds ${id} in "${t}"`, () => expect(signals(t)).toContain(id));
    for (const t of negatives) it(`finds no ${id} in "${t}"`, () => expect(signals(t)).not.toContain(id));
  });
}

family(
  'repeat_contact',
  [
    'I rang your helpline last week and the woman promised a callback that never came.',
    'Your chat told me on Saturday the parcel would be redelivered. It was not.',
    'I already explained all of this to Marcus on the phone, please read the notes.',
    'Every time I call I get a different answer about the boiler part.',
    'I am now writing for the second time about the wrong tariff.',
    'Still waiting since my last email about the duplicate invoice.',
    "Your agent on the phone said it would be refunded in five days. That was a fortnight ago.",
    'I spoke to someone in your Leeds branch about this on the 3rd and nothing has moved.',
    'I have sent the meter photos twice now because your team lost the first ones.',
    'Your support closed my ticket without fixing anything.',
    'When I asked at the front desk they said housekeeping would sort it, and nobody did.',
    'I phoned after each missed visit and was told to be patient.',
    'Last month your adviser assured me this would not happen again.',
    'I have reported the leak every week since September.',
    'Your colleague on live chat told me to wait 48 hours. I waited a week.',
    'This is my third attempt to sort this out.',
    'Your colleague Sarah assured me last Tuesday it was sorted.',
    'I was told in branch that it would be sorted.',
    'I spent 40 minutes on hold yesterday only to be cut off.',
    'Despite my emails, nothing has changed.',
    'I raised this with your team in March.',
    'I rang you after each one and nothing happened.',
    "I've already sent you the photos of the damage.",
  ],
  [
    'The app crashed again this morning, same as yesterday.',
    'For the third time this month the train was cancelled.',
    'I bought two tickets for the matinee and the seats were split up.',
    'Can I book four tickets for the Saturday show?',
    'I logged in on my new laptop and the library is empty.',
    'The lift has broken down twice this week.',
    'How long will I be on hold if I call?',
    'When I asked for a window seat at booking they said yes.',
    'I already sent the parcel back last week.',
    'Your engineer said the part was obsolete.',
    'Can I raise this with my landlord?',
  ],
);

family(
  'loyal_customer',
  [
    'I have been a member at your Leith gym since it opened in 2014.',
    "I've renewed my policy with you every year since 2011.",
    'I have recommended you to everyone I know.',
    "I've never been late with a payment in four years.",
    'We have paid you for six years without a single complaint.',
    'I have bought my running shoes from you five years running.',
    "I've insured three cars with you over the years.",
    'Our firm has used your couriers for going on a decade.',
    'I have been ordering my coffee beans from you since 2016.',
    'I have flown with you twice a month for the last six years.',
    'Twelve years with this bank and this is how I am treated.',
    'My family has banked here for three generations.',
    'I was one of your first customers.',
    "I've stuck with you through two price rises.",
    'Our account has been open since 2008.',
    'Ten-year customer here.',
    "This is the first time I've had to complain in twenty years.",
  ],
  [
    "Do points expire if I don't stay for a year?",
    'I signed up last week and the app will not load.',
    'My warranty lasts for two years, right?',
    'The repair took three years to get approved, which is absurd.',
    'I have been waiting since 2019 for the refund.',
    "I can't see us staying with you after this.",
    'This might be our last year with you.',
    'Are you open to new members from the start of January?',
    'I held the door for your first customers.',
  ],
);

family(
  'churn_risk',
  [
    "I'm pricing up other hosts this week.",
    'If this keeps happening I may as well buy my dog food at the supermarket.',
    "We're not renewing in March.",
    "Honestly I'm reconsidering whether this membership is worth it.",
    'I want you to let me out of the contract.',
    'I need a refund so I can buy cover elsewhere before I travel.',
    "If Spanish doesn't come soon I'll just go with one of the other apps.",
    'Another broker has offered us a better rate, so we intend to move our mortgage to them.',
    "I'll be shopping around when the renewal comes up.",
    'Give me one good reason not to move to a cheaper network.',
    'Frankly I am looking elsewhere for next season.',
    "We've started talking to another agency about the account.",
    "I've been getting quotes from other installers.",
    'We are reviewing our options when the contract ends.',
    "Is there any reason I shouldn't just move to Octopus?",
    'Consider this my notice.',
    'Starting to regret switching to you.',
    "I'll think twice before booking with you again.",
    "Not sure we'll be renewing.",
    'I could get the same for less elsewhere.',
    'Refund me so that I can buy elsewhere before I travel.',
    "I've asked my bank to stop the payments to you.",
    'Please terminate our agreement effective 1 March.',
  ],
  [
    "I'm going to Lisbon for a conference next Tuesday, do I need roaming?",
    'Can I move my appointment to Thursday?',
    'I want to switch my delivery day to Friday.',
    'Please cancel the extra bag I added to my booking.',
    'We are moving house next month, how do I change the address?',
    'I am talking to another customer about the booking.',
    'I removed the app from my old phone.',
    'Can I switch the payment date to the 5th?',
    'Do I need to give notice before the visit?',
    'I no longer need the extra bag on my booking.',
    'How do I transfer money to my savings account?',
    'Last time I ordered, it came in two days.',
  ],
);

family(
  'money_at_stake',
  [
    'If we are not out of the flat by noon we lose our deposit.',
    'Our card machine is down and we are turning customers away.',
    'We have about $200k of orders riding on this integration.',
    "Empty shelves don't sell anything and our busiest week starts Saturday.",
    "If candidates don't get our emails we don't get paid.",
    'You took 40,000 points from my account for a flight that was cancelled.',
    "That's three licences at $90 each that we shouldn't be paying for.",
    'My wages are stuck in the frozen account and I had to borrow money.',
    'We budgeted £2,500 for that grant on your advice.',
    'The payment terminal outage cost us a whole Saturday of takings.',
    'I had to pay £60 for a taxi because the shuttle never came.',
    'My salary is trapped in your app and the rent is due.',
  ],
  [
    'Is the upgrade charge prorated or do I pay the whole month?',
    'Will there be a late charge if I pay today?',
    'Can rent reminders go out five days before the due date?',
    'How much is a single ticket for the Sunday show?',
    'I pay my council tax by direct debit, how do I change the date?',
  ],
);

family(
  'deadline',
  [
    "We'll need the bank feed working before month-end.",
    'The grant scheme closed on 31 October and you never sent the application.',
    'I need my phone working to pay my rent today.',
    'My daughter starts her new job on Monday and needs the laptop.',
    'Our payroll has to go out by the 25th.',
    'The tax return is due at the end of January and I cannot log in.',
    'Our buyer wants exchange by 5 December.',
    'I sit my driving test next Thursday and the licence still has not come.',
    'We move into the new house on the 14th and need the broadband live.',
    'The shop launches in two weeks and the payment page is broken.',
    'We booked the cottage months ago and we arrive on Saturday.',
    "I fly out Thursday and the adapter still isn't here.",
    'I ordered it in time for Christmas and it still has not shipped.',
    "My mother's 80th is on Sunday and the cake order was cancelled.",
    'We exchange contracts on Thursday so we need the valuation fixed.',
    'The auditors are in Monday morning and the export is broken.',
    'The conference is three days away.',
    "I've got 48 hours to respond to the court.",
    'My passport renewal needs to be done before I travel in March.',
    'My course starts in January and the laptop is not here.',
    'My tenancy ends in a fortnight.',
    "It's my daughter's prom on Friday and the dress is the wrong size.",
    'The boat sails at 11 and the tickets have not arrived.',
    "I've got a hospital appointment first thing tomorrow.",
  ],
  [
    'I returned the parcel at the locker on 28 Oct and it never arrived.',
    'My warranty runs out on 15 December; can I extend it and what does it cost?',
    'Can I cancel tomorrow\'s consult and rebook for next week?',
    'Your release on Tuesday wiped our custom fields.',
    'I returned the coat through your returns partner at the locker on 28 Oct.',
    'The technician came Monday morning and left after ten minutes.',
    'I flew out Thursday and my bag did not.',
    'It started at 11 and has not stopped.',
    'Today is the third day without power.',
    'The parcel should turn up any day now.',
    'I exchanged the kettle in March.',
    'Order 5521, placed on 3 March.',
    'What time do you close on Saturday?',
    'Candidates are not getting our interview invites.',
  ],
);

family(
  'high_emotion',
  [
    'This is a disaster and we did nothing wrong.',
    'I am sick to my stomach about it.',
    "I'm losing sleep over this.",
    "I'm at breaking point with your billing.",
    'Thanks a lot for nothing.',
    'Are you actually serious right now?',
    'I feel violated, someone has been in my account.',
    'Charging me twice for a cancelled flight is daylight robbery... this is criminal.',
    'This is doing my head in.',
    "I can't cope with this any more.",
    'Nobody at your company gives a damn.',
    'Zero stars.',
    'Your staff could not care less.',
  ],
  [
    'Does the business plan include disaster recovery?',
    'Not a disaster, just let me know when it ships.',
    'I am done with the form, what next?',
    'Do you run a criminal record check on your drivers?',
    "I don't care which colour you send.",
    'Whatever courier you lot use marked it as attempted.',
    'The supplier would have it with you in three days.',
  ],
);
