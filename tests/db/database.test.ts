import { Dexie, liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, OwnUpDatabase, assertExtensionOrigin, openOwnUpDatabase } from '../../lib/db';
import { NotesRepository } from '../../lib/db/repos/notes';
import type { NoteRecord } from '../../lib/db/schemas/note';

describe('the OwnUp database', () => {
  it("opens under the name 'ownup' with all five tables", async () => {
    const db = await openOwnUpDatabase();
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'flags', 'followups', 'notes', 'playbook']);
    await db.delete();
  });

  it('refuses to open in a web page origin, where the page could read it', () => {
    expect(() => assertExtensionOrigin({ protocol: 'https:' })).toThrow(/web page origin \(a content script\?\)/);
    expect(() => assertExtensionOrigin({ protocol: 'http:' })).toThrow(/extension origin only/);
    expect(() => assertExtensionOrigin({ protocol: 'chrome-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin({ protocol: 'moz-extension:' })).not.toThrow();
    expect(() => assertExtensionOrigin(undefined)).not.toThrow();
  });

  it('checks the origin when constructed', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'location');
    Object.defineProperty(globalThis, 'location', { value: { protocol: 'https:' }, configurable: true });
    try {
      expect(() => new OwnUpDatabase('ownup-test-origin')).toThrow(/web page origin/);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'location', saved);
      else delete (globalThis as { location?: unknown }).location;
    }
  });

  it('two open instances (two tabs) see each other’s writes, live', async () => {
    const name = `ownup-test-${crypto.randomUUID()}`;
    const sidebar = await openOwnUpDatabase(name);
    const optionsPage = await openOwnUpDatabase(name);
    const seen: string[][] = [];
    const subscription = liveQuery(() => new NotesRepository(sidebar).listForCustomer('ada@example.com')).subscribe((notes: NoteRecord[]) => {
      seen.push(notes.map((n) => n.text));
    });
    try {
      await expect.poll(() => seen.length).toBe(1);
      await new NotesRepository(optionsPage).add({ site: 'gmail', customerKey: 'ada@example.com', text: 'written in the other tab' });
      await expect.poll(() => seen.at(-1)).toEqual(['written in the other tab']);
      expect(seen[0]).toEqual([]);
      // And a plain re-read in the first instance sees it too.
      expect(await sidebar.notes.count()).toBe(1);
    } finally {
      subscription.unsubscribe();
      sidebar.close();
      await optionsPage.delete();
    }
    expect(await Dexie.exists(name)).toBe(false);
  });
});
