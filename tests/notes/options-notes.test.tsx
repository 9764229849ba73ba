// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesSection } from '@/components/options/notes/NotesSection';
import { FollowupsRepository, NotesRepository, exportNotesBundle, type OwnUpDatabase } from '@/lib/db';
import { flushUntil } from '../sidebar/render';
import { databaseInExtensionOrigin } from './sidebar-harness';

// The options page's "Notes & follow-ups" section on a real Dexie database: search, follow-ups
// by due date, export as a file and import it back.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const HOUR = 3_600_000;

let db: OwnUpDatabase;
let root: Root;
let container: HTMLElement;
let downloads: { fileName: string; text: string }[];
let changes: number;

beforeEach(async () => {
  db = databaseInExtensionOrigin();
  await db.open();
  downloads = [];
  changes = 0;
  let n = 0;
  const notes = new NotesRepository(db, { clock: () => NOW - ++n * HOUR });
  await notes.add({ site: 'zendesk', customerKey: 'marco.bellini@fastmail.com', customerName: 'Marco Bellini', customerEmail: 'marco.bellini@fastmail.com', text: 'Ferry at 6 pm; prefers email', tags: ['context'] });
  await notes.add({ site: 'gmail', customerKey: 'j.alvarez@outlook.com', customerName: 'Jorge Alvarez', text: 'Six years a customer, charged twice', tags: ['risk'] });
  const followups = new FollowupsRepository(db, { clock: () => NOW });
  await followups.create({ customerKey: 'j.alvarez@outlook.com', ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/abc', text: 'Confirm the reversal', dueAt: NOW + 2 * HOUR });
  await followups.create({ customerKey: 'marco.bellini@fastmail.com', ticketKey: 'zendesk:48213', ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213', text: 'Check the pickup went fine', dueAt: NOW - HOUR });

  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <NotesSection
        openDatabase={async () => db}
        now={() => NOW}
        download={(fileName, text) => void downloads.push({ fileName, text })}
        loadTimeZone={async () => 'UTC'}
        followupsChanged={() => void changes++}
      />,
    ),
  );
  await flushUntil(() => byTestId('search-result').length === 2 && byTestId('options-followup').length === 2);
});

afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await db.delete();
});

const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function chooseFile(text: string) {
  const input = byTestId('import-notes')[0] as HTMLInputElement;
  // jsdom's File has no text(); Node's is the same Web API that browsers give the input.
  const file = new NodeFile([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

const resultTexts = () => byTestId('search-result').map((el) => el.textContent ?? '');

describe('search', () => {
  it('finds notes by customer, by text and by tag', async () => {
    const search = byTestId('notes-search')[0] as HTMLInputElement;
    typeInto(search, 'alvarez');
    await flushUntil(() => byTestId('search-result').length === 1);
    expect(resultTexts()[0]).toContain('charged twice');

    typeInto(search, 'ferry');
    await flushUntil(() => resultTexts()[0]?.includes('Marco Bellini') === true && byTestId('search-result').length === 1);

    typeInto(search, 'risk');
    await flushUntil(() => byTestId('search-result').length === 1 && resultTexts()[0]!.includes('Jorge'));
  });
});

describe('follow-ups by due date', () => {
  it('lists open ones by due date, overdue first, and done moves one down', async () => {
    const texts = () => byTestId('options-followup').map((el) => el.querySelector('p')?.textContent);
    expect(texts()).toEqual(['Check the pickup went fine', 'Confirm the reversal']);
    expect(byTestId('options-followup')[0]?.getAttribute('data-overdue')).toBe('true');

    act(() => byTestId('options-followup-done')[0]!.click());
    await flushUntil(() => byTestId('options-followup')[1]?.getAttribute('data-status') === 'done');
    expect(texts()).toEqual(['Confirm the reversal', 'Check the pickup went fine']);
    expect(changes).toBe(1);
  });

  it('names the ticket each follow-up links to', async () => {
    const links = byTestId('options-followup').map((el) => el.querySelector('a')?.textContent);
    expect(links).toEqual(['ticket 48213', 'ticket']);
  });

  it('deletes one', async () => {
    act(() => byTestId('options-followup-delete')[1]!.click());
    await flushUntil(() => byTestId('options-followup').length === 1);
    expect(await db.followups.count()).toBe(1);
  });
});

describe('backup and restore', () => {
  it('exports everything as the versioned bundle, and importing it after deleting all gives back the same rows', async () => {
    const before = await exportNotesBundle(db, NOW);
    act(() => byTestId('export-notes')[0]!.click());
    await flushUntil(() => downloads.length === 1);
    expect(downloads[0]!.fileName).toBe('ownup-notes-2026-11-23.json');
    expect(JSON.parse(downloads[0]!.text)).toEqual(before);

    await db.notes.clear();
    await db.followups.clear();
    chooseFile(downloads[0]!.text);
    await flushUntil(() => byTestId('backup-status')[0]?.textContent?.startsWith('Imported') === true, 3000);

    expect(await exportNotesBundle(db, NOW)).toEqual(before);
    expect(byTestId('backup-status')[0]?.textContent).toContain('Notes: 2 added');
    expect(changes).toBe(1);
  });

  it('refuses a file with one bad row, names the row and field, and writes nothing', async () => {
    const bundle = await exportNotesBundle(db, NOW);
    const bad = { ...bundle, notes: [...bundle.notes, { ...bundle.notes[0], id: 'new-one', text: 42 }] };
    await db.notes.clear();

    chooseFile(JSON.stringify(bad));
    await flushUntil(() => byTestId('import-error').length === 1, 3000);

    expect(byTestId('import-error')[0]?.textContent).toMatch(/Nothing was imported: notes\[2\]\.text/);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a truncated file', async () => {
    const text = JSON.stringify(await exportNotesBundle(db, NOW));
    chooseFile(text.slice(0, text.length / 2));
    await flushUntil(() => byTestId('import-error').length === 1, 3000);
    expect(byTestId('import-error')[0]?.textContent).toMatch(/not valid JSON/);
  });
});
