// The bench's synthetic drafts: nine paragraphs (deflections, clean ownership, a mix) repeated
// to any size. Shared by the analyzer section and lib/analysis/learned/drafts-stack-speed.ts so
// both time the same text.

const PARAGRAPHS = [
  'Hi Maria,\n\nThanks for reaching out about your booking. Unfortunately we are unable to change the pickup address since it was made through Expedia, so please contact them directly. We apologize for any inconvenience this may have caused.',
  "I've checked your order and the replacement shipped this morning with tracking 1Z999AA10123456784. You'll have it by Thursday, and I'll email you at 3 pm tomorrow to make sure it arrived.",
  'Your request has been escalated and someone will get back to you as soon as possible. Thank you for your patience.',
  "I'm sorry we charged you twice. I've refunded the second charge of $49.99 today; your bank may take 3–5 business days to show it.",
  'As previously stated, our policy does not allow refunds after 30 days. If we do not hear back within 48 hours, this ticket will be closed.',
  'The courier handles claims, so I have filed one for you: reference CL-22910. I will call you by noon on Friday with their answer.',
  'Is there anything else I can help you with today? Let me know if you have any other questions.',
  "I understand your frustration. The system automatically cancels unpaid reservations, and you should have received a reminder email.",
  'I moved your appointment to 4 pm on Monday and added a note for the technician about the side gate.',
];

export function draftOfSize(bytes: number): string {
  let s = '';
  let i = 0;
  while (s.length < bytes) { s += PARAGRAPHS[i % PARAGRAPHS.length]! + '\n\n'; i++; }
  // As a draft reaches the sidebar's analysis worker: through postMessage, i.e. a structured
  // clone, which V8 stores as one flat string. Why: the slice alone is a view into the longer
  // string built above, on which every character read is slower than on any text a tool gets
  // from an editor (our analyzer ~9 %, write-good ~3 % on the 1 KB draft, 2026-11-23).
  return structuredClone(s.slice(0, bytes));
}
