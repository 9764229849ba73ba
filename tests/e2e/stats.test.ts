import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDraft } from '@/lib/analysis';
import { CATEGORY_IDS } from '@/lib/analysis/taxonomy';
import { EVENT_COLUMNS } from '@/lib/stats/csv';
import { type OwnUpSession, startOwnUpSession } from './support/ownup-session';

// Issue 8 end to end, in real Chromium with the built extension: a rep sends three replies on
// the Gmail sample page (mail.google.com, routed locally), the dashboard counts three, the
// events CSV comes out of a real download with three rows whose finding counts match what the
// analyzer finds in the drafts typed, and axe-core finds nothing serious on the dashboard or
// in the sidebar frame.

const DRAFTS = [
  'Hi Jorge, refunds are processed by your bank, so please contact your bank directly about the second charge.',
  'Hi Jorge, I reversed the second charge myself just now, and you will see it on your card by Friday.',
  'Hi Jorge, I understand your frustration. Is there anything else I can help you with?',
];
const EDITOR = '.M9 [g_editable="true"]';
const SEND = '.M9 .aoO';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let session: OwnUpSession;

beforeAll(async () => {
  session = await startOwnUpSession();
  // The rep's name goes into every event (settings are the extension's storage.local).
  await session.browser.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
      'ownup.settings': { repName: 'Sam Rivera' },
    }),
  );
});

afterAll(async () => {
  await session?.close();
});

/** Serious and critical axe violations in a page or frame (evaluate runs past the extension's CSP). */
async function seriousViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const { violations, passes } = await target.evaluate(async () => {
    type Result = { id: string; impact: string | null; nodes: { target: unknown }[] };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const results = await axe.run();
    return { violations: results.violations, passes: results.passes.length };
  });
  // axe really looked at a rendered page (an empty or unloaded one passes nothing).
  expect(passes).toBeGreaterThan(5);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

function categoryCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of analyzeDraft(text, {}).findings) counts[finding.category] = (counts[finding.category] ?? 0) + 1;
  return counts;
}

describe('reply statistics, from send to spreadsheet', () => {
  let gmail: Page;
  let dashboard: Page;

  it('records one event per reply sent on Gmail, by the Send button and by Ctrl+Enter', async () => {
    gmail = await session.open('gmail');
    const sidebar = gmail.frameLocator('iframe[data-ownup="sidebar"]');
    await sidebar.getByTestId('ownup-sidebar').waitFor({ timeout: 15_000 });
    for (const draft of DRAFTS) {
      await gmail.evaluate(() => window.ownupSample!.openComposer());
      await gmail.locator(EDITOR).click();
      await gmail.keyboard.type(draft, { delay: 5 });
      await gmail.waitForFunction((d) => window.ownupSample!.getModelText() === d, draft);
      // The sidebar has analyzed the whole draft: its score is the analyzer's for this text.
      const score = String(analyzeDraft(draft, {}).score);
      await expect.poll(() => sidebar.getByTestId('score').getAttribute('data-score'), { timeout: 10_000 }).toBe(score);
      if (draft === DRAFTS[1]) {
        // Gmail's own shortcut; the compose stays open here, so the rep clears it and writes the
        // next reply in the same editor (a new draft in the same editor session).
        await gmail.keyboard.press('Control+Enter');
        await gmail.keyboard.press('Control+A');
        await gmail.keyboard.press('Backspace');
        await gmail.waitForFunction(() => window.ownupSample!.getModelText().trim() === '');
        continue;
      }
      await gmail.locator(SEND).click();
      // Gmail's sample closes the compose on a click on Send, as Gmail does.
      await gmail.locator('.M9').waitFor({ state: 'detached' });
    }
  });

  it('counts the three replies on the dashboard', async () => {
    dashboard = await session.browser.context.newPage();
    const url = `chrome-extension://${session.browser.extensionId}/dashboard.html`;
    await dashboard.goto(url);
    // The last event is written a moment after its send: reload until it is in.
    await expect
      .poll(
        async () => {
          await dashboard.goto(url);
          return dashboard.getByTestId('figure-replies').textContent({ timeout: 5_000 });
        },
        { timeout: 15_000 },
      )
      .toBe('3');
  });

  it('exports the events CSV through a real download with the three rows', async () => {
    await dashboard.getByRole('link', { name: 'Export and share' }).click();
    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByTestId('export-events-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^ownup-events-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_COLUMNS]);
    const rows = [...parsed.data].sort((a, b) => (a.sent_at ?? '').localeCompare(b.sent_at ?? ''));
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      expect(row.site).toBe('gmail');
      expect(row.rep).toBe('Sam Rivera');
      expect(row.source).toBe('own');
      const atSend = categoryCounts(DRAFTS[i]!);
      for (const category of CATEGORY_IDS) {
        // As sent: exactly what the analyzer finds in the draft typed.
        expect(Number(row[`send_${category}`]), `reply ${i + 1} send_${category}`).toBe(atSend[category] ?? 0);
        // Found while drafting: never fewer than were still there at send.
        expect(Number(row[`first_${category}`])).toBeGreaterThanOrEqual(atSend[category] ?? 0);
      }
      expect(Number(row.score_at_send)).toBe(analyzeDraft(DRAFTS[i]!, {}).score);
    });
    // No reply text in the file.
    expect(csv).not.toMatch(/Jorge|contact your bank|frustration/);
  });

  it('has no serious or critical axe violations on the dashboard (statistics and exports, light and dark) or in the sidebar', async () => {
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.getByRole('link', { name: 'Statistics' }).click();
    await dashboard.getByTestId('chart-deflections').waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    // Dark scheme: its own colours, its own contrast.
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await dashboard.reload();
    await dashboard.getByTestId('chart-deflections').waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    await gmail.evaluate(() => window.ownupSample!.openComposer());
    await gmail.locator(EDITOR).click();
    await gmail.keyboard.type(DRAFTS[0]!, { delay: 2 });
    const frame = await session.sidebarFrame(gmail);
    await frame.locator('[data-testid="finding"]').first().waitFor({ timeout: 10_000 });
    expect(await seriousViolations(frame)).toEqual([]);
  });
});
