// @vitest-environment jsdom
import Papa from 'papaparse';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDatabaseSource, type DashboardSource } from '@/components/dashboard/data';
import { createDashboardStore, DashboardProvider } from '@/components/dashboard/store';
import { EventsRepository, FlagsRepository, OwnUpDatabase, type EventRecord } from '@/lib/db';
import { makeStatsBundle } from '@/lib/stats/bundle';
import { makeEvent } from '../stats/make-event';

// The dashboard page in jsdom over a real Dexie database (fake-indexeddb), with a fixed clock and
// zone. chart.js cannot draw in jsdom (no canvas), so react-chartjs-2's two components are
// replaced by elements that expose the data they were given; the figures a rep reads come from
// the page's own text and tables, which are checked against hand-computed values.

vi.mock('react-chartjs-2', () => {
  const Fake = (kind: string) =>
    function FakeChart({ data }: { data: { labels: string[]; datasets: { label: string; data: (number | null)[] }[] } }) {
      return <div data-chart={kind} data-datasets={JSON.stringify(data.datasets.map((d) => ({ label: d.label, data: d.data })))} data-labels={JSON.stringify(data.labels)} />;
    };
  return { Line: Fake('line'), Bar: Fake('bar') };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom 26 lacks Blob#text(), which every browser OwnUp supports; FileReader is the same read.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

const NOW = Date.UTC(2026, 10, 20, 12, 0); // 2026-11-20 13:00 in Berlin
const ZONE = 'Europe/Berlin';

// Hand-computed over the last 7 days (2026-11-14 … 2026-11-20 in Berlin), all sites and reps:
//   replies 3; deflections at send 1 → 33.3 per 100; score at send (70 + 90 + 100) / 3 = 86.7.
// Gmail only: 1 reply, 0 deflections, score 90.
const SEEDED: EventRecord[] = [
  makeEvent({
    id: 'e1', at: Date.UTC(2026, 10, 19, 10), site: 'zendesk', rep: 'Sam',
    findingsAtFirst: { redirect: 2 }, findingsAtSend: { redirect: 1 }, scoreAtFirst: 40, scoreAtSend: 70,
    suggestions: { byCategory: { redirect: { shown: 2, applied: 1, dismissed: 0 } }, byTier: {} },
  }),
  makeEvent({
    id: 'e2', at: Date.UTC(2026, 10, 19, 15), site: 'gmail', rep: 'Dana',
    findingsAtFirst: { policy_wall: 1 }, findingsAtSend: {}, scoreAtFirst: 60, scoreAtSend: 90,
    suggestions: { byCategory: { policy_wall: { shown: 1, applied: 1, dismissed: 0 } }, byTier: {} },
  }),
  makeEvent({ id: 'e3', at: Date.UTC(2026, 10, 20, 8), site: 'zendesk', rep: 'Sam', scoreAtFirst: 100, scoreAtSend: 100 }),
  // Outside the last 7 days: must not count.
  makeEvent({ id: 'e0', at: Date.UTC(2026, 10, 1, 9), site: 'zendesk', rep: 'Sam', findingsAtSend: { redirect: 5 }, scoreAtSend: 10 }),
];

let db: OwnUpDatabase;

/**
 * TEST SEAM for the origin (as tests/notes does): jsdom cannot host a chrome-extension:// page,
 * and lib/db rightly refuses http://localhost; the dashboard runs at the extension's origin.
 */
async function databaseInExtensionOrigin(name: string): Promise<OwnUpDatabase> {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'location')!;
  Object.defineProperty(globalThis, 'location', { configurable: true, value: { protocol: 'chrome-extension:' } });
  let created: OwnUpDatabase;
  try {
    created = new OwnUpDatabase(name);
  } finally {
    Object.defineProperty(globalThis, 'location', real);
  }
  await created.open();
  return created;
}
let root: Root | null = null;
let container: HTMLElement;
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  db = await databaseInExtensionOrigin(`dashboard-${crypto.randomUUID()}`);
  downloads = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = (blob: Blob) => {
    lastBlob = blob;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download && lastBlob) downloads.push({ name: this.download, blob: lastBlob });
  });
  location.hash = '';
});

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = null;
  container?.remove();
  vi.restoreAllMocks();
  db?.close();
});

function source(): DashboardSource {
  return { ...createDatabaseSource(async () => db, () => NOW), timeZone: async () => ZONE, repName: async () => 'Sam' };
}

async function flushUntil(check: () => boolean, timeoutMs = 2000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in time; page says: ${container.textContent?.slice(0, 400)}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 5));
    });
  }
}

async function renderDashboard(hash = '') {
  location.hash = hash;
  const src = source();
  const store = createDashboardStore(src);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <DashboardProvider store={store} source={src}>
        <DashboardApp />
      </DashboardProvider>,
    ),
  );
  await flushUntil(() => store.getState().status === 'ready');
  return store;
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (id: string) => byTestId(id)?.textContent ?? null;

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
}

async function pickFiles(files: File[]) {
  const input = byTestId('import-bundles') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the statistics section', () => {
  it('shows the hand-computed figures of the last 7 days, in the rep time zone', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    const store = await renderDashboard();
    await act(async () => store.getState().choosePeriod({ kind: 'preset', days: 7 }));
    expect(text('figure-replies')).toBe('3');
    expect(text('figure-deflections-at-send')).toBe('33.3');
    expect(text('figure-score-at-send')).toBe('86.7');
    expect(text('period-shown')).toContain('2026-11-14 to 2026-11-20');
    expect(text('few-replies')).toContain('Only 3 replies');
    // The persistence chart's text alternative: redirect 2 found, 1 still sent; policy_wall 1 found, 0 sent.
    const rows = [...byTestId('chart-persistence')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Sends the customer elsewhere', '2', '1', '50 %'],
      ['Hides behind policy', '1', '0', '0 %'],
    ]);
    // The deflections chart got one point per day, null on days without replies.
    const line = byTestId('chart-deflections')!.querySelector('[data-chart="line"]')!;
    expect(JSON.parse(line.getAttribute('data-datasets')!)[0].data).toEqual([null, null, null, null, null, 50, 0]);
    // Two reps' data is loaded: the team table appears.
    expect([...byTestId('rep-table')!.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Sam', 'Dana']);
  });

  it('lists the most flagged canned responses by count', async () => {
    const flags = new FlagsRepository(db, { clock: () => NOW });
    const contact = { groupKey: 'contact-partner', text: 'Please contact the booking site directly.', reason: { category: 'redirect' as const }, rep: 'Sam' };
    await flags.addFlag({ groupKey: 'policy', text: 'Our policy does not allow this.', reason: { category: 'policy_wall' }, rep: 'Dana' });
    await flags.addFlag(contact);
    await flags.addFlag({ ...contact, rep: 'Dana' });
    await renderDashboard();
    const items = [...byTestId('top-flags')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      '2 flags Please contact the booking site directly. — Sends the customer elsewhere (open)',
      '1 flag Our policy does not allow this. — Hides behind policy (open)',
    ]);
  });

  it('changes the figures when a filter is chosen', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    const store = await renderDashboard();
    await act(async () => store.getState().choosePeriod({ kind: 'preset', days: 7 }));
    await choose(byTestId('filter-site') as HTMLSelectElement, 'gmail');
    expect(text('figure-replies')).toBe('1');
    expect(text('figure-deflections-at-send')).toBe('0');
    expect(text('figure-score-at-send')).toBe('90');
    expect(byTestId('rep-table')).toBeNull();
    await choose(byTestId('filter-site') as HTMLSelectElement, '');
    await choose(byTestId('filter-category') as HTMLSelectElement, 'redirect');
    expect(text('figure-replies')).toBe('1');
    expect(text('figure-deflections-at-send')).toBe('100');
  });

  it('says how replies get counted when the period has none', async () => {
    await renderDashboard();
    expect(text('stats-empty')).toBe('No replies recorded in this period yet — OwnUp counts a reply when you send it.');
    expect(byTestId('chart-deflections')).toBeNull();
  });

  it('refuses a custom period that ends before it starts, and keeps the figures shown', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    const store = await renderDashboard();
    await act(async () => store.getState().choosePeriod({ kind: 'custom', fromDay: '2026-11-01', toDay: '2026-11-20' }));
    expect(text('figure-replies')).toBe('4');
    await act(async () => store.getState().choosePeriod({ kind: 'custom', fromDay: '2026-11-20', toDay: '2026-11-01' }));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The start day is after the end day.');
    expect(text('figure-replies')).toBe('4');
  });
});

describe('exports, sharing and imports', () => {
  it('downloads the events of the period and filters as CSV, named by the days', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    const store = await renderDashboard('#exports');
    await act(async () => store.getState().choosePeriod({ kind: 'preset', days: 7 }));
    await choose(byTestId('filter-rep') as HTMLSelectElement, 'rep:Sam');
    await click(byTestId('export-events-csv'));
    expect(downloads.map((d) => d.name)).toEqual(['ownup-events-2026-11-14_2026-11-20.csv']);
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const rows = Papa.parse<Record<string, string>>(await downloads[0]!.blob.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.id, r.rep, r.site, r.send_redirect, r.score_at_send])).toEqual([
      ['e1', 'Sam', 'zendesk', '1', '70'],
      ['e3', 'Sam', 'zendesk', '0', '100'],
    ]);
    await click(byTestId('export-days-csv'));
    const days = Papa.parse<Record<string, string>>(await downloads[1]!.blob.text(), { header: true, skipEmptyLines: true }).data;
    expect(downloads[1]!.name).toBe('ownup-days-2026-11-14_2026-11-20.csv');
    expect(days).toHaveLength(7);
    expect(days[5]).toMatchObject({ replies: '1', deflections_per_100: '100', mean_score_at_send: '70' });
  });

  it('shows exactly what "share my stats" holds before saving it', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    await renderDashboard('#exports');
    await click(byTestId('share-prepare'));
    const preview = text('share-preview')!;
    expect(preview).toContain('This file holds 4 replies recorded by Sam');
    expect(preview).toContain('findingsAtFirst');
    expect(preview).toContain('"id": "e0"');
    expect(downloads).toEqual([]);
    await click(byTestId('share-save'));
    expect(downloads[0]!.name).toMatch(/^ownup-stats-Sam-\d{4}-\d{2}-\d{2}_2026-11-20\.json$/);
    const bundle = JSON.parse(await downloads[0]!.blob.text());
    expect(bundle).toMatchObject({ format: 'ownup-stats', version: 1, rep: 'Sam' });
    expect(bundle.events.map((e: EventRecord) => e.id).sort()).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('imports a good bundle once, changes nothing the second time, and refuses bad files naming the row', async () => {
    const store = await renderDashboard('#exports');
    const lee = makeStatsBundle('Lee', NOW, [makeEvent({ id: 'lee-1', at: Date.UTC(2026, 10, 18, 9), rep: 'Lee', findingsAtSend: { redirect: 1 } })]);
    const good = new File([JSON.stringify(lee)], 'lee.json', { type: 'application/json' });
    await pickFiles([good]);
    await flushUntil(() => /added/.test(text('import-report') ?? ''));
    expect(text('import-report')).toBe('Imported 1 file: 1 reply added, 0 already here (skipped).');
    expect(store.getState().summary?.replies).toBe(1);
    expect(store.getState().events[0]?.source).toEqual({ kind: 'imported', rep: 'Lee' });

    await pickFiles([good]);
    await flushUntil(() => /0 replies added/.test(text('import-report') ?? ''));
    expect(text('import-report')).toBe('Imported 1 file: 0 replies added, 1 already here (skipped).');
    expect(await new EventsRepository(db).count()).toBe(1);

    const broken = { ...lee, events: [{ ...lee.events[0], id: 'x1' }, { ...lee.events[0], id: 'x2', site: '' }] };
    const future = { ...lee, version: 2 };
    await pickFiles([
      new File([JSON.stringify(broken)], 'broken.json'),
      new File([JSON.stringify(future)], 'future.json'),
      new File(['{"format":"ownup-stats","version":1,"rep":"Lee","exp'], 'cut.json'),
    ]);
    await flushUntil(() => /broken\.json/.test(text('import-report') ?? ''));
    const report = text('import-report')!;
    expect(report).toContain('broken.json: Refused, nothing was imported: events[1].site');
    expect(report).toContain('future.json: This bundle was made by a newer OwnUp (format version 2); update OwnUp');
    expect(report).toContain('cut.json: This file is not a complete JSON file');
    // Refused whole: not even the valid first row of the broken file was written.
    expect(await new EventsRepository(db).count()).toBe(1);
  });
});

describe('privacy on the dashboard', () => {
  it('deletes all statistics after a confirmation, and the figures say so at once', async () => {
    await new EventsRepository(db).bulkMerge(SEEDED);
    const store = await renderDashboard('#privacy');
    expect(text('privacy')).toContain('Nothing OwnUp records is sent anywhere.');
    await click(byTestId('delete-stats'));
    expect(await new EventsRepository(db).count()).toBe(4);
    await click(byTestId('confirm-delete-stats'));
    await flushUntil(() => store.getState().summary?.replies === 0);
    expect(await new EventsRepository(db).count()).toBe(0);
    expect(container.textContent).toContain('All statistics were deleted.');
  });
});
