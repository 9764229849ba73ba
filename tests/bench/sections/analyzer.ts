import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeGood from 'write-good';
import { analyzeDraft, classifyCustomer } from '../../../lib/analysis';

// The analyzer against issue 2's bars: time per KB on drafts of 1 KB to 1 MB (growth should be
// linear: ms/KB flat), an adversarial 1 MB draft (< 100 ms), the labelled corpus when present,
// and write-good (the peer) on the same drafts in the same run: ours ≤ 0.2 × write-good per KB.

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

function draftOfSize(bytes: number): string {
  let s = '';
  let i = 0;
  while (s.length < bytes) { s += PARAGRAPHS[i % PARAGRAPHS.length]! + '\n\n'; i++; }
  return s.slice(0, bytes);
}

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median ms of fn over enough runs to be stable (at least 3, about `budgetMs` in total), after
 * warm-up runs so the JIT has compiled the hot paths (a shared 2-core machine is noisy: the
 * median of many runs is what is comparable between ours and write-good).
 */
function time(fn: () => unknown, minRuns = 3, budgetMs = 300): number {
  const warm = performance.now();
  for (let i = 0; i < 30 && performance.now() - warm < budgetMs / 2; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < budgetMs && times.length < 200)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join('  ');
  console.log(line(head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function corpusDrafts(): string[] | undefined {
  const path = join(process.cwd(), 'tests', 'corpus', 'drafts.jsonl');
  if (!existsSync(path)) return undefined;
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const t = o.draft ?? o.text;
      if (typeof t === 'string') out.push(t);
    } catch {
      /* a broken corpus line is the corpus test's business */
    }
  }
  return out;
}

export default {
  name: 'analyzer (issue 2: ms per KB, linear growth, adversarial 1 MB, write-good ratio)',
  async run() {
    const t0 = performance.now();
    analyzeDraft('warm up: please contact the airline.');
    classifyCustomer('warm up: my order never arrived.');
    console.log(`  first call (builds the catalog): ${(performance.now() - t0).toFixed(0)} ms`);

    const rows: string[][] = [];
    let worstRatio = 0;
    for (const kb of [1, 10, 100, 1000]) {
      const text = draftOfSize(kb * 1024);
      const ours = time(() => analyzeDraft(text), kb >= 1000 ? 3 : 5, kb >= 1000 ? 1500 : 300);
      const peer = time(() => writeGood(text), kb >= 1000 ? 3 : 5, kb >= 1000 ? 1500 : 300);
      const ratio = ours / peer;
      worstRatio = Math.max(worstRatio, ratio);
      rows.push([`${kb} KB`, ours.toFixed(2), (ours / kb).toFixed(4), ((ours * 1000) / (kb * 1024)).toFixed(3), peer.toFixed(2), (peer / kb).toFixed(4), ratio.toFixed(3)]);
    }
    table(['draft', 'ours ms', 'ours ms/KB', 'µs/char', 'write-good ms', 'wg ms/KB', 'ratio'], rows);
    console.log(`  worst ratio ${worstRatio.toFixed(3)} (bar ≤ 0.2) ${worstRatio <= 0.2 ? 'OK' : 'OVER'}; linear growth = ms/KB roughly flat`);

    const words = 'we are sorry but the order you placed with our partner could not be processed and the team will review it when possible while you wait'.split(' ');
    let noPunct = '';
    for (let i = 0; noPunct.length < 1024 * 1024; i++) noPunct += words[i % words.length] + ' ';
    let trigger = '';
    while (trigger.length < 1024 * 1024) trigger += 'please contact your bank ';
    let mixed = '';
    while (mixed.length < 1024 * 1024) mixed += 'Unfortunately we are unable to help, please contact Expedia as soon as possible and thank you for your patience ';
    const adv: string[][] = [];
    for (const [name, text] of [['one sentence, no punctuation', noPunct], ['"please contact your bank" × 43,000', trigger], ['many triggers, no punctuation', mixed]] as const) {
      const ms = time(() => analyzeDraft(text), 3, 1000);
      const found = analyzeDraft(text).findings.length;
      adv.push([name, `${(text.length / 1024).toFixed(0)} KB`, ms.toFixed(1), String(found), ms < 100 ? 'OK' : 'OVER']);
    }
    console.log('');
    table(['adversarial draft', 'size', 'ms', 'findings', 'bar < 100 ms'], adv);

    const corpus = corpusDrafts();
    console.log('');
    if (!corpus) {
      console.log('  corpus: tests/corpus/drafts.jsonl not found, skipped');
    } else {
      const kb = corpus.reduce((a, d) => a + d.length, 0) / 1024;
      const ours = time(() => { for (const d of corpus) analyzeDraft(d); }, 3, 1000);
      const peer = time(() => { for (const d of corpus) writeGood(d); }, 3, 1000);
      table(['corpus', 'drafts', 'KB', 'ours ms/KB', 'wg ms/KB', 'ratio'], [['tests/corpus/drafts.jsonl', String(corpus.length), kb.toFixed(1), (ours / kb).toFixed(4), (peer / kb).toFixed(4), (ours / peer).toFixed(3)]]);
    }
  },
};
