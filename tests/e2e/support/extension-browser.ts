import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { readNetLog, type NetLogSummary } from './net-log';

// Real Chromium with the built extension, a fresh profile, and the network closed except for
// the local server, which answers for the sample sites' real hostnames (TOOLCHAIN.md "Real
// Chromium" and "Pitfalls").

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');
const CHROMIUM = '/usr/bin/chromium';

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

export async function launchExtensionBrowser(options: { port: number; hosts: readonly string[]; headless?: boolean }): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'ownup-profile-'));
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
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${resolverRules}`,
      `--log-net-log=${netLogPath}`,
      `--disable-features=${OUR_DISABLED_FEATURES.join(',')}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
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
      return summary;
    },
  };
}
