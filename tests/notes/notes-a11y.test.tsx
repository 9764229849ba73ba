// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowupsRepository, NotesRepository } from '@/lib/db';
import { click, flushUntil } from '../sidebar/render';
import { NOW, deliver, openNotesHarness, zendeskContext, type NotesHarness } from './sidebar-harness';

// axe-core on the Notes tab with notes, tags, a link, follow-ups and the Undo toast. Colour
// contrast needs a layout engine (jsdom has none), as in tests/sidebar/a11y.test.tsx.

HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

let harness: NotesHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('Notes tab accessibility', () => {
  it('has no serious or critical axe violations', async () => {
    harness = await openNotesHarness();
    const notes = new NotesRepository(harness.db);
    await notes.add({ site: 'zendesk', customerKey: 'marco.bellini@fastmail.com', text: 'See https://shop.example/o/1', tags: ['risk', 'personal'], pinned: true });
    const doomed = await notes.add({ site: 'gmail', customerKey: 'marco.bellini@fastmail.com', text: 'To delete' });
    await new FollowupsRepository(harness.db).create({ customerKey: 'marco.bellini@fastmail.com', ticketUrl: 'https://acme.zendesk.com/agent/tickets/48213', text: 'Call back', dueAt: NOW - 1000 });
    deliver(harness, zendeskContext());
    click(harness.byTestId('tab-notes')[0]);
    await flushUntil(() => harness!.byTestId('note').length === 2 && harness!.byTestId('followup').length === 1);
    await harness.store.getState().deleteNote(doomed.id);
    await flushUntil(() => harness!.byTestId('undo-delete').length === 1);

    const results = await axe.run(harness.rendered.container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    expect(serious).toEqual([]);
  });
});
