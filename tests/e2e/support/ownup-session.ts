import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { buildSamplePages, GMAIL_THREAD_HASH, SAMPLE_PAGES, type SamplePage } from '../../sample-pages/build';
import { type ExtensionBrowser, launchExtensionBrowser } from './extension-browser';
import type { NetLogSummary } from './net-log';
import { startSampleServer, type SampleServer } from './sample-server';

// One end-to-end session: the sample pages built and served at their real hostnames, Chromium
// with the built extension, and helpers that speak in the sidebar's documented test ids.

export const SIDEBAR_FRAME = 'iframe[data-ownup="sidebar"]';

export interface OwnUpSession {
  browser: ExtensionBrowser;
  server: SampleServer;
  /** Hostnames routed to the local server. */
  hosts: readonly string[];
  /** Opens a sample page at its real URL; `query` like "?composer=click". */
  open(id: SamplePage['id'], query?: string): Promise<Page>;
  urlOf(id: SamplePage['id'], query?: string): string;
  sidebar(page: Page): FrameLocator;
  /** The sidebar frame once it is attached and loaded. */
  sidebarFrame(page: Page): Promise<Frame>;
  /** Closes everything; returns Chromium's network log. */
  close(): Promise<NetLogSummary>;
}

export async function startOwnUpSession(options: { extraHosts?: string[]; headless?: boolean } = {}): Promise<OwnUpSession> {
  await buildSamplePages();
  const certDir = mkdtempSync(join(tmpdir(), 'ownup-cert-'));
  const hosts = [...SAMPLE_PAGES.map((p) => p.host), ...(options.extraHosts ?? [])];
  const server = await startSampleServer(certDir, options.extraHosts ?? []);
  const browser = await launchExtensionBrowser({ port: server.port, hosts, headless: options.headless });

  const urlOf = (id: SamplePage['id'], query = '') => {
    const page = SAMPLE_PAGES.find((p) => p.id === id)!;
    return `https://${page.host}${page.path}${query}${id === 'gmail' ? GMAIL_THREAD_HASH : ''}`;
  };

  return {
    browser,
    server,
    hosts,
    urlOf,
    async open(id, query = '') {
      const page = await browser.context.newPage();
      await page.goto(urlOf(id, query));
      return page;
    },
    sidebar: (page) => page.frameLocator(SIDEBAR_FRAME),
    async sidebarFrame(page) {
      const handle = await page.waitForSelector(SIDEBAR_FRAME, { state: 'attached' });
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('the sidebar iframe has no frame');
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    },
    async close() {
      const log = await browser.close();
      await server.close();
      rmSync(certDir, { recursive: true, force: true });
      return log;
    },
  };
}

/** Hosts a request may go to: the routed names, 127.0.0.1 itself, and the browser's own schemes. */
export function isLocalRequest(url: string, hosts: readonly string[]): boolean {
  const parsed = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(parsed.protocol)) return true;
  return parsed.hostname === '127.0.0.1' || hosts.includes(parsed.hostname);
}

/**
 * Waits until the sidebar has stopped changing (findings follow typing with a debounce): its
 * text is the same on three reads 150 ms apart. Clicking Apply on a finding of an older draft is
 * refused by design (the span moved), so tests that apply wait for this first.
 */
export async function sidebarSettled(sidebar: FrameLocator): Promise<void> {
  const root = sidebar.getByTestId('ownup-sidebar');
  let last = await root.innerText();
  for (let same = 0; same < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await root.innerText();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}
