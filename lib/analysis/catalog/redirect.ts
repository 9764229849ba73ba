import type { RuleInput } from './schema';

// redirect — sends the customer somewhere else to get their problem solved (TAXONOMY §1):
// another company, another team, a form or portal, or a scope refusal. Clean when the rep
// carries the action themselves (TAXONOMY §1a).

export const REDIRECT: RuleInput[] = [
  {
    id: 'redirect.contact-third-party',
    category: 'redirect',
    patterns: [
      '@urge (contact | reach out to | get in touch with | speak (to | with) | talk (to | with) | check with | consult | liaise with | call | phone | ring) (directly)? (the | your | their | that | this | a | an) (WORD | NAME) (WORD | NAME)? (directly | team | department)?',
      '@urge give @party a (call | ring | quick call | buzz | shout | email | message)',
      '@urge (direct | send | address | forward | take | bring) (your | any | all | these | those | this | that)? (question | questions | query | queries | concern | concerns | request | requests | complaint | complaints | issue | issues | claim | claims | feedback) …{0,5} to @party',
      '@urge (get | seek | find | obtain) (help | assistance | support | an answer | answers | advice) (from | with) @party',
      '(their | ORG \'s | PARTY \'s) (customer service | customer support | support | claims | help | helpdesk | help desk | service) (number | line | team | email | address | phone number | desk | hotline | helpline | contact) (be | is | can)',
      '(this | that | it) (would be | is | be | sounds like) (something | one | a question | a matter) (to | you (will | would | may)? (need | want | have) to) (take up | raise | discuss | check | sort out | bring up | follow up | clarify) (directly)? with @party',
      '(you | you will | you would | you should | you may | you might) (be able to)? (get | request | claim | obtain | seek | ask for) (a | your | the | any)? (refund | replacement | compensation | reimbursement | credit | exchange | repair | answer | update) (directly)? (from | through | via | with) @party',
      '(PARTY | TEAM | they) (can | may | could) be (reached | contacted | called | emailed | found) (at | on | via | through | by)',
      '(you | you will | you would | you\'d) (need | have) to (contact | call | email | reach out to | get in touch with | speak (to | with) | talk (to | with) | check with | go (back)? to) (PARTY | TEAM | them)',
      '@urge (get | request | claim | seek | ask for | obtain) (a | your | the | any)? (refund | replacement | compensation | reimbursement | credit | exchange | repair) (directly)? (from | through | via | with) @party',
      '@urge (also | first | directly | just | simply | still | instead)? @contact_verb (directly)? @party',
      '^ (please)? (just | simply | first)? @contact_verb (directly)? (PARTY | TEAM)',
      '@urge (have | get | ask) @party (to)? (contact | call | email | reach out to | get in touch with | sort | fix | correct | change | update | issue | send | confirm | check)',
      '(you | you will | you would | you may | you might) (need | have | want) to (go | speak | talk | work | deal | sort it out | sort this out | check | take it up | take this up | follow up) (through | with | to) @party',
      '(you | you will | you would) (be | get) (better | best) (off)? (served)? (contacting | calling | speaking (to | with) | reaching out to | going (to | through)) @party',
    ],
    exceptions: ['rep-own-action'],
    message: 'Sends the customer to someone else to fix it. They came to you; to them, whoever sells or books for you IS you.',
    rewrites: [
      "I'll contact {partner|them} for you and get back to you {followup_time|by the end of tomorrow} with what they say",
      "Leave this with me: I'm getting in touch with {partner|them} now and will update you {followup_time|by the end of tomorrow}",
      "I've reached out to {partner|them} on your behalf and will follow up with you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Please contact Expedia directly to change your booking.',
        'You will need to reach out to your bank about the pending charge.',
        "You'll need to get in touch with the airline.",
        'Please feel free to reach out to your bank for more details.',
        'I would recommend that you call the courier.',
        'Unfortunately, you will have to speak to the hotel about this.',
        'Contact your card issuer to dispute the transaction.',
        'Kindly get in touch with the seller regarding the missing part.',
        'Your best option is to contact the manufacturer.',
        'Please have your bank call us to confirm the transfer.',
        'Hi Ana, please check with your IT department about the login.',
        'You may want to contact your employer, as they manage your payroll account.',
      ],
      valid: [
        "I've already called the carrier and they'll redeliver tomorrow before noon.",
        "I'll contact Expedia for you and call you back by 3 pm.",
        'I contacted the airline this morning and they confirmed the new seat.',
        'Please contact us any time if anything changes.',
        'Your bank contacted us yesterday and the transfer is confirmed.',
        'Please contact the hotel directly if you want a late checkout; I have already emailed them your request.',
      ],
    },
  },
  {
    id: 'redirect.they-can-help',
    category: 'redirect',
    patterns: [
      '(PARTY | TEAM | they) (would be | be | will be) the (ones | people | team | place | party | department | person | contact | point of contact) (to)? (talk | speak | contact | call | reach | ask | go | email) (to | with)?',
      '(PARTY | TEAM | they) (will | would | should | can | could | may | might) (be able to | be better able to | be in a better position to | be best placed to | be happy to | be glad to)? (better)? (help | assist | advise | answer | sort (it | this | that)? (out)? | resolve | look into | deal with | support | explain | clarify | investigate | take care of) (you | this | that | it | your)?',
      '(PARTY | TEAM) (be | are | is) (the)? (best | right | correct | only | proper | appropriate | ideal | better) (people | party | parties | place | ones | one | point of contact | contact | team | department | source) (to)? (contact | speak | talk | reach | ask | help | assist | handle | resolve | answer | deal | go | call | email)',
      '(PARTY | TEAM) (be | are | is) (better | best) (placed | positioned | equipped) to',
    ],
    exceptions: ['rep-own-action'],
    message: 'Tells the customer another party can help, leaving them to do the chasing. Do the legwork and report back.',
    rewrites: [
      "I'll take this up with {partner|them} myself and update you {followup_time|by the end of tomorrow}",
      "I'm contacting {partner|them} for you now; you'll hear back from me {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Your bank will be able to help you further.',
        'The airline should be able to assist you with the rebooking.',
        'The courier is the best party to contact about this.',
        'Our billing team can help you with that.',
        'The manufacturer is better placed to answer questions about the warranty.',
      ],
      valid: [
        "Your bank confirmed to me that the refund is on its way; I'll check again tomorrow at 10 am.",
        'The airline will be able to help, and I have already called them with your booking details.',
        'Our billing team refunded the charge this morning.',
      ],
    },
  },
  {
    id: 'redirect.handled-elsewhere',
    category: 'redirect',
    patterns: [
      '(something | one | a matter | an issue | a request) (that)? @party (will | would | need | needs | has | have | must | should) (to | have to | need to)? (handle | deal with | resolve | sort | look into | address | answer | process | decide)',
      '(only | just) @party (can | could | is able to | are able to | be able to) (help | assist | change | make | process | refund | cancel | amend | modify | answer | resolve | do)',
      '(this | that | it | these | those | refunds | changes | cancellations | claims | returns | such requests | which | the (refund | change | claim | cancellation | booking | reservation | request | issue | matter | return | exchange | dispute)) …{0,4} (=is | =are | =gets | =get | would be | will | will need to | would need to | need to | needs to | must | has to | have to | can only | should | can) (be)? (only)? (handled | managed | processed | dealt with | taken care of | resolved | addressed | arranged | requested | submitted | raised | sorted | changed | amended | cancelled | canceled | refunded | modified) (directly | only | exclusively)? (by | through | via | with) @party',
      '@party (handle | manage | process | deal with | take care of | look after | be responsible for (handling | processing | managing)? | control | oversee | administer | own | issue | decide | make decisions on | make the decision on) (all | any)? (the | your | their)? (refunds | refund | changes | change requests | cancellations | claims | bookings | reservations | returns | exchanges | disputes | billing | payments | chargebacks | that | this | those | these | such requests | requests | issues | matters | it | deliveries | delivery | shipping | lost (packages | parcels | items) | damaged (items | goods | parcels) | warranty | warranty claims | repairs | compensation | reimbursement | reimbursements | the (refund | claim | return | change | booking | reservation | cancellation | compensation))',
      '(that | this | it) (falls | fall | sits | lies | comes) (under | within | with) (the)? (PARTY | ORG | TEAM)',
      '@urge (do | request | ask for | apply for | claim | arrange | book | change | cancel | handle | sort | manage | make | submit | process) (this | that | it | the (change | refund | cancellation | claim | return | booking | request) | your (refund | claim | change | request | return | booking | cancellation))? (directly)? (through | via | with) @party',
      '(since | as | because) (you | it | the (booking | order | reservation | purchase | ticket)) (was | were)? (booked | bought | purchased | ordered | made | placed) (through | via | on | with | from) (PARTY | ORG | a third party | a third-party (site | website | app | seller | retailer)) (,)? (you | they) (will | would)? (need | have | must) (to)?',
    ],
    exceptions: ['rep-own-action'],
    message: 'Says someone else handles it, and leaves the customer there. If a partner owns the step, you can still own the outcome.',
    rewrites: [
      "{partner|They} handle that step, so I'll take it up with them for you and confirm {followup_time|by the end of tomorrow}",
      "I'll sort this out with {partner|them} directly and let you know {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Refunds for this fare are handled directly by the airline.',
        'The carrier handles claims for lost parcels.',
        'This falls under the booking site, not us.',
        'You will need to request the change through Expedia.',
        'Since you booked through a third party, you will need to go through them.',
        'Cancellations must be processed by the travel agent.',
      ],
      valid: [
        "The carrier handles claims, so I've filed it for you: reference 55102.",
        'Refunds are handled by our billing team, and I have already asked them to issue yours today.',
        'I handle refunds myself, so I have issued yours.',
      ],
    },
  },
  {
    id: 'redirect.scope-refusal',
    category: 'redirect',
    patterns: [
      '(that | this | it | these | those | which | your (request | question | issue)) (be | is | are | falls | fall) (completely | unfortunately | actually)? (outside | beyond | out of | not within | not part of | not covered by) (of)? ((the | our | my | this) (scope | remit | area | purview | jurisdiction | department | team | wheelhouse | domain | responsibilities | support scope | scope of support) | what (we | i | our team | this team) (can)? (handle | cover | do | support | deal with | help with | look after | take care of))',
      '(that | this | it) (be | is) not (really)? (something | an issue | a matter | a question | a request | a problem | a thing) (that)? (we | i | our team | this team | this department) (can | are able to | could | would)? (handle | deal with | cover | support | manage | help with | assist with | take care of | get involved in | look into | answer | comment on)',
      '(we | i | our team | this team | this department) (do not | can not | be not able to | be unable to | be not in a position to | be not authorized to | be not equipped to) (handle | deal with | support | assist with | help with | cover | take care of | answer questions about | comment on | get involved (in | with) | manage | process | look after)',
      '(we | i | our team | this team) (only | just | exclusively) (handle | deal with | support | cover | manage | take care of | assist with | help with) (bookings | orders | purchases | reservations | tickets | requests | issues | questions | queries | accounts | direct)',
      '(you | you have) (have)? (reached | contacted | come to | emailed | called | written to) the (wrong | incorrect) (team | department | place | people | company | number | address | inbox | channel | desk)',
      '(this | that | it) (be | is) not (handled | managed | dealt with | covered | supported) (by | through) (us | our team | this team | this department | me | our (department | company))',
      '(this | that | it) (be | is) not (our | my | this) (department | area | team | area of expertise | expertise | specialty)',
      '(that | this) (be | is | would be) (a question | something | one | an issue | a matter | a query) (for | better suited for | best directed to) @party',
    ],
    exceptions: ['rep-own-action'],
    message: 'A scope refusal: "not our department" leaves the customer with nowhere to go. Own the next step even when another team does the work.',
    rewrites: [
      "Another team handles this part, so I've passed it to them with your details and will confirm back to you {followup_time|by the end of tomorrow}",
      "I'll get this to the right people myself and stay on it until it's sorted; expect an update from me {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        "That's outside what we handle.",
        'Unfortunately this is outside the scope of our support.',
        "That isn't something we can help with.",
        "We don't handle bookings from resellers.",
        'You have reached the wrong department for billing questions.',
        "That's a question for the airline.",
        'This is not handled by our team.',
      ],
      valid: [
        "That's outside what we normally handle, but I've already asked our billing lead to take it on and she'll reply by 2 pm.",
        'We handle all bookings made on our site, including yours.',
        'I only need your order number to fix this.',
      ],
    },
  },
  {
    id: 'redirect.self-serve-form',
    category: 'redirect',
    patterns: [
      '@urge_strong visit (your | the | a | our | any)? (nearest | local | closest | original)? (branch | store | shop | office | dealership | location | service center | service centre | repair shop | post office | pharmacy | website | site | web site | page | link | URL | counter | desk)',
      '@urge_strong (initiate | start | begin | open | lodge | file | raise | submit | log | create) (a | an | the | your)? (new | separate | formal | online)? (return | claim | dispute | chargeback | request | complaint | case | ticket | inquiry | enquiry | investigation | trace | rma | return request | warranty claim)',
      '@urge_strong …{0,6} (via | through | using | on | in | at) (the | our | your) (online | customer | self-service | support | web | account | member)? (portal | form | online form | web form | website | help center | help centre | self-service | dashboard | app | resolution center | resolution centre)',
      '@urge_strong (fill out | fill in | fill | complete | submit | use | go to | visit | head to | head over to | check | see | refer to | consult | read | review | log in to | log into | login to | sign in to | access | navigate to | go through | look at | browse | search | go on | go onto | check out) (the | our | this | that | a | an | your | their)? (online | web | official | self-service | customer | support | help | relevant | appropriate | following | dedicated | separate | returns | claims | refund | cancellation | contact | request | complaints | account)? @deflect_form',
      '^ (fill out | fill in | complete | submit | visit | go to | check out | refer to | see | head to | head over to | consult | use) (the | our | this)? (online | web | official | self-service | customer | support | help | relevant | returns | claims | refund | contact | request)? @deflect_form',
      '@urge_strong (submit | open | raise | create | file | log | lodge | start) (a | an | another | the | your)? (new | separate | formal | support | help | service | online | written)? (ticket | request | claim | case | report | complaint | dispute | support request | inquiry | enquiry)',
      '(you can | you will be able to | you may | you could) (find | get | see | read | locate) (the (answer | answers) | answers | more information | further information | more details | everything you need | all the information | most answers) (on | in | at | via | through | from) (the | our | this)? (online | web | official | self-service | customer | support | help)? @deflect_form',
      '(more | further | additional)? (information | details | instructions | info | answers | guidance | help) (can be | be) (found | available | located) (on | in | at | via | through) (the | our)? (online | official | self-service | customer | support | help)? (@deflect_form | URL)',
      '@urge_strong (visit | go to | check | see | refer to | use | click | follow | review | read | consult) (the link | this link | the following link | the link below | URL)',
    ],
    exceptions: ['rep-own-action'],
    message: 'Points the customer to a form, portal or help page instead of doing it for them. Do the step yourself, or at least fill in what you can.',
    rewrites: [
      "I've filled in the request for you with the details you sent, and I'll confirm {followup_time|by the end of tomorrow} once it's through",
      "I'll take care of the paperwork on my side; you don't need to fill anything in, and I'll update you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'Please fill out the claim form on our website.',
        'Please visit our help center for more information.',
        'You can find the answer in our FAQ.',
        'Please submit a new ticket for this request.',
        'Kindly refer to the knowledge base article.',
        'More information can be found on our support page.',
        'Please visit https://help.example.com/returns to start a return.',
      ],
      valid: [
        "I've filled out the claim form for you; reference CL-2291.",
        "I'll check the portal and send you the receipt by noon.",
        'I read the help center article again and the setting you need is under Billing.',
      ],
    },
  },
  {
    id: 'redirect.refer-you',
    category: 'redirect',
    patterns: [
      '(i | we) (would | will | must | have to | need to | can only | can)? (refer | direct | point | redirect | send) you (back)? (to | towards | over to) (@party | @deflect_form | the (link | article | page) | our (website | site))',
      '(i | we) (would | will | must | have to | need to)? (advise | suggest | recommend) (that)? you (contact | call | email | reach out to | speak to | talk to | get in touch with | go back to | check with) @party',
    ],
    exceptions: ['rep-own-action'],
    message: 'Refers the customer elsewhere, which hands the problem back to them.',
    rewrites: [
      "I'll take this to {partner|the team who can fix it} myself and update you {followup_time|by the end of tomorrow}",
    ],
    examples: {
      invalid: [
        'I would refer you to the airline for this.',
        'I have to direct you to our billing department.',
        'We advise that you contact your bank.',
      ],
      valid: ['I referred your case to Priya in billing, who will call you at 4 pm today.', 'I sent you the invoice this morning.'],
    },
  },
];
