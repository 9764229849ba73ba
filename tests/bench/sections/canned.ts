import { buildCannedIndex, matchCanned } from '../../../lib/analysis/canned';

// Issue 7 bar: matching a draft against 5,000 flagged items in < 5 ms.
// Items are generated from varied sentence parts so their shingles overlap the way a real
// team's macros do (shared greetings and closers, different bodies).
const openers = ['Hi there,', 'Hello,', 'Dear customer,', 'Hi,', 'Good morning,'];
const bodies = [
  'please contact the booking site directly about your reservation',
  'per our policy refunds are only issued within the return window',
  'your request has been escalated to the relevant department',
  'we are not responsible for delays caused by the courier',
  'the system automatically cancels unpaid orders after seven days',
  'you will need to reach out to your bank to dispute the charge',
  'this ticket will be closed if we do not hear back from you',
  'as previously stated the subscription renews every month',
];
const closers = ['Is there anything else I can help you with?', 'Thank you for your patience.', 'Have a great day.', 'Kind regards.'];

function flaggedItems(count: number) {
  const items = [];
  for (let i = 0; i < count; i++) {
    const body = bodies[i % bodies.length]!;
    const variant = `variant ${Math.floor(i / bodies.length)} code ${(i * 7919) % 10007}`;
    items.push({
      id: `flag-${i}`,
      text: `${openers[i % openers.length]} ${body} (${variant} reference word${i % 13} item${i % 17}). ${closers[i % closers.length]}`,
    });
  }
  return items;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default {
  name: 'canned responses (issue 7)',
  async run() {
    const items = flaggedItems(5000);
    let t = performance.now();
    const index = buildCannedIndex(items);
    const buildMs = performance.now() - t;
    const draft =
      'Hi Dana,\n\nThanks for writing in about the pickup address. Unfortunately we are not affiliated with them, so ' +
      'please contact the booking site directly about your reservation. I checked the rental record and it shows the ' +
      'downtown branch.\n\nIs there anything else I can help you with?\n\nBest,\nSam';
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 50; i++) {
      t = performance.now();
      found = matchCanned(index, draft).length;
      times.push(performance.now() - t);
    }
    const m = median(times);
    console.log(`  index of 5,000 flagged items built in ${buildMs.toFixed(1)} ms`);
    console.log(`  match one draft against 5,000 items: median ${m.toFixed(3)} ms over 50 runs (bar < 5 ms) ${m < 5 ? 'OK' : 'OVER'}; ${found} candidate items`);
  },
};
