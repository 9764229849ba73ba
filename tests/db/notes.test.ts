import { describe, expect, it } from 'vitest';
import { NOTE_TEXT_MAX_BYTES, RecordNotFoundError, RecordValidationError } from '../../lib/db';
import { NotesRepository, type NewNote } from '../../lib/db/repos/notes';
import { freshDb, testWorld } from './helpers';

const ada: NewNote = { site: 'zendesk', customerKey: 'ada@example.com', customerName: 'Ada Lovelace', customerEmail: 'ada@example.com', text: 'Prefers phone calls after 3 pm' };

async function setup() {
  const db = await freshDb();
  const world = testWorld();
  return { db, world, notes: new NotesRepository(db, world) };
}

describe('notes repository', () => {
  it('adds a note with an id, stamps, no tags and unpinned by default', async () => {
    const { notes, world } = await setup();
    const note = await notes.add(ada);
    expect(note).toEqual({ ...ada, id: 'id-0001', createdAt: world.now(), updatedAt: world.now(), tags: [], pinned: false });
    expect(await notes.get(note.id)).toEqual(note);
  });

  it("lists a customer's notes from every site, pinned first, then newest first", async () => {
    const { notes, world } = await setup();
    const first = await notes.add({ ...ada, text: 'first' });
    world.advance(1000);
    const pinned = await notes.add({ ...ada, site: 'gmail', text: 'pinned, oldest but first', pinned: true });
    world.advance(1000);
    const newest = await notes.add({ ...ada, site: 'gmail', text: 'newest' });
    await notes.add({ ...ada, customerKey: 'bob@example.com', text: 'someone else' });
    // `pinned` is the second note created, but pinning puts it ahead of newer ones.
    await notes.pin(pinned.id, true);
    expect((await notes.listForCustomer('ada@example.com')).map((n) => n.id)).toEqual([pinned.id, newest.id, first.id]);
  });

  it('edits text and tags, keeps createdAt and moves updatedAt', async () => {
    const { notes, world } = await setup();
    const note = await notes.add(ada);
    world.advance(5000);
    const edited = await notes.update(note.id, { text: 'Prefers email now', tags: ['preference'] });
    expect(edited).toMatchObject({ text: 'Prefers email now', tags: ['preference'], createdAt: note.createdAt, updatedAt: note.createdAt + 5000 });
    expect(await notes.get(note.id)).toEqual(edited);
  });

  it('hides a deleted note until the delete is undone', async () => {
    const { notes } = await setup();
    const note = await notes.add({ ...ada, ticketKey: 'zendesk:42' });
    await notes.softDelete(note.id);
    expect(await notes.listForCustomer(ada.customerKey)).toEqual([]);
    expect(await notes.listForTicket('zendesk:42')).toEqual([]);
    expect(await notes.search('phone')).toEqual([]);
    const restored = await notes.undoDelete(note.id);
    expect(restored.deletedAt).toBeUndefined();
    expect('deletedAt' in restored).toBe(false);
    expect((await notes.listForCustomer(ada.customerKey)).map((n) => n.id)).toEqual([note.id]);
  });

  it('purges deleted notes for good', async () => {
    const { notes } = await setup();
    const gone = await notes.add(ada);
    const kept = await notes.add({ ...ada, text: 'kept' });
    await notes.softDelete(gone.id);
    expect(await notes.purgeDeleted()).toBe(1);
    expect(await notes.get(gone.id)).toBeUndefined();
    expect(await notes.get(kept.id)).toBeDefined();
  });

  it("lists a ticket's notes, and the customer's and the ticket's together without repeats", async () => {
    const { notes, world } = await setup();
    const onTicket = await notes.add({ ...ada, ticketKey: 'zendesk:42' });
    world.advance(10);
    const otherCustomerSameTicket = await notes.add({ ...ada, customerKey: 'cc@example.com', ticketKey: 'zendesk:42', text: 'cc on the ticket' });
    world.advance(10);
    const customerOnly = await notes.add({ ...ada, text: 'general' });
    await notes.add({ ...ada, customerKey: 'x@example.com', ticketKey: 'zendesk:7', text: 'unrelated' });
    expect((await notes.listForTicket('zendesk:42')).map((n) => n.id)).toEqual([otherCustomerSameTicket.id, onTicket.id]);
    const context = await notes.listForContext({ customerKey: ada.customerKey, ticketKey: 'zendesk:42' });
    expect(context.map((n) => n.id)).toEqual([customerOnly.id, otherCustomerSameTicket.id, onTicket.id]);
  });

  it('searches name, email, text and tags, every word, ignoring case and accents', async () => {
    const { notes, world } = await setup();
    const jose = await notes.add({ site: 'gmail', customerKey: 'name:josé garcía@gmail', customerName: 'José García', text: 'Sand in the keyboard for twenty years', tags: ['personal'] });
    world.advance(1);
    const refund = await notes.add({ ...ada, text: 'Refunded twice already', tags: ['risk'] });
    expect((await notes.search('jose')).map((n) => n.id)).toEqual([jose.id]);
    expect((await notes.search('ADA@EXAMPLE')).map((n) => n.id)).toEqual([refund.id]);
    expect((await notes.search('keyboard sand')).map((n) => n.id)).toEqual([jose.id]);
    expect((await notes.search('refund')).map((n) => n.id)).toEqual([refund.id]);
    expect((await notes.search('risk')).map((n) => n.id)).toEqual([refund.id]);
    expect((await notes.search('personal keyboard')).map((n) => n.id)).toEqual([jose.id]);
    expect(await notes.search('keyboard refunded')).toEqual([]);
    expect(await notes.search('   ')).toEqual([]);
  });

  it('returns the most recently edited matches first, up to the limit', async () => {
    const { notes, world } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      world.advance(1);
      ids.push((await notes.add({ ...ada, text: `call ${i}` })).id);
    }
    world.advance(1);
    await notes.update(ids[0]!, { text: 'call again' });
    expect((await notes.search('call', 3)).map((n) => n.id)).toEqual([ids[0], ids[4], ids[3]]);
  });

  it('refuses a 1 MB note with a message naming the limit, and stores nothing', async () => {
    const { notes } = await setup();
    const huge = 'x'.repeat(1024 * 1024);
    await expect(notes.add({ ...ada, text: huge })).rejects.toThrow(/note\.text: note is 1\.0 MB; notes are limited to 64 KiB/);
    expect(await notes.count()).toBe(0);
  });

  it('measures the limit in UTF-8 bytes: 64 KiB of ASCII fits, the same count of emoji does not', async () => {
    const { notes } = await setup();
    await expect(notes.add({ ...ada, text: 'a'.repeat(NOTE_TEXT_MAX_BYTES) })).resolves.toBeDefined();
    await expect(notes.add({ ...ada, text: 'a'.repeat(NOTE_TEXT_MAX_BYTES + 1) })).rejects.toBeInstanceOf(RecordValidationError);
    await expect(notes.add({ ...ada, text: '🙂'.repeat(NOTE_TEXT_MAX_BYTES / 4 + 1) })).rejects.toBeInstanceOf(RecordValidationError);
  });

  it('refuses an unknown tag, a repeated tag and an edit that breaks the schema, leaving the row as it was', async () => {
    const { notes } = await setup();
    await expect(notes.add({ ...ada, tags: ['gossip' as never] })).rejects.toThrow(/note\.tags\[0\]/);
    await expect(notes.add({ ...ada, tags: ['risk', 'risk'] })).rejects.toThrow(/a tag appears twice/);
    const note = await notes.add(ada);
    await expect(notes.update(note.id, { text: 42 as never })).rejects.toThrow(/note\.text: expected string/);
    expect(await notes.get(note.id)).toEqual(note);
  });

  it('reports a note edited away in another tab', async () => {
    const { notes } = await setup();
    await expect(notes.pin('missing', true)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
