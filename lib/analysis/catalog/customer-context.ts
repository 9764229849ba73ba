import type { z } from 'zod';
import type { CueSchema } from './schema';

// Customer cues that need context beyond one phrase: a coming time (not narrated in the past),
// a partner named anywhere in the message, the booked-but-not-delivered shape. Written from how
// customers of airlines, SaaS, shops, banks, hotels, telecoms, payroll, car rental, food
// delivery, insurers and utilities tell what happened; by structure and word classes, never
// by whole sentences.

type CueInput = z.input<typeof CueSchema>;

const MONTH = '(january | february | march | april | =may | june | july | august | september | october | november | december)';
const DAY = '(monday | tuesday | wednesday | thursday | friday | saturday | sunday | =mon | =tue | =wed | =thu | =fri | =sat | =sun)';
const CLOCK_TIME = '(NUM (am | pm | =a.m. | =p.m.) | CLOCK (am | pm)? | noon | midday | midnight)';
/** An intermediary: someone acting between the customer and us. */
const INTERMEDIARY = '(courier | couriers | rider | delivery driver | delivery partner | driver | seller | marketplace seller | third-party seller | reseller | restaurant | takeaway | installer | contractor | subcontractor | travel agent | travel agency | agency | booking site | booking website | travel site | comparison site | transfer | shuttle | taxi | partner | third party | third-party | franchise | dealer | dealership | broker | landlord | letting agent | managing agent | management company | removal company | removals firm | tour operator | operator | bureau | payroll bureau | accountant | bookkeeper | franchise | franchisee | concession | tour guide | payroll provider | rental desk | caterer | catering company | cleaning company | cleaners | plumber | electrician | locksmith | surveyor | loss adjuster | assessor | repairer | approved repairer | garage | body shop | bodyshop | valet | parking company | breakdown company | recovery truck | tow truck | partner hotel | partner airline | hotel partner | fitter | fitters | tiler | roofer | builders | decorator | photographer | kennel | cattery | florist | hire company | cab | cab company | car hire company)';

/** Someone outside the company named as the actor: a brand, a two-word name, or a role we book or use. */
const THIRD_PARTY = '(ORG | CAP CAP | (a | the)? (third party | third-party (company | site | provider | app | seller)) | (the | your | their | a | \'s) WORD WORD? (partner | provider | supplier | contractor | company | firm | agency | centre | center | school) | (the | a | an) (fitter | fitters | installer | builder | builders | decorator | subcontractor) | CAP (air | airways | airlines | hotel | hotels | resort | travel | tours | transfers | cars | logistics | express | couriers | pizza | kitchen | grill | cafe | restaurant | garage | motors) | hmrc | irs | (the | your | their | this | that) (CAP | ORG)? (lounge | airport lounge | spa | attraction | theme park | club | property manager | property management | estate agent | letting agent | managing agent | reseller | retailer | dealer | broker | glazier | payment processor | processor | rental desk | rental desk staff | removal company | removals company | courier company | hotel | airline | villa | guesthouse | hostel | cottage | campsite | chalet | owner | host | restaurant | seller | rider | courier | driver | repairer | garage | guide | tour guide | transfer company | transfer | shuttle | shuttle company | taxi | operator | tour operator | property | landlord | installer | contractor | travel agent | agency | kitchen | venue | organiser | organizer | carrier | marketplace seller | delivery partner | partner | partner company | bodyshop | body shop | surveyor | valuer | locksmith | plumber | electrician | tiler | roofer | carpenter | joiner | kennel | cattery | florist | bakery | inspector | assessor | loss adjuster | builders | gardener | handyman | tradesman | photographer | payment provider | card processor | payroll bureau | bureau | shopper | caterer | cleaners | airport transfer company | car hire company | rental company | ferry company | cruise line))';
/** A wrong act, as a partner's: given away, moved without asking, sent instead, left waiting, never came. */
const WRONG_ACT = '(given (our | my | the) WORD away | gave (our | my | the) WORD away | gave away | =moved | =rebooked | =cancelled | =canceled | =changed | =downgraded | =overbooked | =closed | =denied | =refused | refuse | refuses | refusing | =lost | =forgot | =marked | instead of | shipped (an | a)? (empty | wrong | broken | used) | left (us | me) (waiting | stranded | outside | at) | stopped (answering | responding | replying) | never (showed | turned | came | arrived | replied | answered | sent | delivered | collected | picked) | did not (show | turn | come | arrive | send | deliver | collect | pick) | didn\'t (show | turn | come | arrive | send | deliver | collect | pick) | had no (WORD)? (hot water | water | heating | power | wifi | record | booking | reservation | room | rooms | car | cars) | has had (my | our) WORD for | keeps (saying | telling (me | us)) | had (last year \'s | the wrong | old | wrong) | wrong | incorrect | (but | then | and then) (=registered | =set | =booked | =put | =entered | =processed | =recorded | =filed) (it | me | us | them)? (as | under | on | for) | (turned up | arrived | came | showed up) …{0,3} late | =late | =delayed | =rescheduled | stuck | still (hasn\'t | has not | haven\'t | have not | not) (come | arrived | turned up | shown up) | (changed | cancelled | canceled) (our | my) (itinerary | booking | dates | flight | room | plan | schedule | time | reservation) | =flagged | =blocked | =broke | (drilled | cut | knocked | smashed) (into | through) | tried to (sell | charge | make | upsell) | charged (it | us | me) anyway | (says | said | claims) (there is | there \'s | there was | they have) no (payment | booking | record | reservation | order) | keeps (rescheduling | cancelling | canceling | changing | moving | postponing | missing) | (handed | gave) (my | the | our) WORD to | (has | have | had) no record | cut (our | my | the) (line | cable | pipe | power | water | wire | connection) | with (a | the)? (crack | cracks | hole | dent | scratch | scratches | stain | leak) | left (a | the)? (hole | mess | damage | dent | stain) | (didn\'t | did not | never) finish)';
/** More wrong acts, kept apart so each pattern stays within the catalog's length limit. */
const WRONG_ACT_MORE = '(shipped (me | us) (an | a)? (empty | wrong | broken | used) | sent (me | us) (a | an | the)? (completely | totally)? (different | used | broken | fake | empty | damaged) | sent (me | us)? (someone | somebody) else | (didn\'t | did not | wouldn\'t | would not | refused to) wait | =bumped (us | me) | (is | are | keeps | been)? (ghosting | ignoring) (me | us | my) | took (my | our)? (payment | money | deposit) (but | and) | (is | are | keeps | been) (holding | keeping) (my | our) WORD)';
/** The customer came to a third party through us: booked with us, our app, our agency, someone we use. */
const VIA_US = ['(booked | booking | bought | ordered | reserved | arranged | purchased | paid | rented | hired) …{0,4} (with | through | via | on | from | using) (you | your (site | app | website | platform | agency | company | marketplace | service))', '(you | your (agent | agency | team | site | app | company | claims team | insurer | insurance | insurance company | broker | bank | lender | mortgage provider | staff)) (booked | arranged | sold | chose | recommended | put | appointed | sent | use | used | partner with | work with | filed | submitted | organised | organized | hired | assigned | subcontracted | outsourced | contracted)', '(your | the) (agency | app | marketplace | platform | partner | partners | partner company | delivery partner | rider | courier | seller | claims team | travel agent)', 'your (locksmith | plumber | electrician | florist | inspector | assessor | loss adjuster | card processor | payment provider | payment processor | payroll bureau | surveyor | valuer | repairer | cleaners | caterer | handyman | gardener)', '(the | a | an | your) (fitter | fitters | installer | installers | contractor | contractors | subcontractor | subcontractors | builder | builders | courier | couriers | rider | reseller | franchisee | glazier | tour operator | payment processor | removal company | removals company | courier company | delivery company)', '(the | a | your) WORD (partner | provider | supplier | contractor)', 'ORG', 'DOMAIN', '(hmrc | irs)', '(sold | provided | supplied | included | offered) (with | through | by | via) (my | our | your | the) (booking | order | policy | account | plan | package)', '(run | operated | handled | managed | provided | processed) by (a | an | the)? (third party | third-party | partner | external (company | provider) | ORG | CAP)', '(was | is | were | are) (from | by) CAP', '(who | that | which) (i | we) (booked | bought | ordered | paid) (with | through | from | via)'];

export const CONTEXT_CUES: CueInput[] = [
  {
    id: 'signal.deadline-coming-time',
    kind: 'signal',
    label: 'deadline',
    notPast: true,
    patterns: [
      `(on | this | next | by | before | until | till | this coming | coming) ${DAY}`,
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
    // "open on Sundays" is a habit, not a coming time.
    unless: ['(=mondays | =tuesdays | =wednesdays | =thursdays | =fridays | =saturdays | =sundays | =weekdays | =weekends)', 'try (again)? (in | after)', '(rebook | re-book | reschedule | move it | postpone | push it) …{0,4} (to | for | until) (next | the following)', '(no | not (in)? a) rush', '(no | not) (urgent | hurry)', '(cancel | cancelling | canceling | close | closing | switch | switching | terminate | terminating | end | ending) (my | our | the | this | supplier | provider)'],
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
      '(=booked | =bought | =ordered | =purchased | =reserved | =got | =paid | =made | =placed | =arranged) …{0,5} (through | via | from) (ORG | CAP | URL | a | an | the | your)? (third-party | third party | marketplace | travel | booking | comparison)? (site | website | app | seller | reseller | agent | agency | platform | CAP | URL | ORG)',
      '(=booked | =bought | =ordered | =purchased | =reserved | =got | =paid | =made | =placed | =arranged) …{0,5} on (a | an | the | their)? (third-party | third party | marketplace | travel | booking | comparison)? (site | website | platform | marketplace | ORG | URL)',
      '(bought | purchased | ordered | got | booked | rented | hired | arranged) …{0,4} (through | via) (CAP | ORG | URL)',
      'DOMAIN',
      '(=book | =booked | =bought | =ordered | =paid | =reserved | =rented | =hired) …{0,4} (with | on | through | via) (CAP | ORG | URL) (website | site | app | platform)',
      // A restaurant named in a food order: "my pad thai from Bangkok Garden".
      '(order | meal | food | dinner | lunch | breakfast | takeaway | delivery | pizza | curry | burger | sushi | noodles | kebab | chicken | salad | groceries | sandwich | thai) from (CAP | ORG)',
      `your …{0,3} ${INTERMEDIARY}`,
      `(the | a | an | my | our) ${INTERMEDIARY}`,
      '(the | a) (company | firm | agency) (that | which | who) (answers | handles | runs | manages | does | processes | operates) (your | the)',
      '(the | that) (hotel | airline | property | host | apartment | villa | tour | transfer) (you | that you) (booked | sold | recommended | arranged | chose)',
      '(the | a | an) WORD WORD? (you | your | that you | your WORD | who | that) (sent | send | booked | arranged | chose | recommended | appointed | use | used | partner with | work with | outsource to)',
      '^ (ORG | URL | CAP CAP) (has | have | had)? (rebooked | cancelled | canceled | changed | gave | sent | told | said | charged | lost | delivered | set | put | moved | refused | left | returned | froze | dumped | marked | withheld)',
      `(ORG | CAP) ${INTERMEDIARY}`,
      'your (ORG | CAP) (store | shop | seller | listing | page)',
    ],
    patterns: [
      '(wrong | incorrect | old | outdated) (address | location | pickup | pick-up | tariff | plan | dates | date | time | flight | room | name | spelling | item | order | size | details | terminal | gate | station | airport | house | flat | door | building | number | ticket | tickets | seat | hotel | car | file | hours | figures | rate)',
      '(never | did not | didn\'t | failed to) (turn up | turned up | show up | showed up | arrive | arrived | come | came | deliver | delivered | answer | respond | reply | pick up)',
      '(isn\'t | is not | not | stopped | won\'t | will not) (answering | responding | replying)',
      '(lost | damaged | broke | cracked | smashed | raw | cold | spilled | spilt | stale | undercooked | mouldy | moldy | melted | soaked | stolen | soggy | squashed | tampered) ',
      // Where a courier or driver left or dumped a delivery.
      '(=left | =dumped | =threw | =thrown | =chucked | =tossed) (it | them | my WORD | our WORD | the WORD) …{0,3} (outside | behind | on the (doorstep | step | street | pavement | porch | road | drive) | in (the)? WORD? (rain | street | bin | bins | garden | hedge | bush) | over the (fence | gate) | with (a | the)? (neighbour | neighbor) | at the wrong)',
      // A partner's story against the customer's: "the courier says he tried to deliver".
      '(says | said | claims) (there is | there \'s | there was | they have) no (payment | booking | record | reservation | order) ',
      '(says | said | claims | claimed | claiming | saying | insists | insisted | reported) …{0,5} (tried | attempted | knocked | left a card | nobody (was)? (home | in | there) | no one (was)? (home | in | there))',
      '(no one | nobody | never | did not | didn\'t) (knocked | rang | buzzed | knock | ring)',
      // What a reseller sold does not work.
      '(do not | don\'t | does not | doesn\'t | did not | didn\'t | would not | wouldn\'t | will not | won\'t) (scan | validate | activate)',
      '(fake | counterfeit | knock-off | knockoff | not genuine)',
      '(=set | =entered | =keyed | =input | =submitted | =registered | =filed | =put) (up)? …{0,5} (wrong | incorrect | old | outdated)',
      '(overbooked | over-booked | double-booked | double booked | no room for (us | me))',
      '(won\'t | will not | wouldn\'t | would not | refused to | refuse to | refuses to) (let | allow) (me | us) (board | check in | fly | travel | in | collect | pick up | take | use | stay)',
      '(no | not any) (reservation | booking | record | order) (exist | exists | existed | found | on file)',
      '(valued | assessed | estimated | priced | rated | graded | marked) …{0,6} (less than | lower than | below | under | too (low | high) | wrongly | incorrectly | at half | half (its | the | what))',
      '(put | moved | sent | took | drove | dropped | booked) (us | me) …{0,6} (different | wrong | other | another) (hotel | address | place | location | room | car | airport | terminal | city | station | flight | resort)',
      'from the one (shown | booked | advertised | listed | we booked | i booked | on)',
      '(say | says | said | claim | claims | claimed) (you | they | we) (never | did not | didn\'t | have not | haven\'t) (received | got | had | paid | sent | passed on)',
      '(rebooked | moved | changed | cancelled | canceled) (us | me | our | my) …{0,8} (never asked | without (asking | telling | consent | permission) | instead of)',
      '(although | even though | though | but | yet) …{0,6} (booking | confirmation | reservation | contract | order | voucher) …{0,6} (says | said | states | stated | shows | showed | clearly)',
      '(does not | doesn\'t | did not | didn\'t) exist',
      '(charged | billed | debited) (me | us | my card | my account | our card | our account)? …{0,3} (twice | extra | double | again | for nothing)',
      '(=cancelled | =canceled | =changed | =moved) (my | our) (booking | order | flight | reservation | dates | room | appointment | transfer)',
      '(=booked | =put | =registered | =set | =signed) (me | us | it | them) (up)? (on | for | under | with | onto | into) (the)? (wrong | incorrect)',
      '(did not | didn\'t | never) (send | pass | forward | book | process | register | tell | inform | confirm) (it | them | my | our | the | us | me | on)',
      '(refused | refuses | declined | rejected | ignored | ignoring | ignores) (my | our | to | us | me)',
      '(=ate | =eaten) (some | part | half | most | a few)',
      '(rider | driver | courier | delivery (guy | man | person)) …{0,3} (=ate | =eaten | =drank)',
      '(tampered with | =opened | helped (himself | herself | themselves) to) (some | part | half | my | the | our)',
      '(says | said | claims | claimed | insists) …{0,3} (nothing | no money | no payment | no deposit) (was | has been | had been | ever)? …{0,2} (paid | received | passed on | sent)',
      '(=reversed | =crashed | =backed | =bumped | =smashed | =drove) into (my | our | the) WORD',
      '=returned …{0,4} (as)? (undeliverable | address unknown | not known at this address)',
      '(=froze | =frozen | =held | =withheld) (our | my) (payouts | payout | funds | money | payments)',
      '(photo | picture | proof of delivery) (shows | is of) (a | the)? (different | wrong) (door | house | address | building | porch)',
      '(has | have | had) no idea who (we | i) (are | am | were | was)',
      '(=scratched | =dented | =scuffed | =chipped | =stained | =gouged | =ruined) (my | our | the) (new)? WORD',
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
      '(i | we) (=ordered | =booked | =asked for | =paid for | =requested | =reserved) …{0,6} (and | but) (=received | =got | were given | was given | were put | was put | got put | were moved | was moved)',
      '(refused | refuses | won\'t | will not | wouldn\'t | would not) (to)? (honour | honor | accept | apply | replace | fix | help | serve (me | us))',
      '(refused | refuses | won\'t | will not | wouldn\'t | would not) (to)? let (me | us | my WORD WORD? | our WORD WORD? | him | her | them) (in | on | board | enter | stay | use | through | sit | check in)',
      '(closed | marked) (my | the | our) (ticket | case | complaint | request | query) …{0,3} (without | but | even though | as (resolved | solved | fixed))',
      '(misspelled | misspelt | spelled wrong | spelt wrong | spelled incorrectly | wrong spelling)',
      '(not | isn\'t | is not | wasn\'t | was not | aren\'t | are not | weren\'t | were not) (the | what) …{0,2} (i | we) (ordered | booked | asked for | paid for | chose | selected | reserved | ported | requested | expected | agreed)',
      '(the | an | your | my | our) (old | previous | outdated | expired | superseded | former) (rate | rates | price | prices | tariff | address | details | plan | tax code | bank details | bank account | card | figures | salary | pricing | office | company name)',
      '(made | forced | pressured | pushed | talked) (me | us) (into)? (buy | buying | pay | paying | take | taking | sign | signing | upgrade | upgrading)',
      '(arrived | came | was delivered | turned up) (with)? …{0,6} (crushed | broken | smashed | damaged | cracked | dented | torn | leaking | soaked | scratched | shattered)',
      '(=lost | =deleted | =cancelled | =canceled | =misplaced | =wiped) (my | our) (booking | reservation | order | file | claim | application | documents | paperwork | records | details)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['You declined my claim saying I never told you.', 'My order came without the sauce.', 'I ordered a 44 and received a 42.'],
      negative: ['I ordered a 44 and received it yesterday, thanks.'],
    },
    unless: ['(thanks | thank you | great | perfect) ', '(received | got) (it | them) (yesterday | today | on time | this morning)', '(won\'t | will not | doesn\'t | does not) accept (my)? (login | password | email | card | code | details | username | pin | address | fingerprint | face id | faceid | passcode | biometrics)'],
  },
  {
    id: 'situation.late-payment-behind',
    kind: 'situation',
    label: 'late_payment',
    patterns: [
      '(fallen | fall | falling | fell | got | getting | get) behind (on | with | by)',
      '(be | am | is | are | was | were | \'m | \'re) (late | behind) (paying | with (my | the | our)? (payment | payments | bill | bills | rent | invoice))',
      '(be | am | is | are | \'m | \'re) in arrears',
      'behind (with | on) (my | the | our | this month \'s | last month \'s)? (payment | payments | bill | bills | rent | mortgage | invoice | invoices | instalment | instalments | installment | installments | loan | account | council tax | premium | premiums)',
      '(payment plan | pay in instalments | pay in installments | pay it off in)',
    ],
    // "in arrears but I've paid every month" disputes the arrears (a billing error).
    unless: ['(but | although | though | even though) (i | we) (have | \'ve)? (already | always)? (paid | been paying)'],
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
      '(never | not ever) (been)? (treated | spoken to | insulted | ignored | let down) (so | this | like)',
      '(should | ought to) be ashamed',
      '(ruined | wrecked) (my | our | his | her | the | their) …{0,2} (anniversary | celebration | day out | break | stay | experience | meal | dinner | christmas | party | day | week | life | business)',
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
    // "a booking with you for next summer" is a plan, not years together.
    unless: ['(for | this) next (summer | year | month | week | spring | winter | autumn | weekend)'],
    examples: { positive: ['After eight years of flying with you, I expected better.', 'We have been coming to you every spring since 2011.'], negative: ['I started using the app last week.', "We're staying with you for next summer, can we bring a dog?"] },
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
    unless: ['(i | we) (entered | typed | used | put in | put | selected | chose | picked | made | gave | ordered | booked | clicked | pressed | bought) (the | a)? (wrong | incorrect)', 'wrong (password | passcode | pin | code | amount | price | total | fee | charge | rate)', 'something (went | goes | has gone) wrong'],
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
      '(none of | nothing | not one of) …{0,4} (will | would | can | seems to | is able to) (send | load | save | sync | upload | download | export | import | open | work | print | play | display | connect | go through | submit)',
      '(none of | not one of) …{0,4} (send | sends | load | loads | save | saves | sync | syncs | upload | uploads | open | opens | work | works | print | prints | go through | submit | submits)',
      'nothing (sends | loads | saves | syncs | uploads | opens | works | prints | goes through | submits)',
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
      '(your | you) (mistake | error | fault | mix-up | mixup | screw-up | cock-up | blunder)',
      '(on | at) your (end | side) (be | was | is)? (a | an)? (mistake | error | problem)',
      '(still) (getting | receiving | sending | send) (me | us)? …{0,2} (emails | letters | texts | calls | marketing | reminders | notifications | brochures)',
      '(keep | keeps | kept) (getting | receiving | sending | send) (me | us)? …{0,2} (emails | letters | texts | calls | marketing | reminders | notifications | brochures) …{0,6} (after | even though | although | despite | though | since)',
      '(sent | posted | delivered | shipped | emailed | given) (it | them | the WORD | my WORD)? …{0,3} to (my | our) (old | previous | former | ex) WORD',
      '(send | sent | post | posted | deliver | delivered | ship | shipped) …{0,6} to (the | my | an)? (address | house | flat | home) (i | we) (moved out of | left | no longer live at | don\'t live at | do not live at)',
      '(someone else | the wrong person | a stranger | another customer) (to)? (collect | collected | take | took | receive | received | sign for | signed for | use | used | access | accessed)',
      '(paid for | booked | bought | paid extra for) …{0,6} (but | and) (i | we)? (wasn\'t | was not | weren\'t | were not | didn\'t | did not | never) (allowed | given | get | got | receive | received | provided | offered | able)',
      '(overbooked | double-booked | double booked | gave (our | my) (room | seat | table | car) away)',
    ],
    // "not your fault, I'd left my fob inside" clears us.
    unless: ['(not | n\'t | no) …{0,1} (your | you guys \'s?) (fault | mistake | error)'],
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
      '(nobody | no one | no-one) (has | have)? (even)? (been out | come out | come round | come to | turned up | shown up | visited | inspected | assessed | been round | =came | =arrived | =showed | =attended)',
      '(claim | application | request | appeal | repair | case | transfer | switch | renewal | documents) …{0,8} (and | but)? (i | we) (have | \'ve)? (still)? (heard | had | received | got) (nothing | no (update | reply | response | news | word | decision | outcome))',
    ],
    unless: ['(salary | wages | pay | paycheck | payslip | benefits | pension | loan) …{0,3} (came | arrived | went in | was paid)', '(we | i) (are | am | will be | be) (arriving | getting in | checking in | landing) late'],
    examples: {
      positive: ['It arrived on Friday, after the ceremony.', 'Nobody has even been out to assess the damage.', 'My claim was submitted on 4 January and I have heard nothing.'],
      negative: ['It arrived on time, thanks.'],
    },
  },
  {
    id: 'signal.money-at-stake-wages',
    kind: 'signal',
    label: 'money_at_stake',
    patterns: [
      // (The noun "pay", not the verb: "we'd rather just pay it today" risks nothing.)
      '(wages | salaries | salary | (my | our | their | his | her | staff | the) pay | rent | mortgage | =bills) …{0,4} (today | tomorrow | due | coming out | going out | will bounce | not paid | won\'t be paid | unpaid)',
      '(expecting | waiting for | owed | waiting on) (their | my | our | his | her)? (wages | salary | salaries | pay)',
    ],
    unless: ['(pay | wage) (slip | slips | stub | stubs)', 'payslips'],
    examples: { positive: ['Twelve people are expecting their wages today.', 'My rent is coming out tomorrow.'], negative: ["We'd rather just pay it today and be done.", 'What day is pay day?', "The pay slips went out with last month's date on them."] },
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
      '(order | pre-order | preorder | delivery | parcel | package | item | shipment) …{0,5} (was | were) (due | expected | promised | scheduled | meant to arrive | supposed to arrive) (in | on | by | for | last)',
      '(haven\'t | have not | hasn\'t | has not | never | still not | not yet | didn\'t | did not) (received | got | gotten | had) (my | our | the | any)? (e-tickets | e-ticket | etickets | boarding pass | boarding passes | voucher | vouchers | confirmation | policy documents | documents | paperwork | keys | card | cards | certificate | licence | license | passport)',
      '(been | sitting | stuck | held | waiting) (at | in) (the | a | your | their)? (depot | warehouse | sorting (centre | center | office) | customs | hub | facility | distribution centre | distribution center)',
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
    // Logged out and then not let back in is the account, not the service.
    unless: ['(not | isn\'t | wasn\'t) (recognised | recognized)', '(locked | suspended | blocked | verify | verification)'],
    examples: { positive: ['The app logs me out every few minutes.'], negative: ['How do I log out on a shared computer?', "The app logged me out and says my phone isn't recognised."] },
  },
  {
    id: 'situation.our-mistake-against-instructions',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(even though | although | though | despite) (i | we) (had)? (paid for | paid extra for | booked | reserved | selected | chose | asked for | requested | specified | ticked | told you | mentioned | noted | gave (you | him | her | them) | put | wrote)',
      '(closed | ended) the (chat | call | conversation) on (me | us)',
      '(hung up | cut (me | us) off | (=was | =were | =got) cut off | disconnected (me | us)) (on (me | us))?',
      '(on hold | waiting on the line) for (NUM | an | over an | over | two | three | almost an) …{0,2} (minutes | hour | hours)',
    ],
    // "even though I haven't changed it" says what the customer did not do.
    unless: ['(even though | although | though | despite) (i | we) (have | has | had | \'ve | did | do) (not | never)'],
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
    patterns: [
      '(paid for | booked | chose | selected | ordered | paid extra for) (next-day | next day | express | same-day | same day | guaranteed | expedited | 24-hour | 48-hour) …{0,8} (took | arrived | came | turned up | still | but | and)',
      '(paid for | booked | chose | selected | ordered | paid extra for) (priority | premium | tracked) (delivery | shipping | postage | courier | dispatch) …{0,8} (took | arrived | came | turned up | still | but | and)',
    ],
    examples: { positive: ['I paid for next-day delivery and it took five days.'], negative: ['Can I pay for next-day delivery?'] },
  },
  {
    id: 'situation.our-mistake-channel-said',
    kind: 'situation',
    label: 'our_mistake',
    // What our letter, app or site told the customer, contradicted elsewhere in the message.
    patterns: ['(your | the) (letter | renewal letter | app | website | site | email | confirmation | quote | advert | listing | page | map | timetable | schedule) …{0,4} (=said | =says | =showed | =shows | =quoted | =stated | =states | =listed | =promised)'],
    needsInMessage: ['(but | yet | however | instead | actually | in fact | turned out | turns out | was closed | was shut | wasn\'t | was not | didn\'t | did not | never | no such | charged)', '(i | we) (asked | requested) (you | them | him | her | the WORD | your WORD)? (to | for)'],
    // An app that "says error" is the outage or the locked account, not what we told the customer;
    // a page cited for its promise ("your page says 14-day money back") asks us to keep it.
    unless: ['(says | said | states | promises | offers) …{0,4} (money back | money-back | refund | returns | guarantee | cooling-off | cancellation policy | free cancellation)'],
    yieldsTo: ['partner_error', 'billing_error', 'out_of_stock', 'outage', 'account_access'],
    examples: {
      positive: ['Your app showed the store as open until 9. We drove 40 minutes and it was closed at 7.'],
      negative: ['Your website says you open at 9. Is that right on bank holidays?', 'Your page says 30-day money back, so I would like a refund.'],
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
  {
    id: 'situation.our-mistake-unannounced',
    kind: 'situation',
    label: 'our_mistake',
    // A change made without telling the customer. A price or bill that rose unannounced is the
    // billing error itself (the customer's complaint is the charge), so this gives way to it.
    patterns: [
      '(no one | nobody | you never | you didn\'t | you did not) (told | warned | informed | notified | mentioned)',
      '(without | with no) (any | even)? (warning | notice | explanation | telling (me | us) | asking (me | us)? | my (consent | permission))',
    ],
    // A product gone from the shelves without notice is out of stock, not our mistake.
    yieldsTo: ['partner_error', 'billing_error', 'out_of_stock'],
    examples: {
      positive: ['You moved my appointment without telling me.', 'Nobody warned us the pool was closed for the whole week.'],
      negative: ['Please let me know if anything changes.'],
    },
  },
  {
    id: 'situation.our-mistake-not-as-asked',
    kind: 'situation',
    label: 'our_mistake',
    // What we did differs from what the customer asked for: "instead of the 15th like I asked",
    // "ordered a vegetarian meal and it was not loaded", "forgot to leave the new one".
    patterns: [
      'instead of …{0,6} (like | as | which | that | what) (i | we) (had)? (asked | requested | specified | agreed | chose | ordered | booked | selected | wanted | arranged)',
      '(you | your (team | staff | agent | system | website | app | company | bank | engineer | technician | store | warehouse)) (have | has)? (=applied | =charged | =used | =put | =set | =gave | =given | =sent | =booked | =issued | =scheduled | =registered | =entered | =billed | =switched | =moved | =changed | =delivered | =shipped | =installed | =fitted) …{0,8} instead of',
      '(=ordered | =booked | =requested | =asked | =paid | =pre-ordered | =reserved | =selected | =chose) …{0,11} (and | but) (it | they | there | this | that) (was not | were not | wasn\'t | weren\'t | never | did not | didn\'t | had not | hadn\'t | was never | were never) (get | got | been)? (loaded | there | included | provided | served | ready | done | applied | fitted | installed | added | honoured | honored | on board | in the room | arranged | booked | set up | passed on)',
      '(forgot | forgotten | neglected | failed) to (leave | bring | send | include | pack | add | apply | book | cancel | tell | inform | order | process | update | call | put | give | fit | install | connect | return | refund | credit | remove | record | register | notify | mention | switch | transfer | activate | change | load | deliver | collect)',
      '(sent | given | gave | received | got | delivered | shipped | posted | emailed) (me | us)? …{0,3} (someone | somebody) else',
      '(turns out to be | turned out to be | was actually | is actually | belonged to | belongs to) (someone | somebody) else',
      '(hadn\'t | had not | hasn\'t | has not | wasn\'t | was not | weren\'t | were not) been (cleaned | serviced | changed | made up | emptied | valeted | prepared | checked)',
      '(someone | somebody) else (\'s)? (belongings | things | stuff | rubbish | shopping | groceries | delivery | box | items | bags | order | parcel | package | bill | invoice | details | name | address | documents | letter | statement | booking | account | card | data | prescription | medication | bag | luggage | food | meal | keys | policy | payslip | results)',
      '(asked | requested | specified | ordered | paid) (for)? (no | without | extra) WORD …{0,6} (and | but | yet) (it | they | there | this | the WORD) …{0,3} (covered | full | smothered | loaded | came with | come with | contains | contained)',
    ],
    unless: ['(i | we) (forgot | neglected | failed | had forgotten | have forgotten)', '(i | we) …{0,5} (and | then) (forgot | neglected)', '(my | our) (own)? fault', '(i | we) (\'d | had)? (changed | moved | switched) …{0,4} (and | but) (forgot | forgotten)', '(can | could | would | will) (you | i | we) …{0,4} instead of'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: [
        'You set up my direct debit for the 1st instead of the 15th like I asked.',
        'We ordered a vegetarian meal for my son on the flight and it was not loaded.',
        'The engineer took the old router away but forgot to leave the new one.',
        "This is the first time I've been sent someone else's order.",
        "I asked for no onions and it's covered in onions.",
        'Your system applied the standard rate instead of the discount we agreed.',
      ],
      negative: ['Can you send it to my office instead of my home?', 'I forgot to add the dessert to my order.'],
    },
  },
  {
    id: 'situation.our-mistake-unclean',
    kind: 'situation',
    label: 'our_mistake',
    // A room, car or cabin handed over dirty or infested.
    patterns: [
      '(room | rooms | bathroom | bath | shower | sheets | towels | bed | bedding | carpet | apartment | cabin | car | vehicle | kitchen | toilet | linen | villa | property | seat | seats | mattress | pillow | pillows | fridge | floor) …{0,6} (not (been)? cleaned | never cleaned | unmade | dirty | filthy | stained | stains | mouldy | moldy | mould | mold | smelled | smelt | stank | stinks | stinking | hair | hairs | bugs | bedbugs | bed bugs | cockroach | cockroaches | mice | rats | vomit | rubbish | used towels | sticky | grimy | disgusting)',
    ],
    examples: {
      positive: ['The room we were given was not cleaned, there was hair in the bath and the bed was unmade.', 'The rental car was filthy and smelled of smoke.'],
      negative: ['Is there a cleaning fee for the apartment?'],
    },
  },
  {
    id: 'situation.out-of-stock-stopped',
    kind: 'situation',
    label: 'out_of_stock',
    // No longer made or sold, or nothing free to book.
    patterns: [
      '(stopped | stop | stops | no longer | discontinued) (selling | making | stocking | carrying | offering | producing | supplying)',
      '(not | won\'t | will not | no longer | never) (be)? (made | sold | stocked | produced | carried | offered | restocked | coming back) (any more | anymore | again | any longer)',
      '(nothing | no (slots | slot | appointments | appointment | dates | availability | rooms | seats | tables | spaces | places | times)) (free | available | left | open) (for | until | before | in | at | this | next | on)?',
      '(no | none of the | not a single) WORD (rooms | room | cars | seats | tables | vehicles | sizes | units | tickets | slots | appointments) (available | left | in stock)',
      '(=can\'t | =cannot | can not | =couldn\'t | could not) (find | get) (it | them | one | any | my size | this | that) (anywhere | in stock | in any (store | shop | branch))',
    ],
    unless: ['(is | are) (there | it | they) …{0,4} \\?'],
    examples: {
      positive: ['Why have you stopped selling the unscented version?', 'There is nothing free for the next 6 weeks.', 'The hotel has no accessible rooms left for our dates.', "They told me the sofa in grey won't be made any more."],
      negative: ['Are there any slots free on Monday?', 'I stopped using the app.'],
    },
  },
  {
    id: 'situation.late-delivery-took-long',
    kind: 'situation',
    label: 'late_delivery',
    // How long it took, or how long it has said "on its way".
    patterns: [
      '(took | taking | takes | take) (over | more than | almost | nearly | about | around)? (NUM | two | three | four | five | six | seven | eight | ten | an | a) (extra)? (hours | hour | days | day | weeks | week | months | minutes | mins) (to) (arrive | come | get | be delivered | ship | turn up | reach | show up | be dispatched | dispatch | make | prepare | cook | collect | pick up)',
      '(had | held | kept | been holding) (my | our | the) (parcel | package | order | car | item | delivery | card | passport | documents | vehicle | laptop | phone) …{0,4} (for | since) (NUM | a | two | three | four | five | six | over | almost | nearly) (days | weeks | day | week | month | months)',
      '(says | said | claims | claimed | insists | insisted) (they | it | he | she | the (driver | courier))? (=delivered | has been delivered | was delivered | had delivered | left it)',
      `(arriving | out for delivery | in transit | on its way | on the way | dispatched | processing | being prepared | awaiting dispatch) …{0,6} (since (${DAY} | last | NUM | DATE | yesterday | the) | for (NUM | two | three | four | five | six | a | several) (days | weeks | day | week))`,
    ],
    unless: ['(refund | reimbursement | credit | reply | response | answer | callback)'],
    examples: {
      positive: ['The food took over two hours to get to us.', 'My parcel has been out for delivery since Tuesday.'],
      negative: ['How long does it take to arrive?'],
    },
  },
  {
    id: 'situation.billing-error-kept-or-raised',
    kind: 'situation',
    label: 'billing_error',
    // A deposit kept, or a price or bill that rose unannounced.
    patterns: [
      '(kept | keeping | withheld | withholding | retained | retaining | held onto | holding onto | still holding | deducted from) (my | our | the)? (deposit | security deposit | bond | damage deposit)',
      '(bill | price | premium | payment | subscription | rate | tariff | direct debit | charge | fee | renewal | cost) …{0,4} (gone up | went up | go up | increased | jumped | doubled | tripled | risen | rose | shot up) …{0,10} (without | no (warning | notice | letter | email | explanation) | nobody | no one | not told | never told | why | by AMOUNT | from AMOUNT | to AMOUNT)',
    ],
    examples: {
      positive: ['The hotel kept my deposit even though we checked out with no damage.', 'My bill went up from $45 to $70 and nobody told me why.'],
      negative: ['Will my price go up next year?'],
    },
  },
  {
    id: 'situation.account-access-taken-over',
    kind: 'situation',
    label: 'account_access',
    patterns: [
      '(someone | somebody | a stranger | a hacker | an unknown person) (has | have | had)? …{0,2} (changed | accessed | logged into | logged in | got into | used | taken over | took over | hacked | reset) …{0,6} (account | email | password | profile | login | phone number | details)',
      '(online banking | mobile banking | banking app | app | access | membership | login) (be | is | was | has been | got | have been) (suspended | disabled | locked | frozen | blocked | deactivated | restricted | terminated)',
    ],
    examples: {
      positive: ["Someone has changed the email on my account and I didn't do it.", 'My online banking has been frozen and nobody will tell me why.'],
      negative: ['How do I change the email on my account?'],
    },
  },
  {
    id: 'situation.cancellation-everything',
    kind: 'situation',
    label: 'cancellation',
    patterns: [
      '^ (=cancel | =close | =terminate | =delete | =end) (everything | it all | all of it | all my (accounts | subscriptions | services | policies))',
      '(=delete | =erase | =remove | =close) (all)? (of)? (my | our) (account | profile | membership | accounts)',
      '(i | we) (want | wants) out',
    ],
    unless: ['(how | can i | is it possible to) …{0,3} (delete | remove | close)'],
    examples: {
      positive: ['I want out. Cancel everything and delete my data.', 'Please delete my account.'],
      negative: ['How do I remove an old address from my account?'],
    },
  },
  {
    id: 'signal.churn-risk-elsewhere',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(going | go | switching | switch | moving | move | taking (my | our) (business | custom | money)) (to | over to) (a | another | a different | one of your | the) (WORD)? (retailer | provider | company | bank | airline | carrier | supplier | platform | vendor | service | insurer | network | competitor | competitors | hotel | brand | app | firm | agency | chain)',
      '(found | find | get | got | getting | buy | bought) (it | one | them | the same (thing | one | deal | item))? …{0,2} (cheaper | better) (elsewhere | somewhere else | at ORG | with (another | a different) WORD)',
      '(dispute | disputing | disputed) (it | this | the (charge | payment | transaction)) (with | through) (my | our | the) (bank | card (issuer | company | provider) | credit card (company | provider))',
      '(i | we) (want | wants) out',
    ],
    examples: {
      positive: ["If it doesn't arrive this week I'm going to a different retailer.", "Refund me the $120 or I'm disputing it with my bank."],
      negative: ['I am going to a different store tomorrow to pick up my other order.'],
    },
  },
  {
    id: 'situation.outage-failing-things',
    kind: 'situation',
    label: 'outage',
    // The things a service moves (orders, payments, readings, calls) failing, or a service unusable.
    patterns: [
      '(orders | payments | transactions | calls | emails | uploads | requests | bookings | logins | messages | texts | transfers | readings | notifications | invoices | webhooks) (are | be | keep | keeps | have been | started)? (failing | bouncing | not going through | not sending | not arriving | timing out | getting (rejected | dropped))',
      '(stopped | stops | stop) (=sending | =receiving | =updating | =charging | =printing | =recording | =showing | =playing | =syncing | =uploading | =downloading | =processing | =posting | =accepting | =reading | =tracking)',
      '(unusable | unstable | intermittent | patchy | keeps cutting out | cutting out | =returning (errors | NUM | a NUM))',
      '(been | is | are | keeps | keep | started | start) (=returning | =throwing) …{0,2} (errors | timeouts | NUM)',
    ],
    examples: {
      positive: ['Your API has been returning 503s for the last hour and our orders are failing.', 'The wifi in the hotel is basically unusable.', 'My smart meter stopped sending readings.'],
      negative: ['How do I stop receiving marketing emails?'],
    },
    unless: ['(how | can i | could you | please) …{0,3} (stop | unsubscribe)', '(please | can you | could you) stop'],
  },
  {
    id: 'situation.account-access-cannot-get-in',
    kind: 'situation',
    label: 'account_access',
    patterns: [
      '(can not | can\'t | cannot | unable to | could not | couldn\'t | not able to) get (in | into (it | the app | my account | the site | the portal | online banking))',
      '(verify | verifying | verification | identity | id check | id checks | kyc | selfie) …{0,6} (fails | failed | failing | rejected | keeps (failing | rejecting | asking) | won\'t (accept | go through | work))',
      '(keeps | kept) asking (me)? (to)? (verify | log in | sign in | re-enter | reset | for (a | the | my) (code | password))',
    ],
    examples: {
      positive: ["I don't remember which email I used to sign up and I can't get in.", 'It keeps asking me to verify my identity but the upload fails.'],
      negative: ['How do I verify my identity?'],
    },
  },
  {
    id: 'situation.late-delivery-not-yet',
    kind: 'situation',
    label: 'late_delivery',
    // What was due and has not come: a date that keeps moving, "was supposed to be returned last week".
    patterns: [
      '(delivery | arrival | dispatch | shipping | install | installation | estimated | eta | collection | connection | go-live | completion) (date | time | window | dates)? …{0,3} (keeps | kept)? (moving | changing | being (pushed | moved) | pushed back | slipping | getting pushed)',
      '(was | were) (supposed | meant | due | promised | scheduled | expected) to (be)? (returned | sent | delivered | back | ready | done | completed | posted | dispatched | arrive | come | here | installed | fitted | connected | shipped | collected | picked up)',
      '(promised | said | told (me | us)?) …{0,4} (would | will) (come | arrive | be (here | delivered | there | ready | with me | with us)) (in | within | by) …{0,6} (has been | it has been | been | it\'s been | still | now | weeks | over)',
    ],
    unless: ['(refund | reimbursement | money | credit)', '(if | in case | what happens if | what if)'],
    examples: {
      positive: ['Ordered a washing machine two weeks ago, delivery date keeps moving.', 'My passport was supposed to be returned with the visa last week.', 'The replacement bank card you promised would come in 3-5 days has been 2 weeks.'],
      negative: ['When is the delivery date for my sofa?'],
    },
  },
  {
    id: 'situation.billing-error-still-taking',
    kind: 'situation',
    label: 'billing_error',
    patterns: [
      '(still | keep | keeps | kept) (taking | charging | billing | debiting | deducting | collecting) (me | us | money | payments | the (fee | payment | money) | AMOUNT)?',
      '(invoice | bill | statement | charge | charges | subscription | renewal) …{0,6} (when | but | although | even though | though) (we | i) (only | never | don\'t | didn\'t | do not | did not | have only | had only)',
    ],
    unless: ['late (fee | payment)'],
    examples: {
      positive: ["I cancelled my gym membership in January and you're still taking £35 every month.", 'Why does my invoice show 12 users when we only have 8?'],
      negative: ['Can I still pay the invoice by card?'],
    },
  },
  {
    id: 'situation.out-of-stock-ran-out',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: [
      '(you | they | the (shop | store | restaurant | hotel | bar | kitchen | site | branch | warehouse) | your WORD) (had | have)? (ran | run | running) out (of)?',
      '(all | everything | they | it) (were | was | be | had)? (all)? (gone | sold | snapped up) (by | before | within | in | after)',
    ],
    examples: {
      positive: ['Your restaurant ran out of the set menu we booked for our party.', 'The 2-for-1 offer items were all gone by 9am.'],
      negative: ['We ran out of time at the counter.'],
    },
  },
  {
    id: 'situation.our-mistake-recorded-wrong',
    kind: 'situation',
    label: 'our_mistake',
    // A detail put on file that the customer calls wrong.
    patterns: [
      '(put | added | listed | registered | entered | recorded | set | printed | issued | shows | showing) …{0,12} (which | that) (is | was | be) (wrong | incorrect | not (right | correct | true) | a mistake)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ["They've put my wife's name on my policy as the main driver which is wrong."],
      negative: ['I put the wrong postcode in, sorry, could you fix it?'],
    },
  },
  {
    id: 'situation.our-mistake-said-sorted',
    kind: 'situation',
    label: 'our_mistake',
    // Told it was sorted, and it is not: a promise not kept.
    patterns: [
      '(said | told (me | us) | promised | assured (me | us) | confirmed) (that)? (it | this | that | everything | the (issue | problem | refund | booking | change)) (was | would be | had been | is | has been | will be) (sorted | fixed | resolved | done | taken care of | cancelled | canceled | refunded | processed | on its way | updated | changed | booked)',
      '(code | key | keys | pin | password | ticket | tickets | voucher | link | address | instructions | directions) (you | your WORD) (gave | sent | provided | issued | emailed) (me | us)? …{0,4} (doesn\'t | does not | didn\'t | did not | won\'t | will not | isn\'t | is not | wasn\'t | was not) (work | open | exist | scan | apply | valid | right | correct)',
      '(your | the) (driver | pilot | captain | staff | agent | waiter | waitress | chef | engineer | technician | rep | guard | receptionist) (was | were) (on (his | her | their) phone | drunk | speeding | smoking | asleep | sleeping | swearing | unsafe | dangerous | reckless | aggressive | eating)',
    ],
    needsInMessage: ['(isn\'t | is not | wasn\'t | was not | hasn\'t | has not | not | never | still | nothing | no one | nobody | nearly | almost | doesn\'t | does not)'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ["I explained all this to Martin last week and he said it was sorted. It isn't.", "The key safe code you gave us doesn't open the box.", 'Your driver was on his phone the whole journey and nearly hit a cyclist.'],
      negative: ['Martin said it was sorted and it is, thank you!'],
    },
  },
  {
    id: 'signal.repeat-contact-explained-before',
    kind: 'signal',
    label: 'repeat_contact',
    patterns: [
      '(explained | told | reported | raised | mentioned | went through) (all)? (of)? (this | it | that | everything) (to)? …{0,3} (last (week | month | time) | yesterday | before | already | previously | twice | on the phone)',
    ],
    examples: { positive: ['I explained all this to Martin last week.'], negative: ['I explained it to my wife.'] },
  },
  {
    id: 'situation.outage-shows-nothing',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(show | shows | showing | showed | display | displays | displaying | report | reports | reporting) (zero | 0 | nothing | blank | no data | empty | £0 | $0)',
      '(screen | display | app | phone | line | device | unit | battery | system | engine | tv | box | router | meter | terminal | infotainment | sat nav | satnav | dashboard) …{0,3} (went | gone | goes | has gone | is | was) (dead | black | blank | dark)',
    ],
    examples: { positive: ['Ever since you migrated us to the new platform, our reports show zero for every day.', "The car's infotainment screen went dead on the motorway."], negative: ['Why does my balance show zero after I paid it off?'] },
    unless: ['(paid | paying) (it | this | that | the balance | everything)? (off | in full)'],
  },
  {
    id: 'situation.out-of-stock-no-size',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: [
      '(no | none | nothing | not) …{0,3} in (my | his | her | our | their | the right | the correct) …{0,2} (size | sizes | colour | color | width | fit)',
      '(showing | shows | is | was | are | were | be) (as)? (full | fully booked | booked up | sold out | unavailable) (on | for | every | all | until | through)',
    ],
    unless: ['\\?'],
    examples: { positive: ["We got to the ski hire shop and they had no boots in my son's size.", 'The flight we wanted is showing as full on every date in August.'], negative: ['Do you have boots in my size?'] },
  },
  {
    id: 'situation.late-payment-unpaid',
    kind: 'situation',
    label: 'late_payment',
    patterns: ['(=unpaid | =overdue) (invoice | invoices | bill | bills | balance | amount | premium | premiums | rent | payment | payments | instalment | instalments)'],
    examples: { positive: ['I have 3 unpaid invoices totalling €1,430.'], negative: ['Where can I download my invoices?'] },
  },
  {
    id: 'situation.partner-error-third-party-acted',
    kind: 'situation',
    label: 'partner_error',
    // A named third party (hotel, airline, restaurant, seller, repairer) as the one who did wrong,
    // when the customer came to it through us (TAXONOMY §2: someone acting for us got it wrong).
    patterns: [
      `${THIRD_PARTY} …{0,8} ${WRONG_ACT}`,
      `(they | he | she) (had | have | has)? ${WRONG_ACT}`,
      `${THIRD_PARTY} …{0,8} ${WRONG_ACT_MORE}`,
      `(they | he | she) (had | have | has)? ${WRONG_ACT_MORE}`,
      `CAP PUNCT? (who | that | which) (i | we) (booked | bought | ordered | paid) (with | through | from | via) PUNCT? …{0,3} ${WRONG_ACT}`,
      `(${THIRD_PARTY} | (the | that) WORD? (clinic | hospital | lab | laboratory | vet | insurer | nursery | bank | provider | lender)) (that | who)? (you | your WORD | your WORD WORD) (booked | use | used | appointed | recommended | arranged | chose | sent | hired | assigned | subcontracted | outsourced | contracted | referred | =put | transferred (my | our) WORD | partner with | partnered with | work with) (me | us)? (out | round | over | on | with | to | in)? …{0,8} (=missed | =gave | =scratched | =used | =cancelled | =canceled | =put | =ruined | =dropped | =sent | =say | left | had | never | did not | didn't | has | kept | keeps | was | were | =charged | =filed | =wired | =delivered | =valued | =took | =said | =told | =sold | =damaged | =broke | =quoted | =substituted | =refused | =declined | =overbooked | =ran | =lost | =forgot | won't | will not | wouldn't | would not | refuses | is refusing)`,
      // "Your locksmith charged me 300", "your card processor has held our payouts": a role we use, and what it did.
      `${THIRD_PARTY} …{0,3} (who | that)? (has | have | had)? (even)? (=charged (me | us) (AMOUNT | NUM | extra | more | double | twice | for) | =quoted …{0,4} (then | and then | but) (=billed | =charged | =invoiced) | =declined (my | our) | =held (my | our) | =filed …{0,3} late | =valued | =substituted | =swapped | (didn't | did not | never) (even)? (go | check | look | inspect | test | bother | fix | repair | clean | finish | turn up | show up))`,
      `(the | a) WORD (ORG | CAP) (sent | use | uses | used | appointed | hired) …{0,6} ${WRONG_ACT}`,
    ],
    needsInMessage: VIA_US,
    // "Visa" is also the card network (an ORG); a visa letter or application is paperwork.
    unless: ['(if | in case | what happens if | what if | should) …{0,4} (cancel | change | move | lose)', '(can | could | would) (you | i | we) …{0,4} (change | move | cancel)', 'visa (letter | letters | application | appointment | stamp | document | documents | form)'],
    examples: {
      positive: [
        'We arrived at the Hotel Miramar at 11pm and they had given our room away. Our booking with you was paid in full.',
        'Sunwing Air moved our departure from 10:00 to 06:15 and nobody from your agency told us.',
        'Pizza Roma sent a margherita instead of the vegan pizza I ordered through your app.',
        'The airport transfer company you use left us waiting at arrivals for 90 minutes.',
        'The repairer your claims team appointed has had my car for five weeks.',
        'The villa you booked for us had no hot water for four days and the owner stopped answering.',
        'The electrician your team subcontracted wired the meter incorrectly.',
        'Your card processor has held our payouts for a week.',
      ],
      negative: ['Can the hotel you booked for us move our check-in to the afternoon?', 'The hotel was lovely, thank you for arranging it.'],
    },
  },
  {
    id: 'situation.our-mistake-our-system-did',
    kind: 'situation',
    label: 'our_mistake',
    // Our system, form or staff did a thing, and did it wrongly: twice, at the old rate, to the
    // wrong person, without asking, wiping what the customer typed.
    patterns: [
      `(you | your WORD? (system | payroll | app | website | site | form | portal | team | staff | agent | consultant | advisor | adviser | engineer | technician | driver | warehouse | store | branch | software | platform | tool | calculator | checkout | bot | chatbot | letter | email) | the (online form | form | system | app | website | counter staff | staff | consultant | agent | advisor | adviser | checkout | portal | software | calculator | engineer | technician)) (have | has)? (=processed | =paid | =calculated | =applied | =deducted | =sent | =issued | =booked | =gave | =given | =deleted | =wiped | =closed | =changed | =put | =set | =registered | =recorded | =entered | =renewed | =submitted | =filed | =posted | =allocated | =assigned | =used) …{0,8} (twice | two times | double | wrong | incorrect | incorrectly | old | previous | last (month | year) \\'s | normal rate | standard rate | full price | full rate | without (asking | telling | warning | my | our | any) | everything | someone else | flat | broken | expired)`,
      '(sold | signed (me | us)? up | put (me | us)? on | enrolled | given) …{0,6} without (being (told | asked | warned) | telling | asking | explaining | warning | my (consent | knowledge))',
      '(gave | given | sent | delivered | handed) (us | me) (a | an | the) WORD …{0,2} with (a | an)? (flat | broken | cracked | dead | damaged | missing | dirty | faulty | leaking | bald | warning light)',
    ],
    yieldsTo: ['partner_error'],
    unless: ['(i | we) (entered | typed | put | set | gave | chose | selected) (the | a)? (wrong | old | incorrect)'],
    examples: {
      positive: [
        'Your payroll calculated overtime at the normal rate for everyone this month.',
        "Your system processed my leaver's final pay twice.",
        'The online form deleted everything I typed when I pressed back.',
        'I was sold a non-refundable fare without being told it was non-refundable.',
        'The counter staff gave us a car with a flat tyre.',
      ],
      negative: ['Your system sent me the code, thanks, all working now.', 'I entered the wrong account number on the form.'],
    },
  },
  {
    id: 'situation.billing-error-billed-for-gone',
    kind: 'situation',
    label: 'billing_error',
    patterns: ['(billed | charged | invoiced) (us | me)? for …{0,6} (who | that | which) (left | cancelled | canceled | were removed | was removed | no longer | have left | had left | never)'],
    examples: { positive: ["You've billed us for the seats of people who left the company in January."], negative: ['Will I be billed for users who join mid-month?'] },
  },
  {
    id: 'situation.outage-eats-and-wipes',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(been | is | are | keeps | keep | started) (=wiping | =deleting | =losing | =erasing | =duplicating | =corrupting | =overwriting | =dropping)',
      '(atm | cash machine | cashpoint | kiosk | machine | terminal | reader | meter) …{0,3} (=ate | =swallowed | =kept | =retained | =eaten) (my)? (card | money | cash | coins)',
      '(calls | phone | line | texts | messages) …{0,4} (keep | keeps)? (going (straight)? to voicemail | not ringing | not coming through | not going through | cutting off | dropping out)',
    ],
    examples: {
      positive: ["Our shared calendar has been wiping people's events since this morning.", 'The self-service kiosk at the branch ate my card.', 'Calls to our office keep going straight to voicemail without ringing.'],
      negative: ['How do I stop calls going to voicemail when I am away?'],
    },
    unless: ['(how | can i | could you | please) …{0,3} (stop | set up | turn off)'],
  },
  {
    id: 'situation.account-access-under-review',
    kind: 'situation',
    label: 'account_access',
    patterns: [
      '(account | profile | card | login | access) …{0,4} (under review | pending review | pending verification | under investigation | on hold | restricted | limited)',
      '(reset | verification | login | magic | activation | confirmation | sign-in) (link | email | code) …{0,6} (expired | invalid | broken | does not work | doesn\'t work | not working)',
      '(link | code) (says | shows | keeps saying | always says) (it)? (is | has)? (expired | invalid)',
    ],
    examples: {
      positive: ["My daughter's account says it is under review and she can't book her flights.", 'The reset email lands but the link says expired every time.'],
      negative: ['Is my application still under review?'],
    },
  },
  {
    id: 'situation.late-delivery-promised-by',
    kind: 'situation',
    label: 'late_delivery',
    // A promised date or time that has passed: "would be delivered by 14 May. It is now 21 May",
    // "ordered at 7, it's now 9:15 and nothing".
    patterns: [
      '(told | promised | assured | said | confirmed | guaranteed) …{0,8} (would | will) (be)? (delivered | arrive | here | ready | fixed | done | back | sent | completed | installed | dispatched | with (me | us)) (by | on | within | in | before)',
      `(it is | it's | its) now (DATE | NUM | CLOCK | TIME_CONCRETE | ${MONTH} | the) …{0,3} (and | but)? (nothing | still | no sign | no (food | order | delivery | parcel | one))`,
      '(said | says | showing | shown | shows | stuck on) …{0,2} (on its way | out for delivery | arriving | in transit | being prepared | preparing) …{0,3} for (an | a | NUM | over an | two | three | four) (hour | hours | days | day)',
    ],
    unless: ['(refund | reimbursement | money | credit)', '(thank you | thanks | great service | and it (was | did))'],
    examples: {
      positive: ['I was told in writing that the replacement part would be delivered by 14 May. It is now 21 May.', "Ordered dinner at 7, it's now 9:15 and nothing.", 'The app has said "on its way" for an hour.'],
      negative: ['You said it would be delivered by Friday and it was, thank you.'],
    },
  },
  {
    id: 'situation.our-mistake-promised-by',
    kind: 'situation',
    label: 'our_mistake',
    // A promise in writing or by phone that was not kept is ours (TAXONOMY §2: a promise not kept).
    patterns: ['(told | promised | assured | confirmed | guaranteed) (in writing | on the phone | by (phone | email | your WORD))? (that)? …{0,8} (would | will) (be)? (delivered | arrive | here | ready | fixed | done | back | sent | completed | installed | refunded | credited | waived | called) (by | on | within | in | before)'],
    needsInMessage: ['(now | still | never | not | nothing | no one | nobody | yet | passed | missed)'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['I was told in writing that the replacement part would be delivered by 14 May. It is now 21 May and I have called twice.'],
      negative: ['I was told it would be delivered by 14 May and it came on the 13th, great service.'],
    },
  },
  {
    id: 'situation.billing-error-full-price',
    kind: 'situation',
    label: 'billing_error',
    // Charged the full or old price despite an offer, renewed without a reminder, a no-show fee
    // for a stay that happened, paid for an extra that was not given, several bills for one period.
    patterns: [
      '(charged | billed | paying | paid | charging | billing) (me | us)? (the)? (full price | full rate | full fare | standard rate | old (price | rate) | peak (fare | rate) | higher rate)',
      '(auto-renewed | auto renewed | renewed | rolled over | re-subscribed) …{0,8} without (any)? (reminder | notice | warning | asking | telling | email | letter)',
      '(charged | billed) (my card | me | us)? …{0,3} (for)? (a)? (no-show | no show | damage | cleaning | smoking | minibar | late checkout | extra night | fuel | toll | tolls | excess)',
      '(=paid | =paid extra) for …{0,4} (and | but) (it | they) (wasn\'t | was not | weren\'t | were not | never | didn\'t | did not) (honoured | honored | provided | applied | given | delivered | happen)',
      '(two | three | four | several | multiple) (bills | invoices | statements | charges | payments | direct debits) …{0,4} (for | about | covering) the same (period | month | order | item | thing | booking | service | week)',
    ],
    examples: {
      positive: [
        "The promo said 50% off for 6 months but I've been charged full price since month 2.",
        'You auto-renewed my annual plan at £299 without any reminder.',
        'The hotel charged my card £180 for a no-show but we checked in.',
        "I paid for priority boarding and it wasn't honoured.",
        "I've had three bills this month for the same period, each with a different amount.",
      ],
      negative: ['Is the full price charged if I cancel after 14 days?'],
    },
    unless: ['(if | will | would | do you | does it) …{0,4} (charged | billed | charge)'],
  },
  {
    id: 'situation.outage-behaves-wrong',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(app | site | program | software | it | game | tv | camera | phone | laptop | device) (closes | crashes | quits | shuts down | restarts | freezes | goes black) (the moment | when | whenever | every time | as soon as | immediately | straight away)',
      '(card machine | terminal | card reader | reader | pos | till | machine | atm | system) …{0,4} (declining | rejecting | failing | not accepting | won\'t accept | refusing | =declined | =rejected)',
      '(coming out | exporting | exported | downloading | downloaded | printing | saving | saved | syncing | synced | showing up) (as)? (empty | blank | corrupted | corrupt | garbled | zero | duplicates)',
    ],
    unless: ['(my | the) card (was | got | is | keeps) (declined | being declined)'],
    examples: {
      positive: ['Since the 2.4 update, the app closes the moment I open the camera.', 'The card machine has been declining every contactless payment since lunch.', 'Exports are coming out as empty CSV files.'],
      negative: ['How do I close the app on my TV?'],
    },
  },
  {
    id: 'situation.late-delivery-slot-passed',
    kind: 'situation',
    label: 'late_delivery',
    // A booked slot and the time now: "booked for 8-12 today. It's 3pm."
    patterns: ['(it is | it\'s | its) (now)? (CLOCK | NUM | TIME_CONCRETE) (am | pm)?'],
    needsInMessage: ['(booked | scheduled | due | expected | supposed | promised | slot | window | between | ordered | arrive | arriving) …{0,6} (NUM | CLOCK | TIME_CONCRETE | today | this (morning | afternoon))'],
    unless: ['(what time | what \'s the time | when)'],
    examples: {
      positive: ["The plumber was booked for 8-12 today. It's 3pm."],
      negative: ['Our slot is 8-12 tomorrow. What time does the driver usually call?'],
    },
  },
  {
    id: 'situation.our-mistake-conflicting',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(two | three | several | different) (different)? (agents | people | staff | advisors | advisers | reps | members of staff | colleagues | branches) (gave | told) (me | us)? (two | three)? (different | conflicting | contradictory) (answers | stories | information | things | prices | quotes | explanations)',
      '(different | conflicting | contradictory) (answers | information | advice | stories | explanations) (from | each time | every time)',
      '(room | apartment | cabin | villa | bathroom | car | flat | lodge) …{0,3} (had | has | came with) no (towels | toilet (roll | paper) | sheets | bedding | soap | hot water | heating | air con | aircon | kettle | wifi | key | keys | cot | crib | pillows)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['Two different agents gave me two different answers about whether my trip is covered.', 'The room had no towels, no toilet roll and the safe was locked.'],
      negative: ['Do the rooms have towels or should we bring our own?'],
    },
  },
  {
    id: 'situation.cancellation-do-not-renew',
    kind: 'situation',
    label: 'cancellation',
    patterns: ['(please)? (do not | don\'t) (renew | auto-renew | roll over | continue) (my | our | the) (policy | subscription | contract | membership | plan | cover | insurance | service)'],
    unless: ['(unless | or | otherwise | if)'],
    examples: { positive: ["Please don't renew my policy. I've found cover elsewhere."], negative: ['Will you remind me before you renew my policy?'] },
  },
  {
    id: 'signal.churn-risk-found-elsewhere',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(found | got | taken out | bought | chosen) (cover | insurance | a (policy | plan | deal | quote | provider)) (elsewhere | somewhere else | with (another | a different | ORG | CAP))',
      '(please)? (do not | don\'t) (renew | auto-renew | roll over) (my | our | the) (policy | subscription | contract | membership | plan | cover | insurance)',
    ],
    examples: { positive: ["I've found cover elsewhere."], negative: ['I found the cover details on your website.'] },
  },
  {
    id: 'situation.late-delivery-still-not',
    kind: 'situation',
    label: 'late_delivery',
    // Still not here, however it is named ("the suit hire still hasn't arrived"), days counted
    // without it, or a date that moved from one day to the next.
    patterns: [
      '(still | yet) (hasn\'t | has not | haven\'t | have not | isn\'t | is not | not) (arrived | come | been delivered | turned up | shown up | been dispatched | been sent | shipped | been shipped | landed | visited | been out | come out | been round | come round)',
      '(NUM | two | three | four | five | six | seven | eight | nine | ten | several | many) (days | weeks | hours) (on | later)? (and | but)? (still)? (no | nothing | no sign of (my | the)?) (parcel | package | order | delivery | sign | engineer | technician | driver | courier | car | card | food)',
      `(told | promised | said) (me | us)? (${DAY} | DATE | tomorrow | today) (\\,)? (then | and then | now | and now) (${DAY} | DATE | tomorrow | next week)`,
    ],
    unless: ['(refund | reimbursement | reply | response | answer | money | credit | transfer | payment | funds | deposit | cheque | salary | wages | email | code | text | sms | link | confirmation)'],
    examples: {
      positive: ["The suit hire for Saturday's wedding still hasn't arrived.", 'This is a complete joke. Ten days and no parcel.', 'Chasing again on order 8812, I was told Tuesday, then Thursday.'],
      negative: ['Which depot will my parcel go through?'],
    },
  },
  {
    id: 'situation.billing-error-fee-demand',
    kind: 'situation',
    label: 'billing_error',
    patterns: [
      '(charging | charge | charged) (me | us) AMOUNT (to | for) (just)? (print | check | use | change | speak | call | pay | talk | send | cancel | update | book)',
      '^ (refund | return | give back) (me | us)? (the | my | our)? AMOUNT',
      '(never (seen | had | paid | been charged) | first time (i | we) (have | \'ve)? (seen | had | been charged)) (a | an | this | that)? (AMOUNT)? …{0,4} (fee | charge | surcharge)',
    ],
    examples: {
      positive: ['Are you seriously charging me £40 to print a boarding pass?', "Refund the £80 or I'll be cancelling my membership.", "I've never seen a £30 'account maintenance' fee before."],
      negative: ['Is there a charge for printing a boarding pass at the airport?'],
    },
  },
  {
    id: 'signal.high-emotion-let-down',
    kind: 'signal',
    label: 'high_emotion',
    patterns: [
      '(feel | felt | feeling) (completely | totally | so | very | really | utterly)? (let down | cheated | betrayed | ignored | abandoned | misled | lied to | ripped off | humiliated | insulted | fobbed off)',
      '(lied to | fobbed off | ripped off | mugged off)',
      '(are you | you are | you\'re) (seriously | really | actually | honestly) (charging | telling | saying | expecting | asking | going to)',
    ],
    examples: { positive: ['I feel completely let down and, frankly, lied to.', 'Are you seriously charging me £40 to print a boarding pass?'], negative: ['Are you open on Sunday?'] },
  },
  {
    id: 'signal.churn-risk-giving-up',
    kind: 'signal',
    label: 'churn_risk',
    patterns: ['(close to | about to | ready to | thinking (of | about) | tempted to) (giving up on | give up on | leaving | leave | ditching | ditch | dropping | drop | quitting | quit) (you | your)'],
    examples: { positive: ["Honestly, I'm close to giving up on your service after this."], negative: ['I am about to leave for the airport.'] },
  },
  {
    id: 'signal.deadline-goes-out',
    kind: 'signal',
    label: 'deadline',
    patterns: [
      '(mortgage | rent | payment | direct debit | bills | payroll | wages | loan repayment) (goes | go | comes | come | is | are) (out | due) (tomorrow | today | tonight | on | this | next | in)',
      `(${DAY} \\'s | tomorrow \\'s | tonight \\'s | next week \\'s | this weekend \\'s) (wedding | party | event | meeting | interview | trip | flight | funeral | exam | match | show | concert | launch | conference)`,
    ],
    examples: { positive: ["Please reverse the duplicate payment today, my mortgage goes out tomorrow.", "The suit hire for Saturday's wedding still hasn't arrived."], negative: ['My mortgage went out last week as normal.'] },
  },
  {
    id: 'situation.our-mistake-detail-wrong',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(has | have | had | got | put | spelled | spelt | listed | printed | shows) (my | our | his | her) WORD WORD? (wrong | incorrect | misspelled)',
      '(how | the way) (i | we | my WORD) (was | were | have been | got) (spoken to | treated | addressed | talked to | dealt with)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['The visa letter you issued has my passport number wrong.', "I'm honestly shocked at how I was spoken to in your Leeds branch today."],
      negative: ['I think I have my passport number wrong on the form, can I change it?'],
    },
    unless: ['(i | we) (think | may | might) (i | we)? (have | had | put)', '(can | could) (i | we) (change | fix | correct | update)'],
  },
  {
    id: 'situation.account-access-reset-loop',
    kind: 'situation',
    label: 'account_access',
    patterns: ['(reset | verification | login | sign-in | recovery) (process | flow | link | page | steps) …{0,4} (NUM | two | three | four | five | several | multiple) times'],
    examples: { positive: ["I've been through the reset process four times now."], negative: ['How long do the ID checks take?'] },
  },
  {
    id: 'situation.our-mistake-not-what-agreed',
    kind: 'situation',
    label: 'our_mistake',
    // What came differs from what was agreed or booked: fewer units than ordered, another date
    // than booked, a tank empty though the agreement says full, a discount code refused.
    patterns: [
      '(arrived | came | delivered | received | got | sent) (with)? (only)? NUM …{0,3} instead of (the)? NUM',
      '(but | whereas | while) (i | we) (actually | clearly)? (=booked | =ordered | =asked for | =chose | =selected | =requested | =paid for | =reserved) (for | the | a | an)? (DATE | NUM | WORD)',
      '(although | but | even though | though | yet) (the | my | our | your) (agreement | contract | booking | confirmation | policy | terms | listing | ad | advert | description | quote | order | voucher) (says | said | states | stated | shows | showed | promised | included | clearly says)',
      '(discount | promo | promotion | voucher | coupon | gift card | offer) (code)? …{0,6} (not valid | invalid | isn\'t valid | is not valid | was rejected | didn\'t work | doesn\'t work | won\'t work | not working | not accepted | wasn\'t accepted | expired)',
    ],
    unless: ['(by mistake | accidentally | my mistake | my fault | my error | i made)', '(can | could | would | will | do) (i | we | you) …{0,4} \\?'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: [
        'Dear team, kindly note that the shipment arrived with 3 units instead of the 5 units as per our PO.',
        'Hello, the confirmation email has the check-in date as 12 June, but I booked for 21 June.',
        'When I collected the car the fuel tank was nearly empty, although the agreement says full-to-full.',
        'your app gave me a 20% discount code and at checkout it said code not valid',
      ],
      negative: ['I wanted the 21st but I booked the 12th by mistake, can you change it?'],
    },
  },
  {
    id: 'situation.out-of-stock-gone-taken',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: [
      '(coming soon | out of stock | unavailable | sold out | back-ordered | backordered) …{0,3} for (months | weeks | ages | NUM (weeks | months) | a (month | year))',
      '(ever | ever going to) be (back | available | restocked | in stock)',
      '(removed | discontinued | dropped | withdrawn | scrapped | got rid of) (the)? WORD? WORD? (option | product | range | plan | tariff | service | menu item | ticket | flavour | flavor | version | model | size | colour | color)',
      '(no more | none left | nothing left | none remaining) …{0,3} (left | available | in stock | by the time | when)?',
      '(had | has | have) no WORD (left)? (by | before | after) (NUM | CLOCK | TIME_CONCRETE)',
      '(slots | appointments | seats | tables | spaces | places | tickets | rooms | apartments | cabins | cottages | lodges | pitches | classes | courses | sessions | beds | units) …{0,6} (are | were)? (all)? (taken | gone | full | booked up | fully booked)',
    ],
    unless: ['(is | are | will) (there | it | they) …{0,5} \\?', 'no more (than | emails | messages | calls | texts)'],
    examples: {
      positive: [
        'Hi, the item I wanted (SKU 4481) shows "coming soon" for months now. Will it ever be back?',
        "You've removed the family ticket option so we have to buy 4 separate tickets.",
        'There were no more gluten-free meals left by the time the trolley reached row 30.',
        'All the slots for click and collect are taken for the whole week.',
      ],
      negative: ['Are there any slots left on Saturday?', 'Please send no more than one reminder.'],
    },
  },
  {
    id: 'situation.billing-error-read-wrong',
    kind: 'situation',
    label: 'billing_error',
    // A reading or count billed wrongly, two providers billing for one service, billing that
    // outlived a downgrade, a rise at renewal with no claim.
    patterns: [
      '(read | recorded | estimated | billed | charged | entered | calculated | invoiced) (as | at | for) (AMOUNT | NUM) instead of (AMOUNT | NUM)',
      '(hence | so | resulting in | giving (me | us)?) (the | a | an | this)? AMOUNT (bill | invoice | charge | statement)',
      '(both | two (companies | networks | providers | suppliers)) (are)? (billing | charging) (me | us)',
      '(downgraded | reduced | removed | cancelled | canceled | dropped) …{0,6} (but | yet) …{0,4} (still)? (bills | billing | charges | charging | charged | billed | invoiced | invoices)',
      '(premium | price | bill | renewal | rate) …{0,4} (increased | gone up | went up | risen | rose | jumped) by (NUM | AMOUNT)',
    ],
    unless: ['(will | would | does | do | if) …{0,4} (increase | go up | rise)'],
    examples: {
      positive: ['Our meter was read as 45,000 instead of 4,500, hence the £3,200 bill.', 'I ported my number to you on the 1st, but my old network AND you are both billing me.', 'We downgraded to 10 seats but the invoice still bills us for 25.', 'My premium has increased by 40% at renewal and I have not made a claim.'],
      negative: ['Will my premium go up by much at renewal?'],
    },
  },
  {
    id: 'situation.our-mistake-in-error',
    kind: 'situation',
    label: 'our_mistake',
    // Someone of ours did it "by mistake", "in error"; papers that went out with last month's date.
    patterns: [
      '(you | your WORD | the WORD (handler | agent | team | staff | system | advisor | adviser | bank | store | engineer | technician | department | office | branch) | they | he | she) …{0,6} (by mistake | in error | by accident | accidentally | mistakenly | erroneously | wrongly)',
      '(went out | were sent | was sent | were issued | was issued | were printed | was printed | were generated | was generated) (with)? (last (month | year) \'s | the wrong | an old | the old | old | someone else \'s) (date | name | address | figures | rate | amount | details | logo | period)',
    ],
    unless: ['(i | we) …{0,4} (by mistake | accidentally | in error)'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['The claims handler closed my claim by mistake and now I have to start again.', "The pay slips went out with last month's date on them and two staff have noticed."],
      negative: ['I deleted the file by mistake, can you restore it?'],
    },
  },
  {
    id: 'situation.account-access-swapped',
    kind: 'situation',
    label: 'account_access',
    patterns: [
      '(sim | number | phone number | account | email | mobile) (was | has been | got | were) (swapped | ported | hijacked | taken over | cloned) …{0,3} (without | by someone | fraudulently)?',
      '(someone | somebody | a stranger) (is | has got | got | has been | was) (in | into) (my | our) (account | banking | email | profile | app)',
    ],
    examples: { positive: ["My son's SIM was swapped without permission and now someone is in my banking."], negative: ['How do I swap my SIM to a new phone?'] },
  },
  {
    id: 'signal.money-at-stake-fined',
    kind: 'signal',
    label: 'money_at_stake',
    patterns: ['(get | be | being | getting | will be) (=fined | =penalised | =penalized | charged a penalty | hit with a (fine | penalty))'],
    examples: { positive: ['Deadline is the 22nd or we get fined.'], negative: ['Will anyone be fined for this?', 'Four line tests, four times "your line is fine".'] },
    unless: ['(will | would) (anyone | someone | they)'],
  },
  {
    id: 'situation.late-delivery-eta-passed',
    kind: 'situation',
    label: 'late_delivery',
    // An estimate or slot against what happened: "ETA was 40 mins. It's been 1h45", "slot was
    // 7-8pm, driver arrived at 10:40", a bag that did not make it onto the flight.
    patterns: [
      '(eta | estimate | estimated (time | arrival | delivery) | quoted time | wait time | slot | window) (was | said | showed | of | is) …{0,3} (NUM | CLOCK | TIME_CONCRETE | an | one | two | between)',
      '(bag | bags | luggage | suitcase | baggage | case | pushchair | buggy | wheelchair) …{0,3} (didn\'t | did not | never) (make it | arrive | come | turn up | get loaded | get put)',
    ],
    needsInMessage: ['(it is | it\'s | its) (been | now) | still | nothing | no sign | later | (arrived | came | turned up | showed up) (at | around | after) (CLOCK | NUM | TIME_CONCRETE) | days | hours'],
    unless: ['(what | when) (is | was) (the | my | our)? (eta | slot | window)'],
    examples: {
      positive: ["ETA was 40 mins. It's been 1h45.", 'Grocery slot was 7-8pm. Driver arrived at 10:40 with half the frozen stuff melted.', "My checked bag didn't make it onto the flight, it's been 2 days."],
      negative: ['What is the ETA for my order?'],
    },
  },
  {
    id: 'situation.our-mistake-despite-booking',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(seated | put | placed | given | moved | allocated | assigned) …{0,6} (after | despite | even though | although) (booking | reserving | requesting | asking for | paying for | pre-booking | pre-ordering)',
      '(ignored | disregarded | didn\'t read | did not read | missed | overlooked) (my | our | the) (allergy | dietary | special | delivery)? (note | notes | request | requests | instructions | instruction | requirements)',
      '(told | said | promised | advertised | shown) …{0,8} (does not | doesn\'t | did not | didn\'t) exist',
      '(wasn\'t | was not | weren\'t | were not | not) (marked | noted | recorded | listed) (on | in) (the | your)? (check-out | checkout | pickup | collection | handover | condition)? (sheet | form | report | diagram | record)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['We were seated next to the toilets after booking the window table three months ago.', 'The kitchen ignored my allergy note, there were nuts in the dessert.', "The hotel shuttle we were told runs every 30 minutes doesn't exist.", "The car had a dent on the passenger door that wasn't marked on the check-out sheet."],
      negative: ['Can I add an allergy note to my booking?'],
    },
  },
  {
    id: 'situation.billing-error-not-our-damage',
    kind: 'situation',
    label: 'billing_error',
    patterns: [
      '(taken | charged | deducted | took | billed | kept) …{0,8} for (a | the)? WORD (that | which) (was | were) already there',
      '(now)? (you | they) (want | wants | are trying | are going | intend) to (charge | bill | fine | invoice) (me | us) (for)?',
    ],
    examples: {
      positive: ["You've taken the excess of £1,250 from my card for a scratch that was already there.", 'And now you want to charge me for it.'],
      negative: ['Do you charge for a second driver?'],
    },
  },
  {
    id: 'situation.out-of-stock-gone-from-site',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: ['(gone from | disappeared from | removed from | no longer on | vanished from) (the | your)? (site | website | app | shop | store | menu | shelves | shelf | range | catalogue | catalog)'],
    examples: { positive: ['Tried to reorder my usual coffee beans, gone from the site completely.'], negative: ['How do I remove an item from my basket?'] },
  },
  {
    id: 'situation.account-access-not-found',
    kind: 'situation',
    label: 'account_access',
    patterns: ['(account | user | email | username | login) (not found | not recognised | not recognized | doesn\'t exist | does not exist | isn\'t registered | not registered | unknown)'],
    examples: { positive: ['Keep getting "account not found" when I try to log in with the email I have always used.'], negative: ['Is there an account for my business yet?'] },
  },
  {
    id: 'situation.outage-stuck-and-bouncing',
    kind: 'situation',
    label: 'outage',
    // A service that shows a blank page, leaves work stuck "pending", bounces mail, stops
    // updating, doubles entries, starts then stops, or finds nothing.
    patterns: [
      '(showing | shows | displays | gives | returns | loads) (a | an | the)? (white | blank | empty | error | 404 | 500) (page | screen | box)',
      '(transfers | payments | orders | transactions | deposits | withdrawals | invoices | submissions | uploads | jobs | messages | emails | bookings) …{0,4} (stuck | sitting | hanging | frozen) (on | in | at)? …{0,1} (pending | processing | queued | loading | in progress)',
      '(emails | messages | texts | mail | invoices) …{0,4} (bouncing | bounced | bounce | undeliverable | not being delivered)',
      '(nothing | not) …{0,2} (updated | refreshed | synced) (today | since | for (NUM | a | two | three) | in (NUM | two | three) (days | hours))',
      '(=adds | =scans | =counts | =creates | =sends | =posts | =duplicates | =shows | =prints | =books | =adding | =sending | =posting | =printing | =creating) …{0,4} (twice | two times | double)',
      '(starts | start | started | begins | connects) (and)? (then)? (stops | cuts out | shuts off | dies | fails | crashes | drops)',
      '(search | filter | lookup | scanner | the finder) …{0,2} (returns | shows | gives | finds) (no | zero | nothing | 0) (results)?',
    ],
    unless: ['(charged | billed | debited | taken | payment | paid | charges)', '(how | can i | is it possible)'],
    examples: {
      positive: [
        'Our website is showing a white page for everyone.',
        'All our transfers have been stuck on "pending" since yesterday afternoon.',
        'Emails to our customers are bouncing back as undeliverable.',
        "The dashboard shows yesterday's numbers, nothing has updated today.",
        'Every time I scan the barcode it adds the item twice.',
        'The EV charger starts and then stops after a few seconds every time.',
        'Search returns no results even for products I know are there.',
      ],
      negative: ['How do I search for a past order?'],
    },
  },
  {
    id: 'situation.billing-error-paying-for-nothing',
    kind: 'situation',
    label: 'billing_error',
    patterns: [
      '(standing order | direct debit | payment | subscription | instalment | installment | premium | rent | membership fee) …{0,3} (went out | came out | was taken | was collected | taken | collected | debited) (twice | two times | again | double)',
      '(paying | paid | charged | billed) (for)? (a | an | the)? WORD (i | we) (don\'t | do not | didn\'t | did not | never) (have | own | use | order | want | need)',
      '(bill | statement | invoice | meter | reading) (says | shows | claims) (i | we) (used | owe | spent | consumed | made) …{0,8} (while | when | but | although | even though)',
      '(money | payment | it | the payment) (left | came out of | was taken from | went out of) (my | our) (account | card) (but | yet) …{0,6} (unpaid | outstanding | not paid | overdue | owing | due)',
    ],
    examples: {
      positive: ['My standing order went out twice this month.', "I've been paying for a landline I don't have for two years.", 'The bill says I used 900 units in a month while I was abroad and the house was empty.', 'Money left my account but the bill still shows unpaid.'],
      negative: ['Can I pay for a landline I do not have yet?'],
    },
    unless: ['(can | could) (i | we) (pay | be charged)'],
  },
  {
    id: 'situation.out-of-stock-size-range',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: [
      '(only)? (come | comes | go | goes | available) (in | up to) (size | sizes)? NUM (to | -) NUM',
      '(in | for) (my | his | her | our | their) (size | sizes) (is | are | was | were | be)? (gone | sold out | out of stock | unavailable | all gone)',
    ],
    unless: ['\\?'],
    examples: { positive: ["Both shops in town say the shoes only come in 6 to 9, I'm an 11.", 'I keep getting emails for a sale but everything in my size is gone.'], negative: ['Do the shoes come in 6 to 9?'] },
  },
  {
    id: 'signal.deadline-set-for',
    kind: 'signal',
    label: 'deadline',
    notPast: true,
    patterns: [
      `(=is | =are | =\\'s) (set | scheduled | booked | planned | fixed | due) (for | on) (${DAY} | DATE | tomorrow | next | this | TIME_CONCRETE)`,
      '(due | expecting | giving birth | having (a | the) baby | surgery | operation | exams | exam) …{0,4} in (NUM | a | an | one | two | three | four | a few | a couple of) (days | weeks | hours)',
    ],
    examples: { positive: ['Completion is set for Friday and the solicitor needs your letter.', "I'm due to give birth in two weeks and need the car seat fitted."], negative: ['The meeting was set for Friday last week.'] },
  },
  {
    id: 'signal.repeat-contact-many-people',
    kind: 'signal',
    label: 'repeat_contact',
    patterns: [
      '(explain | explained | tell | told | repeat | repeated) (this | it | my (story | issue | problem | situation) | myself)? (to)? (NUM | two | three | four | five | several | multiple | many | different) (different)? (people | agents | times | staff | advisors | advisers | reps | departments | teams)',
      `(on ${DAY}) (\\,)? (and | then) again (on)? ${DAY}`,
      '(back and forth | to and fro | round in circles | from pillar to post | passed around | passed from one (person | department | team) to)',
    ],
    examples: { positive: ["I've had to explain this to four different people now.", 'I was promised a callback on Monday, and again on Wednesday.', 'I have been going back and forth with your team since March.'], negative: ['I explained it to my wife.'] },
  },
  {
    id: 'signal.churn-risk-leaning',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(one | a) (good)? reason (not to | why i shouldn\'t | why i should not) (leave | move | switch | go | cancel)',
      '(leaning | tempted | inclined) (towards | toward | to) (switching | leaving | cancelling | canceling | moving | going elsewhere | switch | leave | cancel | move)',
      '(moving | move | transferring | transfer) (my | our) (accounts | savings | mortgage | pension | business | custom)',
      '(pull | pulling | withdraw | withdrawing) (my | our) (business | custom | account | accounts | contract)',
    ],
    examples: { positive: ['Give me one reason not to move to Octopus.', "My contract ends in June and, honestly, I'm leaning towards switching.", "We're going to pull our business if this continues."], negative: ['I am moving my car to the other space.'] },
  },
  {
    id: 'signal.loyal-customer-generations',
    kind: 'signal',
    label: 'loyal_customer',
    patterns: ['(for | over) (NUM | two | three | four | five) generations', '(my | our) (family | parents | grandparents) (has | have | had)? (always)? (banked | shopped | flown | been | insured | stayed | bought) (with | at | from) (you | ORG)'],
    examples: { positive: ['My family has banked with you for three generations.'], negative: ['Is there a family plan?'] },
  },
  {
    id: 'situation.our-mistake-done-badly',
    kind: 'situation',
    label: 'our_mistake',
    // Our work done badly or not finished, a name misprinted, a customer accused, a message
    // written wrong on what was ordered.
    patterns: [
      '(arrived | came | printed | issued | sent) with (my | our | the | his | her) (name | address | details | date | surname | date of birth) (as | spelt | spelled | wrong | misspelled | incorrect)',
      '(fitted | installed | connected | set up | replaced | repaired | fixed | delivered | serviced) …{0,6} (but | and) (didn\'t | did not | never | forgot to | failed to) (connect | fit | install | finish | test | remove | take | bring | set up | turn on | reconnect | tighten | seal | plug | replace)',
      '(accused | accusing) (me | us | my WORD | our WORD | him | her) of',
      '(your | the) (driver | crew | staff | engineer | technician | cleaner | cleaners | collector | collectors | binmen | painter | porter) (has | have)? (left | dropped | spilled | damaged | blocked | scratched | dented | broken) (the | my | our) WORD',
      '(=ordered | =asked for | =requested | =wanted) …{0,12} (and | but) (it | they | the WORD) (says | said | reads | read | shows | showed)',
    ],
    unless: ['(thanks | thank you | great | perfect | lovely)'],
    yieldsTo: ['partner_error'],
    examples: {
      positive: [
        'Hi, my new card arrived with my name as "Mr Jonh Smith". Can you reissue it?',
        "Your engineer fitted the new boiler but didn't connect the thermostat.",
        'The staff at your Oxford Street store accused my son of shoplifting in front of everyone.',
        'For the second time your driver has left the bins open and the foxes got into the rubbish.',
        'We ordered a birthday cake with "Happy 40th Dad" and it says "Happy 4th Dad".',
      ],
      negative: ['We ordered a cake and it says exactly what we asked, thank you!'],
    },
  },
  {
    id: 'situation.outage-technical-difficulties',
    kind: 'situation',
    label: 'outage',
    patterns: ['(technical (difficulties | issues | problems | error) | experiencing (difficulties | issues | problems) | temporarily (down | offline) | under maintenance | maintenance mode)'],
    // "The crew said it was a technical issue with the aircraft" explains a delay.
    yieldsTo: ['late_delivery'],
    examples: { positive: ["The website says 'we're experiencing technical difficulties' every time I try to check in."], negative: ['Is there planned maintenance this weekend?'] },
  },
  {
    id: 'situation.account-access-biometrics',
    kind: 'situation',
    label: 'account_access',
    patterns: ['(won\'t | will not | doesn\'t | does not | isn\'t | is not | no longer) (accept | recognise | recognize | take | accepting | recognising | recognizing) (my)? (fingerprint | face id | faceid | face | pin | passcode | password | login | biometrics | details | thumbprint)'],
    examples: { positive: ["After the app update it won't accept my fingerprint or my PIN."], negative: ['Can I log in with my fingerprint?'] },
  },
  {
    id: 'situation.late-payment-days-late',
    kind: 'situation',
    label: 'late_payment',
    patterns: ['(days | day | week | weeks) late (with | on | paying | in paying) (my | the | our | this month \'s)? …{0,2} (payment | repayment | repayments | rent | bill | invoice | premium | instalment | installment | mortgage | loan)'],
    examples: { positive: ["I'm a couple of days late with my loan repayment this month, will there be a charge?"], negative: ['My loan repayment is due in a couple of days.'] },
  },
  {
    id: 'signal.deadline-people-waiting',
    kind: 'signal',
    label: 'deadline',
    patterns: ['(people | guests | customers | everyone | clients | patients | kids | children | the team) (are | is)? (waiting | sat waiting | sitting waiting | standing around | arriving (now | soon | in))'],
    unless: ['(waiting | wait) (for | on) (a | an | your | the)? (reply | response | answer | refund | callback)'],
    examples: { positive: ['It was due at 12:00 for our office lunch and people are waiting.'], negative: ['Customers are waiting for a reply from the support team.'] },
  },
  {
    id: 'situation.late-delivery-day-count',
    kind: 'situation',
    label: 'late_delivery',
    patterns: ['(it is | it\'s | its | we\'re on | we are on | now on | today is) (day | week) NUM', '(week | day | month) (NUM | two | three | four | five | six | seven | eight | nine | ten) of (waiting | chasing)'],
    needsInMessage: ['(promised | within | due | expected | supposed | quoted | said | told | waiting | chasing)'],
    examples: { positive: ["My repair was promised within 5 working days. It's day 12.", 'Week three of waiting for my new meter, nobody can tell me when.'], negative: ['We are on day 3 of our holiday and loving it.'] },
  },
  {
    id: 'situation.outage-out-of-order',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(out of order | out of action | not in service | broken down)',
      '(and then | then) (cutting off | cuts off | cut off | going dead | goes dead | drops out | dropping out | hangs up | hanging up)',
    ],
    // A machine that broke down while the repair or the flight is late: the wait is the complaint.
    yieldsTo: ['late_delivery'],
    examples: { positive: ['The lift in our building has been out of order since Monday.', 'Our phones keep ringing once and then cutting off.'], negative: ['Is the lift in service at weekends?'] },
  },
  {
    id: 'situation.account-access-session',
    kind: 'situation',
    label: 'account_access',
    patterns: ['(session | login | log-in | sign-in) (has)? (expired | timed out | times out | keeps expiring | keeps timing out)', '(kicks | kicked | throws | threw | sends | sent) (me | us) back to (the)? (start | login | log-in | sign-in | home)'],
    examples: { positive: ['The app keeps saying my session has expired and kicks me back to the start.'], negative: ['How long before my session expires?'] },
    // A session that expired while the site crashed is the outage.
    unless: ['(how long | when) …{0,4} (expire | expires | time out)', '(crashed | crashing | spun | spinning | froze | frozen | 500 | 502 | 503 | 504 | down | failing)'],
  },
  {
    id: 'situation.out-of-stock-out-everywhere',
    kind: 'situation',
    label: 'out_of_stock',
    patterns: ['(is | are) out (everywhere | in every (store | shop | branch | pharmacy) | nationwide | across the country)', '(can\'t | cannot | can not | couldn\'t) get (it | them | hold of (it | them)) anywhere'],
    examples: { positive: ["The medicine I'm prescribed is out everywhere, your pharmacy included."], negative: ['Is the new range out everywhere yet?'] },
    unless: ['\\?'],
  },
  {
    id: 'situation.our-mistake-skipped-or-misdirected',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(cleaner | cleaners | staff | team | engineer | technician | housekeeping | you | they | he | she) …{0,2} (skipped | missed out | left out | didn\'t do | did not do | never did | forgot to do) (the | my | our)',
      '(sent | given | delivered | posted | emailed | shown | shared | handed) to (another | a different | the wrong | someone else \'s) (customer | couple | person | family | address | guest | patient | account | company | house | flat | room)',
      '(you | your WORD | they | he | she) (set up | opened | registered | classed | classified | filed | processed | coded | recorded | treated) (my | our | the) …{0,3} as (a | an)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ['The cleaner skipped the bathroom entirely this week.', 'Our wedding photos were sent to another couple.', "Your advisor set up my ISA as a general savings account, so I've lost the tax benefit."],
      negative: ['Can you set up my account as a joint account?'],
    },
    unless: ['(can | could | would | will) (you | i | we)', 'please'],
  },
  {
    id: 'situation.billing-error-fee-for-our-doing',
    kind: 'situation',
    label: 'billing_error',
    // A fee for a change we made, a payment taken early, interest on a balance already paid.
    patterns: [
      '(charging | charge | charged | billing | billed) (me | us) (a | an)? (change | cancellation | admin | administration | rebooking | amendment | extra | overdraft) (fee | charge | penalty)',
      '(payment | direct debit | debit | standing order | instalment | installment) (went out | was taken | came out | was collected | was debited) (early | too early | on the wrong (day | date) | before (the | it was) due)',
      '(interest | fee | fees | charge | charges) (charged | added | applied) (on | to) …{0,4} (i | we) (paid off | cleared | settled | paid in full | already paid)',
    ],
    unless: ['(will | would | do | does | is there) …{0,3} (charge | fee)'],
    examples: {
      positive: ["You cancelled my flight, rebooked me on one 8 hours later, and now you're charging me a change fee.", '£300 overdraft fee because YOUR payment went out early.', 'My statement shows interest charged on a balance I paid off in full.'],
      negative: ['Is there a change fee if I move my flight?'],
    },
  },
  {
    id: 'situation.our-mistake-specifically-asked',
    kind: 'situation',
    label: 'our_mistake',
    // "I specifically asked for a quiet room" tells that what was asked was not done; nobody chased.
    patterns: [
      '(specifically | clearly | explicitly | expressly) (asked | requested | said | told | specified | ordered | booked | stated | mentioned)',
      '(no one | nobody | no-one) (has | have)? (chased | followed up | ordered | booked | sorted | processed | actioned) (it | this | them | the WORD)',
    ],
    yieldsTo: ['partner_error'],
    unless: ['(thanks | thank you | great | perfect | lovely)'],
    examples: {
      positive: ["I specifically asked for a quiet room away from the lift and we're right next to it.", 'The replacement part was ordered by your technician three weeks ago and no one has chased it.'],
      negative: ['I specifically asked for a quiet room and it is perfect, thank you.'],
    },
  },
  {
    id: 'situation.late-delivery-weeks-ago',
    kind: 'situation',
    label: 'late_delivery',
    patterns: ['(ordered | requested | raised | booked | placed | sent off | submitted) …{0,6} (NUM | two | three | four | five | six | a few | several) (weeks | days | months) ago (and | but) (no one | nobody | nothing | still | it | i | we | there)'],
    unless: ['(refund | reimbursement | money | reply | response)', '(thanks | thank you | great | perfect | lovely)', '(arrived | came | delivered) (yesterday | today | this morning | on time | safely | fine)'],
    examples: { positive: ['The replacement part was ordered by your technician three weeks ago and no one has chased it.'], negative: ['I ordered it two weeks ago and it arrived yesterday, thanks.'] },
  },
  {
    id: 'situation.cancellation-notice',
    kind: 'situation',
    label: 'cancellation',
    patterns: ['(give | giving | serve | serving) (you)? (notice | our notice | my notice | formal notice) (that | of | to)?', '(will not | won\'t | shall not) be renewing'],
    examples: { positive: ["I'm writing to give notice that we will not be renewing our contract in September."], negative: ['How much notice do I need to give?'] },
    unless: ['(how much | what) notice'],
  },
  {
    id: 'situation.late-delivery-not-ready',
    kind: 'situation',
    label: 'late_delivery',
    patterns: ['(it | they | order | car | prescription | glasses | repair | room | food | table | documents | passport) (wasn\'t | was not | weren\'t | were not | isn\'t | is not | still not | still wasn\'t | still isn\'t) ready'],
    needsInMessage: ['(collection | collect | pick up | pickup | said | promised | told | at CLOCK | at NUM | by NUM | booked | due)'],
    examples: { positive: ["Online it said ready for collection at 2pm. I got there at 3 and it wasn't ready."], negative: ['Is my prescription ready to collect?'] },
  },
  {
    id: 'situation.billing-error-two-dates',
    kind: 'situation',
    label: 'billing_error',
    patterns: ['(took | taken | charged | debited | collected | billed) …{0,6} DATE (and | &) (again)? (on)? DATE'],
    examples: { positive: ['Your gym took my membership fee on the 1st AND the 15th.'], negative: ['Payments are collected on the 1st and the 15th, is that right?'] },
    unless: ['\\?'],
  },
  {
    id: 'situation.our-mistake-merged-or-contradicted',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(merged | mixed up | linked | combined | confused) (my | our) (account | accounts | records | details | file | booking | order | policy) (with | and)',
      '(despite | even though | although) (you | your WORD) (saying | said | promising | promised | telling (me | us) | told (me | us)) (it | they | we | you | he | she) (would | will)',
    ],
    yieldsTo: ['partner_error'],
    examples: {
      positive: ["You've merged my account with my father's, same name, different person.", "Your bus didn't wait for the connecting train, despite you saying it would."],
      negative: ['Can you merge my two accounts?'],
    },
  },
  {
    id: 'signal.deadline-getting-married',
    kind: 'signal',
    label: 'deadline',
    notPast: true,
    patterns: [
      `(=getting married | =moving | =moving house | =flying | =travelling | =traveling | =starting | =graduating | =having surgery | =giving birth) (on | this | next) (DATE | ${DAY} | week | weekend | month)`,
    ],
    examples: { positive: ["I'm getting married on the 3rd and the rings still need resizing."], negative: ['We got married on the 3rd of May last year.'] },
  },
  {
    id: 'signal.repeat-contact-every-channel',
    kind: 'signal',
    label: 'repeat_contact',
    patterns: [
      '(emailed | called | phoned | rang | messaged | written | wrote | chatted | used the chat | tweeted) (\\,)? (called | emailed | phoned | rang | messaged | chatted | written | used the chat) (\\,)? (and)? (called | emailed | phoned | rang | messaged | chatted | written | used the chat)?',
      '(keep | keeps | kept) (being)? (told | promised | assured) (someone | somebody | you | they | it)',
      '(been on to | been onto | been chasing | been contacting | been calling | been emailing) (you | your WORD) …{0,4} (since | for (weeks | months | ages | NUM))',
    ],
    examples: { positive: ["I've emailed, called and used the chat. Nobody can tell me anything.", 'I keep being told someone will call me back.', "I've been on to you about this since January."], negative: ['Can I email the form instead of posting it?'] },
  },
  {
    id: 'signal.churn-risk-tell-everyone',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(other | another) (banks | providers | companies | airlines | hotels | shops | insurers | networks | suppliers) (would | will) …{0,6} (customer | client | business)',
      '^ (i \'m | i am | we \'re | we are) (so | totally | completely | absolutely)? (done | finished) $',
      '(telling | tell | warn | warning) (everyone | all my (friends | family)) …{0,4} (avoid | stay away | not to use | never to use)',
    ],
    examples: { positive: ['Other banks would bend over backwards for a customer like me.', "I'll be telling everyone I know to avoid you.", "Cancel it. I'm done."], negative: ['I will tell everyone about the offer.', "I'm done with the form, what next?"] },
  },
  {
    id: 'signal.high-emotion-cried',
    kind: 'signal',
    label: 'high_emotion',
    patterns: ['(=cried | =crying | =sobbed | in tears | words fail me | lost for words | speechless | beyond words)'],
    examples: { positive: ['I cried on the phone to your agent.', 'Words fail me.'], negative: ['Thanks, that was quick.'] },
  },
  {
    id: 'situation.our-mistake-records-and-reassembly',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(your | the) (records | record | system | account | file | database | notes) (show | shows | say | says | has | have) (that)? (i | we | me | us) …{0,3} (don\'t | do not | didn\'t | did not | never | no | haven\'t | have not | hasn\'t | has not)',
      '(didn\'t | did not | never | forgot to | failed to) (put | screw | plug | reconnect | refit | replace | close | lock | tighten | turn) …{0,4} back (on | in | up)?',
    ],
    yieldsTo: ['partner_error'],
    unless: ['(i | we) (forgot | didn\'t put | did not put | never put | didn\'t close | did not close)'],
    examples: {
      positive: ["I paid for the extended warranty and your records show I don't have one.", "The mechanic didn't put the oil cap back on after the service."],
      negative: ["I forgot to put the cap back on, is the engine ok?"],
    },
  },
  {
    id: 'situation.billing-error-refund-astray',
    kind: 'situation',
    label: 'billing_error',
    patterns: [
      '(refund | money | payment | credit) (went | was sent | was paid | has gone | has been sent | was refunded) (back)? (to | into) (my | the | an)? (old | cancelled | canceled | closed | expired | previous | wrong) (card | account | bank)',
      '(charge | fee | surcharge) (but | although | even though | yet) (i | we) (\'m | am | are | \'re | have | \'ve | was | were) (on | already | not | never)',
    ],
    examples: { positive: ['My refund went to my old card, which I told you was cancelled.', 'My bill has a £9.99 "paper billing" charge but I\'m on e-billing.'], negative: ['Can my refund go to a different card?'] },
  },
  {
    id: 'situation.late-delivery-still-processing',
    kind: 'situation',
    label: 'late_delivery',
    patterns: ['(still)? (processing | pending | being prepared | awaiting dispatch | in progress | not dispatched | preparing) …{0,2} (after | for) (NUM | two | three | four | five | ten | a | several | over a) (days | weeks | week | month)'],
    unless: ['(refund | reimbursement | money | credit | claim | application)'],
    examples: { positive: ['My order is still "processing" after 10 days.'], negative: ['How long is an order usually processing for?'] },
  },
  {
    id: 'situation.outage-barrier',
    kind: 'situation',
    label: 'outage',
    patterns: ['(barrier | gate | door | doors | lift | elevator | machine | lock | turnstile | ticket machine | kiosk) …{0,4} (wouldn\'t | won\'t | didn\'t | did not | would not | will not | doesn\'t | does not) (lift | open | close | work | move | unlock | accept | read | scan)'],
    examples: { positive: ["The barrier at the car park wouldn't lift and I was stuck for 20 minutes."], negative: ['Does the barrier open automatically?'] },
  },
  {
    id: 'situation.late-payment-forgot-about',
    kind: 'situation',
    label: 'late_payment',
    patterns: ['(forgot | forgotten | missed) (about)? (the | my | our | this month \'s | last month \'s)? (renewal | monthly | annual | quarterly)? (payment | premium | instalment | installment | bill | invoice | direct debit | repayment)'],
    examples: { positive: ['Sorry, I completely forgot about the renewal payment. Is my policy still active?'], negative: ['I forgot my password.'] },
  },
  {
    id: 'situation.cancellation-exit-early',
    kind: 'situation',
    label: 'cancellation',
    patterns: [
      '(exit | leave | break | get out of | end) (my | our | the) (contract | agreement | plan | subscription | tenancy | lease) (early)?',
      '(end | stop | close | cancel | terminate) (all)? (of)? (our | my) (services | accounts | subscriptions | policies | lines)',
    ],
    unless: ['(how | can i | what happens if | is it possible | what would) …{0,6} (exit | leave | break | end | stop | close | cancel)', '(or | otherwise | unless) …{0,6} (exit | leave | break | end)'],
    examples: { positive: ["I'd like to exit my contract early because of the constant outages.", "We're closing the business, please end all our services at the end of the month."], negative: ['How much would it cost to exit my contract early?'] },
  },
  {
    id: 'signal.churn-risk-exit',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(exit | leave | break | get out of) (my | our | the) (contract | agreement | plan | subscription) (early)?',
      '(end | stop | close | cancel | terminate) (all)? (of)? (our | my) (services | accounts | subscriptions | policies | lines)',
      '(closing | winding up | shutting) (down)? (the | my | our) (business | company | shop)',
    ],
    examples: { positive: ["I'd like to exit my contract early because of the constant outages.", "We're closing the business, please end all our services."], negative: ['When does my contract end?'] },
  },
  // Written 2026-11-22 from fresh messages in many voices: what customers say when what came is
  // not what they asked for, without ever saying "wrong".
  {
    id: 'situation.our-mistake-got-other',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      // "Ordered a pram, got a box of nappies." "Booked a double, got two singles."
      '(=ordered | =booked | paid for | asked for | =requested | =reserved) (a | an | the | two | NUM)? …{0,4} \\, (=got | =received | were given | was given | =sent) (a | an | two | NUM | some | the)',
      // "given a room facing the car park when I paid for sea view"
      '(=given | =got | =sent | =received | =put in) …{0,8} (when | though | although | even though | despite | but) (i | we) (had)? (paid for | =ordered | =booked | asked for | =requested | =reserved)',
      // "The dress I ordered in medium came in a small."
      '(=ordered | asked for | =booked | =bought) in (a | an)? WORD …{0,3} (came | arrived | was sent | were sent | =got) in (a | an)? WORD',
      '(arrived | came | was delivered | turned up) with (a | an | the)? (ripped | torn | broken | cracked | dented | scratched | smashed | stained | chipped | damaged | bent | snapped | leaking | mouldy | moldy) ',
      '(dead | stuck) pixels',
      '(dead on arrival | (broken | faulty | defective | dead | cracked | scratched) (straight | right)? out of the box)',
      // "gave my prescription to another patient", "sent my new card to my old address"
      '(=gave | =given | =sent | =handed | =posted | =mailed | =emailed | =released) (my | our) …{0,2} to (someone else | another (WORD)? | the wrong (WORD)? | a different WORD | a stranger | (my | our | the) (old | previous | former) (address | house | flat | email | number))',
      // A promise that something could be done, then refused: "your chat bot told me I could return it ... but the store refused".
      '(=told | =assured | =promised) (me | us) (that)? (i | we) (could | can | would | will | was | were | did not need | didn\'t need) …{0,10} (but | yet | however | only | then)',
      // "no one has done what they said they would"
      '(not | never | nobody | no one | no-one | hasn\'t | haven\'t | didn\'t | did not) (has | have | ever)? (done | did | do) what (they | you | he | she | your WORD) (said | promised | agreed)',
      // Our booking tool offered what cannot be had: "the app let me book a slot that doesn't exist".
      '(=let | =lets | =allowed | =allows) (me | us | you | customers) (to)? (book | order | buy | select | pick | choose | pay for) …{0,8} (doesn\'t | does not | don\'t | do not | didn\'t | did not | isn\'t | wasn\'t) (exist | deliver | available | run)',
      '(said | told (me | us)) (it | the WORD | they) (wasn\'t | was not | isn\'t | is not | weren\'t | were not) (running | happening | operating | open) (today | that day | anymore)?',
    ],
    unless: ['(thank you | thanks | great service | all working | working now | perfect)', '(i | we) (=ordered | =picked | =chose | =selected | =booked) …{0,2} (the | a)? (wrong | incorrect)'],
    yieldsTo: ['partner_error', 'late_delivery'],
    examples: {
      positive: ['Ordered a blender, got a toaster.', 'We were given a twin room when we had booked a double.', 'The shoes I ordered in a 9 came in a 7.', 'The table arrived with a cracked leg.', 'The surgery posted my results to my old address.', 'The app let me order for a time slot that does not exist.'],
      negative: ['Ordered on Monday, got it Tuesday, thanks!', 'Can I order it in a larger size?'],
    },
  },
  {
    id: 'signal.repeat-contact-passed-around',
    kind: 'signal',
    label: 'repeat_contact',
    patterns: [
      '(put through | transferred | passed | bounced) (to | between)? (NUM | two | three | four | five | six | several | multiple | many | different) (different)? (departments | people | agents | teams | numbers)',
      '(you | your WORD | they) (keep | keeps) (telling | saying) (me | us)? (it | that | this)? (is | \'s | has been | was | will be)? (sorted | fixed | resolved | done | on its way | being looked at)',
      'once again (i \'m | i am | we are | we \'re)? (asking | writing | requesting | chasing | contacting | emailing | reaching out)',
      'yet another (email | message | call | chat | complaint | letter | request | reminder)',
      '(raised | reported | mentioned | flagged | explained | asked | called | emailed | written) …{0,5} (on | over)? (NUM | two | three | four | five | several | multiple | numerous) (separate | different)? occasions',
      'lost count of how many (times | emails | calls | messages)',
      '(following up | chasing | writing) …{0,3} (second | third | fourth | fifth | umpteenth) (time | week | day | month)',
      'still (waiting | no) (for | on) (a | an | any | your)? (reply | response | call | answer | update | word | callback | call back | news)',
    ],
    examples: { positive: ['Once again I am asking for my refund.', 'I have raised this on three separate occasions.', 'You keep telling me it is sorted.'], negative: ['The app keeps telling me my password is wrong.'] },
  },
  {
    id: 'situation.outage-supply-cut',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(electricity | power | gas | water | heating | supply | broadband | phone line | line | service) …{0,3} (was | been | got | has been | is | were)? (cut off | disconnected | shut off)',
      '(card | cash | money) (was | got | has been)? (swallowed | eaten | retained | kept) (by | in) (the | your | an)? (atm | cash machine | machine | card reader | terminal)',
      '(atm | cash machine) (=swallowed | =ate | =eaten | =kept | =retained) (my | our)? (card | cash | money)',
    ],
    unless: ['(=call | =chat | =conversation | while (i | we) (was | were) (talking | on hold))'],
    examples: { positive: ['Our electricity was cut off even though the bill was paid.'], negative: ['I got cut off while on hold.'] },
  },
  {
    id: 'situation.our-mistake-left-undone',
    kind: 'situation',
    label: 'our_mistake',
    patterns: [
      '(left | walked off | went home | packed up | drove off) (without | before) (finishing | completing | fixing | testing | cleaning up | connecting | doing)',
      // "We asked for a cot and there was none in the room."
      '(asked for | =requested | =booked | =ordered | paid for) (a | an | the)? WORD …{0,4} (and | but) (there (was | were) (none | no WORD) | (it | they) (wasn\'t | weren\'t | was not | were not) there | (it | they) never (came | appeared | arrived))',
      // "My payslip is missing the bonus we agreed."
      '(missing | left off | left out | without) (the | my | our)? WORD (we | i | you) (agreed | negotiated | were promised | was promised | had agreed)',
      // "Why does my contract say 24 months when I signed up for 12?"
      '(contract | booking | confirmation | policy | payslip | schedule | certificate | ticket | tickets | documents) (says | say | shows | show | states | lists) …{0,6} (when | but | though | although | even though) (i | we) (signed up for | agreed | asked for | booked | ordered | chose | selected | only)',
      // Told nothing of a change: "I wasn't told the class was cancelled".
      '(wasn\'t | was not | weren\'t | were not | never (got | been)?) (told | informed | warned | notified) (that)? (the | my | our)? WORD (was | were | had been | would be) (cancelled | canceled | closed | moved | changed | shut | postponed)',
      // Someone else's details or things in ours.
      '(someone | somebody) else \'s',
      '(another | other | a different) (customer | customers | person | patient | patients | client | clients | guest | guests | tenant | user) \'s',
      '(is | are | was | were | came in | arrived in) (a | in a)? (different | the wrong) (colour | color | size | model | shade | style | version | finish)',
      '(missing | not included | left out) (from | in) (my | our | the) (WORD)? (order | delivery | kit | box | parcel | package | shopping | bag | bags)',
      '(parts | items | pieces | screws | fittings | bag | bags | bits) (be)? (missing | not included)',
      '(weren\'t | were not | wasn\'t | was not) in the (bag | bags | box | parcel | package)',
      'the rest of (my | our | the) (order | items | delivery | shopping)',
      '(meal | food | chicken | burger | steak | pizza | dish | fish | rice | pasta | breakfast | dinner | lunch) (was | were | is | came | arrived) (raw | undercooked | burnt | burned | stale | mouldy | moldy | inedible)',
      '(=cut | =drilled | =broke | =damaged) (through | into)? (our | my | the) (phone line | line | cable | pipe | water pipe | wire | fence | wall | floor | ceiling)',
      '(didn\'t | did not | never | failed to) (log | record | note | register | pass on | process | file | submit | save) (my | our | the) (complaint | request | call | claim | details | notes | reading | booking | cancellation)',
      '(leaks | leaked | leaking | broke | stopped working | faulty | broken | not worked) (from | since | on) (day one | the first day | the start | first use | the first (use | wash | week | day))',
      '(you | your WORD) (sold | supplied | provided | fitted | installed) (me | us)? …{0,3} (is | was | are | were) (locked | faulty | broken | used | damaged | expired | the wrong)',
      '(each | every) (one | person | agent) (has)? (told | said | gave) (me | us)? (something | a) different',
      '(pay | wages | salary | payslip | paycheck | paycheque | pension payment) …{0,3} (is | was | be | came in | came through) (AMOUNT | NUM)? (short | underpaid)',
      '(=let | =given | =sold | =allocated | =assigned | =resold) to (someone | somebody) else',
      '(documents | policy | certificate | contract | letter | payslip | card | schedule) (list | lists | show | shows | has | have | says | say) (my | our | the) (old | previous | former) (address | car | name | details | surname | vehicle | employer)',
      // Told of something never asked for: "a text congratulating me on my new loan. I never applied for a loan."
      '(i | we) (never | did not | didn\'t) (applied | apply | signed up | sign up | requested | request | opened | open) for (a | an | this | that | the | any)? WORD',
      // Letters to the dead: "sent a final demand to my late mother".
      '(=sent | =sending | =addressed | =writing | =emailing | =texting | =calling | =chasing) …{0,6} (my | our) (late | deceased) WORD',
      '(turned out | turns out) to be (disconnected | closed | wrong | the wrong | invalid | out of date | dead | not in service)',
      '(=accepted | =took | =allowed) (my | our | a)? (booking | order | reservation | payment | appointment) for (a | an | the)? (date | day | time | slot | address | room) …{0,4} (closed | shut | unavailable | not open | doesn\'t exist | does not exist | isn\'t available)',
      '(confirmation | booking | reservation | voucher | listing) (said | says | stated | states | showed | shows) …{0,8} \\, (the | but the | yet the) WORD (had | has | was | were | only had | only has)',
      '(fault | problem | issue | leak | noise | damp | crack | error) (is | was | remains | be) (exactly | just | still)? (as (it was)? before | the same as before | no different)',
      '(=switched | =moved | =changed | =transferred | =upgraded | =downgraded | =enrolled | =signed) (me | us | my WORD | our WORD) …{0,4} without (my | our) (consent | permission | agreement | knowledge | asking)',
      '(=lost | =misplaced | =mislaid) (my | our) (WORD)? (sample | samples | file | paperwork | form | forms | application | passport | records | results | referral)',
      '(and | then) (then)? (=lost | =misplaced | =mislaid) (it | them)',
      '(letter | referral | form | forms | paperwork | application | prescription | results | request) (was | were | has been | have been)? never (sent | passed on | forwarded | submitted | processed | filed)',
      '(=sold | =given | =put on) …{0,4} (that | which) (excludes | doesn\'t cover | does not cover | didn\'t cover | did not cover | isn\'t valid | is not valid)',
      '(staff | agent | rep | employee | manager | cashier | receptionist | clerk | assistant | guard | attendant) …{0,6} (laughed | laughing | sneered | sneering | smirked | shouted | shouting | yelled | yelling | swore | swearing) at (me | us | my)',
      '(you | you \'ve | you have | your WORD) …{0,2} (put | recorded | entered | listed | spelled | spelt | registered) (my | our) (WORD)? (name | date of birth | birthday | address | surname | age | email | phone number | details) (as | down as | wrong | incorrectly)',
      '(was | were | got | has been | have been) (sent | given | posted | mailed | handed) to (someone else | another (WORD)? | the wrong (WORD)? | a different WORD | a stranger | (a | an) WORD (i | we) (have | \'ve)? never (used | heard of | been to))',
    ],
    unless: ['(thank you | thanks | perfect)'],
    yieldsTo: ['partner_error', 'billing_error'],
    examples: {
      positive: ['The fitter left without finishing the skirting.', 'We asked for a high chair and there was none at the table.', 'My contract says 24 months when I signed up for 12.', 'My test results were sent to a clinic I have never used.'],
      negative: ['The courier left before I could sign, thanks for rebooking.'],
    },
  },
  {
    id: 'situation.outage-shows-or-loses',
    kind: 'situation',
    label: 'outage',
    patterns: [
      '(app | site | website | dashboard | portal | screen | online banking) (shows | showing | displays | displaying | says) (me)? (the)? (wrong | incorrect | zero | a zero | no) (balance | total | amount | figures | numbers | data | stock | times)',
      '(app | update | upgrade | system | software | site | website | migration) …{0,4} (=deleted | =wiped | =erased | =lost) (all)? (of)? (my | our) (saved)? WORD',
      '(=eats | =ate | =swallows | =loses | =wipes | =clears) (my | our | all) (answers | entries | input | details | work | text | changes | progress)',
      '(terminal | card machine | card reader | reader | till | tills | atm | cash machine | payment page) (won\'t | will not | doesn\'t | does not | isn\'t | is not | wouldn\'t) (take | taking | accept | accepting | read | reading | recognise | recognize) (contactless | cards | card | payments | my card | any cards)',
      '(payroll | wages | salaries | payouts | pay run | payslips) (has not | hasn\'t | have not | haven\'t | did not | didn\'t | never) (gone out | been sent | run | been processed | left)',
      '(throws | throwing | returns | returning) (a | an | the)? (NUM | error)',
      '(showing | shows | displaying | displays) (all)? (the | our | my)? (prices | balances | totals | amounts | stock) as (NUM | zero | blank | AMOUNT)',
      '(heating | hot water | power | electricity | gas | internet | broadband | wifi | phone line | tv | lights) (has been | have been | been | is | was | went | is still | are) (off | out | down) (for | since | again | all)',
      '(sim | esim | line | number | router | modem | device | handset | meter | box) …{0,3} (never | not | hasn\'t | has not | won\'t | will not | didn\'t | did not | still not) (activated | activate | been activated | connected | connect | registered)',
    ],
    unless: ['(how | can i | when will) …{0,4} (activate | connect)'],
    examples: { positive: ['The app shows a zero balance.', 'The new SIM never activated.', 'The card machine won\'t accept contactless.'], negative: ['How do I activate my new SIM?'] },
  },
  {
    id: 'situation.late-delivery-nothing-came',
    kind: 'situation',
    label: 'late_delivery',
    patterns: [
      '(no | still no) (engineer | technician | driver | delivery | parcel | package | courier | installer | car | taxi | food | order | shuttle | pickup | fitter | plumber) (\\,)? (and)? no (call | text | email | message | update | word | explanation | show | contact)',
      '(due | supposed to be | meant to be | promised) (back | here | delivered | returned | with (me | us)) …{0,4} (NUM | a | two | three | four | several) (days | weeks | months) ago',
      '(day | week) (NUM | two | three | four | five | six | seven | eight | nine | ten) of …{0,1} (waiting | out for delivery | in transit | tracking | chasing)',
      'still …{0,1} (on its way | in transit | out for delivery)',
      '(out for delivery | in transit) …{0,3} (for | since) (NUM | two | three | four | five | six | seven | several | a week | days | weeks)',
      '(NUM | two | three | four | five | six | seven | eight | nine | ten | several) hours (waiting | to wait) for (a | the | our | my)? (gate | flight | plane | boarding | driver | taxi | food | order | delivery | table | engineer | technician | bus | train | transfer | shuttle | car)',
      '(food | order | meal | delivery | pizza | takeaway | groceries | shopping | taxi | cab | driver | engineer | repair | transfer) (took | taking) (NUM | two | three | four | over | more than | nearly | almost) (hours | hour | days | weeks)',
    ],
    examples: { positive: ['No engineer, no call, no text.', 'The passports were due back a month ago.'], negative: ['No rush, no stress.'] },
  },
  {
    id: 'situation.late-delivery-event-passed',
    kind: 'situation',
    label: 'late_delivery',
    // "Ordered for my son's birthday on the 3rd. Birthday's been and gone." The occasion passed while the order did not come.
    patterns: ['(been and gone | came and went | come and gone)', '(birthday | wedding | party | event | christmas | anniversary | holiday | trip) (has | have | \'s)? (now)? (passed | =gone)'],
    needsInMessage: ['(=ordered | =order | delivery | parcel | package | =booked | =shipped | =sent)'],
    unless: ['(thank you | thanks | arrived | came in time | on time)'],
    examples: { positive: ["Ordered for my son's birthday on the 3rd. Birthday's been and gone."], negative: ['The storm has passed, can I rebook my order?'] },
  },
  {
    id: 'signal.churn-risk-why-stay',
    kind: 'signal',
    label: 'churn_risk',
    patterns: [
      '(why | how) (would | should | could) (i | we) (stay | renew | continue | keep (using | paying | banking | flying | ordering | shopping))',
      '(you | you \'ve | you have) (just)? lost (a | another | my | our) (customer | client | member | business | custom)',
      '(moving | switching | taking | transferring) (my | our) WORD? (to | over to) (another | a different | a new) (provider | bank | company | supplier | carrier | insurer | platform | network | vendor)',
      '(thinking | think | considering) twice about (renewing | staying | continuing | keeping)',
      '(top of | first on) (the | my | our) list to (go | cut | drop | be cut | be dropped | replace | be replaced)',
      '(won\'t | will not | not) be (staying | renewing | continuing | sticking around)',
      'or (lose | you lose | you \'ll lose | you will lose) (us | me | my business | our business | a customer | my custom)',
      '(any | a | one) reason (to (stay | remain | renew | continue) | not to (cancel | leave | switch | go))',
      '(=port | =porting | =ported) (my | our) (number | numbers | line | lines)',
    ],
    examples: { positive: ['Thinking twice about renewing.', 'Sort it or lose us.', "You've lost a customer.", 'We are moving our payroll to another provider.'], negative: ['We lost a customer because of the outage.'] },
  },
];
