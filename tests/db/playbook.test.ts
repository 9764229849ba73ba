import { describe, expect, it } from 'vitest';
import { RecordValidationError } from '../../lib/db';
import { PlaybookRepository, type PlaybookInput } from '../../lib/db/repos/playbook';
import { freshDb, testWorld } from './helpers';

const rule: PlaybookInput = {
  kind: 'rule',
  source: 'local',
  payload: {
    id: 'redirect.contact-the-carrier',
    category: 'redirect',
    patterns: ['contact the carrier'],
    exceptions: [],
    message: 'Sending them to the carrier leaves them alone with it',
    rewrites: ["I'll contact the carrier for you"],
    examples: { invalid: ['Please contact the carrier.'], valid: ["I'll contact the carrier for you."] },
  },
};
const neverSend: PlaybookInput = { kind: 'never_send', source: 'local', payload: { phrase: 'as per our policy' } };
const approved: PlaybookInput = { kind: 'approved_rewrite', source: 'import', payload: { text: 'Please contact them directly.', rewrite: "I'll contact them for you today." } };

async function setup() {
  const db = await freshDb();
  const world = testWorld();
  return { db, world, playbook: new PlaybookRepository(db, world) };
}

describe('playbook repository', () => {
  it('puts entries and lists them, all or one kind', async () => {
    const { playbook, world } = await setup();
    const r = await playbook.put(rule);
    const n = await playbook.put(neverSend);
    expect(r).toEqual({ ...rule, id: 'id-0001', createdAt: world.now(), updatedAt: world.now() });
    expect((await playbook.list()).map((e) => e.id)).toEqual([r.id, n.id]);
    expect((await playbook.list('never_send')).map((e) => e.id)).toEqual([n.id]);
  });

  it('replaces an entry by id, keeping when it was created', async () => {
    const { playbook, world } = await setup();
    const first = await playbook.put(neverSend);
    world.advance(1000);
    const edited = await playbook.put({ ...neverSend, id: first.id, payload: { phrase: 'per company policy' } });
    expect(edited).toMatchObject({ id: first.id, createdAt: first.createdAt, updatedAt: first.createdAt + 1000, payload: { phrase: 'per company policy' } });
    expect(await playbook.list()).toHaveLength(1);
  });

  it("validates a team rule with the built-in catalog's own schema", async () => {
    const { playbook } = await setup();
    const withoutExamples = { ...rule, payload: { ...rule.payload, examples: undefined } } as unknown as PlaybookInput;
    await expect(playbook.put(withoutExamples)).rejects.toThrow(/payload\.examples/);
    const badId = { ...rule, payload: { ...rule.payload, id: 'Contact Carrier' } } as PlaybookInput;
    await expect(playbook.put(badId)).rejects.toThrow(/ids look like redirect\.contact-third-party/);
    const unknownSlot = { ...rule, payload: { ...rule.payload, rewrites: ['I will call {courier_name}'] } } as PlaybookInput;
    await expect(playbook.put(unknownSlot)).rejects.toThrow(/payload\.rewrites\[0\]/);
    expect(await playbook.list()).toEqual([]);
  });

  it('replaces the whole playbook, or one source, in one go', async () => {
    const { playbook } = await setup();
    await playbook.put(rule);
    await playbook.put(approved);
    await playbook.replaceAll([{ ...approved, id: 'imported-1', payload: { text: 'Not our department.', rewrite: "I'll find out for you." } }], { source: 'import' });
    expect((await playbook.list()).map((e) => [e.source, e.id])).toEqual([
      ['local', 'id-0001'],
      ['import', 'imported-1'],
    ]);
    await playbook.replaceAll([neverSend]);
    expect((await playbook.list()).map((e) => e.kind)).toEqual(['never_send']);
  });

  it.each([
    ['an empty pattern', [rule, { ...rule, payload: { ...rule.payload, patterns: ['  '] } }], /playbook\[1\]\.payload\.patterns\[0\]/],
    ['no pattern at all', [{ ...rule, payload: { ...rule.payload, patterns: [] } }], /playbook\[0\]\.payload\.patterns/],
    ['an unknown category', [{ ...rule, payload: { ...rule.payload, category: 'rudeness' } }], /playbook\[0\]\.payload\.category/],
    ['duplicate ids', [{ ...rule, id: 'x' }, neverSend, { ...neverSend, id: 'x' }], /playbook\[2\]\.id: duplicate id "x" \(also playbook\[0\]\)/],
    ['an unknown kind', [{ ...rule, kind: 'wish' }], /playbook\[0\]\.kind/],
  ])('refuses a playbook with %s as a whole, naming the entry', async (_label, entries, message) => {
    const { playbook } = await setup();
    const before = await playbook.put(approved);
    await expect(playbook.replaceAll(entries as PlaybookInput[])).rejects.toThrow(message);
    await expect(playbook.replaceAll(entries as PlaybookInput[])).rejects.toBeInstanceOf(RecordValidationError);
    expect(await playbook.list()).toEqual([before]);
  });

  it('refuses entries of another source when replacing one source', async () => {
    const { playbook } = await setup();
    await expect(playbook.replaceAll([approved, rule], { source: 'import' })).rejects.toThrow(/playbook\[1\]\.source/);
  });
});
