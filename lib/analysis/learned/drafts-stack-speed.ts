import { analyzeWith, getEngine } from '../engine';
import type { Segments } from '../segment';
import type { Tokens } from '../tokenize';
import { stackFindings } from './drafts-stack';
import { primeDraftSentences, unitsFrom } from './drafts-units';

// The stacked learned layer's cost, A/B in one process (CPU time, interleaved batches, medians):
// the rules alone and the rules + the stacked layer, each as index.ts's analyzeDraft runs them
// (units primed from the engine's own tokens, the layer only when the rules found something).
//   npx tsx lib/analysis/learned/drafts-stack-speed.ts

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

/** The bench's drafts (tests/bench/sections/analyzer.ts draftOfSize). */
function draftOfSize(bytes: number): string {
  let s = '';
  let i = 0;
  while (s.length < bytes) { s += PARAGRAPHS[i % PARAGRAPHS.length]! + '\n\n'; i++; }
  return s.slice(0, bytes);
}

type Layer = 'rules' | 'stack';
function analyze(text: string, layer: Layer) {
  let prepared: [Tokens, Segments] | undefined;
  const rules = analyzeWith(getEngine(), text, undefined, (tok, seg) => { prepared = [tok, seg]; });
  if (layer === 'rules' || rules.findings.length === 0) return rules;
  if (prepared) primeDraftSentences(text, unitsFrom(text, prepared[0], prepared[1]));
  return stackFindings(text, rules);
}

function cpuPerCall(fn: () => unknown, reps: number): number {
  const c = process.cpuUsage();
  for (let i = 0; i < reps; i++) fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / reps;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

for (const kb of [1, 10, 100]) {
  const text = draftOfSize(kb * 1024);
  const reps = Math.max(3, Math.round(400 / kb));
  for (let w = 0; w < 3; w++) for (const l of ['rules', 'stack'] as const) cpuPerCall(() => analyze(text, l), reps);
  const t: Record<Layer, number[]> = { rules: [], stack: [] };
  for (let round = 0; round < 9; round++) for (const l of ['rules', 'stack'] as const) t[l].push(cpuPerCall(() => analyze(text, l), reps));
  const r = median(t.rules);
  const s = median(t.stack);
  console.log(`${kb} KB: rules ${(r / kb).toFixed(0)} µs/KB; stacked layer ${((s - r) / kb).toFixed(0)} µs/KB (${((100 * (s - r)) / r).toFixed(1)} %)`);
}
