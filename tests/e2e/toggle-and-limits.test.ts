import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnUpSession, SIDEBAR_FRAME, startOwnUpSession } from './support/ownup-session';

// The keyboard toggle as the content script receives it, a page with no editor yet, the Gmail
// layout, and a 100 KB draft (issue 3 "Bad input": the sidebar stays responsive).

let session: OwnUpSession;

beforeAll(async () => {
  session = await startOwnUpSession();
});

afterAll(async () => {
  await session?.close();
});

/** What the background does for the toggle-sidebar command when it reaches the tab by message. */
async function sendToggle(page: Page) {
  const url = page.url().split('#')[0]!;
  const delivered = await session.browser.serviceWorker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
    await chrome.tabs.sendMessage(tab.id, { type: 'toggle-sidebar' }, { frameId: 0 });
    return true;
  })()`);
  expect(delivered).toBe(true);
}

/** Whether the content script's second half (editor strategies, zod) is in the page's isolated world. */
async function secondHalfLoaded(page: Page): Promise<boolean> {
  const url = page.url().split('#')[0]!;
  return session.browser.serviceWorker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
    const [result] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => Boolean(globalThis.__ownupSession) });
    return result.result;
  })()`) as Promise<boolean>;
}

const frameDisplay = (page: Page) => page.locator(SIDEBAR_FRAME).evaluate((frame) => getComputedStyle(frame).display);

describe('the toggle-sidebar command', () => {
  it('opens the sidebar on a thread whose reply box is still closed, then hides and shows it', async () => {
    const page = await session.open('gmail', '?compose=click');
    await page.waitForTimeout(300);
    // Idle: no editor, so no frame and no second half loaded.
    expect(await page.locator(SIDEBAR_FRAME).count()).toBe(0);
    expect(await secondHalfLoaded(page)).toBe(false);
    await sendToggle(page);
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    await expect.poll(() => sidebar.getByTestId('customer-email').textContent(), { timeout: 5_000 }).toContain('j.alvarez@outlook.com');
    expect(await secondHalfLoaded(page)).toBe(true);

    await sendToggle(page);
    await expect.poll(() => frameDisplay(page)).toBe('none');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await sendToggle(page);
    await expect.poll(() => frameDisplay(page)).toBe('block');
    await page.close();
  });
});

describe('on the Gmail thread', () => {
  it('keeps the compose body and the Send button clear of the sidebar', async () => {
    const page = await session.open('gmail');
    await page.frameLocator(SIDEBAR_FRAME).getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    const frame = (await page.locator(SIDEBAR_FRAME).boundingBox())!;
    for (const selector of ['.M9 [g_editable="true"]', '.M9 [role="button"][aria-label^="Send"]', '.M9 [aria-label="Discard draft"]']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x + box.width, selector).toBeLessThanOrEqual(frame.x);
    }
    await page.close();
  });

  it('stays responsive with a 100 KB draft and still flags what the rep adds at the end', async () => {
    const page = await session.open('gmail');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    await page.locator('.M9 [g_editable="true"]').click();
    const filler = 'We looked into your booking and the details are correct on our side. '.repeat(1500).slice(0, 100_000);
    await page.keyboard.insertText(filler);
    await page.keyboard.type(' Please contact your bank directly.');
    await sidebar.locator('[data-testid="finding"][data-category="redirect"]').first().waitFor({ timeout: 15_000 });
    // A round trip to the page after all that: its main thread is not tied up by OwnUp.
    const t = Date.now();
    await page.evaluate(() => 1);
    expect(Date.now() - t).toBeLessThan(500);
    await page.close();
  });
});

describe('on a full-viewport app shell (position: fixed), as helpdesk apps are built', () => {
  it('still keeps the editor and the submit button clear of the sidebar', async () => {
    // The margin OwnUp reserves on <html> does not move fixed elements; the fallback must.
    session.server.addPage(
      'acme.zendesk.com',
      '/agent/tickets/777',
      `<!doctype html><html><head><title>Ticket 777</title><style>
        body { margin: 0; font: 14px system-ui; }
        #app { position: fixed; inset: 0; display: flex; flex-direction: column; }
        [data-test-id="omnicomposer-rich-text-ckeditor"] { border: 1px solid #999; min-height: 120px; margin: 8px; }
        footer { display: flex; justify-content: flex-end; padding: 8px; }
      </style></head><body><div id="app">
        <div class="ticket-panes-grid-layout" data-is-active="true"><div data-side-conversations-anchor-id="777">
          <div data-test-id="omni-log-container" role="log"><article data-test-id="omni-log-comment-item">
            <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><p>Where is my refund?</p></div></div>
          </article></div>
          <div id="editor-view" data-test-id="editor-view"><div contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p><br></p></div></div>
          <footer data-test-id="ticket-footer"><button type="button" data-test-id="submit_button-button">Submit as Open</button></footer>
        </div></div>
      </div></body></html>`,
    );
    const page = await session.browser.context.newPage();
    await page.goto('https://acme.zendesk.com/agent/tickets/777');
    await page.frameLocator(SIDEBAR_FRAME).getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    const frameLeft = async () => (await page.locator(SIDEBAR_FRAME).boundingBox())!.x;
    const rightEdge = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return box.x + box.width;
    };
    await expect.poll(() => rightEdge('[data-test-id="omnicomposer-rich-text-ckeditor"]'), { timeout: 5_000 }).toBeLessThanOrEqual(await frameLeft());
    expect(await rightEdge('[data-test-id="submit_button-button"]')).toBeLessThanOrEqual(await frameLeft());
    // Typing still reaches the editor and the sidebar.
    await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await page.keyboard.type('Please contact your bank directly.');
    await page.frameLocator(SIDEBAR_FRAME).locator('[data-testid="finding"]').first().waitFor({ timeout: 10_000 });
    await page.close();
  });
});

describe('a narrow window', () => {
  it('folds the sidebar to its tab so the editor stays usable, and unfolds it when the window widens', async () => {
    const page = await session.open('gmail');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    const frameWidth = () => page.locator(SIDEBAR_FRAME).evaluate((frame) => frame.getBoundingClientRect().width);
    expect(await frameWidth()).toBeGreaterThan(200);

    await page.setViewportSize({ width: 600, height: 900 });
    await expect.poll(() => sidebar.getByTestId('ownup-sidebar').getAttribute('data-collapsed'), { timeout: 5_000 }).toBe('true');
    await expect.poll(frameWidth).toBeLessThan(60);

    await page.setViewportSize({ width: 1400, height: 900 });
    await expect.poll(() => sidebar.getByTestId('ownup-sidebar').getAttribute('data-collapsed'), { timeout: 5_000 }).toBe('false');
    await page.close();
  });
});
