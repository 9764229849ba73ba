import { describe, expect, it, vi } from 'vitest';
import { OwnUpDatabase, importNotesBundle, exportNotesBundle } from '../../lib/db';
import { NotesRepository, type NewNote } from '../../lib/db/repos/notes';
import { freshDb, testWorld } from './helpers';

const note: NewNote = { site: 'zendesk', customerKey: 'ada@example.com', text: 'Prefers phone calls' };

describe('note search between writes', () => {
  it('reads the notes once for a run of searches, and again after a write', async () => {
    const db = await freshDb();
    const notes = new NotesRepository(db, testWorld());
    await notes.add(note);
    const reads = vi.spyOn(db.notes, 'toArray');
    await notes.search('phone');
    await notes.search('phone calls');
    await new NotesRepository(db).search('prefers'); // another repository on the same database shares it
    expect(reads).toHaveBeenCalledTimes(1);
    await notes.add({ ...note, text: 'Phone after 3 pm' });
    expect((await notes.search('phone')).map((n) => n.text).sort()).toEqual(['Phone after 3 pm', 'Prefers phone calls']);
    expect(reads).toHaveBeenCalledTimes(2);
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
