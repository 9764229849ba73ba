import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The command line of TAXONOMY §5, spawned as a user runs it (through tsx).

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'lib', 'cli', 'analyze.ts');
function run(args: string[], input?: string) {
  const r = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const lines = (s: string) => s.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run analyze (JSON Lines)', () => {
  it('writes one line per input line, in order, with exactly the contract keys', () => {
    const input = [
      JSON.stringify({ id: 'a', draft: 'Please contact Expedia directly.', customer: 'My order never arrived and my flight is tomorrow!' }),
      JSON.stringify({ id: 'b', draft: "I've refunded the charge; you'll see it by Friday." }),
      JSON.stringify({ id: 'c', customer: 'How do I add a user?' }),
    ].join('\n');
    const r = run(['-'], input);
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(out[0]!)).toEqual(['id', 'findings', 'situations', 'signals', 'score']);
    expect(out[0]!.findings).toEqual([{ category: 'redirect', start: 0, end: 31 }]);
    expect(out[0]!.situations).toContain('late_delivery');
    expect(out[0]!.signals).toContain('deadline');
    expect(out[1]!.findings).toEqual([]);
    expect(out[2]!.findings).toEqual([]);
    expect(out[2]!.situations).toEqual(['general']);
  });

  it('gives an absent customer empty situations and signals, and an absent draft no findings', () => {
    const out = lines(run(['-'], JSON.stringify({ id: 'x' })).out);
    expect(out).toEqual([{ id: 'x', findings: [], situations: [], signals: [], score: 100 }]);
  });

  it('answers a malformed line with an error line and goes on', () => {
    const input = ['not json', '[1,2]', JSON.stringify({ id: 7 }), JSON.stringify({ draft: 'hi' }), JSON.stringify({ id: 'd', draft: 5 }), JSON.stringify({ id: 'ok' })].join('\n');
    const r = run(['-'], input);
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ id: null, error: expect.stringContaining('not JSON') });
    expect(out[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: 7, error: expect.any(String) });
    expect(out[3]).toMatchObject({ id: null, error: expect.stringContaining('id') });
    expect(out[4]).toMatchObject({ id: 'd', error: expect.stringContaining('draft') });
    expect(out[5]).toMatchObject({ id: 'ok', findings: [] });
  });

  it('skips blank lines without output', () => {
    const out = lines(run(['-'], `\n${JSON.stringify({ id: 'a' })}\n   \n\n${JSON.stringify({ id: 'b' })}\n`).out);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
  });

  it('reads a file given by path, including CRLF line ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ownup-cli-'));
    const f = join(dir, 'in.jsonl');
    writeFileSync(f, `${JSON.stringify({ id: 'a', draft: 'We apologize for any inconvenience.' })}\r\n${JSON.stringify({ id: 'b' })}\r\n`);
    const out = lines(run([f]).out);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect((out[0]!.findings as Array<{ category: string }>)[0]!.category).toBe('hollow_empathy');
  });

  it('exits non-zero with a clear message when the file cannot be read', () => {
    const r = run([join(tmpdir(), 'ownup-no-such-file.jsonl')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/cannot read/);
    expect(r.out).toBe('');
  });
});

describe('npm run analyze -- --text', () => {
  it('prints a readable report with category, words, why, rewrites and score', () => {
    const r = run(['--text', 'Unfortunately we are unable to refund you. Please contact your bank.', '--customer', 'I was charged twice and this is the third time I am writing!']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ownership score');
    expect(r.out).toContain('policy_wall');
    expect(r.out).toContain('“Please contact your bank”');
    expect(r.out).toContain('Why:');
    expect(r.out).toContain("I'll contact your bank for you");
    expect(r.out).toContain('billing_error');
    expect(r.out).toContain('repeat_contact');
  });
});
