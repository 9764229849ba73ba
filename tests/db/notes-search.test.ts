import { describe, expect, it, vi } from 'vitest';
import { OwnUpDatabase, importNotesBundle, exportNotesBundle } from '../../lib/db';
import { NotesRepository, type NewNote } from '../../lib/db/repos/notes';
import { freshDb, testWorld } from './helpers';

const note: NewNote = { site: 'zendesk', customerKey: 'ada@example.com', text: 'Prefers phone calls' };

describe('note search between writes', () => {
  it('reads the notes once for a run of searches, then re-reads only what a write touched', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    await notes.add(note);
    const fullReads = vi.spyOn(db.notes, 'toArray');
    const keyReads = vi.spyOn(db.notes, 'bulkGet');
    await notes.search('phone');
    await notes.search('phone calls');
    await new NotesRepository(db).search('prefers'); // another repository on the same database shares it
    expect(fullReads).toHaveBeenCalledTimes(1);
    const added = await notes.add({ ...note, text: 'Phone after 3 pm' });
    expect((await notes.search('phone')).map((n) => n.text).sort()).toEqual(['Phone after 3 pm', 'Prefers phone calls']);
    expect(fullReads).toHaveBeenCalledTimes(1);
    expect(keyReads).toHaveBeenCalledTimes(1);
    expect(keyReads).toHaveBeenLastCalledWith([added.id]);
  });

  it('starts over after a write it cannot list key by key', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    const gone = await notes.add({ ...note, text: 'phone one' });
    await notes.add({ ...note, text: 'phone two' });
    expect(await notes.search('phone')).toHaveLength(2);
    const fullReads = vi.spyOn(db.notes, 'toArray');
    await notes.softDelete(gone.id);
    await notes.purgeDeleted(); // a filtered delete
    expect((await notes.search('phone')).map((n) => n.text)).toEqual(['phone two']);
    await db.notes.clear();
    expect(await notes.search('phone')).toEqual([]);
    expect(fullReads.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('agrees with a fresh full read after a mixed run of writes', async () => {
    const db = await freshDb();
    const world = testWorld();
    const notes = new NotesRepository(db, world);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await notes.add({ ...note, text: `call ${i % 3 === 0 ? 'phone' : 'email'} ${i}` })).id);
    await notes.search('call');
    for (let i = 0; i < 30; i += 4) {
      world.advance(1);
      if (i % 8 === 0) await notes.update(ids[i]!, { text: `call phone edited ${i}` });
      else await notes.softDelete(ids[i]!);
    }
    await notes.undoDelete(ids[4]!);
    const cached = (await notes.search('phone')).map((n) => n.id).sort();
    const truth = (await db.notes.toArray())
      .filter((n) => n.deletedAt === undefined && n.text.includes('phone'))
      .map((n) => n.id)
      .sort();
    expect(cached).toEqual(truth);
    expect(cached.length).toBeGreaterThan(5);
  });

  it('sees edits, deletes and undo at once', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    const saved = await notes.add(note);
    expect(await notes.search('phone')).toHaveLength(1);
    await notes.update(saved.id, { text: 'Prefers email' });
    expect(await notes.search('phone')).toEqual([]);
    expect(await notes.search('email')).toHaveLength(1);
    await notes.softDelete(saved.id);
    expect(await notes.search('email')).toEqual([]);
    await notes.undoDelete(saved.id);
    expect(await notes.search('email')).toHaveLength(1);
  });

  it('sees a write made through another connection (another tab) and a restored backup', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    expect(await notes.search('keyboard')).toEqual([]);
    const otherTab = new OwnUpDatabase(db.name);
    await otherTab.open();
    await new NotesRepository(otherTab).add({ ...note, text: 'Sand in the keyboard' });
    otherTab.close();
    await expect.poll(async () => (await notes.search('keyboard')).length).toBe(1);

    const backup = await exportNotesBundle(db, 1);
    await db.notes.clear();
    expect(await notes.search('keyboard')).toEqual([]);
    await importNotesBundle(db, backup);
    expect(await notes.search('keyboard')).toHaveLength(1);
  });
});
