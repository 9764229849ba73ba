import type { z } from 'zod';
import type { CueSchema } from './schema';

// Customer cues that need context beyond one phrase: a coming time (not narrated in the past),
// a partner named anywhere in the message, the booked-but-not-delivered shape. Written from how
// customers of airlines, SaaS, shops, banks, hotels, telecoms, payroll, car rental, food
// delivery, insurers and utilities tell what happened; by structure and word classes, never
// by whole sentences.

type CueInput = z.input<typeof CueSchema>;

const DAY = '(monday | tuesday | wednesday | thursday | friday | saturday | sunday | =mon | =tue | =wed | =thu | =fri | =sat | =sun)';
const CLOCK_TIME = '(NUM (am | pm | =a.m. | =p.m.) | CLOCK (am | pm)? | noon | midday | midnight)';
/** An intermediary: someone acting between the customer and us. */
const INTERMEDIARY = '(courier | couriers | rider | delivery driver | delivery partner | driver | seller | marketplace seller | third-party seller | reseller | restaurant | takeaway | installer | contractor | subcontractor | travel agent | travel agency | agency | booking site | booking website | travel site | comparison site | transfer | shuttle | taxi | partner | third party | third-party | franchise | dealer | dealership | broker | landlord | letting agent | managing agent | management company | removal company | removals firm | tour operator | operator | bureau | payroll bureau | accountant | bookkeeper | franchise | franchisee | concession | guide)';

export const CONTEXT_CUES: CueInput[] = [
  {
    id: 'signal.deadline-coming-time',
    kind: 'signal',
    label: 'deadline',
    notPast: true,
    patterns: [
      `(on | this | next | by | before | until | till | this coming | coming | from) ${DAY}`,
      '(on | by | before | until | till) DATE',
      `(at | by | before | until | till) ${CLOCK_TIME}`,
      '(by | before | until | till) (tomorrow | tonight | today | the end of (the)? (day | week) | end of (the)? (day | week) | eod | the weekend)',
      `next (week | weekend | ${DAY})`,
      'in (NUM | a | an | half an | one | two | three | a few | a couple of) (minutes | mins | hours | hour | minute)',
      `(date | day | deadline | appointment | cutoff | cut-off | interview | flight | wedding | meeting | exam | funeral | move | closing | launch | party) (be | is) (tomorrow | tonight | today | ${DAY} | DATE | next)`,
      '(tomorrow | tonight) (morning | afternoon | evening | night | at)',
      '(is | are | \'s | \'re | starts | begins | opens | happens) in (NUM | a | an | one | two | three | four | five | six | ten | a few | a couple of) (days | weeks | hours | minutes)',
      '(due | starts | begins | opens | closes | expires | ends) (on | by | at | in)? (TIME_CONCRETE | DATE | tomorrow | tonight | monday | tuesday | wednesday | thursday | friday | saturday | sunday | this (week | weekend | friday | monday))',
    ],
    unless: ['(no | not (in)? a) rush', '(no | not) (urgent | hurry)', '(cancel | cancelling | canceling | close | closing | switch | switching | terminate | terminating | end | ending) (my | our | the | this | supplier | provider)'],
    examples: {
      positive: ['We land at 7am on Friday.', 'Payroll has to be approved by 2pm Thursday.', 'My guests arrive in 30 minutes!', "I'm going skiing on the 21st.", 'My upgrade date is Friday.'],
      negative: ['I ordered it last Tuesday.', 'It stopped syncing on Friday.', 'The connection has been down since 8am.', 'I reported the claim on 2 February.'],
    },
  },
  {
    id: 'signal.deadline-for-event',
    kind: 'signal',
    label: 'deadline',
    patterns: [
      '(for | in time for | ahead of) (my | our | his | her | their) …{0,3} (wedding | interview | graduation | funeral | exam | exams | ceremony | birthday | party | presentation | launch | move | closing | surgery | court date | audit | deadline | event)',
      '(before | in time for | ahead of) (my | our | his | her | their | the) …{0,3} (wedding | interview | graduation | funeral | exam | exams | ceremony | birthday | party | conference | meeting | presentation | launch | trip | flight | holiday | move | closing | surgery | appointment | court date | audit | deadline | event | payroll)',
    ],
    unless: ['(no | not (in)? a) rush', '(was | were | got | been | be) (cancelled | canceled | called off | postponed | off)'],
    examples: {
      positive: ['It was meant to arrive for my daughter\'s graduation.', 'I need the suit before the wedding.'],
      negative: ['Thanks for the help with my booking.'],
    },
  },
  {
    id: 'situation.partner-error-in-context',
    kind: 'situation',
    label: 'partner_error',
    // The error words alone are anyone's; the partner named elsewhere in the message makes them the partner's.
    needsInMessage: [
      '(=booked | =bought | =ordered | =purchased | =reserved | =got | =paid | =made | =placed | =arranged) …{0,5} (through | via | from) (ORG | CAP | URL | a | an | the)? (third-party | third party | marketplace | travel | booking | comparison)? (site | website | app | seller | reseller | agent | agency | platform | CAP | URL | ORG)',
      '(=booked | =bought | =ordered | =purchased | =reserved | =got | =paid | =made | =placed | =arranged) …{0,5} on (a | an | the | their)? (third-party | third party | marketplace | travel | booking | comparison)? (site | website | platform | marketplace | ORG | URL)',
      '(bought | purchased | ordered | got | booked | rented | hired | arranged) …{0,4} (through | via) (CAP | ORG | URL)',
      'DOMAIN',
      `your …{0,3} ${INTERMEDIARY}`,
      `(the | a | an | my | our) ${INTERMEDIARY}`,
      '(the | a) (company | firm | agency) (that | which | who) (answers | handles | runs | manages | does | processes | operates) (your | the)',
      '(the | that) (hotel | airline | property | host | apartment | villa | tour | transfer) (you | that you) (booked | sold | recommended | arranged | chose)',
      '(the | a | an) WORD WORD? (you | your | that you | your WORD | who | that) (sent | send | booked | arranged | chose | recommended | appointed | use | used | partner with | work with | outsource to)',
      '^ (ORG | URL) (has | have | had)? (rebooked | cancelled | canceled | changed | gave | sent | told | said | charged | lost | delivered | set | put | moved | refused)',
    ],
    patterns: [
      '(wrong | incorrect | old | outdated) (address | location | pickup | pick-up | tariff | plan | dates | date | time | flight | room | name | spelling | item | order | size | details | terminal | gate | station | airport | house | flat | door | building | number | ticket | tickets | seat | hotel | car | file | hours | figures | rate)',
      '(never | did not | didn\'t | failed to) (turn up | turned up | show up | showed up | arrive | arrived | come | came | deliver | delivered | answer | respond | reply | pick up)',
      '(isn\'t | is not | not | stopped | won\'t | will not) (answering | responding | replying)',
      '(lost | damaged | broke | cracked | smashed | raw | cold | spilled | spilt | stale | undercooked | mouldy | moldy | melted) ',
      '(rebooked | moved | changed | cancelled | canceled) (us | me | our | my) …{0,8} (never asked | without (asking | telling | consent | permission) | instead of)',
      '(although | even though | though | but | yet) …{0,6} (booking | confirmation | reservation | contract | order | voucher) …{0,6} (says | said | states | stated | shows | showed | clearly)',
      '(does not | doesn\'t | did not | didn\'t) exist',
      '(charged | billed) (me | us) (twice | extra | more | again | for nothing)',
      '(=cancelled | =canceled | =changed | =moved) (my | our) (booking | order | flight | reservation | dates | room | appointment | transfer)',
      '(=booked | =put | =registered | =set | =signed) (me | us | it | them) (up)? (on | for | under | with | onto | into) (the)? (wrong | incorrect)',
      '(did not | didn\'t | never) (send | pass | forward | book | process | register | tell | inform | confirm) (it | them | my | our | the | us | me | on)',
      '(refused | refuses | declined | rejected | ignored | ignoring | ignores) (my | our | to | us | me)',
      '(ate | eaten | tampered with | opened | helped (himself | herself | themselves) to) (some | part | half | my | the | our)',
      '(no record | hung up | not their department | not (their | our) problem | set (it | me | us) up (on | with) (the)? wrong)',
      '(spelled | spelt | misspelled) …{0,4} wrong',
      '(sold | gave | sent | delivered) (me | us) (a | an | the)? (used | refurbished | fake | counterfeit | second-hand | secondhand | wrong | broken | damaged | opened)',
      '(forgot | forgotten | left out | missed out) (half | part | some | most | all | the | my | our)',
      'made (it | things | the (leak | damage | problem | issue | situation))? …{0,2} worse',
    ],
    examples: {
      positive: ['I booked through a travel site and they gave us the wrong pickup address.', 'Your delivery partner never turned up.', 'I bought it from a marketplace seller on your site and it arrived cracked.'],
      negative: ['The screen arrived cracked.', 'Do you ship with UPS?'],
    },
  },
  {
    id: 'situation.our-mistake-booked-not-given',
    kind: 'situation',
    label: 'our_mistake',
    // A confirmed booking that was not honoured: the booked service not delivered (not out of stock).
    patterns: [
      '(even though | although | though | despite | but) …{0,6} (booking | reservation | order | room | car | seat | table) (was | were | had been | is | being)? (confirmed | paid | prepaid | guaranteed | reserved | booked)',
      '(even though | although | though | despite) (i | we) (have | had) (the | a | my | our) (confirmation | booking confirmation | confirmation email | receipt)',
      '(there be | there was | there were) no (car | room | seat | table | vehicle | booking | reservation) (for (me | us))?',
      '(i | we) (booked | reserved | ordered | paid for) (a | an | the) …{0,3} (and | but) (the | they | you) …{0,3} (gave | give | put | sent) (us | me)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['There was no car for us although the booking was confirmed.', 'We booked a double and the desk gave us a twin.'],
      negative: ['Is a double room available on the 3rd?'],
    },
  },
  {
    id: 'situation.our-mistake-our-act',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(you | your (company | team | system | insurer | underwriters | app | website | portal)) (have | has | \'ve)? (=declined | =rejected | =refused | =denied | =deleted | =closed | =suspended | =removed | =deducted | =applied | =calculated | =renewed | =sent | =changed | =cancelled | =canceled) …{0,10} (when | but | although | though | even though | despite | saying | claiming | without | after)',
      '(came | arrived | delivered | turned up) (without | minus | missing | with no)',
      '(i | we) (ordered | booked | asked for | paid for | requested | reserved) …{0,6} (and | but) (received | got | were given | was given | were put | was put | got put | were moved | was moved)',
      '(refused | refuses | won\'t | will not | wouldn\'t | would not) (to)? (honour | honor | accept | apply | replace | fix | help)',
      '(closed | marked) (my | the | our) (ticket | case | complaint | request | query) …{0,3} (without | but | even though | as (resolved | solved | fixed))',
      '(misspelled | misspelt | spelled wrong | spelt wrong | spelled incorrectly | wrong spelling)',
      '(not | isn\'t | is not | wasn\'t | was not | aren\'t | are not | weren\'t | were not) (the | what) …{0,2} (i | we) (ordered | booked | asked for | paid for | chose | selected | reserved | ported | requested | expected | agreed)',
      '(the | an | your | my | our) (old | previous | outdated | expired | superseded) (rate | rates | price | prices | tariff | address | details | plan | tax code | bank details | bank account | card | figures | salary | pricing)',
      '(made | forced | pressured | pushed | talked) (me | us) (into)? (buy | buying | pay | paying | take | taking | sign | signing | upgrade | upgrading)',
      '(arrived | came | was delivered | turned up) (with)? …{0,6} (crushed | broken | smashed | damaged | cracked | dented | torn | leaking | soaked | scratched | shattered)',
      '(=lost | =deleted | =cancelled | =canceled | =misplaced | =wiped) (my | our) (booking | reservation | order | file | claim | application | documents | paperwork | records | details)',
      'told (me | us) to (call | contact | ring | email | chase | sort | deal with) …{0,4} (myself | ourselves | directly | on my own)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['You declined my claim saying I never told you.', 'My order came without the sauce.', 'I ordered a 44 and received a 42.'],
      negative: ['I ordered a 44 and received it yesterday, thanks.'],
    },
    unless: ['(thanks | thank you | great | perfect) ', '(received | got) (it | them) (yesterday | today | on time | this morning)'],
  },
  {
    id: 'situation.late-payment-behind',
    kind: 'situation',
    label: 'late_payment',
    patterns: [
      '(fallen | fall | falling | fell | got | getting | get) behind (on | with | by)',
      '(be | am | is | are | was | were | \'m | \'re) (late | behind) (paying | with (my | the | our)? (payment | payments | bill | bills | rent | invoice))',
      '(be | am | is | are | \'m | \'re) in arrears',
      '(payment plan | pay in instalments | pay in installments | pay it off in)',
    ],
    examples: {
      positive: ["I've fallen behind on my energy account.", "I know I'm late paying the water bill."],
      negative: ['When is my next bill due?'],
    },
  },
  {
    id: 'situation.account-access-admin',
    kind: 'situation',
    label: 'account_access',
    patterns: [
      '(get | getting | regain | regaining | restore | restoring | recover | recovering) …{0,3} (access | admin rights | admin access | control) (back | to (my | our | the) (account | workspace | admin))?',
      '(no one | nobody | none of us) (at | in | on)? …{0,3} (can | could | is able to) (log in | sign in | manage | access | administer)',
      '(=froze | =frozen | =blocked | =suspended | =locked | =restricted | =deactivated) (my | our) (card | cards | account | accounts | access | profile | login)',
      '(only | sole) (admin | administrator | account owner) …{0,8} (deleted | left | removed | locked | gone | disabled)',
    ],
    examples: {
      positive: ['How do we get admin access back?', 'Our only admin left and his account was deleted.'],
      negative: ['How do I add a second admin?'],
    },
  },
  {
    id: 'signal.high-emotion-idiom',
    kind: 'signal',
    label: 'high_emotion',
    patterns: [
      'how (hard | difficult) (can it be | is it | could it be)',
      'how (is | was) (this | that | it) (acceptable | ok | okay | allowed | legal | fair | possible)',
      '(is | are) (this | you) (a joke | serious | kidding | for real)',
      '(never | not ever) (been | felt) (so | this)',
      '(stressed | worried | anxious | scared) (out | sick | to death)',
      'this is (beyond | insane | madness | crazy | a disgrace | a shambles | a nightmare)',
      '(ruined) (my | our | the | his | her) …{0,2} (holiday | trip | day | weekend | wedding | birthday | evening | night | christmas | event | honeymoon)',
      '(really | very | so | extremely | absolutely)? not (happy | pleased | impressed) (at all)?',
      '(far from | nowhere near) (happy | pleased | impressed | acceptable)',
      '(beside myself | end of my (tether | rope) | at my wits | losing my mind | had enough | can\'t believe | cannot believe | can not believe | heartbroken | sobbing | shaking | livid | seething | gutted | horrified | mortified | disgraceful | scandalous)',
    ],
    examples: { positive: ["I'm beside myself.", 'I am at the end of my tether.'], negative: ['I believe it shipped.'] },
  },
  {
    id: 'signal.loyal-customer-years-of',
    kind: 'signal',
    label: 'loyal_customer',
    patterns: [
      '(NUM | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fifteen | twenty | thirty | many | several) (years | decades) of (flying | booking | shopping | banking | ordering | using | staying | buying | being | renting | travelling | traveling | loyalty | business)',
      '(been | am | are | have been | always been | stayed) loyal',
      '(coming | flying | shopping | ordering | banking | staying | booking | renting | travelling | traveling) (to | with | from | at) (you | your | us | ORG | CAP | the) …{0,3} (every | for | since) …{0,3} (year | years | spring | summer | winter | autumn | month | NUM | decade)',
    ],
    examples: { positive: ['After eight years of flying with you, I expected better.', 'We have been coming to you every spring since 2011.'], negative: ['I started using the app last week.'] },
  },
  {
    id: 'situation.our-mistake-wrong-thing',
    kind: 'situation',
    label: 'our_mistake',
    // "shows the wrong dates", "the wrong tax code": something of ours is wrong — unless the customer made it so.
    patterns: [
      '(the | a | an | my | our | your) (wrong | incorrect | inaccurate | outdated | out-of-date) (WORD)',
      '(nothing like | not like | does not match | doesn\'t match | didn\'t match | did not match | different from) (the | its | your | my)? (photos | photo | pictures | picture | description | listing | website | ad | advert | order | booking | confirmation | quote)',
      '(you | your (team | system | bank | staff | agent)) (=put | =applied | =sent | =assigned | =credited | =allocated | =posted | =registered | =paid) …{0,5} (someone else | another (customer | person | account) | the wrong)',
      '(told | said | promised | assured) …{0,12} (now | but now | and now) (you | they | your (agent | team | staff | website | colleague)) (say | said | tell | claim | are saying)',
      '(code | discount | voucher | coupon | promo | promotion | offer | price match | credit | refund) …{0,6} (was not | wasn\'t | were not | weren\'t | has not been | hasn\'t been | never) (applied | honoured | honored | added | activated)',
      '(on hold | waiting on the phone | in the queue) for (NUM | an | over an | two | three) (hour | hours)',
    ],
    unless: ['(i | we) (entered | typed | used | put in | selected | chose | picked | made | gave | ordered | booked | clicked | pressed | bought) (the | a)? (wrong | incorrect)', 'wrong (password | passcode | pin | code | amount | price | total | fee | charge | rate)', 'something (went | goes | has gone) wrong'],
    yieldsTo: ['partner_error', 'account_access'],
    examples: {
      positive: ['Your booking confirmation shows the wrong dates.', 'The room was nothing like the photos.', 'You put my payment against someone else\'s account.', 'Your chatbot told me 60 days, now you say 30.', 'The discount code was not applied.'],
      negative: ['I typed the wrong password three times.', 'Something went wrong with the app.'],
    },
  },
  {
    id: 'situation.late-delivery-overdue',
    kind: 'situation',
    label: 'late_delivery',
    patterns: [
      'nowhere to be (seen | found)',
      '(due | expected | booked | scheduled | supposed to (come | arrive)) (between | at | by | for | on) …{0,8} (and | but) (it | it\'s | it is | still | now | nobody | no one | nothing)',
      '(claim | application | repair | transfer | visa | passport | installation | connection | switch-over) …{0,8} (no (decision | progress | outcome | date) | still (pending | open | processing | under review | in progress | not done) | sitting with you)',
    ],
    unless: ['(late | overdue) (fee | payment | charge)'],
    examples: {
      positive: ['Three weeks on and my sofa is nowhere to be seen.', 'The engineer was due between 8 and 12 and it is now 4pm.', 'My claim has been sitting with you for six weeks with no decision.'],
      negative: ['When is the engineer due?'],
    },
  },
  {
    id: 'situation.outage-service-gone',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(no | lost | without | losing | lose) (broadband | phone | landline | tv | heating | hot water | gas | electricity | water | power | mobile data | data | calls | picture | sound | channels)',
      '(black | blank | white | frozen | grey | gray | blue) screen',
      '(app | site | website | system | portal | software | page | platform | checkout | form | it) (won\'t | will not | doesn\'t | does not) (let | allow) (me | us)',
      '(card | payment | payments | transfer | transaction | direct debit) …{0,3} (declined | rejected | refused | keeps failing | failing | bouncing) …{0,6} (even though | although | though | despite | but | when)',
      '(none of | nothing | not one of) …{0,4} (will | would | can | seems to | is able to)? (send | load | save | sync | upload | open | work | print | go through | submit)',
      '(power | electricity | gas | water | heating) (cut | cuts | outage | failure | is off | has gone off | went off | keeps (tripping | cutting out | going off))',
    ],
    unless: ['(i | we) (can not | cannot | can\'t) (log | sign) in', '(password | two-factor | 2fa | verification code | login code)', '(no | without) (data | calls) (allowance | plan | bundle | add-on)'],
    examples: {
      positive: ["We've been without broadband for 3 days.", 'The TV box shows a black screen.', "The app won't let me add a new payee."],
      negative: ['Does the plan include calls abroad?'],
    },
  },
  {
    id: 'situation.late-payment-failed',
    kind: 'situation',
    label: 'late_payment',
    patterns: [
      '(direct debit | payment | cheque | check | card payment | standing order | instalment | installment | premium) …{0,3} (bounced | failed | was declined | got declined | was returned | did not go through | didn\'t go through | was rejected)',
      '(i | we) (missed | forgot) …{0,3} (payment | payments | premium | rent | instalment | installment | bill | invoice)',
      '(final notice | final reminder | debt collector | debt collection | collections agency | disconnection notice | reminder letter)',
    ],
    unless: ['(refund | delivery)'],
    examples: {
      positive: ['My direct debit bounced and now there is a charge.', "I missed last month's premium because my card expired."],
      negative: ['Can I change my direct debit date?'],
    },
  },
  {
    id: 'situation.our-mistake-treatment',
    kind: 'situation',
    label: 'our_mistake',
    // How we treated the customer or what we told them: rudeness, wrong information, surprises without notice.
    patterns: [
      '(the way | how) …{0,6} (spoke | spoken | talked | treated | speaks | talks | addressed) (to)? (me | us | my)',
      '(shouted | yelled | snapped | swore | laughed | sneered | screamed | rolled (his | her | their) eyes) (at)? (me | us)',
      '(treated | spoke to | talked to) (me | us) like',
      '(talked down to | patronised | patronized | humiliated | belittled | embarrassed) (me | us)',
      '(was | were | been | got) (given | told) (the)? (wrong | incorrect | false | conflicting | contradictory | misleading | bad) (information | info | advice | details | answer | answers | instructions)',
      '(misinformed | misled | misleading | lied to)',
      '(no one | nobody | you never | you didn\'t | you did not) (told | warned | informed | notified | mentioned)',
      '(without | with no) (any)? (warning | notice | explanation | telling (me | us) | asking (me | us) | my (consent | permission))',
      '(your | you) (mistake | error | fault | mix-up | mixup | screw-up | cock-up | blunder)',
      '(on | at) your (end | side) (be | was | is)? (a | an)? (mistake | error | problem)',
      '(still | keep | keeps | kept) (getting | receiving | sending | send) (me | us)? …{0,2} (emails | letters | texts | calls | marketing | reminders | notifications | brochures)',
      '(sent | posted | delivered | shipped | emailed | given) (it | them | the WORD | my WORD)? …{0,3} to (my | our) (old | previous | former | ex) WORD',
      '(someone else | the wrong person | a stranger | another customer) (to)? (collect | collected | take | took | receive | received | sign for | signed for | use | used | access | accessed)',
      '(paid for | booked | bought | paid extra for) …{0,6} (but | and) (i | we)? (wasn\'t | was not | weren\'t | were not | didn\'t | did not | never) (allowed | given | get | got | receive | received | provided | offered | able)',
      '(overbooked | double-booked | double booked | gave (our | my) (room | seat | table | car) away)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['I have never been spoken to the way your gate agent spoke to me.', 'I was given the wrong information twice.', 'You raised my price without any warning.', 'This is your mistake, not mine.', 'I keep getting marketing emails after I unsubscribed.'],
      negative: ['Could you tell me how to change my address?'],
    },
  },
  {
    id: 'situation.billing-error-not-ours',
    kind: 'situation',
    label: 'billing_error',
    // A charge on the bill and, anywhere in the message, something the customer did not take or ask for.
    patterns: ['(charge | charges | fee | fees | surcharge | item | line | amount) (on | in | to) (my | our | the) (final)? (invoice | bill | statement | receipt | account | folio)'],
    needsInMessage: ['(i | we) (did not | didn\'t | never | have not | haven\'t) (take | use | order | have | consume | ask | agree | sign | authorize | authorise | make | buy | request | book | eat | drink | open | touch | watch)'],
    examples: {
      positive: ['There is a charge on my final invoice for the minibar. We did not take anything from it.'],
      negative: ['Can you add the parking charge to my invoice?'],
    },
  },
  {
    id: 'situation.late-delivery-came-late',
    kind: 'situation',
    label: 'late_delivery',
    patterns: [
      '(arrived | came | turned up | was delivered | got here) …{0,4} (after the | too late | a (day | week) late | (NUM | two | three | four | five) (days | weeks | hours) late | late)',
      '(nobody | no one | no-one) (has | have)? (even)? (been out | come out | come round | come to | turned up | shown up | visited | inspected | assessed | been round)',
    ],
    examples: {
      positive: ['It arrived on Friday, after the ceremony.', 'Nobody has even been out to assess the damage.'],
      negative: ['It arrived on time, thanks.'],
    },
  },
  {
    id: 'signal.money-at-stake-wages',
    kind: 'signal',
    label: 'money_at_stake',
    patterns: [
      '(wages | salaries | salary | pay | rent | mortgage | bills) …{0,4} (today | tomorrow | due | coming out | going out | will bounce | not paid | won\'t be paid | unpaid)',
      '(expecting | waiting for | owed | waiting on) (their | my | our | his | her)? (wages | salary | salaries | pay)',
    ],
    examples: { positive: ['Twelve people are expecting their wages today.', 'My rent is coming out tomorrow.'], negative: ['What day is pay day?'] },
  },
  {
    id: 'signal.churn-risk-moving-on',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(you have | you\'ve | you just) lost (a | our | my | one)? (customer | client | business)',
      '(lose | losing) (our | my) (business | custom | account)',
      '(shop | shopping) around',
      '(find | finding | look for | looking for) (a | another | a new | a different) (provider | supplier | bank | company | insurer | airline | carrier | network | hotel | platform | vendor | service)',
      '(review | reviewing | reconsider | reconsidering | rethink | rethinking) (whether to | if we) (renew | stay | continue)',
      '(another | other | a rival | a competing) (bank | provider | company | supplier | network | insurer | airline) (has | have)? (offered | is offering | are offering)',
      '(think | thinking | consider | considering) (about)? (leaving | going elsewhere | switching | moving)',
    ],
    examples: {
      positive: ["You've lost a customer.", "I'll be shopping around when my contract ends.", 'Time to find a new provider.'],
      negative: ['Can you help me find a new charger for my phone?'],
    },
  },
  {
    id: 'situation.late-delivery-held-up',
    kind: 'situation',
    label: 'late_delivery',
    patterns: [
      '(order | pre-order | preorder | delivery | parcel | package | item | shipment) (was | were) (due | expected | promised | scheduled | meant to arrive | supposed to arrive) (in | on | by | for | last)',
      '(haven\'t | have not | hasn\'t | has not | never | still not | not yet | didn\'t | did not) (received | got | gotten | had) (my | our | the | any)? (e-tickets | e-ticket | etickets | boarding pass | boarding passes | voucher | vouchers | confirmation | policy documents | documents | paperwork | keys | card | cards | certificate | licence | license | passport)',
      '(been | sitting | stuck | held | waiting) (at | in) (the | a)? (depot | warehouse | sorting (centre | center | office) | customs | hub | facility | distribution centre | distribution center)',
      '(says | said | shows | showed | marked | marks) (it | it was | as | that it was)? (delivered | dropped off) …{0,6} (but | yet | although | though) …{0,4} (nothing | not | no | never | haven\'t | hasn\'t | didn\'t | did not)',
    ],
    examples: {
      positive: ['My parcel has been at the depot for 9 days.', "The tracking says delivered but there's nothing here."],
      negative: ['Which depot will my parcel go through?'],
    },
  },
  {
    id: 'situation.out-of-stock-greyed',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: ['(size | sizes | colour | color | option | model | variant) …{0,4} (greyed out | grayed out | crossed out | not selectable)'],
    examples: { positive: ['I cannot pick size 9, it is greyed out.'], negative: ['Which size should I pick?'] },
  },
  {
    id: 'situation.account-access-code',
    kind: 'situation',
    label: 'account_access',
    patterns: ['(never | not | didn\'t | did not | haven\'t | have not | hasn\'t | has not) (got | get | received | receive | getting | receiving | arrived | come) …{0,2} (code | codes | verification | otp | reset (email | link) | login link | magic link)'],
    examples: { positive: ['I never got the code to verify my new phone.'], negative: ['Where do I enter the discount code?'] },
  },
  {
    id: 'situation.outage-logged-out',
    kind: 'situation',
    label: 'outage',
    patterns: ['(logs | logged | logging | kicks | kicked | kicking | signs | signed | signing | throws | throwing) (me | us) out'],
    examples: { positive: ['The app logs me out every few minutes.'], negative: ['How do I log out on a shared computer?'] },
  },
  {
    id: 'situation.our-mistake-against-instructions',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(even though | although | though | despite) (i | we) (had)? (selected | chose | asked for | requested | specified | ticked | told you | mentioned | noted | gave (you | him | her | them) | put | wrote)',
      '(closed | ended) the (chat | call | conversation) on (me | us)',
      '(hung up | cut (me | us) off | (=was | =were | =got) cut off | disconnected (me | us)) (on (me | us))?',
      '(on hold | waiting on the line) for (NUM | an | over an | over | two | three | almost an) …{0,2} (minutes | hour | hours)',
    ],
    yieldsTo: ['partner_error', 'billing_error'],
    examples: {
      positive: ['The sandwich had nuts in it even though I selected nut-free.', 'Your chat agent closed the chat on me twice.', 'I was put on hold for 50 minutes and then got cut off.'],
      negative: ['Can I select nut-free options in the app?', "I don't want to be cut off."],
    },
  },
  {
    id: 'situation.late-delivery-paid-speed',
    kind: 'situation',
    label: 'late_delivery',
    patterns: ['(paid for | booked | chose | selected | ordered | paid extra for) (next-day | next day | express | priority | same-day | same day | premium | guaranteed | expedited | 24-hour | 48-hour) …{0,8} (took | arrived | came | turned up | still | but | and)'],
    examples: { positive: ['I paid for next-day delivery and it took five days.'], negative: ['Can I pay for next-day delivery?'] },
  },
  {
    id: 'situation.our-mistake-channel-said',
    kind: 'situation',
    label: 'our_mistake',
    // What our letter, app or site told the customer, contradicted elsewhere in the message.
    patterns: ['(your | the) (letter | renewal letter | app | website | site | email | confirmation | quote | advert | listing | page | map | timetable | schedule) (=said | =says | =showed | =shows | =quoted | =stated | =states | =listed | =promised)'],
    needsInMessage: ['(but | yet | however | instead | actually | in fact | turned out | turns out | was closed | was shut | wasn\'t | was not | didn\'t | did not | never | no such | charged)'],
    yieldsTo: ['partner_error', 'billing_error', 'out_of_stock'],
    examples: {
      positive: ['Your app showed the store as open until 9. We drove 40 minutes and it was closed at 7.'],
      negative: ['Your website says you open at 9. Is that right on bank holidays?'],
    },
  },
  {
    id: 'situation.billing-error-quoted-vs-charged',
    kind: 'situation',
    label: 'billing_error',
    // Charged one amount, quoted or promised another somewhere else in the message.
    patterns: ['(charged | billed | debited | taken | deducted | invoiced) …{0,3} AMOUNT'],
    needsInMessage: ['(quoted | quote | agreed | advertised | listed | promised | told | said | shows | showed | price was) …{0,6} AMOUNT'],
    examples: {
      positive: ['Your renewal letter quoted £320. Today I was charged £410.'],
      negative: ['I was charged £410 for the annual plan, as expected.'],
    },
  },
  {
    id: 'situation.our-mistake-mis-sold',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(mis-sold | missold | mis-selling | misselling)',
      '(sold | signed up for | given) (me | us | her | him | them | my WORD)? (a | an | the)? …{0,3} (she | he | i | we | they) (doesn\'t | don\'t | didn\'t | did not | does not | do not | never) (need | want | ask for | asked for)',
      '(sent | paid | transferred | went | credited | applied | posted) …{0,4} (to | into) (the | a)? (wrong | incorrect | different) (account | payee)',
    ],
    yieldsTo: ['partner_error'],
    examples: { positive: ['My mum was sold a policy she doesn\'t need.', 'The transfer went into the wrong account.'], negative: ['Which policy would you recommend for my mum?'] },
  },
];
