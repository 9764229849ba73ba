import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft, classifyCustomer } from '../../lib/analysis';

// For engine refactors that must not change a single result: records what analyzeDraft and
// classifyCustomer return on every corpus text, on drafts built like the bench's, on the
// adversarial drafts and on awkward inputs, then compares a later run against the record.
//
//   npx tsx tests/bench/snapshot.ts save  FILE   # before the change
//   npx tsx tests/bench/snapshot.ts check FILE   # after: prints the first differences, exit 1
//
// Compare with the same catalog: a rule change changes results on purpose.

function lines(file: string, key: string): string[] {
  const path = join(process.cwd(), 'tests', 'corpus', file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String((JSON.parse(l) as Record<string, unknown>)[key] ?? ''));
}

function inputs(): { drafts: string[]; customers: string[] } {
  const drafts = lines('drafts.jsonl', 'draft');
  const customers = lines('customers.jsonl', 'customer');
  // Every text read both ways: the classifier on drafts and the analyzer on messages find
  // plenty, which exercises more of both engines.
  const all = [...drafts, ...customers];
  const joined = all.join('\n\n');
  const extra = [
    '', '   ', '\u{1F600}\u{1F600}', 'please contact your bank '.repeat(2000), '\ud800 please contact them \udc00',
    '<p>Please&nbsp;contact the airline.</p>', 'مرحبا please contact your bank', joined.slice(0, 10_000), joined.slice(0, 100_000),
    'we are sorry but the order you placed with our partner could not be processed and the team will review it '.repeat(300),
    'Unfortunately we are unable to help, please contact Expedia as soon as possible and thank you for your patience '.repeat(300),
  ];
  return { drafts: [...all, ...extra], customers: [...all, ...extra] };
}

function record(): string[] {
  const { drafts, customers } = inputs();
  const out: string[] = [];
  for (const d of drafts) out.push(JSON.stringify({ draft: hash(d), result: analyzeDraft(d) }));
  for (const c of customers) out.push(JSON.stringify({ customer: hash(c), result: classifyCustomer(c) }));
  return out;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || !file) {
  console.error('usage: snapshot.ts save|check FILE');
  process.exit(2);
}
const now = record();
if (mode === 'save') {
  writeFileSync(file, now.join('\n') + '\n');
  console.log(`saved ${now.length} results to ${file}`);
} else {
  const before = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let diffs = 0;
  for (let i = 0; i < Math.max(before.length, now.length); i++) {
    if (before[i] === now[i]) continue;
    if (++diffs <= 5) console.log(`differs at ${i}:\n  before ${before[i]?.slice(0, 600)}\n  now    ${now[i]?.slice(0, 600)}`);
  }
  console.log(diffs === 0 ? `identical: ${now.length} results` : `${diffs} of ${now.length} results differ`);
  process.exit(diffs === 0 ? 0 : 1);
}
