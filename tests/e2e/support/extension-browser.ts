import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM, HERMETIC_CHROMIUM_ARGS } from './chromium';
import { readNetLog, type NetLogSummary } from './net-log';

// Real Chromium with the built extension, a fresh profile, and the network closed except for
// the local server, which answers for the sample sites' real hostnames (TOOLCHAIN.md "Real
// Chromium" and "Pitfalls").

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

// Playwright 1.65's default --disable-features list turns off ThirdPartyStoragePartitioning, in
// which mode IndexedDB inside the extension's iframe throws. We drop that default and pass the
// same list without it (TOOLCHAIN.md). Passed last, our flag also wins if the default ever differs.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];
const OUR_DISABLED_FEATURES = PLAYWRIGHT_DISABLED_FEATURES.filter((f) => f !== 'ThirdPartyStoragePartitioning');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request Playwright saw (pages, frames, workers), as URLs. */
  requests: string[];
  /** Closes the browser and returns Chromium's own network log of the whole session. */
  close(): Promise<NetLogSummary>;
}

/** Whether a copied build is whole: its manifest parses and the files it names are there. */
function isCompleteBuild(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      background?: { service_worker?: string };
      content_scripts?: { js?: string[] }[];
    };
    const named = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []), 'sidebar.html'];
    return named.every((file) => !file || existsSync(join(dir, file)));
  } catch {
    return false;
  }
}

/**
 * Chromium reads extension files lazily (the sidebar page when a frame first loads it), and
 * another `wxt build` in this checkout empties .output while it runs: the browser gets its own
 * copy of the build, taken when the build is whole.
 */
async function snapshotBuild(into: string): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (isCompleteBuild(EXTENSION_DIR)) {
      rmSync(into, { recursive: true, force: true });
      cpSync(EXTENSION_DIR, into, { recursive: true });
      if (isCompleteBuild(into)) return into;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No complete built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
}

export async function launchExtensionBrowser(options: { port: number; hosts: readonly string[]; headless?: boolean }): Promise<ExtensionBrowser> {
  // Playwright cannot download its own browsers here (TOOLCHAIN.md); say how to get the one we use.
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'ownup-profile-'));
  const extensionCopy = mkdtempSync(join(tmpdir(), 'ownup-extension-'));
  const extensionDir = await snapshotBuild(join(extensionCopy, 'chrome-mv3'));
  const netLogPath = join(profile, 'netlog.json');
  const resolverRules = [
    ...options.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  // Service-worker network events are opt-in in Playwright.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1400, height: 900 },
    ignoreDefaultArgs: [`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`, '--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...HERMETIC_CHROMIUM_ARGS,
      '--ignore-certificate-errors',
      `--host-resolver-rules=${resolverRules}`,
      `--log-net-log=${netLogPath}`,
      `--disable-features=${OUR_DISABLED_FEATURES.join(',')}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    async close() {
      await context.close();
      const summary = readNetLog(netLogPath);
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionCopy, { recursive: true, force: true });
      return summary;
    },
  };
}
