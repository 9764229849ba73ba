import type { CategoryId } from '../taxonomy';

// Training sentences for the learned draft model written for it (2026-11-22), not taken from
// the corpus: mostly CLEAN look-alikes that share words with a deflection ("contact", "policy",
// "escalated", "unfortunately", "sorry", "close") but own the problem, so the model learns that
// no word is a finding on its own (TAXONOMY §1a); plus a few deflections in wordings the
// catalog's examples use rarely. 'none' = clean.

export const OWN_DRAFT_SENTENCES: ReadonlyArray<readonly [CategoryId | 'none', string]> = [
  // redirect, and the rep's own action that makes the same words clean
  ['redirect', 'Your best bet would be to get hold of the manufacturer about the warranty'],
  ['redirect', 'The installer is the one who can sort this out, their number is on the invoice'],
  ['redirect', 'You may want to raise this with the venue directly'],
  ['redirect', 'Queries about deliveries go through the courier rather than us'],
  ['redirect', 'You can open a dispute through the marketplace where you bought it'],
  ['none', "I've contacted the manufacturer myself and they are sending the part to you tomorrow"],
  ['none', 'I rang the courier this morning and they will redeliver on Thursday before noon'],
  ['none', 'I have raised it with the venue on your behalf and will call you at 4 pm with their answer'],
  ['none', 'Please reply with your order number so I can chase the warehouse for you'],
  ['none', 'You can reach me directly on this number if anything changes'],
  ['none', 'Our billing team has already refunded the charge, and the reference is RF-2231'],
  ['none', 'I called the bank with you on the line and they confirmed the payment is released'],
  // blame_shift
  ['blame_shift', 'The address on the order was entered incorrectly at checkout'],
  ['blame_shift', 'This happened because the card details you gave us had expired'],
  ['blame_shift', 'Our contractor is responsible for the delay, not us'],
  ['blame_shift', 'The fault lies with the airline that operated the flight'],
  ['none', 'That mistake was ours, and I have corrected the address on your order'],
  ['none', 'You should not have been charged twice, and I have refunded the second payment'],
  ['none', 'The contractor works for us, so the delay is ours to put right'],
  ['none', 'The card on file had expired, so I have sent you a secure link to update it and paused the late fee'],
  // policy_wall
  ['policy_wall', 'Sadly our hands are tied on this one'],
  ['policy_wall', 'That is simply not something we are in a position to offer'],
  ['policy_wall', 'Exchanges after thirty days are not allowed under our terms'],
  ['none', 'Our policy normally allows thirty days, but I have made an exception and approved the return'],
  ['none', 'Unfortunately the blue one is sold out, so I have reserved the grey one for you at the same price'],
  ['none', 'I could not change the booking online, so I rebooked it for you by phone'],
  ['none', 'Under the warranty the repair is free, and I have booked it for Monday'],
  // hollow_empathy
  ['hollow_empathy', 'I can only imagine how annoying this has been'],
  ['hollow_empathy', 'Please accept our sincere apologies for any trouble caused'],
  ['hollow_empathy', 'Your satisfaction means the world to us'],
  ['none', "I'm sorry I sent you the wrong size, that was my mistake"],
  ['none', 'I am sorry the engineer did not turn up on Tuesday; I have booked the first slot tomorrow at 8 am'],
  ['none', 'I understand you need the laptop for your exam on Friday, so I have sent it by next-day delivery'],
  ['none', 'I know you have been waiting since March for this refund, and it went back to your card today'],
  // hollow_closer
  ['hollow_closer', 'Should you require any further assistance, do not hesitate to get in touch'],
  ['hollow_closer', 'We appreciate your patience while we look into this'],
  ['hollow_closer', 'Hope this helps and have a lovely day'],
  ['none', 'Thanks for sending the photos, they show the crack clearly'],
  ['none', 'Let me know whether the 3 pm slot on Friday works for you'],
  ['none', 'Have a great weekend'],
  ['none', 'Thanks for writing in about the invoice'],
  ['none', 'Could you tell me which browser you are using so I can reproduce it'],
  // passive_evasion
  ['passive_evasion', 'An incorrect setting was applied to your account'],
  ['passive_evasion', 'Your complaint has been passed on to the relevant team'],
  ['passive_evasion', 'It seems the booking was not processed correctly'],
  ['none', 'The replacement was shipped today and the tracking number is 1Z999'],
  ['none', 'Your refund was issued this morning and should show within 3 business days'],
  ['none', 'I passed your complaint to Maria, our store manager, who will call you by 5 pm today'],
  ['none', 'I applied the wrong setting to your account, and I have switched it back'],
  // vague_timeline
  ['vague_timeline', 'We will update you when we have more information'],
  ['vague_timeline', 'Someone from the team will be in contact with you'],
  ['vague_timeline', 'This should be resolved at some point next week hopefully'],
  ['vague_timeline', 'We are looking into it and will get back to you'],
  ['none', 'I will email you by 5 pm tomorrow with the tracking number'],
  ['none', 'The engineer will arrive between 8 and 10 am on Monday'],
  ['none', 'I will call you at 11 am on Thursday with the result of the test'],
  ['none', 'Please allow 3 to 5 business days for your bank to show the refund'],
  // condescension
  ['condescension', 'As I said in my previous message, the code goes in the box at checkout'],
  ['condescension', 'It is all clearly explained in the manual you received'],
  ['condescension', 'Surely you can see the button at the top of the page'],
  ['none', 'I simply forgot to attach the form, and it is attached now'],
  ['none', 'The code goes in the box at checkout; I have added a screenshot to show where'],
  ['none', 'To recap what we agreed on the phone: I will replace the unit on Friday'],
  // premature_close
  ['premature_close', 'I will go ahead and mark this case as solved'],
  ['premature_close', 'If we do not hear from you, this request will close automatically'],
  ['premature_close', 'We now consider this matter closed'],
  ['none', "I'll keep this ticket open until you confirm the new router works"],
  ['none', 'Since you confirmed the fix works, I will close this ticket now'],
  ['none', 'I closed the duplicate account you asked me to remove'],
  ['none', 'The store will close at 6 pm on Friday, so I have booked your pickup for 5 pm'],
  // plain clean sentences a rep writes every day
  ['none', 'I have refunded the full amount to your Visa ending 4412'],
  ['none', 'Your new password link is on its way to your inbox'],
  ['none', 'The part arrives at our warehouse on Wednesday and I will ship it the same day'],
  ['none', 'I checked your account and the double charge came from a retry on our side'],
  ['none', 'Here is what I have done so far'],
  ['none', 'I added a credit of 20 euros to your next bill for the trouble'],
  ['none', 'Your order number is 44812 and it left our depot this morning'],
  ['none', 'I will personally check the delivery on Thursday morning and text you'],
];
