import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Guards on the built extension (`npm test` builds before it runs the suites).
const OUTPUT = join(import.meta.dirname, '../../.output/chrome-mv3');

function builtFiles(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtFiles(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

describe('the built Chrome extension', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(join(OUTPUT, 'manifest.json'))).toBe(true);
  });

  // Chrome refuses the whole extension ("isn't UTF-8 encoded") when a script holds a Unicode
  // non-character; Dexie ships a literal U+FFFF (TOOLCHAIN.md). escapeUnicode must stay on.
  it('contains no Unicode non-characters in any script', () => {
    const offenders = builtFiles(OUTPUT, '.js').filter((file) =>
      /[\uFDD0-\uFDEF\uFFFE\uFFFF]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('is a Manifest V3 extension that asks for no host access beyond what it declares', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    // Other sites are enabled one origin at a time, as optional permissions (DESIGN.md).
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).not.toContain('https://*/*');
  });
});
