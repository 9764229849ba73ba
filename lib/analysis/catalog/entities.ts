import type { EntityGroup } from './schema';

// Entities tagged before the rules run, in this order (a later group may use an earlier one's
// class). They are what patterns mean by ORG, PARTY, TEAM, AMOUNT, DATE, TIME_CONCRETE and
// TIME_VAGUE. A concrete time names a moment or a bounded window ("by 3 pm Friday",
// "within 2 business days", "allow 3–5 business days", "tomorrow morning by 10"); a vague one
// names none ("soon", "shortly", "as soon as possible", "in the coming days", "once we hear
// back", "in due course").

const NUMBER_WORD = '(one | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fifteen | twenty | thirty | forty-eight | twenty-four | seventy-two | forty | sixty | ninety | 24 | 48 | 72 | a | an | a single)';
const UNIT = '(hour | hours | hr | hrs | h | minute | minutes | min | mins | day | days | week | weeks | month | months | business day | business days | working day | working days | calendar day | calendar days | biz days | weekday | weekdays)';
const DAY = '(monday | tuesday | wednesday | thursday | friday | saturday | sunday | =mon | =tue | =tues | =wed | =thu | =thur | =thurs | =fri | =sat | =sun | weekend)';
const MONTH = '(january | february | march | april | =may | june | july | august | september | october | november | december | =jan | =feb | =mar | =apr | =jun | =jul | =aug | =sep | =sept | =oct | =nov | =dec)';

export const ENTITY_GROUPS: EntityGroup[] = [
  {
    name: 'ORG',
    patterns: [
      '(expedia | =booking.com | airbnb | =hotels.com | priceline | kayak | orbitz | trivago | agoda | travelocity | hopper | tripadvisor | =trip.com | =lastminute.com | =edreams | opodo | =vrbo | =amazon | ebay | etsy | shopify | walmart | paypal | stripe | klarna | afterpay | affirm | =visa | mastercard | amex | =ups | fedex | =dhl | =usps | =dpd | =gls | =evri | hermes | yodel | ontrac | purolator | lasership | =royal mail | =canada post | =australia post | =hertz | =avis | =sixt | europcar | =alamo | =enterprise | =budget | =thrifty | =uber | =lyft | doordash | grubhub | instacart | deliveroo | ticketmaster | stubhub | eventbrite | =adp | gusto | quickbooks | intuit | xero | =paychex | salesforce | =apple | =google | =microsoft | =samsung | verizon | =at&t | t-mobile | comcast | xfinity | vodafone | =o2 | =ee | =spectrum | =sky | =bt | godaddy | cloudflare | =aws | =zoom | =slack | =venmo | =zelle | =wise | revolut | =chase | wells fargo | =barclays | =hsbc | =santander | =lloyds | =natwest | =citi | =citibank | =capital one | =bank of america | =american express | =google play | =app store | =apple pay | =google pay)',
      // More partners reps name (2026-11-22): UK telecom and post, airlines, hotel chains, delivery apps, payroll and insurers; words that are also plain English (three, delta, united, nationwide) left out.
      '(openreach | =virgin media | talktalk | plusnet | parcelforce | aramex | correos | =la poste | =deutsche post | postnl | =tnt | ryanair | easyjet | =british airways | lufthansa | =air france | =klm | =american airlines | emirates | qantas | jetblue | marriott | hilton | hyatt | =ihg | =premier inn | travelodge | accor | monzo | =starling | halifax | =just eat | =uber eats | ubereats | turo | getaround | workday | bamboohr | rippling | =deel | namecheap | squarespace | =wix | wordpress | aviva | =axa | allianz | geico | =state farm | =direct line)',
    ],
    examples: { match: ['Expedia', 'Booking.com', 'UPS'], noMatch: ['the booking'] },
  },
  {
    name: 'PARTY',
    patterns: [
      '(the | your | their | that | this | an | a | our | its | his | her)? (own | original | local | previous | old | former | mobile | external | respective | specific | relevant | actual | outside | preferred | chosen | operating | marketing | contracting | connecting | receiving | sending | selling | ticketing | underwriting | managing | third-party | third party | delivery | shipping | credit | debit | card | booking | travel | payment | phone | internet | network | cable | broadband | insurance | rental | car rental | online | partner | issuing | card-issuing)? (airline | airlines | carrier | carriers | courier | couriers | bank | banks | card issuer | issuer | issuing bank | credit card company | card company | card provider | financial institution | building society | credit union | hotel | property | booking site | booking platform | booking agent | booking website | booking company | travel agent | travel agency | travel site | travel website | agent | agency | reseller | resellers | retailer | retailers | seller | sellers | vendor | vendors | merchant | marketplace | manufacturer | manufacturers | supplier | distributor | third party | third parties | third-party | shipping company | shipping carrier | shipping provider | delivery company | delivery service | delivery partner | delivery driver | driver | postal service | post office | provider | providers | service provider | internet provider | internet service provider | isp | network provider | network operator | operator | mobile provider | mobile operator | phone company | telephone company | cable company | utility company | payment processor | payment provider | payment gateway | insurer | insurance company | insurance provider | employer | hr department | hr team | hr | it department | it team | it admin | it administrator | administrator | admin | account admin | account owner | workspace admin | landlord | installer | contractor | subcontractor | sub-contractor | subcontractors | contractors | dealership | dealer | rental company | rental agency | rental desk | partner | partners | platform | app store | developer | host | organizer | organiser | event organizer | venue | tour operator | train company | rail operator | payroll provider | benefits provider | accountant | brand | maker | store | shop | original store | point of purchase | place of purchase | local branch | branch | pharmacy | clinic | school | university | government | authorities | embassy | consulate | customs | customs office | police | doctor | lender | broker | processor | courier company | taxi | taxi company | cab | restaurant | restaurants | rider | courier partner | kitchen | owner | property owner | front desk | reception | concierge | service desk | dealer | garage | repair shop | workshop | store where you (bought | purchased) it | pharmacy | clinic | lab | school | landlord | letting agent | estate agent | hotel chain | operator | shuttle | shuttle company | transfer company | tour company | guide | warehouse | fulfillment center | fulfilment centre | logistics partner | logistics provider | 3pl | wholesaler | housekeeping | management | hotel management | property management | building management | repairer | approved repairer | loss adjuster | claims handler | assessor | underwriter | underwriters | previous supplier | previous provider | old provider | former provider | local council | council | local authority | distribution network operator | meter operator | water company | energy supplier | gas supplier | delivery firm | courier firm | caterer | catering company | payroll bureau | ombudsman | ombudsman service | regulator | court | small claims court | tribunal | charity | debt charity | advice service | advice agency | citizens advice | consumer protection agency)',
      // Added 2026-11-22 from how reps route customers: admins who own a setting, advisers, staff at a
      // desk the customer must walk up to, and ombudsmen named with their sector ("the Financial Ombudsman Service").
      // Added 2026-11-22 (fresh redirect sentences): school and college offices, mobile networks, a customer's
      // own tutor or trainer, and a company's head office the customer is told to write to.
      '(the | your | their | a | an)? (registrar | registrar \'s office | registry | registry office | admissions office | admissions team | student services | records office | exams office | examinations office | mobile network | phone network | mobile carrier | cellular provider | wireless carrier | tutor | instructor | driving instructor | personal trainer | therapist | physiotherapist | practitioner | head office | headquarters | conveyancer | conveyancing solicitor | councillor | ward councillor | local councillor | local ward councillor | local mp | member of parliament | module leader | module convenor | course leader | course director | course office | faculty office | personal tutor | academic adviser | academic advisor | lecturer | professor | teacher | head teacher | headteacher | dean | head of department | account executive | account exec | customer success manager | sales rep | sales representative | lettings office | letting office | leasing office | home club | home branch | home gym | customer relations team | customer relations department | complaints department | claims line | claims department | benefits office | jobcentre | pension provider | pension scheme | scheme administrator | trustee | trustees | email provider | mail provider | email host | doctor \'s office | doctor \'s surgery | dentist \'s office | gp surgery | gp practice | app developer | game developer | software developer | individual seller | independent seller | third-party seller | marketplace seller)',
      // "the team at Acme Travel", "the folks over at billing", "the people at the warehouse" (2026-11-22).
      // More partners reps name (round 10k): transport and event sellers, home-service firms.
      '(the | your | their | a | an)? (previous | old | former | original | local)? (laboratory | cruise line | cruise company | ferry company | ferry operator | bus company | coach company | ticket seller | ticket agent | box office | promoter | event promoter | florist | photographer | cleaner | cleaners | removal firm | removals firm | removals company | removal company | movers | moving company | owner | landlord | provider | supplier | employer | agent | tenant)',
      // "the nearest service center", "the concerned branch" (round 10q, non-native letters).
      '(the | your)? (concerned | respective | nearest | closest | nearby | authorised | authorized) (WORD)? (branch | department | team | office | store | outlet | dealer | service centre | service center | repair centre | repair center | post office | authority | person | desk)',
      // "the clinic reception", "the hotel front desk" (round 10k).
      '(the | your)? (clinic | hotel | surgery | practice | gym | club | store | branch | pharmacy | venue) (reception | front desk | desk | team | staff | office)',
      // "HubSpot's support folks", "Apple's billing team" (round 10c).
      '(CAP | ORG) \'s (support | customer service | customer support | help desk | helpdesk | billing | claims | accounts | sales | tech support | technical support)? (team | folks | people | staff | guys | desk | department | agents)',
      '(the | your)? (team | people | folks | guys | staff | crew) (over)? (at | in) (the)? (ORG | CAP (CAP)? | billing | accounts | returns | finance | payroll | hr | support | sales | claims | dispatch | shipping | logistics | warehouse | depot | head office)',
      '(the | your | their | a | an)? (account administrator | system administrator | systems administrator | company admin | company administrator | workspace owner | organisation admin | organization admin | org admin | super admin | billing admin | financial adviser | financial advisor | independent adviser | independent advisor | tax adviser | tax advisor | solicitor | lawyer | attorney | legal adviser | legal advisor | mechanic | electrician | plumber | locksmith | vet | vets | veterinary practice | veterinarian | gp | optician | ground staff | gate agent | gate agents | gate staff | airport staff | check-in desk | check-in counter | ticket office | ticket desk | information desk | lost and found | lost property office | baggage desk | baggage services | baggage service office | station staff | store staff | store manager | duty manager | property manager | building manager | site manager | letting agency | managing agent | freeholder | payment app | card scheme | card network | sending bank | receiving bank | beneficiary bank | recipient bank | health insurer | pet insurer | travel insurer | home insurer | car insurer | motor insurer | breakdown provider | roadside assistance | roadside assistance provider | recovery service | courier driver | delivery rider | carrier partner | depot | local depot | delivery depot | sorting office | delivery office | collection point | pickup point | pick-up point | parcel shop | parcel locker | line manager | manager | account manager | supervisor | recruiter | recruitment agency | staffing agency | payroll administrator | payroll admin | payroll manager | it helpdesk | it help desk | it support | it service desk | repair centre | repair center | authorised repair centre | authorized repair center | service centre | service center | authorised dealer | authorized dealer | pharmacist | hospital | surgery | dentist | school office | bursar | finance office | student finance | tax office | hmrc | irs | dvla | dmv | passport office | visa office)',
      '(the | your)? (WORD)? (ombudsman | ombudsman service | ombudsman services | arbitration service | dispute resolution service | adr body | adr provider)',
      // Named public bodies: "the Civil Aviation Authority", "the Federal Trade Commission", "the Better Business Bureau".
      '(the)? CAP (CAP)? (CAP)? (authority | commission | bureau | regulator | tribunal | agency | ombudsman)',
      '(trading standards | citizens advice | consumer council | the consumer council)',
      // A partner named by what it does for us: "our catering partner", "the glass partner", "your IT provider".
      '(the | your | their | our | a) WORD (partner | partners | provider | supplier | vendor | contractor | subcontractor)',
      'ORG',
      'ORG (support | customer service | customer support | help desk | helpdesk | directly | team)',
    ],
    examples: { match: ['your bank', 'the airline', 'the courier', 'Expedia', 'the booking site'], noMatch: ['the booking'] },
  },
  {
    name: 'TEAM',
    patterns: [
      '(our | the | a | another | a different | a separate | the relevant | the appropriate | the right | the correct | the responsible | the dedicated | the specialist | their | your)? (other | separate | different | relevant | appropriate | right | correct | responsible | dedicated | specialist | specialized | specialised)? (billing | sales | technical | tech | support | accounts | account | returns | refunds | claims | customer care | customer service | customer support | care | reservations | bookings | booking | finance | payments | payment | payroll | fraud | security | disputes | shipping | logistics | delivery | warranty | legal | compliance | escalations | retention | loyalty | onboarding | engineering | product | it | hr | collections | credit | lending | mortgage | insurance | corporate | head office | frontline | level 2 | tier 2 | second-line | l2 | backend | operations | ops | field service | installation | repairs | service | maintenance | front desk)? (team | department | departments | dept | desk | unit | division | office | specialists | agents | group | staff | line | hotline | helpline | centre | center)',
      // Teams named with two words or by their customer-facing name (2026-11-22): "our technical support team", "the Customer Relations team".
      '(our | the | a | another | a different | a separate | the relevant | the appropriate | the right | the correct | the dedicated | the specialist | their | your)? (other | separate | different | relevant | appropriate | right | correct | dedicated | specialist | specialized | specialised)? (technical support | tech support | customer relations | guest relations | customer experience | member services | client services | customer services | complaints | complaints handling | billing support | payroll support | partner support | merchant support | seller support | vendor support | resolutions | resolution | case management | premium support | enterprise support | account management | accounts payable | accounts receivable | fraud prevention | card services | lost property | baggage | ground | credit control | debt recovery | travel support | reservations support | booking support | order support | claims handling | specialist support) (team | department | departments | dept | desk | unit | division | office | specialists | agents | group | staff | line | hotline | helpline | centre | center)',
    ],
    examples: { match: ['our billing team', 'another department', 'the relevant team'], noMatch: ['our policy'] },
  },
  {
    name: 'AMOUNT',
    patterns: [
      '(\\$ | € | £ | ¥ | ₹ | usd | eur | gbp | cad | aud | chf | =us$ | =a$ | =c$ | =r$ | =rs | =rs.) NUM (k | m | million | thousand | bn | billion)?',
      'NUM (k | m | million | thousand)? (dollars | dollar | euros | euro | pounds | pound | quid | bucks | usd | eur | gbp | cad | aud | chf | cents | pence | rupees | yen)',
    ],
    examples: { match: ['$49.99', '€120', '200 dollars', 'USD 50', '$3k'], noMatch: ['3 days'] },
  },
  {
    name: 'DATE',
    patterns: [
      `${MONTH} NUM (st | nd | rd | th)? (, NUM)?`,
      `(the)? NUM (st | nd | rd | th)? (of)? ${MONTH}`,
      '(the)? NUM (st | nd | rd | th)',
      '(on)? NUMDATE',
    ],
    examples: { match: ['March 3rd', 'the 14th', '14 March'], noMatch: ['3 days'] },
  },
  {
    name: 'TIME_CONCRETE',
    patterns: [
      // A clock time, with an optional day: "3 pm", "3:30pm Friday", "10 a.m. tomorrow", "noon"
      `(by | before | at | around | until | till | no later than | latest by | not later than)? (NUM (am | pm | =a.m. | =p.m. | =a.m | =p.m | o'clock | =h) | CLOCK (am | pm | =a.m. | =p.m. | =a.m | =p.m | =h)? | noon | midday | midnight | eod | cob | eob | close of business | end of business | end of (the)? (business | working)? day | the end of (the)? (business | working)? day | end of play) (${DAY} | today | tonight | tomorrow | this (morning | afternoon | evening) | your time | (et | est | pt | pst | cet | gmt | utc | bst | cst | mst | edt | pdt | aest | ist))?`,
      `(by | before | at | until | till | no later than) NUM (${DAY} | today | tonight | tomorrow | this (morning | afternoon | evening))?`,
      `(by | before | on | this | next | until | till | no later than | latest)? (coming)? ${DAY} (morning | afternoon | evening | night | =eod | at noon)? (at | by | before)? (NUM (am | pm | =a.m. | =p.m.)?)?`,
      `(by | before | on | until | no later than)? DATE`,
      '(today | tonight | tomorrow | later today | first thing tomorrow | first thing (in the)? morning | this (morning | afternoon | evening) | the end of today | end of today | within the hour | within the next hour | within the day | in the next hour | the same day | same day | same-day | overnight | next business day | the next business day | next working day | the next working day | end of (the)? (week | month) | the end of (the)? (week | month)) (morning | afternoon | evening | night)? ((at | by | before) NUM (am | pm | =a.m. | =p.m.)?)?',
      `(within | in | under | inside | less than | no more than | up to | allow | allow for | over the next | in the next | within the next | for the next | takes | take | about | approximately | around | roughly | usually | typically | normally | of | after)? (NUM | ${NUMBER_WORD}) ((- | to | or | and) (NUM | ${NUMBER_WORD}))? ${UNIT}`,
      `(within | in | under) (half an hour | an hour | a day | the hour | 24h | 48h | 72h)`,
      '(an | one | a) (hour | day | week) or (two | so)',
    ],
    examples: {
      match: ['by 3 pm Friday', 'within 2 business days', 'allow 3-5 business days', 'tomorrow morning by 10', 'by noon', 'by end of day', 'in 24 hours', 'on March 3rd'],
      noMatch: ['soon', 'shortly'],
    },
  },
  {
    name: 'TIME_VAGUE',
    patterns: [
      '(soon | shortly | asap | eventually | momentarily | soonest | =soonish)',
      '(as soon as | as quickly as | as fast as | as promptly as) (possible | we (can | are able) | i (can | am able) | (they | the team | it) (can | are able | is able) | humanly possible | practicable | feasible)',
      '(at | on) (the | our | my | their | his | her | its) (earliest | first) (opportunity | convenience | possible (time | moment)) | at our earliest convenience | at the earliest',
      'in due (course | time) | in good time',
      // Waiting on the customer's next document with no date: "once we have the last one we'll pick it back up" (round 10c).
      '(once | as soon as) (we | i) (have | get | receive) (the | your | all | those) (last | final | remaining | outstanding | missing | other | rest of the) (one | ones | WORD)?',
      // A bill or statement with no date: "on one of your upcoming bills", "on a future statement" (2026-11-22).
      '(one of)? (your | the | a)? (upcoming | future | coming | forthcoming | subsequent | later) (bill | bills | statement | statements | invoice | invoices | payslip | payslips | billing cycle | billing cycles)',
      '(in | within | over) the (coming | next few | next couple of | following | upcoming) (hours | days | weeks | months | business days | working days)',
      '(in | within) (a | the) (few | couple of | couple) (hours | days | weeks | business days | working days)',
      '(in | within | over) (the)? (near | not too distant | foreseeable) future',
      'at (some | a later) (point | date | time | stage)',
      'in a timely (manner | fashion) | a (little)? while | sometime (soon | later)? | (allow | give (us | me)) (some | a little | a bit of | more)? time',
      '(once | when | as soon as | after | whenever) (we | i | they | the team | our team | the (carrier | courier | airline | bank | partner | vendor | supplier | manufacturer | hotel | warehouse) | PARTY) (hear back | get back | hear (from them | anything) | (receive | get | have) (a | an | any | more | further | the)? (response | reply | update | feedback | information | details | news | word | confirmation | answer) | know more | learn more | get more (information | info | details))',
      '(once | when | as soon as) (it | this | the (issue | fix | refund | update | item | product | order)) (be | has been) (available | ready | resolved | fixed | processed | back in stock | approved)',
      '(once | when | after) (the | our | their) (review | investigation | check | checks | assessment | process | audit | inquiry | enquiry) (be | has been | have been) (complete | completed | finished | done | over | concluded)',
      '(any | one of these) (day | time) now | before (long | you know it) | later (this | next) (week | month) | (early | later | sometime) next (week | month) | next week | this week | when possible | whenever possible | when (we | i) (can | get a chance) | as (time | resources) (allow | allows | permit | permits)',
    ],
    examples: { match: ['soon', 'as soon as possible', 'in the coming days', 'once we hear back', 'in due course'], noMatch: ['tomorrow'] },
  },
];
