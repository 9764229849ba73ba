import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR } from '../../e2e/support/extension-browser';
import { startOwnUpSession, SIDEBAR_FRAME, type OwnUpSession } from '../../e2e/support/ownup-session';

// Issue 3 bars, in real Chromium with the built extension on the Zendesk sample page (real
// CKEditor 5) at its real hostname: (a) editor appearing → sidebar showing, ≤ 300 ms; (b) last
// keystroke → updated findings, ≤ 150 ms; medians of 20. And the content scripts' gzipped size,
// ≤ 20 KB. Times are taken with Date.now() in Node around Playwright waits that poll on every
// animation frame, so each includes a few ms of CDP round trip: upper bounds.

const RUNS = 20;
const DEFLECTING = 'Unfortunately we are not affiliated with Expedia, please contact them directly. Is there anything else I can help you with?';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function verdict(value: number, bar: number): string {
  return value <= bar ? 'OK' : 'OVER';
}

/**
 * Gzipped bytes of the content scripts the manifest declares (loaded on every matching page,
 * the bar), and of the two scripts injected on demand: the content script's second half
 * when an editor appears (entrypoints/ownup-session.ts) and the main-world model reader.
 */
export function contentScriptSizes(extensionDir = EXTENSION_DIR): { manifest: number; session: number; mainWorld: number } {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  // Any extra chunk WXT might split off lands in the same folder: count it too.
  for (const f of readdirSync(join(extensionDir, 'content-scripts'))) if (f.endsWith('.js')) files.add(`content-scripts/${f}`);
  const gz = (file: string) => (existsSync(join(extensionDir, file)) ? gzipSync(readFileSync(join(extensionDir, file)), { level: 9 }).length : 0);
  return {
    manifest: [...files].reduce((sum, f) => sum + gz(f), 0),
    session: gz('ownup-session.js'),
    mainWorld: gz('ownup-main-world.js'),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function editorToSidebar(session: OwnUpSession): Promise<number> {
  const page = await session.open('zendesk', '?composer=click');
  try {
    await page.locator('[data-test-id="omnichannel-channel-switcher-button"]').click();
    await page.waitForFunction(() => window.ownupSample?.editorReadyAt !== undefined);
    const root = page.frameLocator(SIDEBAR_FRAME).locator('[data-testid="ownup-sidebar"]');
    await root.waitFor({ state: 'visible', timeout: 10_000 });
    const shownAt = Date.now();
    const appearedAt = await page.evaluate(() => window.ownupSample!.editorReadyAt!);
    return shownAt - appearedAt;
  } finally {
    await page.close();
  }
}

async function findingCount(page: Page): Promise<number> {
  return page.frameLocator(SIDEBAR_FRAME).locator('[data-testid="finding"]').count();
}

async function keystrokeToFindings(page: Page, frameWait: (expectNone: boolean) => Promise<void>, clearLast: boolean): Promise<number> {
  const started = Date.now();
  if (clearLast) {
    // The last keystroke replaces the deflecting draft (selected) with one letter: findings go to none.
    await page.keyboard.press('x');
  } else {
    // The last "keystroke" is an input of the whole deflecting sentence (as a paste or an IME commit).
    await page.keyboard.insertText(DEFLECTING);
  }
  await frameWait(clearLast);
  return Date.now() - started;
}

const section = {
  name: 'end to end in real Chromium (issue 3)',
  async run() {
    const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) {
      console.log('  wxt build failed; measuring the last build in .output/chrome-mv3');
    }
    const sizes = contentScriptSizes();
    console.log(`  content script loaded on every matching page: ${kb(sizes.manifest)} gzipped (bar ≤ 20 KB) ${verdict(sizes.manifest, 20 * 1024)}`);
    console.log(`  injected on demand: second half when an editor appears ${kb(sizes.session)}, main-world model reader ${kb(sizes.mainWorld)}; all three ${kb(sizes.manifest + sizes.session + sizes.mainWorld)}`);

    const session = await startOwnUpSession();
    try {
      await editorToSidebar(session); // warm-up: first sidebar load compiles the page's scripts
      const appear: number[] = [];
      for (let i = 0; i < RUNS; i++) appear.push(await editorToSidebar(session));
      const a = median(appear);
      console.log(`  editor appears → sidebar shows: median ${a} ms of ${RUNS} (min ${Math.min(...appear)}, max ${Math.max(...appear)}; bar ≤ 300 ms) ${verdict(a, 300)}`);

      const page = await session.open('zendesk');
      const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
      await editor.click();
      const frame = await session.sidebarFrame(page);
      const frameWait = (expectNone: boolean) =>
        frame
          .waitForFunction((none) => (document.querySelectorAll('[data-testid="finding"]').length === 0) === none, expectNone, { polling: 'raf', timeout: 5_000 })
          .then(() => undefined);
      await page.keyboard.insertText(DEFLECTING);
      await frameWait(false);
      if ((await findingCount(page)) === 0) throw new Error('the deflecting draft produced no findings');
      const update: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.keyboard.press('Control+A');
        update.push(await keystrokeToFindings(page, frameWait, i % 2 === 0));
      }
      const b = median(update);
      console.log(`  last keystroke → findings updated: median ${b} ms of ${RUNS} (min ${Math.min(...update)}, max ${Math.max(...update)}; bar ≤ 150 ms) ${verdict(b, 150)}`);
    } finally {
      await session.close();
    }
  },
};

export default section;

// Also runnable alone: `npx tsx tests/bench/sections/e2e.ts`.
if (process.argv[1]?.endsWith('sections/e2e.ts')) await section.run();
