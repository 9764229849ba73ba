import { describe, expect, it } from 'vitest';
import { BundleImportError, exportNotesBundle, importNotesBundle, serializeNotesBundle, type OwnUpDatabase } from '../../lib/db';
import { FollowupsRepository } from '../../lib/db/repos/followups';
import { NotesRepository } from '../../lib/db/repos/notes';
import { freshDb, testWorld } from './helpers';

async function seeded() {
  const db = await freshDb();
  const world = testWorld();
  const notes = new NotesRepository(db, world);
  const followups = new FollowupsRepository(db, world);
  const plain = await notes.add({ site: 'zendesk', customerKey: 'ada@example.com', customerEmail: 'ada@example.com', text: 'Sand in the keyboard — twenty years 🙂' });
  world.advance(1000);
  await notes.add({ site: 'gmail', customerKey: 'name:bob stone@gmail', customerName: 'Bob Stone', ticketKey: 'gmail:abc', ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/abc', text: 'Rival town joke', tags: ['personal', 'risk'], pinned: true });
  const deleted = await notes.add({ site: 'zendesk', customerKey: 'ada@example.com', text: 'to be deleted' });
  await notes.softDelete(deleted.id);
  await notes.update(plain.id, { tags: ['context'] });
  const open = await followups.create({ customerKey: 'ada@example.com', ticketKey: 'zendesk:42', ticketUrl: 'https://acme.zendesk.com/agent/tickets/42', text: 'Confirm the new keyboard arrived', dueAt: world.now() + 3_600_000 });
  const done = await followups.create({ customerKey: 'ada@example.com', ticketUrl: 'https://acme.zendesk.com/agent/tickets/43', text: 'Call back', dueAt: world.now() - 1 });
  await followups.snooze(open.id, world.now() + 7_200_000);
  await followups.markDone(done.id);
  return { db, world, notes, followups };
}

async function allRows(db: OwnUpDatabase) {
  return { notes: await db.notes.orderBy('id').toArray(), followups: await db.followups.orderBy('id').toArray() };
}

describe('notes backup bundle', () => {
  it('export → delete everything → import gives back exactly the same rows', async () => {
    const { db, world } = await seeded();
    const before = await allRows(db);
    const file = serializeNotesBundle(await exportNotesBundle(db, world.now()));
    await db.notes.clear();
    await db.followups.clear();
    const result = await importNotesBundle(db, file);
    expect(result).toEqual({ notes: { added: 3, updated: 0, kept: 0 }, followups: { added: 2, updated: 0, kept: 0 } });
    expect(await allRows(db)).toStrictEqual(before);
  });

  it('describes itself: format, version and when it was made', async () => {
    const { db, world } = await seeded();
    const bundle = JSON.parse(serializeNotesBundle(await exportNotesBundle(db, world.now())));
    expect(bundle).toMatchObject({ format: 'ownup-notes', version: 1, exportedAt: world.now() });
    expect(bundle.notes).toHaveLength(3);
    expect(bundle.followups).toHaveLength(2);
  });

  it('merges by id: the newer updatedAt wins on each side, equal keeps what is stored', async () => {
    const { db, world, notes } = await seeded();
    const [a, b] = (await db.notes.toArray()).sort((x, y) => x.createdAt - y.createdAt || x.id.localeCompare(y.id));
    const bundle = await exportNotesBundle(db, world.now());
    world.advance(1000);
    await notes.update(a!.id, { text: 'edited here after the backup' });
    const fromOtherMachine = structuredClone(bundle);
    const bInBundle = fromOtherMachine.notes.find((n) => n.id === b!.id)!;
    bInBundle.text = 'edited on the other machine later';
    bInBundle.updatedAt = world.now() + 5000;
    const result = await importNotesBundle(db, fromOtherMachine);
    expect(result.notes).toEqual({ added: 0, updated: 1, kept: 2 });
    expect((await db.notes.get(a!.id))!.text).toBe('edited here after the backup');
    expect((await db.notes.get(b!.id))!.text).toBe('edited on the other machine later');
  });

  describe('a bad file writes nothing and says where it is wrong', () => {
    async function refused(edit: (bundle: Record<string, unknown> & { notes: Record<string, unknown>[]; followups: Record<string, unknown>[] }) => unknown) {
      const { db, world } = await seeded();
      const bundle = JSON.parse(serializeNotesBundle(await exportNotesBundle(db, world.now())));
      // The file also brings a brand-new valid note: it must not slip in beside the bad row.
      bundle.notes.push({ ...bundle.notes[0], id: 'new-valid-note' });
      bundle.followups.push({ ...bundle.followups[0], id: 'new-valid-followup' });
      bundle.notes.push({ ...bundle.notes[0], id: 'second-new-note' });
      const before = await allRows(db);
      const file = edit(bundle) ?? bundle;
      const error = await importNotesBundle(db, typeof file === 'string' ? file : JSON.stringify(file)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BundleImportError);
      expect(await allRows(db)).toStrictEqual(before);
      return (error as Error).message;
    }

    it('a wrong type in one row', async () => {
      expect(await refused((b) => void (b.notes[3]!.text = 42))).toMatch(/^Nothing was imported: notes\[3\]\.text: expected string, received number/);
    });

    it('a missing id', async () => {
      expect(await refused((b) => void delete b.followups[1]!.id)).toMatch(/followups\[1\]\.id: expected string/);
    });

    it('an unknown tag and a field no version has', async () => {
      expect(await refused((b) => void (b.notes[0]!.tags = ['gossip']))).toMatch(/notes\[0\]\.tags\[0\]/);
      expect(await refused((b) => void (b.notes[2]!.mood = 'happy'))).toMatch(/notes\[2\]: Unrecognized key: "mood"/);
    });

    it('a 1 MB note', async () => {
      expect(await refused((b) => void (b.notes[4]!.text = 'x'.repeat(1024 * 1024)))).toMatch(/notes\[4\]\.text: note is 1\.0 MB; notes are limited to 64 KiB/);
    });

    it('the same id twice', async () => {
      expect(await refused((b) => void (b.notes[4]!.id = b.notes[0]!.id))).toMatch(/notes\[4\]\.id: .* appears twice \(also notes\[0\]\)/);
    });

    it('truncated JSON', async () => {
      expect(await refused((b) => JSON.stringify(b).slice(0, 300))).toMatch(/not valid JSON — it may be cut short/);
    });

    it('an unknown version', async () => {
      expect(await refused((b) => void (b.version = 0))).toMatch(/unknown backup version 0/);
      expect(await refused((b) => void (b.version = '1'))).toMatch(/unknown backup version "1"/);
      expect(await refused((b) => void delete b.version)).toMatch(/unknown backup version \(missing\)/);
    });

    it('a bundle from a newer OwnUp', async () => {
      expect(await refused((b) => void (b.version = 2))).toMatch(/made by a newer OwnUp .* — update to import it/);
    });

    it('not a notes backup at all', async () => {
      expect(await refused(() => '[1, 2, 3]')).toMatch(/not an OwnUp notes backup/);
      expect(await refused((b) => void (b.format = 'ownup-stats'))).toMatch(/not an OwnUp notes backup \(format: "ownup-stats"\)/);
      expect(await refused((b) => void ((b as Record<string, unknown>).notes = 'none'))).toMatch(/^Nothing was imported: notes: expected array/);
    });
  });
});
