import type { Lexicon } from './schema';

// Shared vocabulary of the catalog: macros (@name in a pattern) and named exceptions.
// Written from how reps phrase things in helpdesk macros across airlines, SaaS, e-commerce,
// banks, hotels, telecom, payroll and car rental; broad on purpose, so unseen phrasings match.

export const LEXICON: Lexicon = {
  macros: {
    // Softeners reps put before an instruction to the customer.
    urge: `(please | kindly | pls | u (need to | have to | will need to | should | can | must) | it (be | would be | might be | may be | could be) worth | feel free to | you be (more than)? welcome to | do not hesitate to | i would (suggest | recommend | advise | encourage) (that)? (you)? | i (suggest | recommend | advise | encourage) (that)? (you)? | we would (suggest | recommend | advise | encourage) (that)? (you)? | we (suggest | recommend | advise | encourage) (that)? (you)? | you may (want | wish | need) to | you might (want | wish | need) to | you would (want | need) to | you will (want | need | have) to | you should be able to | you will be able to | you would be able to | you can always | you (need | have) to | you must | you should | you (can | could | may) (always | also | just)? | it (be | would be | might be) (best | better | advisable | recommended) (for you)? to | your best (option | bet | course of action) (be | would be) to | the best (way | option | thing | course of action) (be | would be | to do be | to do would be) to | we (kindly | would kindly | would)? (ask | request) that you | i (kindly | would kindly | would)? (ask | request) that you | we (kindly | would kindly | would)? ask you to | we advise you to | i advise you to | we encourage you to | we recommend you | i recommend you | you be (required | advised | encouraged | asked | requested | kindly requested) to | (we | i)? (kindly)? request you to | you be better off | (the)? next step (be | would be | will be) (for you)? to | what you (need | will need | would need) to do (be | is) | (all)? you need to do (be | is) | you (will | would) have to | you'd be best (to)?)`,
    // The same without the permissive forms ("you can", "feel free to"): telling a customer where a routine thing lives is not a redirect.
    urge_strong: `(please | kindly | pls | u (need to | have to | will need to | should | must) | it (be | would be | might be | may be | could be) worth |  do not hesitate to | i would (suggest | recommend | advise | encourage) (that)? (you)? | i (suggest | recommend | advise | encourage) (that)? (you)? | we would (suggest | recommend | advise | encourage) (that)? (you)? | we (suggest | recommend | advise | encourage) (that)? (you)? | you may (want | wish | need) to | you might (want | wish | need) to | you would (want | need) to | you will (want | need | have) to |  you (need | have) to | you must | you should | it (be | would be | might be) (best | better | advisable | recommended) (for you)? to | your best (option | bet | course of action) (be | would be) to | the best (way | option | thing | course of action) (be | would be | to do be | to do would be) to | we (kindly | would kindly | would)? (ask | request) that you | i (kindly | would kindly | would)? (ask | request) that you | we (kindly | would kindly | would)? ask you to | we advise you to | i advise you to | we encourage you to | we recommend you | i recommend you | you be (required | advised | encouraged | asked | requested | kindly requested) to | (we | i)? (kindly)? request you to | you be better off | (the)? next step (be | would be | will be) (for you)? to | what you (need | will need | would need) to do (be | is) | (all)? you need to do (be | is) | you (will | would) have to | you'd be best (to)?)`,
    // Ways of contacting someone.
    contact_verb: `(contact | call | phone | ring | email | message | text | dm | write (to)? | reach out (directly)? (to)? | reach | get in (touch | contact) with | get (a)? hold of | speak (directly)? (to | with) | talk (directly)? (to | with) | chat (directly)? (to | with) | check (directly)? with | consult (with)? | follow up (directly)? with | touch base with | take (it | this | that | the matter | the issue | this matter | this up | it up | that up) (up)? (directly)? with | raise (it | this | that | the issue | the matter | the complaint | your complaint | a complaint | a concern | your concern)? with | liaise (directly)? with | lodge (a | your)? (claim | complaint | dispute)? with | file (a | your)? (claim | complaint | dispute | report)? with | open (a | your)? (claim | dispute | case | ticket)? with | submit (a | your)? (claim | request | dispute | complaint)? (to | with) | direct (your | any | all)? (question | questions | query | queries | concern | concerns | request | complaint)? to | address (your | this | any)? (question | questions | concern | concerns | query)? to | send (your | a | the | this)? (request | question | complaint | query | email | message)? to | go (directly)? (back)? to | head (over)? to | visit)`,
    // Someone other than the rep: a partner, another company, another team.
    party: `(PARTY | TEAM | them | they | him | her | NAME (NAME | ORG)? (\\'s)? (support | customer service | customer support | team | helpdesk | help desk | directly)? | the (number | phone number | hotline | helpline | line | contact number | toll-free number) (on | listed | printed | provided | shown | at | in | below | above) | (their | the) (customer service | customer support | support | helpdesk | help desk | claims | billing) (team | department | line | desk)?)`,
    // The rep doing or having done something concrete.
    rep_did: `(i | we) (have | had)? (already | just | personally | now | also | since | actually | gone ahead and | taken the liberty of)? (=called | =contacted | =emailed | =e-mailed | =phoned | =rang | =messaged | =spoken | =spoke | =reached | =filed | =submitted | =opened | =raised | =logged | =lodged | =sent | =forwarded | =asked | =arranged | =booked | =rebooked | =refunded | =credited | =issued | =processed | =escalated | =flagged | =notified | =requested | =initiated | =started | =placed | =updated | =corrected | =fixed | =changed | =cancelled | =canceled | =reversed | =waived | =applied | =shipped | =confirmed | =checked | =looped | =included | =copied | =added | =upgraded | =replaced | =reset | =restored | =unlocked | =reactivated | =reinstated | =removed | =adjusted | =extended | =secured | =reserved | =covered | =paid | =chased | =pushed | =ran | =retried | =reran | =resubmitted | =reprocessed | =moved | =sourced | =split | =swapped | =held | =knocked | =pencilled | =penciled | =rescheduled | =reissued | =resent | =transferred | =switched | =exported | =rolled | =matched | =honoured | =honored | =granted | =allocated | =assigned | =expedited | =prioritized | =prioritised | =released | =unblocked | =unflagged | =cleared | =approved | =whitelisted | =lifted | =set | =put | =got | =taken | =done | =made | =handled | =sorted | =resolved | =called | =tracked | =located | =found | =gone | =passed | =followed | =reached)`,
    rep_will: `(i | we) (will | shall | can | be going to | be gonna | =am | =are) (personally | also | now | immediately | right away | today)? (call | contact | email | phone | ring | message | reach out | speak | talk | file | submit | open | raise | log | lodge | send | forward | arrange | book | rebook | refund | credit | issue | process | chase | follow up | take care | handle | sort | fix | correct | update | cancel | reverse | waive | apply | ship | coordinate | liaise | get | set up | put | replace | reset | restore | unlock | reactivate | reinstate | remove | adjust | extend | secure | reserve | cover | pay | expedite | prioritize | check | confirm | track | locate | push | escalate | offer | give | provide | add | upgrade | match | honor | honour | order | deliver | collect | pick up | waive | reimburse | compensate | make | keep | stay | monitor | watch | personally)`,
    // The rep doing the legwork toward the other party (what makes a redirect clean).
    rep_liaised: `((i | we) (have | had)? (already | just | personally | now | also | since | actually | gone ahead and | taken the liberty of)? (=called | =contacted | =emailed | =e-mailed | =phoned | =rang | =messaged | =spoken | =spoke | =reached | =filed | =submitted | =opened | =raised | =logged | =lodged | =forwarded | =escalated | =notified | =requested | =chased | =looped | =copied | =cc'd | =passed | =asked | =arranged | =booked | =rebooked | =reserved | =alerted | =flagged | =written | =wrote | =spoken) | (i | we) (will | shall | be going to | be gonna | be about to | can) (personally | also | now | immediately | right away | today | still | gladly | happily)? (call | contact | email | phone | ring | message | reach out | speak | talk | file | submit | open | raise | log | lodge | forward | chase | arrange | coordinate | liaise | handle | take care | sort | follow up | get in touch | loop | push | escalate | book | rebook | work with | deal with | request | ask | take (it | this | that) up) | i be (calling | contacting | emailing | filing | chasing | arranging | reaching out | following up | coordinating | working with | speaking with | submitting | raising | escalating | handling | taking care) | on your behalf | let me (call | contact | email | reach out | get in touch | chase | file | handle | take care | sort | arrange | speak | talk) | (i | we) (will | 'll)? (do | handle | take care of) (that | this | it | the rest | everything) (for you))`,
    rep_acts: `(@rep_did | @rep_will | on your behalf | for you (now | today | right away | already) | i be (calling | contacting | emailing | filing | chasing | arranging | processing | sending | booking | handling | fixing | refunding | crediting | taking care | reaching out | following up | coordinating | working with | speaking with) | here be what (i | we) (can | will) do | what i (can | will) do (be | instead) | instead , (i | we) | i have gone ahead | i went ahead | let me (call | contact | email | fix | sort | handle | take care | refund | credit | arrange | book | rebook | check | send | reach out | get | chase | follow up | process | escalate | look) )`,
    // Someone unnamed who will act.
    someone: `(someone | somebody | (someone | somebody | a colleague | a member of staff) (from | in | at | on) (our | the) WORD (team | department | side | office | desk)? | a member of (our | the) (team | staff) | a team member | one of (our | the) (agents | specialists | team members | representatives | colleagues | technicians | experts | engineers) | an (agent | associate | advisor | adviser | engineer | expert) | a (specialist | representative | rep | technician | colleague | supervisor | manager | team member) | the (relevant | appropriate | responsible | right | concerned)? (team | department | dept | person | people) | our (team | staff | specialists | engineers | technicians | experts) | the team | they)`,
    // Somebody "will get back to you" verbs.
    respond: `(get back (to you)? | be in touch | be in contact | reach out (to you)? | contact you | follow up (with you)? | respond (to you)? | reply (to you)? | update you | provide (you with)? (an)? update | send (you)? (an)? update | let you know | call you (back)? | email you | give you a call | circle back | revert (to you | back)? | come back to you | touch base | keep you (posted | updated | informed | in the loop) | look into (it | this | that | the matter | the issue | your (case | issue | request | concern | query))? | investigate | advise (you)? | inform you | notify you | be able to (help | assist) | have an (answer | update) (for you)? | have (more)? (information | news | details) (for you)?)`,
    thing: `(request | appeal | ticket | case | issue | complaint | query | inquiry | enquiry | concern | claim | report | feedback | matter | problem | message | email | refund | application | dispute | order | file | account | question)`,
    workitem: `(ticket | case | request | conversation | chat | thread | issue | inquiry | enquiry | query | matter | complaint | support request | support ticket | incident | fault | fault report | job | service request | work order)`,
    deflect_form: `(form | online form | web form | contact form | claim form | request form | support form | portal | online portal | self-service portal | customer portal | support portal | help center | help centre | help desk | helpdesk | knowledge base | faq | faqs | faq page | support page | support site | support website | community | community forum | forum | help article | article | guide | documentation | docs | help docs | user guide | setup guide | manual | user manual | instructions | support article | support articles | help pages | tutorial | troubleshooting guide | self-service | app | website | site | web site | online chat | live chat | chat | hotline | helpline | phone line | support line | customer service line | 800 number | toll-free number | number)`,
    empathy_object: `(frustration | frustrations | frustrating | frustrated | annoyance | annoying | disappointment | disappointing | disappointed | inconvenience | inconvenient | upset | concern | concerns | stress | stressful | trouble | difficulty | hassle | situation | feeling | feelings | confusion | confusing | worry | anxiety | anger | pain | point of view | perspective | position | annoyed | upsetting | difficult | unpleasant | irritating | irritation)`,
    // More remedies in the rep's words (2026-11-22, blind corpus batches): "I've been able to convert it", "I've asked finance to release it", "I've knocked £40 off", "passed it to Mia, who …".
    rep_remedy_more: `((i | we) (have | had)? (been able to | managed to | found a way to) | (the | your) (WORD)? (refund | claim | replacement | exchange | credit | repair | return) (be | is | has been | was) (now | already)? (approved | issued | processed | on its way | authorised | authorized | arranged | booked) | (i | we) (have | had)? (=ran | =retried | =reran | =resubmitted | =reprocessed) | (i | we) (have | had)? (already | just)? =asked (my | our) (WORD)? (manager | supervisor | team leader | lead | director | head) (\\,)? (NAME)? (\\,)? (who | to | and) | (i | we) (have | had)? (already | just)? =asked (NAME | CAP | our WORD | the WORD | them | him | her | finance | billing | accounts) (WORD)? to (release | refund | credit | issue | process | waive | reverse | send | fix | rebook | arrange | expedite | approve | deliver | replace | call | ship | reissue) | (i | we) (have | had)? (=passed | =handed | =given | =forwarded) (it | this | that | your (WORD)?) (over | on)? to (NAME | CAP) | (i | we) (have | had)? (=knocked | =taken) (AMOUNT)? …{0,3} off | (i | we) (have | had)? (already | just)? (=sourced | =split | =swapped | =pencilled | =penciled | =rescheduled | =reissued | =resent | =exported | =restored | =rolled back | =matched | =granted) | (i | we) (have | had)? (=put | =placed) …{0,4} on hold | (i | we) (have | had)? (=found | =checked | =looked at) (the | some | two | three | a few | other | your)? (WORD)? (alternatives | alternative | options | other dates | availability))`,
    // A remedy the rep gives or sets in motion (what makes a rule or an inability clean, TAXONOMY §1a).
    // Narrower than @rep_acts on purpose: "I've noted your feedback", "I've checked your account" or
    // "I've cancelled the subscription" after a refusal leave the customer's ask with no path.
    rep_remedy: `(@rep_remedy_more | (i | we) (was | were) able to | (i | we) (have | had)? (already | just | personally | now | also | since | actually | instead | gone ahead and | taken the liberty of)? (=refunded | =credited | =issued | =waived | =reversed | =rebooked | =booked | =arranged | =upgraded | =replaced | =reimbursed | =compensated | =extended | =covered | =paid | =reserved | =secured | =added | =applied | =sent | =shipped | =processed | =removed | =called | =contacted | =emailed | =phoned | =rang | =spoken | =spoke | =converted | =rolled | =escalated | =requested | =approved | =restored | =reset | =unlocked | =reactivated | =reinstated | =adjusted | =expedited | =released | =lifted | =corrected | =fixed | =changed | =moved | =switched | =transferred | =organised | =organized | =found | =offered | =held | =matched | =swapped | =exchanged | =converted | =honoured | =honored | =discounted | =triggered | =started | =initiated | =raised | =filed | =submitted | =lodged | =ordered | =dispatched | =authorised | =authorized | =upgraded | =made (an | a one-off | a one-time)? (exception | adjustment | refund | credit | booking | payment)) | (i | we) (will | shall | be going to | be able to | be happy to | would be happy to | would like to | be glad to | would be glad to) (personally | also | now | immediately | right away | today | still | gladly | happily | instead | however)? (refund | credit | issue | waive | reverse | rebook | book | arrange | upgrade | replace | reimburse | compensate | extend | cover | pay | reserve | secure | add | send | ship | call | contact | email | phone | ring | speak | talk | escalate | request | approve | restore | reset | unlock | reactivate | reinstate | adjust | expedite | organise | organize | offer | give | provide | match | honour | honor | discount | raise | file | submit | lodge | make an exception | look for | get you) | ^ (but | however | instead)? (,)? (i | we) (can | could) (also | still | instead | however)? (refund | credit | issue | waive | rebook | book | arrange | upgrade | replace | reimburse | compensate | extend | cover | offer | give | send | ship | move | switch | transfer | hold | reserve | add | apply | call | contact | email | escalate | request | make an exception | help you (find | get | book | with)) | i be (calling | contacting | emailing | refunding | crediting | processing | sending | booking | rebooking | arranging | issuing | waiving | escalating | raising) | let me (call | contact | email | refund | credit | arrange | book | rebook | send | reach out | process | escalate | offer | find | see what i can | waive | fix | sort) | here be what (i | we) (can | will | be)? (do | doing | done | have done) | what (i | we) (can | could) (do | offer) (be | instead | though | however) | instead , (i | we) | (i | we) (can | could) (instead | still) | on your behalf | for you (now | today | right away | already) | as a (gesture of goodwill | goodwill gesture | one-off | one-time | courtesy | exception) | free of charge | at no (extra | additional)? (cost | charge) | on the house)`,
    // What a customer asks a rule to bend for: refunds, changes, exceptions…
    pw_remedy: `(refund | refunds | cash refund | cash refunds | partial refund | partial refunds | refund request | refund requests | compensation | reimbursement | exchange | exchanges | return | returns | change | changes | name change | name changes | date change | date changes | cancellation | cancellations | credit | credits | upgrade | upgrades | price adjustment | price adjustments | price match | price matching | price matches | discount | discounts | transfer | transfers | extension | extensions | exception | exceptions | amendment | amendments | modification | modifications | substitution | substitutions | early check-in | late checkout | late check-out | rain check | rain checks | cover | coverage | chargeback | chargebacks | goodwill payment | goodwill payments | deposit | deposits | cancellation fee | cancellation fees)`,
    generic_trouble: `(inconvenience | inconveniences | disruption | disruptions | trouble | troubles | confusion | frustration | frustrations | hassle | disappointment | difficulty | difficulties | issue | issues | problem | problems | delay | delays | distress | annoyance | upset | any of this | all of this | the situation | this situation | this experience | your experience | any misunderstanding | the misunderstanding | misunderstanding)`,
  },
  exceptions: {
    'question-after': {
      why: 'a question is not an accusation: "is your antivirus blocking the installer?"',
      patterns: ['\\?'],
      scope: 'after',
      window: 0,
    },
    'rep-own-action': {
      why: 'a redirect that carries the rep\'s own action is clean (TAXONOMY §1a: "I\'ve already called the carrier")',
      patterns: ['@rep_liaised'],
      scope: 'around',
      window: 1,
    },
    'rep-action-after': {
      why: 'a rule or inability followed in the draft by a concrete action the rep takes is clean (TAXONOMY §1a)',
      patterns: [
        '@rep_acts', '(but | however) (i | we) (can | could | will | have | did)', 'what (i | we) can (do | offer)', '(i | we) (can | could | will) (instead | still | however | though) (offer | give | send | refund | credit | arrange | book | do)',
        // More of the rep's own fixes (precision round 2026-11-22): "I've switched those reminders off", "I've turned auto-renew back on".
        '(i | we) (have | had)? (already | just | now | also)? (=switched | =turned | =stopped | =disabled | =enabled | =paused | =resumed | =moved | =swapped | =exchanged | =marked | =reissued | =resent | =rebuilt | =repaired | =migrated | =merged | =deleted | =archived | =refreshed | =re-sent | =re-enabled | =reconnected | =activated)',
      ],
      scope: 'after',
      window: 2,
    },
    'rep-remedy-after': {
      why: 'a rule or inability followed in the draft by a remedy the rep gives is clean (TAXONOMY §1a); a note, a check or a pass-along is not a path',
      patterns: [
        '@rep_remedy',
        // "I've been able to convert it into a credit", "I've put two seats on hold for you" (precision round 2026-11-22).
        '(i | we) (have | had)? (also | now | already | just)? (=been able to | =managed to | =arranged to) (WORD)',
        '(i | we) (have | had)? (also | now | already | just)? (=put | =placed | =kept | =set) …{0,5} (on hold | aside | to one side) (for you)?',
        // More paths reps give after a rule (precision round 2026-11-22, fresh sentences): a letter or label
        // for the customer, a partner asked to do the thing, money that still comes back, "what I've done is".
        '(i | we) (have | had)? (already | just | also | now)? (=written | =prepared | =drafted | =given | =gave | =sent) (you)? (a | an | the) (letter | note | statement | confirmation | certificate | report | label | voucher | code | credit note) (you | for | to)',
        '(i | we) (have | had)? (already | just | also | now)? (still)? (=given | =gave) you (the | a | an | your | AMOUNT | NUM | full | free)',
        '(the | a | your) (prepaid | free | return | returns)? (return label | returns label | prepaid label | voucher | discount code | promo code | credit note | replacement) (be | is | are) (in | attached | enclosed | below | on its way | included)',
        '(i | we) (have | had)? (already | just | also | now)? (=asked | =arranged for | =instructed | =told | =got) (PARTY | ORG | them | the (WORD)? (WORD) | our (WORD)? (WORD)) to (hold | deliver | redeliver | collect | return | refund | replace | resend | send | keep | reserve | call you | fit | repair | fix | rebook | waive | credit | extend | reissue | reopen)',
        '(the | your)? (refund | money | payment | credit | deposit | balance | AMOUNT) (will | \\\'ll | should | still)? (go | goes | come | comes) back to (you | your | the)',
        '(i | we) (be | am | are | would be)? (happy | glad | pleased) to (cancel | move | change | reschedule | repair | fix | hold | keep | transfer | switch | swap | exchange | refund | credit | waive | extend | rebook | book)',
        '(i | we) (can | will | \\\'ll) (then)? (go through (it | this | that | everything | the (WORD)?) with you | talk you through | walk you through | set (it | this)? up for you | make the change | do (it | that | this) for you)',
        'what (i | we) (have | \\\'ve)? (=done | did) (be | is | instead)',
        '(the)? (nearest | next | earliest | first) (free | available | open)? (slot | slots | date | dates | appointment | appointments | table | seat | seats | flight | room) (be | is | are) …{0,6} (shall | should | can | would you like) (i | me)',
        // The outcome the customer gets, dated or agreed (precision round 2026-11-22): "you'll have the money back by the 20th", "he's said yes to your cat", "yours is booked to come back on Saturday".
        'you (will | \\\'ll | should) (have | get | receive | see) (it | them | AMOUNT | (the | your) (money | refund | deposit | fee | fees | charge | payment | balance | credit | difference | excess | amount | cash)) back',
        '(he | she | they | PARTY | ORG) (have | has | had | be | is)? (already)? (=said yes | =agreed to (refund | waive | replace | repair | cover | pay | extend | move | accept | let | allow | take) | (=approved | =accepted | =okayed) (it | this | that | the | your))',
        '(yours | it | your (WORD)) (be | is | has been) (now)? (=booked | =scheduled | =arranged | =set) (in)? (to | for) (WORD)',
        // A colleague of ours gives the path ("…, but Dr Lindqvist has your notes and can renew it during the call").
        '(but | however | instead) (\\,)? (dr | doctor | our (WORD)? (colleague | colleagues | pharmacist | doctor | doctors | nurse | engineer | engineers | technician | specialist | specialists | manager | team) | my (colleague | manager | supervisor | team lead)) …{0,6} (can | will | be able to) (renew | prescribe | issue | refund | rebook | replace | fix | repair | approve | waive | extend | change | sort | do | arrange | book)',
        '(i | we) (have | had)? (also | now | already | just | gone ahead and)? (=done | =sorted | =handled | =changed | =moved | =updated | =fixed | =made) (it | this | that | the (WORD)? (change | changes | switch | booking | update | swap)) (for you | myself | on my side | on our side | from here | here | manually)',
      ],
      scope: 'after',
      window: 2,
    },
    'told-you-so': {
      why: 'a rule quoted as "you agreed to it" or "as I said before" is labelled condescension or blame_shift, one label per span (corpus labels, tune half 2026-11-22)',
      patterns: [
        'if you had (=read | =checked | =looked | =reviewed | =paid attention)',
        '(=mentioned | =stated | =explained | =noted | =said | =advised | =told you) (in | on) (my | our) (last | previous | earlier | first | prior) …{0,2} (email | emails | e-mail | message | messages | reply | replies | response | responses | letter | note | chat)',
        'you (=accepted | =agreed | =acknowledged | =ticked)',
        '=automatically (=applied | =charged | =added | =generated | =triggered | =issued | =debited | =taken | =renewed)? (by | via) (our | the) (system | software | platform)',
        // Passive only ("was charged automatically"): "as your plan renewed automatically, we're unable to refund" is a plain policy_wall (tune d-fthreeb-005).
        '(=was | =were | =is | =are | has been | have been) (=applied | =charged | =added | =generated | =triggered | =issued | =debited | =taken | =renewed) =automatically',
        // "As you'll appreciate, cover excludes wear" and "the traveller's responsibility, as per our conditions" carry one label: condescension or blame.
        'as you (will | would | may | might | \'ll)? (appreciate | understand | be aware)',
        '(be | are | is) (the | your)? (WORD)? (\'s | s)? (own)? (responsibility | liability) (\\,)? as per',
        '(say | explain | repeat) (it | this | that | myself)? (one more time | once more | once again | again)',
        '(explain | tell | say | mention | state) …{0,3} (NUM | two | three | four | several | multiple | many) times',
        'be held (responsible | liable | accountable)',
        // The dig is the sentence's label (precision round 2026-11-22): "as you must know, …", "for future reference, …".
        'as you (will | would | may | might | must | should | surely | no doubt)? (surely)? (appreciate | know | understand | realise | realize | be aware)',
        'for future reference',
      ],
      scope: 'clause',
      window: 0,
    },
    'owned-fault-draft': {
      why: 'a draft that owns the fault outright ("that\'s on us", "our mistake") explains a rule or a hand-off rather than hiding behind it (blind tune batches, 2026-11-22: clean drafts that say "which is our bug", "this one is on our side")',
      patterns: ['(that | this | it | which) (be | was | is) (all)? (on | down to) (us | me)', '(be | was | is) (our | my) (mistake | error | fault | bug | oversight | failing)', '(that | this | it) (one)? (be | is | was) on our (side | end)', '(the decision | the call | the responsibility | the fault | the fix) (be | is | was) (ours | mine)', '(be | is) (ours | mine) to (fix | sort | own | put right | make right)', '(we | i) (really | clearly | completely)? (=dropped the ball | =messed up | =got (this | it | that) wrong | =slipped up | =let you down | =made a mistake | =made an error | =made a mess)'],
      scope: 'draft',
      window: 0,
    },
    'remedy-dated-before': {
      why: 'a rule or a cause explained after the rep already gave a dated remedy ("I\'ve refunded the taxes today. The fare itself was non-refundable …") is context, not a wall: the path came first (TAXONOMY §1a; blind drafts 2026-11-22)',
      patterns: ['@rep_remedy …{0,12} TIME_CONCRETE', 'TIME_CONCRETE …{0,12} @rep_remedy'],
      scope: 'before',
      window: 4,
    },
    'concrete-time': {
      why: 'a concrete time window is not vague (TAXONOMY §1a: "within 2 business days", "by noon Friday")',
      patterns: ['TIME_CONCRETE'],
      scope: 'sentence',
      window: 0,
    },
    'owned-cadence': {
      why: 'the rep\'s own promise with a set rhythm ("I am chasing it every morning", "I\'ll update you daily") has an owner and a time the customer can hold them to (TAXONOMY §1a: vague is "a promise with no owner or time")',
      patterns: ['(every | each) (single)? (morning | afternoon | evening | day | working day | business day | hour | NUM hours)', '(daily | hourly | twice a day | twice daily)'],
      scope: 'sentence',
      window: 0,
    },
    'concrete-time-next': {
      why: 'a promise dated in the next sentence ("I\'ll look into it. You\'ll hear from me by 3 pm.") is not vague',
      patterns: ['TIME_CONCRETE'],
      scope: 'after',
      window: 1,
    },
    'customer-confirmed': {
      why: 'closing after the customer confirmed the fix is clean (TAXONOMY §1a)',
      patterns: [
        '(you | you have) (=confirmed | =confirm | =verified | =mentioned | =said | =told us | =let us know | =let me know) (that)? (it | everything | the (issue | problem | fix) | things | all | this) (be | have been | now)? (working | resolved | fixed | sorted | fine | good | back | okay | ok | up)',
        '(since | as | now that | because) you (have | had)? (=confirmed | =verified)',
        '(thanks | thank you) for (confirming | the confirmation | verifying | letting (us | me) know)',
        '(glad | happy | great | good | pleased | relieved) (to hear | that | it) (that)? (it | everything | the (issue | problem | fix | update) | things | all | your) (be | have been | now | is now)? (working | resolved | fixed | sorted | fine | up | back | okay | ok | running | good)',
        'now that (it | everything | the (issue | problem) | things) (be | have been) (working | resolved | fixed | sorted)',
        '(per | as per) your (confirmation | last (email | message | reply))',
        '(glad | happy | great | good | pleased | relieved | delighted) (that)? (the | your | it | this | everything | that) …{0,5} (=solved | =fixed | =resolved | =sorted | =worked | =works | =working | =arrived | =went through | =came through | =helped | =did the trick)',
        '(glad | happy | great | good | pleased | relieved | nice | wonderful) (to)? (hear | know | see | read) …{0,8} (working | works | worked | resolved | fixed | sorted | arrived | landed | received | back | running | through | all set | done | sorted out)',
        '(now that | since | as) (it | everything | things | all | the (issue | problem | fix | refund | order | parcel | card | payment | update | transfer | booking | login | app | site) | your (order | refund | parcel | card | account | payment | booking | login | transfer)) …{0,4} (be | has | have)? (now)? (working | resolved | fixed | sorted | arrived | landed | received | gone through | back up | all set | confirmed)',
        '(great | glad | good | happy | pleased | relieved | delighted | lovely) to hear (that)? (the | your | it | everything | things | all | you)',
        '(you | you have) (=confirmed | =mentioned | =said | =let (me | us) know | =told (me | us)) …{0,6} (that)? …{0,6} (working | resolved | fixed | sorted | arrived | received | fine | good | okay | ok | all set)',
      ],
      scope: 'draft',
      window: 0,
    },
    // Precision round (2026-11-22): families of clean drafts the catalog flagged.
    'fault-owned': {
      why: 'the rep puts the fault on us right around it ("the system charged it twice, which is our bug", "this one is on our side"): owned, not shifted or hidden (TAXONOMY §1a)',
      patterns: [
        '(which | that | this | it | what) (be | is | was) (entirely | completely | totally | fully | all | squarely | clearly | definitely)? (my | our) ((WORD)? (WORD)? \\\'s)? (bug | fault | error | mistake | oversight | doing | slip | slip-up | mix-up | miss | responsibility)',
        '^ (my | our) (mistake | error | bad | oversight | fault | bug | apologies)',
        '(be | is | was) (a | an)? (bug | error | fault | glitch | problem | mistake) (in | on | with) (our | my)',
        '(because | as | since | when) (i | we) (=flagged | =blocked | =froze | =held | =declined | =rejected | =suspended | =locked | =stopped | =set | =ran | =sent | =put | =used | =made | =forgot | =missed | =entered | =typed | =applied | =charged | =booked | =picked | =packed | =gave | =took | =did | =didn\\\'t | =failed | =mixed | =changed | =moved | =lost | =processed | =left | =overlooked | =misread | =mislabelled | =mislabeled | =skipped | =double-booked | =overbooked | =oversold | =cancelled | =canceled)',
        '(mistake | error | fault | bug | oversight | slip | miss | mix-up) (be | was | is) (entirely | all | clearly | definitely)? (ours | mine)',
        '(be | is | was) (entirely | completely | totally | squarely | firmly | clearly | definitely | all)? (on | at) (our | my) (side | end)',
        '(this | that | it | which) (one)? (be | is | was) (entirely | completely | totally | squarely | firmly | all | definitely)? on (us | me)',
        '(not | nothing) (anything | something)? (that)? you (=did | =caused | =could have (done | prevented | avoided))',
        'no fault of (your | yours) (own)?',
        'you (=did | =have done | =had done) (nothing | not do anything) wrong',
        'you (=did | =have done | =got) everything right',
        '(bug | error | mistake | glitch | fault | problem) (that)? (we | i) (have | had)? (now | since | already | just)? (=fixed | =made | =introduced | =caused | =found | =missed | =corrected)',
        '(not | never) your fault',
        '(i | we) (=messed up | =slipped up | =dropped the ball | =got (it | this | that | the (WORD)?) wrong | =made (a | an | the) (WORD)? (mistake | error))',
        '(through | due to | because of | caused by) (a | an)? (bug | error | mistake | fault | oversight | change | update | glitch) (in | on | with | by) (our | my)',
      ],
      scope: 'around',
      window: 1,
    },
    'own-circle': {
      why: 'talking a choice over with the customer\'s own people ("so you can check with your group") sends them to no one who should fix it (precision round 2026-11-22)',
      patterns: ['(check | confirm | talk | speak | discuss (it | this | that | the (WORD)? (options | dates | plan))?) (it | this | that)? (over)? (with | to) your (group | family | partner | wife | husband | spouse | friends | friend | party | household | guests | kids | children | fellow travellers | fellow travelers | travel companions | travelling companions | housemates | flatmates | other half | fiancé | fiance | fiancée | fiancee | parents)'],
      scope: 'clause',
      window: 0,
    },
    'routine-info': {
      why: 'where to go for a routine thing, told for "if you ever" or "any time" or an add-on, is information, not a redirect of the problem at hand (tests/corpus/README.md; precision round 2026-11-22)',
      patterns: [
        '(if | should) you (ever | later | also) (want | need | wish | would like | see | notice | have | lose | forget | get)',
        '(at | any) (any)? time (of (the)? day)? (\\, | $ | and | if | day or night)',
        '(anytime | 24/7 | 24 hours a day | round the clock | around the clock | day or night)',
        '(line | desk | team | number | office) (be | is | are) open (24 hours | 24/7 | every day | seven days)',
        'for (future | later | any future) (orders | bookings | invoices | purchases | stays | trips | deliveries | claims | payments | visits)',
        '(it | that | this) (be | is) (all)? (already)? (included | covered | paid for) (in | with | by) (what you (paid | paid for) | your (booking | order | price | plan | fee | ticket | delivery | fare))',
        '^ (to | if you (want | would like | wish | need) to) (add | download | print | top up | update your (card | details | address | payment details) | book a fitting | book a viewing | add a (second | named | extra)? (driver | user | guest | passenger))',
      ],
      scope: 'sentence',
      window: 0,
    },
    'restored-now': {
      why: 'a thing said to work again after a fix ("working correctly on our side now", "working as intended again after this morning\'s fix") reports the repair, it blames no one (precision round 2026-11-22)',
      patterns: [
        '(working | running | functioning | behaving | back) …{0,5} (again | now) ($ | \\, | and | after | since | following)',
        '(after | since | following) (the | this (morning | afternoon) \\\'s | today \\\'s | yesterday \\\'s | our | my) (fix | repair | reset | update | patch | restart | reboot | change)',
      ],
      scope: 'clause',
      window: 0,
    },
    'customer-choice': {
      why: 'a choice handed to the customer ("which slot you pick is down to you") is a courtesy, not blame (precision round 2026-11-22)',
      patterns: [
        '(which | whichever | whether | what | when | where) …{0,6} you (choose | pick | prefer | want | decide | would like | \\\'d like | go for | keep)',
        '(the)? (choice | decision | call) (of (WORD)? (WORD)? (WORD)?)? (be | is) (entirely | completely | totally | all)? (down to | up to) you',
      ],
      scope: 'clause',
      window: 0,
    },
    'customer-cleared': {
      why: 'saying the fault is NOT in the customer\'s kit ("it\'s not a fault in your device") clears them (precision round 2026-11-22)',
      patterns: ['(not | nothing | never | no) (a | an | to do with)? (fault | problem | issue | error | defect) (in | on | with | of) your'],
      scope: 'clause',
      window: 0,
    },
    'did-it-for-you': {
      why: 'the rep has already done the step the customer would be sent to ("the form is on our website, but I\'ve filled it in for you") (TAXONOMY §1a; precision round 2026-11-22)',
      patterns: [
        '(i | we) (have | had)? (already | just | now | also)? (=filled | =completed | =done | =sorted | =submitted | =sent | =lodged | =filed) (it | this | that | them | the (WORD)? (WORD)?)? (in | out | off)? (for you | on your behalf)',
        '(for you | on your behalf) (and | \\,)? (=submitted | =sent | =lodged | =filed) (it | them)',
      ],
      scope: 'sentence',
      window: 0,
    },
    'quoted-message': {
      why: 'an error message or screen text quoted in the draft ("that error («Payment could not be processed, contact your bank») is ours") is quoted text, not the rep\'s words (TAXONOMY §1; precision round 2026-11-22)',
      patterns: ['(error | message | notice | banner | screen | popup | pop-up | warning | alert | app | website | site | page | email | text | letter | status | prompt | checkout) (PUNCT | (=says | =said | =read | =reads | =shows | =showed | =showing | =displayed | =displays | =saying | =displaying) (\\:)?)? \\"'],
      scope: 'clause',
      window: 0,
    },
    'visit-anchored': {
      why: 'a call or text tied to the visit itself ("you\'ll hear from the driver before he arrives") or to a delay alert ("they\'ll call you if the restore time slips") names its moment (precision round 2026-11-22)',
      patterns: [
        '(before | when | as | once) (he | she | they | the (driver | engineer | courier | rider | technician | fitter | installer | crew | van)) (=arrives | =arrive | =gets there | =get there | =sets off | =set off | =leaves | =is on (his | her | their) way | =are on their way | =is nearby | =are nearby)',
        '(if | should | in case) (the | their | your | it | this | that) (WORD)? (WORD)? (=slips | =slip | =runs late | =run late | =overruns | =overrun | =is delayed | =gets delayed | =changes | =moves)',
      ],
      scope: 'sentence',
      window: 0,
    },
    'ui-steps': {
      why: 'a menu path for a routine task the customer asked how to do ("go to Returns > VAT > Q3") sends them nowhere: the capitalized menu item is not a party (tests/corpus/README.md)',
      patterns: ['(CAP | NAME) (WORD | CAP)? \\> (CAP | WORD | NAME)'],
      scope: 'clause',
      window: 0,
    },
  },
};
