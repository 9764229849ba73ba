// Builds the sample pages' scripts (the real CKEditor 5 from npm for the Zendesk composer) into
// tests/.cache/sample-pages/, for the demo and the end-to-end tests. Also runnable alone:
// `npx tsx tests/sample-pages/build.ts`.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_PAGES_DIR = dirname(fileURLToPath(import.meta.url));
export const SAMPLE_ASSETS_OUT = join(SAMPLE_PAGES_DIR, '..', '.cache', 'sample-pages');

/** A sample page, the real hostname and path it is served at, and the file behind it. */
export interface SamplePage {
  id: 'zendesk' | 'gmail';
  host: string;
  path: string;
  file: string;
}

export const SAMPLE_PAGES: readonly SamplePage[] = [
  { id: 'zendesk', host: 'acme.zendesk.com', path: '/agent/tickets/48213', file: 'zendesk-ticket.html' },
  { id: 'gmail', host: 'mail.google.com', path: '/mail/u/0/', file: 'gmail-thread.html' },
];

/** The hash Gmail puts after /mail/u/0/ for an open thread (opaque token, SITES.md §2). */
export const GMAIL_THREAD_HASH = '#inbox/FMfcgzQXJWDsKmbLQbgzPVXqgTPQrRnV';

export async function buildSamplePages(outDir = SAMPLE_ASSETS_OUT): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(SAMPLE_PAGES_DIR, 'zendesk-composer.ts')],
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'error',
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildSamplePages();
  console.log(`built sample-page assets into ${SAMPLE_ASSETS_OUT}`);
}
