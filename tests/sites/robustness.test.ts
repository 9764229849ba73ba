// Unknown layouts (issue 3 "Bad input", issue 4 "a site redesign that removes a selector"):
// every adapter, on every fixture page and on pages with random parts torn out, answers
// without throwing and names exactly the parts it did not read.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import type { PageContext } from '../../lib/sites/types';
import { FIXTURE_DIR, loadFixture } from './fixture-harness';

const fixtures = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));

/** A part is either read or listed as unreadable, never both. */
function expectHonest(context: PageContext): void {
  expect(new Set(context.unreadable).size).toBe(context.unreadable.length);
  if (context.customerMessage) {
    expect(context.unreadable).not.toContain('customerMessage');
    expect(context.customerMessage.text.length).toBeGreaterThan(0);
  } else expect(context.unreadable).toContain('customerMessage');
  for (const part of ['customerName', 'customerEmail', 'ticketId'] as const) {
    expect(context.unreadable.includes(part)).toBe(context[part] === undefined);
  }
}

describe.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s adapter on foreign and broken pages', (_id, adapter) => {
  it.each(fixtures)('reads %s at a URL of its own site without throwing', (file) => {
    const url = adapter.examples.match[0]!;
    const { doc } = loadFixture(file, url);
    const context = adapter.readContext(doc, new URL(url));
    expect(context.site).toBe(adapter.id);
    expectHonest(context);
    expect(context.unreadable.includes('editor')).toBe(adapter.findEditor(doc) === null);
  });

  it('survives its own fixtures with random elements removed', () => {
    const own = fixtures.filter((f) => f.startsWith(`${adapter.id}-`));
    fc.assert(
      fc.property(fc.constantFrom(...own), fc.array(fc.nat(), { maxLength: 12 }), (file, picks) => {
        const url = adapter.examples.match[0]!;
        const { doc } = loadFixture(file, url);
        for (const pick of picks) {
          const all = doc.body.querySelectorAll('*');
          if (all.length > 0) all[pick % all.length]!.remove();
        }
        const context = adapter.readContext(doc, new URL(url));
        expectHonest(context);
        adapter.findEditor(doc);
      }),
      { numRuns: 12 },
    );
  });
});
