import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest, type OwnUpSession, SIDEBAR_FRAME, sidebarSettled, startOwnUpSession } from './support/ownup-session';

// The whole path, page → sidebar → page, in real Chromium with the built extension, on the
// sample pages at their real hostnames: the rep types a deflecting draft, the sidebar flags it,
// Apply rewrites the span in the editor's MODEL (what the site would send), and one Ctrl+Z in
// the page restores the exact previous draft (issue 3 items 3, 4 and 7).

const DRAFT = 'Hi Marco, unfortunately we are not affiliated with Expedia, please contact them directly about the pickup address.';
const GMAIL_DRAFT = 'Hi Jorge, refunds are processed by your bank, so please contact your bank directly about the second charge.';

let session: OwnUpSession;

beforeAll(async () => {
  session = await startOwnUpSession({ extraHosts: ['helpdesk.example.org'] });
});

afterAll(async () => {
  const netLog = await session?.close();
  if (!netLog) return;
  for (const address of netLog.connectAddresses) expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  for (const url of session.browser.requests) expect(isLocalRequest(url, session.hosts), url).toBe(true);
});

const modelText = (page: Page) => page.evaluate(() => window.ownupSample!.getModelText());

async function typeDraft(page: Page, editorSelector: string, text: string) {
  await page.locator(editorSelector).click();
  await page.keyboard.type(text, { delay: 5 });
}

async function applyFirstRewriteOf(sidebar: FrameLocator, category: string) {
  const finding = sidebar.locator(`[data-testid="finding"][data-category="${category}"]`).first();
  await finding.waitFor({ timeout: 10_000 });
  await sidebarSettled(sidebar);
  const trigger = (await finding.locator('[data-testid="finding-text"]').first().textContent())?.trim() ?? '';
  await finding.locator('[data-testid="apply-rewrite"]').click();
  return trigger;
}

/** Apply, check the model, Ctrl+Z, check the exact old draft is back. */
async function applyThenUndo(page: Page, editorSelector: string, draft: string, category: string) {
  const sidebar = page.frameLocator(SIDEBAR_FRAME);
  await typeDraft(page, editorSelector, draft);
  await page.waitForFunction((d) => window.ownupSample!.getModelText() === d, draft);
  const trigger = await applyFirstRewriteOf(sidebar, category);
  expect(trigger.length).toBeGreaterThan(0);
  await page.waitForFunction((d) => window.ownupSample!.getModelText() !== d, draft, { timeout: 5_000 });
  // The insertion is verified (and under load may fall back to a second strategy): let it finish.
  let applied = await modelText(page);
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(150);
    const now = await modelText(page);
    same = now === applied ? same + 1 : 0;
    applied = now;
  }
  expect(applied.toLowerCase()).not.toContain(trigger.toLowerCase());
  // What was left of the draft around the span is still there.
  expect(applied.startsWith(draft.slice(0, 8))).toBe(true);

  await page.locator(editorSelector).focus();
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((d) => window.ownupSample!.getModelText() === d, draft, { timeout: 5_000 });
  expect(await modelText(page)).toBe(draft);
}

describe('on a Zendesk ticket at acme.zendesk.com (CKEditor 5)', () => {
  const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    page = await session.open('zendesk');
    sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
  });

  it("shows the customer and the ticket the page names, from the active ticket's pane", async () => {
    await expect.poll(() => sidebar.getByTestId('customer-name').textContent(), { timeout: 5_000 }).toContain('Marco Bellini');
    expect(await sidebar.getByTestId('customer-email').textContent()).toContain('marco.bellini@fastmail.com');
    expect(await sidebar.getByTestId('ticket-id').textContent()).toContain('48213');
  });

  it('reads the situation and signals of the latest customer message, not the earlier ones or the internal note', async () => {
    await sidebar.getByTestId('situation').first().waitFor({ timeout: 5_000 });
    const ids = (testId: string) => sidebar.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await ids('situation')).toContain('partner_error');
    // "a ferry to catch at 6 pm", "40 euros each way", "the second time I have written today":
    // only the latest message says so.
    expect(await ids('signal')).toEqual(expect.arrayContaining(['deadline', 'money_at_stake', 'repeat_contact']));
  });

  it('flags the redirect as the rep types, applies its rewrite in the editor model, and Ctrl+Z restores the draft', async () => {
    await applyThenUndo(page, EDITOR, DRAFT, 'redirect');
  });
});

describe('on a Gmail thread at mail.google.com (plain contenteditable)', () => {
  const EDITOR = '.M9 [g_editable="true"]';
  let page: Page;

  beforeAll(async () => {
    page = await session.open('gmail');
    await page.frameLocator(SIDEBAR_FRAME).getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
  });

  it('shows the customer from the thread, not the signed-in rep', async () => {
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await expect.poll(() => sidebar.getByTestId('customer-email').textContent(), { timeout: 5_000 }).toContain('j.alvarez@outlook.com');
  });

  it('flags the redirect, applies its rewrite in the compose body, and Ctrl+Z restores the draft', async () => {
    await applyThenUndo(page, EDITOR, GMAIL_DRAFT, 'redirect');
  });
});

describe('on a page whose layout no adapter recognizes', () => {
  it('falls back to the focused text area and says which parts it cannot read, without a page error', async () => {
    // Gmail's hostname, but none of Gmail's structure: the layout changed under the adapter.
    session.server.addPage(
      'mail.google.com',
      '/mail/u/1/',
      '<!doctype html><title>Mail</title><main><h1>Inbox</h1><form><textarea aria-label="Reply" rows="6" cols="60"></textarea><button type="submit">Send</button></form></main>',
    );
    const page = await session.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('https://mail.google.com/mail/u/1/#inbox/abc');
    await page.locator('textarea').click();
    await page.keyboard.type('Please contact them directly.');
    const sidebar = page.frameLocator(SIDEBAR_FRAME);
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    await expect.poll(() => sidebar.getByTestId('ownup-sidebar').textContent(), { timeout: 5_000 }).toMatch(/can.t read/i);
    await sidebar.locator('[data-testid="finding"]').first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});
