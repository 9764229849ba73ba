import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeDraft, classifyCustomer } from '../analysis';
import type { CustomerAnalysis, DraftAnalysis } from '../analysis/types';

// The analyzer's command line (../shared/TAXONOMY.md §5).
//
//   npm run analyze -- FILE            JSON Lines in, one JSON line out per input line, in order
//   npm run analyze -- -               the same from standard input
//   npm run analyze -- --text "…" [--customer "…"]   a readable report for a person
//
// Each input line is {"id": string, "draft"?: string, "customer"?: string}; each output line is
// {"id", "findings": [{"category", "start", "end"}], "situations": [...], "signals": [...], "score"}.
// A malformed line (not JSON, not an object, no string id, a draft or customer that is not a
// string) gives {"id": <its id when it has a string or number one, else null>, "error": "…"} on
// its line and the run goes on. Blank lines (nothing but white space) carry no object and are
// skipped without output, so a trailing newline or a blank separator never produces an error
// line. The exit code is 0 unless the input cannot be read (then a message on stderr, exit 2).

const USAGE = `usage:
  npm run analyze -- FILE        analyze a JSON Lines file ({"id","draft"?,"customer"?} per line)
  npm run analyze -- -           the same from standard input
  npm run analyze -- --text "DRAFT" [--customer "CUSTOMER MESSAGE"]
                                 a readable report: findings, why, rewrites; situations, signals; score`;

export interface OutputLine {
  id: string;
  findings: Array<{ category: string; start: number; end: number }>;
  situations: string[];
  signals: string[];
  score: number;
}

/** One input line → its output line (exported for tests and other tools). */
export function processLine(line: string): OutputLine | { id: string | number | null; error: string } {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { id: null, error: 'not a JSON object' };
  const rec = obj as Record<string, unknown>;
  const rawId = rec.id;
  const echoId = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (typeof rawId !== 'string') return { id: echoId, error: rawId === undefined ? 'missing "id"' : '"id" must be a string' };
  if (rec.draft !== undefined && typeof rec.draft !== 'string') return { id: rawId, error: '"draft" must be a string' };
  if (rec.customer !== undefined && typeof rec.customer !== 'string') return { id: rawId, error: '"customer" must be a string' };
  const draft = (rec.draft as string | undefined) ?? '';
  const d = analyzeDraft(draft);
  const c: CustomerAnalysis = rec.customer === undefined ? { situations: [], signals: [] } : classifyCustomer(rec.customer as string);
  return {
    id: rawId,
    findings: rec.draft === undefined ? [] : d.findings.map((f) => ({ category: f.category, start: f.start, end: f.end })),
    situations: c.situations.map((s) => s.id),
    signals: c.signals.map((s) => s.id),
    score: d.score,
  };
}

async function runJsonLines(path: string): Promise<number> {
  let input: NodeJS.ReadableStream;
  if (path === '-') {
    input = process.stdin;
  } else {
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new Error('is a directory');
    } catch (e) {
      process.stderr.write(`analyze: cannot read ${path}: ${(e as Error).message}\n`);
      return 2;
    }
    input = createReadStream(path, { encoding: 'utf8' });
  }
  let readError: Error | undefined;
  input.on('error', (e: Error) => { readError = e; });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length) { process.stdout.write(out.join('')); out.length = 0; }
  };
  try {
    for await (const line of rl) {
      if (line.trim() === '') continue;
      let result: ReturnType<typeof processLine>;
      try {
        result = processLine(line);
      } catch (e) {
        result = { id: null, error: `internal error: ${(e as Error).message}` };
      }
      out.push(JSON.stringify(result) + '\n');
      if (out.length >= 256) flush();
    }
  } catch (e) {
    readError ??= e as Error;
  }
  flush();
  if (readError) {
    process.stderr.write(`analyze: cannot read ${path === '-' ? 'standard input' : path}: ${readError.message}\n`);
    return 2;
  }
  return 0;
}

const WIDTH = 78;
function wrap(text: string, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (indent + cur + ' ' + w).length > WIDTH) { lines.push(indent + cur); cur = w; } else cur = cur ? cur + ' ' + w : w;
  }
  if (cur) lines.push(indent + cur);
  return lines.join('\n');
}

export function report(draft: string | undefined, customer: string | undefined): string {
  const parts: string[] = [];
  if (draft !== undefined) {
    const d: DraftAnalysis = analyzeDraft(draft);
    parts.push(`Draft — ownership score ${d.score}/100`);
    if (d.findings.length === 0) parts.push('  No deflections found.');
    d.findings.forEach((f, i) => {
      parts.push('');
      parts.push(`  ${i + 1}. ${f.category} (${f.ruleId}) at ${f.start}–${f.end}`);
      parts.push(wrap(`“${f.text}”`, '     '));
      parts.push(wrap(`Why: ${f.message}`, '     '));
      for (const r of f.rewrites) parts.push(wrap(`→ ${r.text}`, '     '));
    });
  }
  if (customer !== undefined) {
    const c = classifyCustomer(customer);
    if (parts.length) parts.push('');
    parts.push('Customer');
    parts.push('  Situations:');
    for (const s of c.situations) parts.push(wrap(`${s.id}: “${s.id === 'general' ? s.text.slice(0, 80) : s.text}”`, '    '));
    parts.push('  Signals:');
    if (c.signals.length === 0) parts.push('    none');
    for (const s of c.signals) parts.push(wrap(`${s.id}: “${s.text}”`, '    '));
  }
  return parts.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const ti = argv.indexOf('--text');
  const ci = argv.indexOf('--customer');
  if (ti >= 0 || ci >= 0) {
    const text = ti >= 0 ? argv[ti + 1] : undefined;
    const customer = ci >= 0 ? argv[ci + 1] : undefined;
    if ((ti >= 0 && text === undefined) || (ci >= 0 && customer === undefined)) {
      process.stderr.write('analyze: --text and --customer each take one argument\n' + USAGE + '\n');
      return 2;
    }
    process.stdout.write(report(text, customer));
    return 0;
  }
  if (argv.length !== 1) {
    process.stderr.write('analyze: give one FILE (or - for standard input)\n' + USAGE + '\n');
    return 2;
  }
  return runJsonLines(argv[0]!);
}

const invokedDirectly = process.argv[1] !== undefined && /analyze\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
