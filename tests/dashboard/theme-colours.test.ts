import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every colour on OwnUp's pages comes from the light/dark variables of components/ui/ui.css.
// A fixed colour in a component's stylesheet looked right in the light scheme and was unreadable
// in the dark one (light text on the flag cards' cream, brown review blockers on near-black).

const COMPONENTS = resolve(import.meta.dirname, '..', '..', 'components');
const THEME = join(COMPONENTS, 'ui', 'ui.css');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') && path !== THEME ? [path] : [];
  });
}

describe('component stylesheets', () => {
  it('take every colour from the theme variables, so the dark scheme stays readable', () => {
    const fixed = cssFiles(COMPONENTS).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.replace(/\/\*.*?\*\//g, ''), at: `${relative(COMPONENTS, file)}:${i + 1}` }))
        .filter(({ line }) => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(line))
        .map(({ at, line }) => `${at} ${line.trim()}`),
    );
    expect(fixed).toEqual([]);
  });
});
