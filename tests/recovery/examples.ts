import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeRecovery, type RecoverySettings } from '../../lib/analysis/recovery';
import type { SignalId, SituationId } from '../../lib/analysis/taxonomy';
import type { ReplyContext } from '../../lib/analysis/types';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis/index';

// The README's Examples section (issue 5, item 6): the try_harder reply OwnUp composes for five
// customer messages. `npx tsx tests/recovery/examples.ts` prints Markdown and writes it into
// README.md between the examples markers. Situations and signals come from classifyCustomer, as in the
// product; each case also states how a senior rep reads it.

interface Example {
  title: string;
  message: string;
  /** How a senior rep reads the message, for reviewers to compare with what classifyCustomer finds. */
  reading: { situations: SituationId[]; signals: SignalId[] };
  context: ReplyContext;
  settings: RecoverySettings;
}

// Thursday 2026-06-11, 10:20 in each rep's zone (set per example).
const THURSDAY_MORNING_BERLIN = Date.parse('2026-06-11T08:20:00Z');

const REMEDIES = {
  refund: true,
  discountMaxPercent: 20,
  freeExpeditedShipping: true,
  replacement: true,
  accountCredit: { maxAmount: 150, currency: 'EUR' },
};

export const EXAMPLES: Example[] = [
  {
    title: 'A rental car booked through a travel site, sent to the wrong pickup address',
    message:
      'I booked a car with you through Expedia for pickup at Lisbon airport this morning. The confirmation sent me to your office downtown instead, the wrong pickup address, 40 minutes away, and nobody there had my booking. I paid €65 for a taxi and I still have no car. My sister\'s wedding is tomorrow in Évora and I am supposed to drive my parents there. Expedia told me to contact you. This is ridiculous!!',
    reading: { situations: ['partner_error'], signals: ['deadline', 'money_at_stake', 'high_emotion'] },
    context: {
      customerName: 'Inês Carvalho', repName: 'Rui Matos', company: 'Atlântico Car Rental', partner: 'Expedia',
      orderId: 'LIS-58213', now: Date.parse('2026-06-11T09:20:00Z'), timeZone: 'Europe/Lisbon',
    },
    settings: { remedies: REMEDIES },
  },
  {
    title: "A traveller's shoe not in stock in their size",
    message:
      'My trail shoes split open yesterday and I fly out on Friday for a week of hiking in the Dolomites. The Ridgeline GTX is sold out in size 44, both in your Munich shop and online. I have worn this model for six years and nothing else fits my feet. Is there any way to get a pair before my flight?',
    reading: { situations: ['out_of_stock'], signals: ['deadline'] },
    context: { customerName: 'Jonas Becker', repName: 'Lena Hoffmann', company: 'Summit Outfitters', now: THURSDAY_MORNING_BERLIN - 2 * 86_400_000, timeZone: 'Europe/Berlin' },
    settings: { remedies: REMEDIES },
  },
  {
    title: 'A hotel with no room on a festival weekend although the booking was confirmed',
    message:
      'We arrived at 11 pm last night with a confirmed reservation, paid in full four months ago, and your front desk told us there was no room for us because the hotel was full for the festival. We ended up in a motel 30 minutes out of town for €210, with two tired kids. We booked your hotel precisely so we could walk to the festival. How does a confirmed booking just disappear?',
    reading: { situations: ['our_mistake'], signals: ['money_at_stake', 'deadline', 'high_emotion'] },
    context: { customerName: 'Claire Dubois', repName: 'Marta Silva', company: 'Hotel Ribeira', orderId: 'HR-20931', now: Date.parse('2026-06-12T07:40:00Z'), timeZone: 'Europe/Lisbon' },
    settings: { remedies: { ...REMEDIES, accountCredit: { maxAmount: 250, currency: 'EUR' } } },
  },
  {
    title: 'A payroll client whose slow support response cost them a day of cash flow',
    message:
      'I opened a ticket on Tuesday morning because our payroll run was stuck in pending, and nobody answered until Wednesday afternoon. By then the transfers had missed the bank cut-off and 38 employees were paid a day late. That cost us a day of cash flow and a very awkward all-hands meeting. This is the second time this quarter I have had to chase you. If it happens again we will move to another provider.',
    reading: { situations: ['our_mistake', 'outage'], signals: ['deadline', 'money_at_stake', 'repeat_contact', 'churn_risk'] },
    context: { customerName: 'Priya Raman', repName: 'Tom Okafor', company: 'Ledgerline Payroll', now: Date.parse('2026-06-11T14:05:00Z'), timeZone: 'America/New_York' },
    settings: { remedies: { ...REMEDIES, accountCredit: { maxAmount: 500, currency: 'USD' } } },
  },
  {
    title: 'A twenty-year client who paid an invoice late and was charged a fee',
    message:
      'We have been a client of yours for twenty years and have paid every invoice on time, until March, when our bookkeeper was off sick and the payment went out eight days late. Now I see a $150 late fee on our statement. After twenty years, that stings. Could you take it off?',
    reading: { situations: ['late_payment'], signals: ['loyal_customer', 'money_at_stake'] },
    context: { customerName: 'Robert Hale', repName: 'Sandra Kim', company: 'Northgate Supply', now: Date.parse('2026-06-11T15:30:00Z'), timeZone: 'America/Chicago', tone: 'formal' },
    settings: { remedies: { ...REMEDIES, accountCredit: { maxAmount: 200, currency: 'USD' } } },
  },
];

const quote = (text: string): string => text.split('\n').map((line) => `> ${line}`).join('\n');
const ids = (evidence: { id: string }[]): string => [...new Set(evidence.map((e) => e.id))].map((id) => `\`${id}\``).join(', ') || '—';

export function examplesMarkdown(): string {
  const parts = [
    '## Examples',
    '',
    "The *try harder* reply OwnUp composes for five customer messages, from what `classifyCustomer`",
    "finds in the message, the rep's settings and the time the rep opens the ticket.",
    '',
  ];
  for (const example of EXAMPLES) {
    const customer = classifyCustomer(example.message);
    const reply = composeRecovery({ customer, customerText: example.message, context: example.context, settings: example.settings }).try_harder;
    const findings = analyzeDraft(reply.text).findings.length;
    parts.push(
      `### ${example.title}`,
      '',
      quote(example.message),
      '',
      `Situations: ${ids(customer.situations)} · signals: ${ids(customer.signals)} · findings in the reply: ${findings}`,
      '',
      '```text',
      reply.text,
      '```',
      '',
    );
  }
  return parts.join('\n');
}

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- examples:start (generated by `npx tsx tests/recovery/examples.ts`) -->';
const END = '<!-- examples:end -->';

/** README.md with its Examples section replaced by `markdown`. */
export function withExamples(readme: string, markdown: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no examples markers (${START} … ${END})`);
  return readme.slice(0, start + START.length) + '\n' + markdown.trim() + '\n' + readme.slice(end);
}

// Run as a script: print, and write into README.md. Imported (by the test), it only exports.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = examplesMarkdown();
  writeFileSync(README, withExamples(readFileSync(README, 'utf8'), markdown));
  process.stdout.write(markdown);
}
