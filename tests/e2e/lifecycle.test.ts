import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnUpSession, SIDEBAR_FRAME, sidebarSettled, startOwnUpSession } from './support/ownup-session';

// The content script's life on a real page: single-page navigation to another ticket, the
// sidebar's collapse to a tab, and an extension reload under an open page, which must not leave
// a dead sidebar or lose the rep's draft (issue 3 item 1).

let session: OwnUpSession;

beforeAll(async () => {
  session = await startOwnUpSession();
});

afterAll(async () => {
  await session?.close();
});

describe('a Zendesk tab over its lifetime', () => {
  it('follows single-page navigation to another ticket', async () => {
    const page = await session.open('zendesk');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await expect.poll(() => sidebar.getByTestId('ticket-id').textContent(), { timeout: 15_000 }).toContain('48213');
    // Zendesk switches tickets with history.pushState; the content script is not reloaded.
    await page.evaluate(() => history.pushState({}, '', '/agent/tickets/48190'));
    await expect.poll(() => sidebar.getByTestId('ticket-id').textContent(), { timeout: 5_000 }).toContain('48190');
    expect(await page.locator(SIDEBAR_FRAME).count()).toBe(1);
    await page.close();
  });

  it('shrinks the frame to a small tab when the rep collapses the sidebar, and gives the page its room back', async () => {
    const page = await session.open('zendesk');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('collapse-sidebar').click({ timeout: 15_000 });
    await expect.poll(async () => (await page.locator(SIDEBAR_FRAME).boundingBox())?.width, { timeout: 5_000 }).toBeLessThan(60);
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    expect(parseFloat(margin)).toBeLessThan(60);
    await sidebar.getByTestId('expand-sidebar').click();
    await expect.poll(async () => (await page.locator(SIDEBAR_FRAME).boundingBox())?.width, { timeout: 5_000 }).toBeGreaterThan(200);
    await page.close();
  });

  it('reconnects both sides when the browser stops the idle service worker (MV3), and Apply still reaches the page', async () => {
    const page = await session.open('zendesk');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    await session.browser.serviceWorker.evaluate(`self.__ownupTestMark = 'before-stop'`);

    // What Chrome does to an idle extension worker after 30 s, done now through DevTools.
    const cdp = await session.browser.context.newCDPSession(page);
    const versions: { versionId: string; scriptURL: string }[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => versions.push(...event.versions));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => versions.some((v) => v.scriptURL.startsWith('chrome-extension://'))).toBe(true);
    const worker = versions.find((v) => v.scriptURL.startsWith('chrome-extension://'))!;
    await cdp.send('ServiceWorker.stopWorker', { versionId: worker.versionId });

    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    await editor.click();
    await page.keyboard.type('Please contact Expedia directly about it.');
    const finding = sidebar.locator('[data-testid="finding"][data-category="redirect"]').first();
    await finding.waitFor({ timeout: 10_000 });
    // A fresh worker did the relaying: the old one's state is gone.
    const current = session.browser.context.serviceWorkers().at(-1)!;
    expect(await current.evaluate(`self.__ownupTestMark ?? 'fresh'`)).toBe('fresh');
    const before = await page.evaluate(() => window.ownupSample!.getModelText());
    await sidebarSettled(sidebar);
    await finding.locator('[data-testid="apply-rewrite"]').click();
    await page.waitForFunction((d) => window.ownupSample!.getModelText() !== d, before, { timeout: 5_000 });
    await page.close();
  });

  it('tears its sidebar down when the extension is reloaded under the page, and the draft stays', async () => {
    const page = await session.open('zendesk');
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    await editor.click();
    await page.keyboard.type('Per our policy we cannot refund this.');
    await sidebar.locator('[data-testid="finding"]').first().waitFor({ timeout: 10_000 });
    const draft = await page.evaluate(() => window.ownupSample!.getModelText());

    // What an update or a reload from chrome://extensions does to an open tab. (Chromium does
    // not bring a command-line-loaded extension back after runtime.reload, so this is the last test.)
    await session.browser.serviceWorker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);

    // The orphaned content script removed its frame (no dead sidebar) and gave the page its room back.
    await expect.poll(() => page.locator(SIDEBAR_FRAME).count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
    // Its listeners are gone too: typing and submitting raise nothing.
    await editor.click();
    await page.keyboard.type(' Thanks.');
    await page.locator('[data-test-id="submit_button-button"]').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.ownupSample!.getModelText())).toBe(`${draft} Thanks.`);
    expect(consoleErrors.filter((e) => /context invalidated|ownup/i.test(e))).toEqual([]);
  });
});
