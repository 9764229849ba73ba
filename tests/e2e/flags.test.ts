import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalRequest, type OwnUpSession, SIDEBAR_FRAME, startOwnUpSession } from './support/ownup-session';

// Issue 7 end to end, in real Chromium with the built extension on the Zendesk sample page at its
// real hostname: a rep flags a canned macro from the sidebar; the manager sees it in the
// dashboard's review queue and approves a clean rewrite; the next draft that uses the macro (for
// another customer) gets the approved rewrite offered and applied in one click. And a team rule
// saved on the options page takes effect in the already-open sidebar without a reload.

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const macro = (name: string, booking: string) =>
  `Hi ${name}, unfortunately we are not affiliated with Expedia, so please contact them directly about booking ${booking}.`;
const CLEAN = "I'll contact Expedia for you today and email you their answer by 5 pm.";

let session: OwnUpSession;
let page: Page;
let sidebar: FrameLocator;

beforeAll(async () => {
  session = await startOwnUpSession();
  page = await session.open('zendesk');
  sidebar = page.frameLocator(SIDEBAR_FRAME);
  await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  const netLog = await session?.close();
  if (!netLog) return;
  for (const url of session.browser.requests) expect(isLocalRequest(url, session.hosts), url).toBe(true);
});

const modelText = () => page.evaluate(() => window.ownupSample!.getModelText());

async function newDraft(text: string) {
  // Cleared and typed again when the editor does not end up holding exactly `text`: right after
  // another tab was in front (the dashboard, the options page), keystrokes can land before
  // CKEditor has the focus back (the clearing's and, twice in a row in full CI runs of
  // 2026-11-23, the typing's; never with the file alone).
  for (let attempt = 0; ; attempt++) {
    await clearDraft();
    await page.keyboard.type(text, { delay: 2 });
    const typed = await page
      .waitForFunction((d) => window.ownupSample!.getModelText() === d, text, { timeout: 10_000 })
      .then(() => true, () => false);
    if (typed) return;
    if (attempt === 2) throw new Error(`the editor holds ${JSON.stringify(await modelText())}, not the typed draft`);
  }
}

async function clearDraft() {
  // Select-all and delete, again if the editor still holds text (see newDraft).
  for (let attempt = 0; ; attempt++) {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const cleared = await page
      .waitForFunction(() => window.ownupSample!.getModelText().trim() === '', undefined, { timeout: 5_000 })
      .then(() => true, () => false);
    if (cleared) break;
    if (attempt === 2) throw new Error(`the editor did not clear: ${JSON.stringify(await modelText())}`);
  }
}

async function extensionPage(path: string): Promise<Page> {
  const tab = await session.browser.context.newPage();
  await tab.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  return tab;
}

describe('flag → review → approved rewrite offered', () => {
  it('flags the draft from the sidebar, approves a clean rewrite in the review queue, and offers it on the next draft with the macro', async () => {
    await newDraft(macro('Marco', 'BK-48213'));
    await sidebar.getByTestId('finding').first().waitFor({ timeout: 10_000 });
    await sidebar.getByTestId('flag-open').click();
    await sidebar.getByTestId('flag-macro').fill('Partner booking');
    await sidebar.getByTestId('flag-reason').fill('Customers write back angrier after this one.');
    await sidebar.getByTestId('flag-submit').click();
    await expect.poll(() => sidebar.getByTestId('flag-feedback').textContent(), { timeout: 5_000 }).toContain('Flagged for review');

    const dashboard = await extensionPage('dashboard.html#review');
    const item = dashboard.getByTestId('review-item').first();
    await item.waitFor({ timeout: 10_000 });
    expect(await item.getByTestId('review-text').textContent()).toBe(macro('Marco', 'BK-48213'));
    expect(await item.getAttribute('data-count')).toBe('1');
    const categories = await item.getByTestId('review-category').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(categories).toContain('redirect');

    // A rewrite that still deflects cannot be approved.
    await item.getByTestId('review-rewrite').fill('Please contact Expedia directly about it.');
    await item.getByTestId('review-blocker').first().waitFor();
    expect(await item.getByTestId('review-approve').isDisabled()).toBe(true);
    await item.getByTestId('review-rewrite').fill(CLEAN);
    await expect.poll(() => item.getByTestId('review-approve').isDisabled()).toBe(false);
    await item.getByTestId('review-approve').click();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 5_000 }).toBe('approved');
    await dashboard.close();

    // The next draft with the macro, for another customer: the open sidebar offers the rewrite.
    await page.bringToFront();
    await newDraft(`${macro('Dana', 'AB-77120')} Thanks for your patience.`);
    const known = sidebar.getByTestId('known-canned');
    // 20 s: the approval travels dashboard -> database -> the sidebar's next analysis, on two
    // loaded cores in CI (10 s ran out once in a full run).
    await known.waitFor({ timeout: 20_000 });
    expect(await known.textContent()).toContain('flagged once by your team');
    await sidebar.getByTestId('apply-canned-rewrite').click();
    await page.waitForFunction((clean) => window.ownupSample!.getModelText().includes(clean), CLEAN, { timeout: 5_000 });
    const applied = await modelText();
    expect(applied).not.toContain('contact them directly');
    expect(applied).toContain('Thanks for your patience.');
    // One undoable edit: Ctrl+Z brings the macro back.
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+Z');
    await page.waitForFunction(() => window.ownupSample!.getModelText().includes('contact them directly'), undefined, { timeout: 5_000 });
  });
});

describe('the team playbook', () => {
  it('a phrase added on the options page shows as a finding in the already-open sidebar, without a reload', async () => {
    await page.bringToFront();
    // A phrase the built-in analyzer reads as clean (tests/flags/team-rules.ts ROUTER_RULE): a
    // team rule over one it already flags adds no finding of its own.
    await newDraft('Did you try restarting the router?');
    await expect.poll(() => sidebar.getByTestId('score').getAttribute('data-score'), { timeout: 10_000 }).not.toBeNull();
    const teamFinding = sidebar.locator('[data-testid="finding"][data-rule="condescension.team-router-restart"]');
    expect(await teamFinding.count()).toBe(0);

    const options = await extensionPage('options.html#playbook');
    await options.getByTestId('rule-editor').waitFor({ timeout: 10_000 });
    await options.getByTestId('rule-name').fill('router restart');
    await options.getByTestId('rule-category').selectOption('condescension');
    await options.getByTestId('rule-message').fill('Asks whether they tried the obvious: check the line from our side first.');
    await options.getByTestId('rule-patterns').fill('(did | have) you (try | tried) (restarting | rebooting | resetting) (the | your)? (router | modem | hub)');
    await options.getByTestId('rule-rewrites').fill("I've checked your line from our side and I'll call you {followup_time|by the end of tomorrow} with what I found");
    await options.getByTestId('rule-flagged').fill('Have you tried rebooting the modem?');
    await options.getByTestId('rule-clean').fill('I restarted the router from our side this morning.');
    await options.getByTestId('rule-save').click();
    await options.locator('[data-testid="playbook-entry"][data-kind="rule"]').waitFor({ timeout: 5_000 });

    await page.bringToFront();
    // 20 s, as for the approved rewrite above: the saved rule must reach the open sidebar's engine.
    await teamFinding.waitFor({ timeout: 20_000 });
    expect(await teamFinding.getAttribute('data-category')).toBe('condescension');
    await options.close();
  });
});
