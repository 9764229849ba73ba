import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest, type OwnUpSession, SIDEBAR_FRAME, startOwnUpSession } from './support/ownup-session';

// What a host page can and cannot see of OwnUp, on the sample pages served at their real
// hostnames with the built extension (issue 3 item 7: no OwnUp data in the page's origin, the
// sidebar unreadable, forged messages ignored, no request leaves 127.0.0.1).

let session: OwnUpSession;

beforeAll(async () => {
  session = await startOwnUpSession();
});

afterAll(async () => {
  const netLog = await session?.close();
  if (!netLog) return;
  // Chromium's own log covers the browser process and the service worker too: every socket the
  // whole browser opened went to 127.0.0.1.
  expect(netLog.connectAddresses.length).toBeGreaterThan(0);
  for (const address of netLog.connectAddresses) expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  // The only other URLs are Chromium's own service probes (account list, component updater),
  // which die at the resolver (MAP * ~NOTFOUND); OwnUp's and the page's requests are checked
  // strictly through Playwright below.
  const elsewhere = netLog.urls.filter((url) => !isLocalRequest(url, session.hosts));
  for (const url of elsewhere) expect(new URL(url).hostname, url).toMatch(/(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/);
});

async function rectOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('OwnUp on a Zendesk ticket at acme.zendesk.com', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.open('zendesk');
    await page.waitForSelector(SIDEBAR_FRAME, { state: 'attached', timeout: 10_000 });
  });

  it('mounts the sidebar frame at the right edge without covering the editor or the submit button', async () => {
    const frame = await rectOf(page, SIDEBAR_FRAME);
    const viewport = page.viewportSize()!;
    expect(Math.round(frame.x + frame.width)).toBe(viewport.width);
    expect(frame.width).toBeGreaterThan(200);
    const editor = await rectOf(page, '[data-test-id="omnicomposer-rich-text-ckeditor"]');
    const submit = await rectOf(page, '[data-test-id="submit_button-button"]');
    const statusMenu = await rectOf(page, '[data-test-id="submit_button-menu-button"]');
    expect(overlaps(frame, editor)).toBe(false);
    expect(overlaps(frame, submit)).toBe(false);
    expect(overlaps(frame, statusMenu)).toBe(false);
  });

  it('leaves no OwnUp data in the page origin for its scripts to find', async () => {
    const found = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      cookies: document.cookie,
    }));
    expect(found).toEqual({ databases: [], localStorage: [], sessionStorage: [], cookies: '' });
  });

  it('gives page scripts no way into the sidebar document', async () => {
    const seen = await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector)!;
      let windowDocument: string;
      try {
        windowDocument = String(frame.contentWindow!.document);
      } catch (error) {
        windowDocument = (error as Error).name;
      }
      return { contentDocument: frame.contentDocument === null, windowDocument };
    }, SIDEBAR_FRAME);
    expect(seen).toEqual({ contentDocument: true, windowDocument: 'SecurityError' });
  });

  it("does not reveal the extension's id to the page: the frame uses the per-session dynamic URL", async () => {
    const src = await page.locator(SIDEBAR_FRAME).getAttribute('src');
    expect(new URL(src!).host).not.toBe(session.browser.extensionId);
    // Probing the stable URL, as fingerprinting scripts do, finds nothing.
    const probe = await page.evaluate(async (id) => {
      try {
        return (await fetch(`chrome-extension://${id}/sidebar.html`)).status;
      } catch {
        return 'refused';
      }
    }, session.browser.extensionId);
    expect(probe).toBe('refused');
  });

  it('ignores insert requests forged by page scripts as postMessage or DOM events', async () => {
    const before = await page.evaluate(() => window.ownupSample!.getModelText());
    await page.evaluate(() => {
      const forged = { type: 'insert', requestId: 'forged', revision: 0, mode: { kind: 'replace-all' }, text: 'FORGED BY THE PAGE' };
      window.postMessage(forged, '*');
      document.querySelector<HTMLIFrameElement>('iframe[data-ownup="sidebar"]')!.contentWindow!.postMessage(forged, '*');
      for (const type of ['ownup:insert', 'ownup:main-world-request', 'message']) {
        document.dispatchEvent(new CustomEvent(type, { detail: JSON.stringify(forged) }));
        window.dispatchEvent(new CustomEvent(type, { detail: forged }));
      }
    });
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => window.ownupSample!.getModelText());
    expect(after).toBe(before);
    expect(after).not.toContain('FORGED');
  });

  it('keeps every request Playwright saw on 127.0.0.1', () => {
    expect(session.browser.requests.length).toBeGreaterThan(0);
    for (const url of session.browser.requests) expect(isLocalRequest(url, session.hosts), url).toBe(true);
  });
});
