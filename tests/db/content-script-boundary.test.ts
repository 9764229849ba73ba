import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md "three worlds": IndexedDB opened by a content script belongs to the host page's
// origin, where the page's own scripts can read it. So nothing that runs in a page may reach
// lib/db or Dexie, not even through another module. This walks the real import graph from
// every script that runs in a page (type-only imports are erased at build time and allowed).

const root = resolve(__dirname, '../..');

function pageEntrypoints(): string[] {
  const entries: string[] = [];
  const dir = join(root, 'entrypoints');
  for (const name of readdirSync(dir)) {
    if (name === 'content') entries.push(join(dir, 'content/index.ts'));
    else if (/\.content\.tsx?$|main-world\.tsx?$/.test(name)) entries.push(join(dir, name));
    else if (/\.content$/.test(name)) entries.push(join(dir, name, 'index.ts'));
  }
  return entries.filter((file) => existsSync(file));
}

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function runtimeImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    if (match[1]) continue; // `import type …` / `export type …`
    found.push((match[2] ?? match[3])!);
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else if (/^[@~]\//.test(specifier)) base = join(root, specifier.slice(2));
  else return undefined; // a package; checked by name below
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Every module a page script loads at run time, with the chain that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [relative(root, entry)]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const chain = [...seen.get(file)!, specifier];
      if (specifier === 'dexie' || specifier.startsWith('dexie/') || specifier === 'dexie-react-hooks') {
        seen.set(`package:${specifier}`, chain);
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target && !seen.has(target)) {
        seen.set(target, [...seen.get(file)!, relative(root, target)]);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe('scripts that run in a web page never reach the database', () => {
  it('finds the page scripts and reads their imports', () => {
    expect(pageEntrypoints().map((f) => relative(root, f))).toContain('entrypoints/content/index.ts');
    expect(runtimeImports("import { a } from '../x';\nimport type { B } from '../../lib/db';\nexport * from './y';\nimport 'z';\nconst m = import('./lazy');")).toEqual(['../x', './y', 'z', './lazy']);
  });

  it('would catch a page script reaching lib/db through a helper', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ownup-boundary-'));
    writeFileSync(join(dir, 'entry.ts'), "import type { NoteRecord } from './types';\nimport { helper } from './helper';\n");
    writeFileSync(join(dir, 'types.ts'), `export type { NoteRecord } from '${relative(dir, join(root, 'lib/db/index'))}';\n`);
    writeFileSync(join(dir, 'helper.ts'), `import { NotesRepository } from '${relative(dir, join(root, 'lib/db/index'))}';\nexport const helper = NotesRepository;\n`);
    const modules = [...reachable(join(dir, 'entry.ts')).keys()].map((m) => (m.startsWith('package:') ? m : relative(root, m)));
    expect(modules).toContain('lib/db/index.ts');
    expect(modules).toContain('package:dexie');
    expect(modules.some((m) => m.endsWith('types.ts') && !m.startsWith('lib/'))).toBe(false);
  });

  it.each(pageEntrypoints().map((f) => [relative(root, f), f]))('%s', (_name, entry) => {
    const offending = [...reachable(entry)]
      .filter(([module]) => module.startsWith('package:dexie') || relative(root, module).startsWith('lib/db/'))
      .map(([, chain]) => chain.join(' → '));
    expect(offending).toEqual([]);
  });
});
