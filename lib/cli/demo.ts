// `npm run demo`: builds the extension and the sample pages, serves them at their real hostnames
// (acme.zendesk.com, mail.google.com → a local HTTPS server) and opens Chromium with OwnUp loaded.
// `npm run demo -- --screenshot FILE` runs headless, types a deflecting draft into the Zendesk
// ticket and writes a screenshot of the page with the sidebar's findings. Without a display and
// without the flag it says so and writes the screenshot to a default path.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SIDEBAR_FRAME, sidebarSettled, startOwnUpSession } from '../../tests/e2e/support/ownup-session';

const DEFAULT_SCREENSHOT = resolve('tests/.cache/ownup-demo.png');
/** A canned deflection a rep might send Marco (the sample ticket): a redirect, a policy hide and a hollow closer. */
export const DEMO_DRAFT =
  'Hi Marco, unfortunately we are not affiliated with Expedia, so please contact them directly about the pickup address. ' +
  'Is there anything else I can help you with?';

function parseArgs(argv: string[]): { screenshot: string | null; help: boolean } {
  const at = argv.indexOf('--screenshot');
  if (at >= 0 && (!argv[at + 1] || argv[at + 1]!.startsWith('--'))) throw new Error('--screenshot needs a file name');
  return { screenshot: at >= 0 ? resolve(argv[at + 1]!) : null, help: argv.includes('--help') || argv.includes('-h') };
}

function buildExtension(): void {
  console.log('Building the extension (wxt build)…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'pipe', encoding: 'utf8' });
  if (build.status === 0) return;
  process.stderr.write(build.stdout + build.stderr);
  throw new Error('wxt build failed (output above); the demo needs the built extension.');
}

async function typeDemoDraft(page: Page): Promise<void> {
  const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.type(DEMO_DRAFT, { delay: 2 });
}

async function waitForFindings(page: Page): Promise<number> {
  const sidebar = page.frameLocator(SIDEBAR_FRAME);
  try {
    await sidebar.locator('[data-testid="finding"]').first().waitFor({ timeout: 10_000 });
  } catch {
    return 0;
  }
  // Findings follow the typing with a short debounce: wait until the panel has settled.
  await sidebarSettled(sidebar);
  return sidebar.locator('[data-testid="finding"]').count();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log('Usage: npm run demo [-- --screenshot FILE]');
    return;
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const screenshot = args.screenshot ?? (hasDisplay ? null : DEFAULT_SCREENSHOT);
  if (!args.screenshot && !hasDisplay) {
    console.log(`No display found (DISPLAY is unset): running headless and writing a screenshot to ${DEFAULT_SCREENSHOT}.`);
  }
  buildExtension();
  const session = await startOwnUpSession({ headless: screenshot !== null });
  console.log(`Sample pages served at https://acme.zendesk.com and https://mail.google.com (local port ${session.server.port}).`);
  const zendesk = await session.open('zendesk');
  await typeDemoDraft(zendesk);
  const findings = await waitForFindings(zendesk);
  console.log(findings > 0 ? `The sidebar shows ${findings} finding(s) on the Zendesk ticket.` : 'The sidebar shows no findings yet (is the sidebar page built?).');

  if (screenshot) {
    mkdirSync(dirname(screenshot), { recursive: true });
    await zendesk.screenshot({ path: screenshot });
    console.log(`Screenshot written to ${screenshot}`);
    await session.close();
    return;
  }
  await session.open('gmail');
  await zendesk.bringToFront();
  console.log('Chromium is open with OwnUp on a Zendesk ticket and a Gmail thread. Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((resolveClosed) => {
    session.browser.context.on('close', () => resolveClosed());
    process.once('SIGINT', () => resolveClosed());
  });
  await session.close().catch(() => undefined);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
