// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowupsRepository, NOTE_TEXT_MAX_BYTES, NotesRepository, type OwnUpDatabase } from '@/lib/db';
import { composeRecovery } from '@/lib/analysis/recovery';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { ScriptedAnalyzer } from '../sidebar/fakes';
import { scriptedAnalysis } from '../sidebar/scripted-findings';
import { simulateQuotaExceeded } from '../db/helpers';
import { click, flushUntil } from '../sidebar/render';
import { NOW, databaseInExtensionOrigin, deliver, openNotesHarness, zendeskContext, type NotesHarness } from './sidebar-harness';

// The Notes tab on the real store and a real Dexie database: what a rep sees and does.

let harness: NotesHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const HOUR = 3_600_000;
const MARCO = 'marco.bellini@fastmail.com';

function seedRepo(db: OwnUpDatabase, at: number) {
  let n = 0;
  return new NotesRepository(db, { clock: () => at + n, newId: () => `seed-${++n}-${at}` });
}

function typeInto(element: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function selectValue(element: HTMLSelectElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const noteTexts = (h: NotesHarness) => h.byTestId('note-text').map((el) => el.textContent);

async function openNotesTab(h: NotesHarness) {
  click(h.byTestId('tab-notes')[0]);
  await flushUntil(() => h.byTestId('notes-panel').length === 1);
}

async function addNote(h: NotesHarness, text: string, tags: string[] = []) {
  const before = h.byTestId('note').length;
  typeInto(h.byTestId('note-input')[0] as HTMLTextAreaElement, text);
  for (const tag of tags) click(h.rendered.container.querySelector<HTMLElement>(`[data-testid="note-tag-toggle"][data-tag="${tag}"]`) ?? undefined);
  click(h.byTestId('note-save')[0]);
  await flushUntil(() => h.byTestId('note').length === before + 1);
}

describe('which notes the panel shows', () => {
  it("shows this customer's notes from every site and this ticket's, pinned first then newest, and nobody else's", async () => {
    harness = await openNotesHarness();
    const db = harness.db;
    await seedRepo(db, NOW - 3 * HOUR).add({ site: 'gmail', customerKey: MARCO, text: 'Prefers email over phone' });
    await seedRepo(db, NOW - 2 * HOUR).add({ site: 'zendesk', customerKey: 'name:someone@zendesk', ticketKey: 'zendesk:48213', text: 'Ticket note: ferry at 6 pm' });
    const pinned = await seedRepo(db, NOW - 5 * HOUR).add({ site: 'gmail', customerKey: MARCO, text: 'Twenty years with us', pinned: true });
    await seedRepo(db, NOW - HOUR).add({ site: 'zendesk', customerKey: 'other@example.com', text: 'Another customer entirely' });

    deliver(harness, zendeskContext());
    await flushUntil(() => harness!.byTestId('tab-notes')[0]?.textContent === 'Notes (3)');
    await openNotesTab(harness);
    await flushUntil(() => harness!.byTestId('note').length === 3);

    expect(noteTexts(harness)).toEqual(['Twenty years with us', 'Ticket note: ferry at 6 pm', 'Prefers email over phone']);
    expect(harness.byTestId('note')[0]?.getAttribute('data-note-id')).toBe(pinned.id);
  });

  it('keys a customer without an email by name on this site', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext({ customerEmail: undefined, customerName: '  José  GARCÍA ' }));
    await openNotesTab(harness);
    await addNote(harness, 'Works nights');
    const [stored] = await harness.db.notes.toArray();
    expect(stored?.customerKey).toBe('name:jose garcia@zendesk');
  });
});

describe('writing notes', () => {
  it('adds a note with tags, stored against the email, the ticket and its URL', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext());
    await openNotesTab(harness);

    await addNote(harness, 'Has a ferry to catch at 6 pm', ['context', 'risk']);

    expect(noteTexts(harness)).toEqual(['Has a ferry to catch at 6 pm']);
    expect(harness.byTestId('note-tag').map((el) => el.getAttribute('data-tag'))).toEqual(['context', 'risk']);
    const [stored] = await harness.db.notes.toArray();
    expect(stored).toMatchObject({
      customerKey: MARCO,
      ticketKey: 'zendesk:48213',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213',
      tags: ['context', 'risk'],
    });
    expect(harness.byTestId('tab-notes')[0]?.textContent).toBe('Notes (1)');
  });

  it('pins a note to the top and edits its text', async () => {
    let clock = NOW;
    harness = await openNotesHarness({ now: () => clock });
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    await addNote(harness, 'Older note');
    clock += 1000;
    await addNote(harness, 'Newer note');
    expect(noteTexts(harness)).toEqual(['Newer note', 'Older note']);

    click(harness.byTestId('pin-note')[1]);
    await flushUntil(() => noteTexts(harness!)[0] === 'Older note');
    expect(harness.byTestId('note')[0]?.getAttribute('data-pinned')).toBe('true');

    click(harness.byTestId('edit-note')[1]);
    const editor = harness.byTestId('note')[1]!.querySelector<HTMLTextAreaElement>('[data-testid="note-input"]')!;
    typeInto(editor, 'Newer note, corrected');
    click(harness.byTestId('note')[1]!.querySelector<HTMLElement>('[data-testid="note-save"]') ?? undefined);
    await flushUntil(() => noteTexts(harness!)[1] === 'Newer note, corrected');
  });

  it('deletes with an Undo that brings the note back', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    await addNote(harness, 'Keep me');

    click(harness.byTestId('delete-note')[0]);
    await flushUntil(() => harness!.byTestId('note').length === 0);
    expect(harness.byTestId('note-deleted')).toHaveLength(1);

    click(harness.byTestId('undo-delete')[0]);
    await flushUntil(() => harness!.byTestId('note').length === 1);
    expect(noteTexts(harness)).toEqual(['Keep me']);
    expect(harness.byTestId('note-deleted')).toHaveLength(0);
  });

  it('refuses a note above the size limit before saving, and says so', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    typeInto(harness.byTestId('note-input')[0] as HTMLTextAreaElement, 'x'.repeat(NOTE_TEXT_MAX_BYTES + 1));
    expect(harness.byTestId('note-size-error')[0]?.textContent).toMatch(/limited to 64 KiB/);
    expect((harness.byTestId('note-save')[0] as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the full-disk message and stores nothing when the browser refuses the write', async () => {
    const db = databaseInExtensionOrigin();
    await simulateQuotaExceeded(db);
    await db.open();
    harness = await openNotesHarness({ db });
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    typeInto(harness.byTestId('note-input')[0] as HTMLTextAreaElement, 'This will not fit');
    click(harness.byTestId('note-save')[0]);
    await flushUntil(() => harness!.byTestId('notes-error').length === 1);
    expect(harness.byTestId('notes-error')[0]?.textContent).toMatch(/storage in this browser is full, so nothing was saved/);
    expect(await db.notes.count()).toBe(0);
    // The rep's text is still in the box to try again.
    expect((harness.byTestId('note-input')[0] as HTMLTextAreaElement).value).toBe('This will not fit');
    await db.delete();
  });
});

describe('links in notes', () => {
  it('makes web addresses links that open safely, and leaves javascript: and markup as text', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext());
    await openNotesTab(harness);

    await addNote(harness, 'Order page: https://shop.example/orders/88314. Not this: javascript:alert(1) <img src=x onerror=alert(2)>');

    const text = harness.byTestId('note-text')[0]!;
    const links = [...text.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://shop.example/orders/88314']);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text.querySelector('img')).toBeNull();
    expect(text.textContent).toContain('javascript:alert(1) <img src=x onerror=alert(2)>');
  });
});

describe('live across tabs', () => {
  it('shows a note another tab writes, without a reload', async () => {
    harness = await openNotesHarness();
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    await flushUntil(() => harness!.rendered.container.textContent?.includes('No notes yet') ?? false);

    // A second tab: its own Dexie instance on the same database.
    const otherTab = databaseInExtensionOrigin(harness.db.name);
    await otherTab.open();
    await new NotesRepository(otherTab).add({ site: 'gmail', customerKey: MARCO, text: 'Written in the Gmail tab' });

    await flushUntil(() => noteTexts(harness!).includes('Written in the Gmail tab'), 3000);
    otherTab.close();
  });
});

describe('follow-ups in the sidebar', () => {
  it('adds one due tomorrow 10 am in the rep zone with the ticket URL, and tells the background', async () => {
    harness = await openNotesHarness();
    act(() => harness!.store.getState().setSettings({ settings: { ...DEFAULT_SETTINGS, timeZone: 'Europe/Rome' }, resetFields: [], warning: null }));
    deliver(harness, zendeskContext());
    await openNotesTab(harness);

    typeInto(harness.byTestId('followup-input')[0] as HTMLInputElement, 'Send the corrected pickup address');
    selectValue(harness.byTestId('followup-due')[0] as HTMLSelectElement, 'tomorrow-10am');
    click(harness.byTestId('followup-add')[0]);
    await flushUntil(() => harness!.byTestId('followup').length === 1);

    const [stored] = await harness.db.followups.toArray();
    // NOW is 10:00 UTC on 23 Nov = 11:00 in Rome; tomorrow 10:00 Rome = 09:00 UTC on the 24th.
    expect(stored).toMatchObject({
      customerKey: MARCO,
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213',
      text: 'Send the corrected pickup address',
      dueAt: Date.UTC(2026, 10, 24, 9, 0),
      status: 'open',
    });
    expect(harness.followupsChanged).toBe(1);
  });

  it('lists overdue ones first, and done removes one', async () => {
    harness = await openNotesHarness();
    const repo = new FollowupsRepository(harness.db);
    const ticketUrl = 'https://acme.zendesk.com/agent/tickets/48213';
    await repo.create({ customerKey: MARCO, ticketUrl, text: 'Due later', dueAt: NOW + 5 * HOUR });
    await repo.create({ customerKey: MARCO, ticketUrl, text: 'Overdue', dueAt: NOW - HOUR });
    await repo.create({ customerKey: 'other@example.com', ticketUrl, text: 'Not Marco', dueAt: NOW - HOUR });
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    await flushUntil(() => harness!.byTestId('followup').length === 2);

    expect(harness.byTestId('followup-text').map((el) => el.textContent)).toEqual(['Overdue', 'Due later']);
    expect(harness.byTestId('followup').map((el) => el.getAttribute('data-overdue'))).toEqual(['true', 'false']);

    click(harness.byTestId('followup-done')[0]);
    await flushUntil(() => harness!.byTestId('followup').length === 1);
    expect(harness.byTestId('followup-text')[0]?.textContent).toBe('Due later');
    expect(harness.followupsChanged).toBe(1);
  });

  it('snoozes an overdue one an hour from now', async () => {
    harness = await openNotesHarness();
    const created = await new FollowupsRepository(harness.db).create({
      customerKey: MARCO,
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213',
      text: 'Overdue',
      dueAt: NOW - HOUR,
    });
    deliver(harness, zendeskContext());
    await openNotesTab(harness);
    await flushUntil(() => harness!.byTestId('followup').length === 1);

    click(harness.byTestId('followup-snooze')[0]);
    await flushUntil(() => harness!.byTestId('followup')[0]?.getAttribute('data-overdue') === 'false');
    expect((await harness.db.followups.get(created.id))?.snoozedUntil).toBe(NOW + HOUR);
  });
});

describe("the Reply panel's promised follow-up", () => {
  it('becomes a reminder with one click, due when the try-harder reply promises', async () => {
    const customer = 'Your booking site sent me to the wrong pickup address and I have a job interview at 9 tomorrow!';
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis, (text) => ({
      situations: [{ id: 'partner_error', start: 0, end: 17, text: text.slice(0, 17) }],
      signals: [{ id: 'deadline', start: 75, end: 88, text: 'job interview' }],
    }));
    harness = await openNotesHarness({ analyzer, composeRecovery });
    deliver(harness, zendeskContext({ customerMessage: { text: customer } }));
    act(() => harness!.store.getState().setSettings({ settings: { ...DEFAULT_SETTINGS }, resetFields: [], warning: null }));
    click(harness.byTestId('tab-reply')[0]);
    await flushUntil(() => harness!.byTestId('reply-tier').length === 3);
    const promised = harness.store.getState().replies?.try_harder.followUp;
    expect(promised).toBeDefined();

    const tryHarder = harness.byTestId('reply-tier').find((tier) => tier.dataset.tier === 'try_harder')!;
    click(tryHarder.querySelector<HTMLElement>('[data-testid="expand-reply"]') ?? undefined);
    click(harness.byTestId('add-followup-from-reply')[0]);
    await flushUntil(() => harness!.byTestId('followup-added').length === 1);

    const [stored] = await harness.db.followups.toArray();
    expect(stored).toMatchObject({ customerKey: MARCO, dueAt: promised!.dueAt, text: promised!.text.trim(), ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213' });
    expect(harness.followupsChanged).toBe(1);
  });
});
