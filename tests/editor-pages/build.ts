// Builds the real-editor test pages: each <kind>.ts bundled with the real library from npm
// into tests/.cache/editor-pages/<kind>.js (+ .css), next to a copy of <kind>.html.
// Invoked by the end-to-end matrix's setup; also runnable alone: `npx tsx tests/editor-pages/build.ts`.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, writeFile, access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const EDITOR_PAGES_OUT = join(here, '..', '.cache', 'editor-pages');

export async function listEditorPages(): Promise<string[]> {
  return (await readdir(here)).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));
}

export async function buildEditorPages(outDir = EDITOR_PAGES_OUT): Promise<string[]> {
  const kinds = await listEditorPages();
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: kinds.map((k) => join(here, `${k}.ts`)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    logLevel: 'error',
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  for (const kind of kinds) {
    await copyFile(join(here, `${kind}.html`), join(outDir, `${kind}.html`));
    // Pages whose library ships no CSS still link one; an empty file keeps the log clean.
    const css = join(outDir, `${kind}.css`);
    await access(css).catch(() => writeFile(css, ''));
  }
  return kinds;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kinds = await buildEditorPages();
  console.log(`built ${kinds.length} editor pages into ${EDITOR_PAGES_OUT}`);
}
