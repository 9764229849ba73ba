import { describe, expect, it } from 'vitest';
import { StorageFullError, exportNotesBundle, importNotesBundle, isQuotaExceeded } from '../../lib/db';
import { EventsRepository } from '../../lib/db/repos/events';
import { FlagsRepository } from '../../lib/db/repos/flags';
import { NotesRepository } from '../../lib/db/repos/notes';
import { PlaybookRepository } from '../../lib/db/repos/playbook';
import { freshDb, simulateQuotaExceeded, testWorld } from './helpers';

const note = { site: 'zendesk', customerKey: 'ada@example.com', text: 'Prefers phone calls' };

describe('storage full', () => {
  it('refuses a new note with a message for the rep, and stores nothing', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    const quota = await simulateQuotaExceeded(db);
    const error = await notes.add(note).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/storage in this browser is full, so nothing was saved/);
    expect(quota.writesAttempted()).toBe(1);
    expect(await notes.count()).toBe(0);
  });

  it('leaves an edited note as it was', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    const saved = await notes.add(note);
    await simulateQuotaExceeded(db);
    await expect(notes.update(saved.id, { text: 'changed' })).rejects.toBeInstanceOf(StorageFullError);
    expect(await notes.get(saved.id)).toEqual(saved);
  });

  it('rolls back a backup import that fills the disk halfway: notes written, follow-ups refused', async () => {
    const source = await freshDb();
    const world = testWorld();
    await new NotesRepository(source, world).add(note);
    await source.followups.add({ id: 'f1', createdAt: 1, updatedAt: 1, customerKey: 'ada@example.com', ticketUrl: 'https://x.test/1', text: 'call', dueAt: 2, status: 'open' });
    const bundle = await exportNotesBundle(source, world.now());

    const target = await freshDb();
    const quota = await simulateQuotaExceeded(target, { allowWrites: 1 });
    await expect(importNotesBundle(target, bundle)).rejects.toBeInstanceOf(StorageFullError);
    expect(quota.writesAttempted()).toBe(2); // the notes write went through before the failure…
    expect(await target.notes.count()).toBe(0); // …and was rolled back with it
    expect(await target.followups.count()).toBe(0);
  });

  it('rolls back a playbook replacement: the old playbook stays', async () => {
    const db = await freshDb();
    const playbook = new PlaybookRepository(db, testWorld());
    const old = await playbook.put({ kind: 'never_send', source: 'local', payload: { phrase: 'per policy' } });
    await simulateQuotaExceeded(db, { allowWrites: 1 }); // the clear succeeds, the new rows do not
    await expect(playbook.replaceAll([{ kind: 'never_send', source: 'local', payload: { phrase: 'new' } }])).rejects.toBeInstanceOf(StorageFullError);
    expect(await playbook.list()).toEqual([old]);
  });

  it('refuses flags and statistics the same way', async () => {
    const db = await freshDb();
    await simulateQuotaExceeded(db);
    await expect(new FlagsRepository(db).addFlag({ groupKey: 'g', text: 't', reason: { category: 'redirect' }, rep: 'Sam' })).rejects.toBeInstanceOf(StorageFullError);
    await expect(new EventsRepository(db).deleteAll()).rejects.toBeInstanceOf(StorageFullError);
  });

  it('refuses a statistics merge as a whole', async () => {
    const db = await freshDb();
    const events = new EventsRepository(db, testWorld());
    const row = { id: 'e1', createdAt: 1, updatedAt: 1, at: 1, site: 'zendesk', rep: 'Kim', findingsAtFirst: {}, findingsAtSend: {}, scoreAtFirst: 1, scoreAtSend: 2, suggestions: { byCategory: {}, byTier: {} }, situations: [], signals: [], flaggedCannedSent: false, source: { kind: 'imported', rep: 'Kim' } };
    await simulateQuotaExceeded(db);
    await expect(events.bulkMerge([row, { ...row, id: 'e2' }])).rejects.toBeInstanceOf(StorageFullError);
    expect(await events.count()).toBe(0);
  });

  it('recognizes the error however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: { 3: quota } })).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isQuotaExceeded(new Error('x', { cause: quota }))).toBe(true);
    expect(isQuotaExceeded(new DOMException('nope', 'ConstraintError'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
