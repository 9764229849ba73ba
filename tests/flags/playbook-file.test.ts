import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlaybookRepository, openOwnUpDatabase, type OwnUpDatabase } from '../../lib/db';
import { parsePlaybookFile, parsePlaybookText, toPlaybookFile, toPlaybookInputs } from '../../lib/playbook/file-format';
import { teamRuleProblems } from '../../lib/playbook/rule-check';
import { RuleSchema } from '../../lib/analysis/catalog/schema';
import { BOOKING_SITE_RULE, approvedEntry, neverSendEntry, playbookFile, ruleEntry } from './team-rules';

// Issue 7 "Bad input": a playbook file of the wrong version, with duplicate ids, an empty
// pattern, or a pattern that would match everything is refused AS A WHOLE with a message naming
// the entry, and nothing changes in the playbook.

let db: OwnUpDatabase;
let name = 0;
beforeEach(async () => {
  db = await openOwnUpDatabase(`playbook-file-${++name}`);
});
afterEach(() => db.close());

const GOOD = [ruleEntry('booking'), neverSendEntry('nope', 'as per my last email', 'Reads as a rebuke.'), approvedEntry('macro-1', 'Please contact the booking site directly.', "I'll contact the booking site for you today.")];

/** What the options page does on import: parse, then replace the imported entries in one go. */
async function importFile(value: unknown) {
  const parsed = parsePlaybookFile(value);
  if (parsed.ok) await new PlaybookRepository(db).replaceAll(toPlaybookInputs(parsed.entries, 'import'), { source: 'import' });
  return parsed;
}

describe('importing a playbook file', () => {
  it('accepts a valid file with a rule, a never-send phrase and an approved rewrite', async () => {
    const result = await importFile(playbookFile(GOOD));
    expect(result).toEqual({ ok: true, entries: expect.any(Array) });
    const rows = await new PlaybookRepository(db).list();
    expect(rows.map((r) => [r.id, r.kind, r.source]).sort()).toEqual([
      ['booking', 'rule', 'import'],
      ['macro-1', 'approved_rewrite', 'import'],
      ['nope', 'never_send', 'import'],
    ]);
  });

  it('round-trips: an exported playbook imports unchanged', async () => {
    await importFile(playbookFile(GOOD));
    const exported = JSON.stringify(toPlaybookFile(await new PlaybookRepository(db).list(), '2026-11-22T10:00:00Z'));
    const again = parsePlaybookText(exported);
    expect(again.ok && again.entries.map((e) => e.id).sort()).toEqual(['booking', 'macro-1', 'nope']);
  });

  const BAD: [string, unknown, RegExp][] = [
    ['a newer version', playbookFile(GOOD, { version: 2 }), /version 2.*newer OwnUp/],
    ['an unknown version', playbookFile(GOOD, { version: '1' }), /Unsupported playbook version "1"/],
    ['another format', playbookFile(GOOD, { format: 'ownup-notes' }), /not an OwnUp playbook/],
    ['duplicate ids', playbookFile([...GOOD, neverSendEntry('nope', 'kindly revert')]), /entry 4 \("nope"\): duplicate id \(also entry 2\)/],
    ['an empty pattern', playbookFile([GOOD[1], ruleEntry('blank', { patterns: ['contact booking site', '   '] })]), /entry 2 \("blank"\).*empty pattern/],
    ['a pattern that starts on any word', playbookFile([ruleEntry('every-word', { patterns: ['WORD'] })]), /entry 1 \("every-word"\): pattern 1 does not compile/],
    ['a pattern of the commonest words', playbookFile([GOOD[0], ruleEntry('pronouns', { id: 'redirect.team-pronouns', patterns: ['(i | you | we | the | a | your | for | to | is | here)'], examples: { invalid: ['Please contact the booking site.'], valid: ['Ok'] } })]), /entry 2 \("pronouns"\).*matches everything/],
    ['a pattern that does not compile', playbookFile([ruleEntry('broken', { patterns: ['(contact | call booking site'] })]), /entry 1 \("broken"\): pattern 1 does not compile/],
    ['a never-send phrase of punctuation only', playbookFile([neverSendEntry('dots', '...')]), /entry 1 \("dots"\).*no words/],
    ['a rule without rewrites', playbookFile([ruleEntry('no-rewrites', { rewrites: [] })]), /entry 1 \("no-rewrites"\): payload\.rewrites/],
    ['a rule that takes a built-in id', playbookFile([ruleEntry('copy', { id: 'redirect.contact-third-party' })]), /entry 1 \("copy"\).*already a built-in rule/],
  ];

  it.each(BAD)('refuses a file with %s as a whole, naming the entry, and changes nothing', async (_, file, message) => {
    await importFile(playbookFile([neverSendEntry('kept', 'per our policy')]));
    const before = await new PlaybookRepository(db).list();
    const result = await importFile(file);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
    expect(await new PlaybookRepository(db).list()).toEqual(before);
  });

  it('refuses text that is not JSON', () => {
    expect(parsePlaybookText('{ "format": ')).toEqual({ ok: false, message: 'The file is not valid JSON.' });
  });
});

describe('compile checks on a team rule', () => {
  it('passes the booking-site rule', () => {
    expect(teamRuleProblems(RuleSchema.parse(BOOKING_SITE_RULE))).toEqual([]);
  });

  it('names an example the rule does not behave on', () => {
    const rule = RuleSchema.parse({ ...BOOKING_SITE_RULE, examples: { invalid: ['Please call us back.'], valid: ['Please contact the booking site.'] } });
    expect(teamRuleProblems(rule)).toEqual([
      'it does not flag its own example "Please call us back."',
      'it flags its own clean example "Please contact the booking site."',
    ]);
  });
});

describe('the options page import', () => {
  it('says the file was refused and nothing changed, naming the entry; a good file replaces the previous import', async () => {
    const { importPlaybookText } = await import('../../components/options/playbook/playbook-store');
    await new PlaybookRepository(db).put({ id: 'mine', kind: 'never_send', source: 'local', payload: { phrase: 'per our policy' } });
    expect(await importPlaybookText(db, JSON.stringify(playbookFile(GOOD)))).toEqual({ ok: true, message: 'Imported 3 entries.' });
    const bad = await importPlaybookText(db, JSON.stringify(playbookFile([neverSendEntry('a', 'kindly revert'), neverSendEntry('a', 'as stated')])));
    expect(bad).toEqual({ ok: false, message: 'Not imported, nothing changed: entry 2 ("a"): duplicate id (also entry 1)' });
    expect((await new PlaybookRepository(db).list()).map((r) => r.id).sort()).toEqual(['booking', 'macro-1', 'mine', 'nope']);
    await importPlaybookText(db, JSON.stringify(playbookFile([neverSendEntry('only', 'kindly revert')])));
    expect((await new PlaybookRepository(db).list()).map((r) => `${r.id}:${r.source}`).sort()).toEqual(['mine:local', 'only:import']);
  });
});
