// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '@/lib/analysis';
import { FlagsRepository, PlaybookRepository, type OwnUpDatabase } from '@/lib/db';
import { approveFlagRewrite, setFlagReviewStatus } from '@/lib/playbook/approve';
import { createInThreadAnalyzer } from '@/components/sidebar/analysis/analyzer';
import { connectTeamKnowledge } from '@/components/sidebar/flags/connect';
import { withTeamRules } from '@/components/sidebar/flags/team-analyzer';
import { makeStore, type FakePort } from '../sidebar/fakes';
import { click, flushUntil, renderSidebar, type Rendered } from '../sidebar/render';
import { openInExtensionOrigin } from './extension-db';
import { ROUTER_RULE } from './team-rules';

// Issue 7 item 3 in the sidebar, with the real analyzer and a real (fake-indexeddb) database
// watched live: a draft holding a macro the team flagged says so, offers the approved rewrite
// with one click (one replace over the macro's region), and team rules and never-send phrases
// saved elsewhere reach the open sidebar without a reload.

const macro = (name: string, booking: string) =>
  `Hi ${name}, unfortunately we are not affiliated with Expedia, so please contact them directly about booking ${booking}. Thanks for your patience.`;
const CLEAN_REWRITE = "I'll contact Expedia for you today and email you their answer by 5 pm.";

let db: OwnUpDatabase;
let rendered: Rendered | null = null;
let stop: AbortController;
let counter = 0;

beforeEach(async () => {
  stop = new AbortController();
  db = await openInExtensionOrigin(`sidebar-canned-${++counter}`);
});
afterEach(() => {
  stop.abort();
  rendered?.unmount();
  rendered = null;
  db.close();
});

async function openSidebar() {
  const analyzer = withTeamRules(createInThreadAnalyzer({ analyzeDraft, classifyCustomer }));
  const { store, port } = makeStore({ analyzer });
  rendered = renderSidebar(store);
  act(() => store.getState().start());
  act(() =>
    port.deliver({
      type: 'context',
      siteName: 'Zendesk',
      pageUrl: 'https://acme.zendesk.com/agent/tickets/9',
      editorKind: 'ckeditor5',
      context: { site: 'zendesk', customerName: 'Marco Bellini', ticketId: '9', unreadable: [] },
    }),
  );
  connectTeamKnowledge(store, analyzer, stop.signal, async () => db);
  await flushUntil(() => store.getState().teamKnowledge !== null, 3000);
  return { store, port: port as FakePort, view: rendered };
}

function typeDraft(port: FakePort, revision: number, text: string) {
  act(() => port.deliver({ type: 'draft', revision, text, truncated: false }));
}

describe('known canned responses in the sidebar', () => {
  it('says how often the team flagged the macro in the draft, for another customer too', async () => {
    const { store, port, view } = await openSidebar();
    typeDraft(port, 1, macro('Dana', 'AB-12345'));
    await flushUntil(() => view.byTestId('finding').length > 0, 3000);
    click(view.byTestId('flag-open')[0]);
    // The form proposes the whole draft and the category of the draft's first finding.
    expect((view.byTestId('flag-category')[0] as HTMLSelectElement).value).toBe('blame_shift');
    click(view.byTestId('flag-submit')[0]);
    await flushUntil(() => view.byTestId('flag-feedback').length > 0, 3000);
    expect(view.byTestId('flag-feedback')[0]!.textContent).toContain('Flagged for review.');
    await new FlagsRepository(db).addFlag({ groupKey: (await new FlagsRepository(db).list())[0]!.groupKey, text: macro('Sam', '#99812'), reason: { text: 'customers keep coming back' }, rep: 'Lee' });

    typeDraft(port, 2, `${macro('Marco', 'BK-77001')}\n\nBest,\nAna`);
    await flushUntil(() => view.byTestId('known-canned')[0]?.textContent?.includes('flagged 2 times by your team') ?? false, 3000);
    const notice = view.byTestId('known-canned')[0]!;
    expect(notice.dataset.status).toBe('open');
    expect(view.byTestId('apply-canned-rewrite')).toHaveLength(0);
    expect(store.getState().flaggedCannedInDraft).toBe(true);

    typeDraft(port, 3, 'I have refunded the second charge to your card this morning and emailed you the receipt.');
    await flushUntil(() => view.byTestId('known-canned').length === 0, 3000);
    expect(store.getState().flaggedCannedInDraft).toBe(false);
  });

  it('offers the approved rewrite once approved, and applies it over the macro as one replace', async () => {
    const flags = new FlagsRepository(db);
    const { groupKey } = await import('@/lib/analysis/canned').then(({ cannedGroupKey }) => ({ groupKey: cannedGroupKey(macro('Dana', 'AB-1')) }));
    const flag = await flags.addFlag({ groupKey, text: macro('Dana', 'AB-1'), reason: { category: 'redirect' }, rep: 'Dana' });
    const { port, view } = await openSidebar();
    const draft = `Hello again!\n\n${macro('Marco', 'BK-77001')}`;
    typeDraft(port, 4, draft);
    await flushUntil(() => view.byTestId('known-canned').length === 1, 3000);
    expect(view.byTestId('apply-canned-rewrite')).toHaveLength(0);

    await approveFlagRewrite(db, flag.id, CLEAN_REWRITE);
    await flushUntil(() => view.byTestId('apply-canned-rewrite').length === 1, 3000);
    expect(view.byTestId('known-canned')[0]!.textContent).toContain(CLEAN_REWRITE);
    click(view.byTestId('apply-canned-rewrite')[0]);
    const [insert] = port.sentOfType('insert');
    expect(insert).toBeDefined();
    expect(insert!.text).toBe(CLEAN_REWRITE);
    expect(insert!.revision).toBe(4);
    if (insert!.mode.kind !== 'replace') throw new Error('expected a replace');
    expect(draft.slice(insert!.mode.start, insert!.mode.end)).toBe(insert!.mode.expected);
    expect(insert!.mode.expected).toMatch(/^Hi Marco, unfortunately/);
    expect(insert!.mode.expected).toMatch(/Thanks for your patience$/);
  });

  it('forgets a dismissed macro', async () => {
    const { cannedGroupKey } = await import('@/lib/analysis/canned');
    const flag = await new FlagsRepository(db).addFlag({ groupKey: cannedGroupKey(macro('Dana', '1')), text: macro('Dana', '1'), reason: { category: 'redirect' }, rep: '' });
    const { port, view } = await openSidebar();
    typeDraft(port, 1, macro('Marco', '2'));
    await flushUntil(() => view.byTestId('known-canned').length === 1, 3000);
    await setFlagReviewStatus(db, flag.id, 'dismissed');
    await flushUntil(() => view.byTestId('known-canned').length === 0, 3000);
  });
});

describe('the team playbook in an open sidebar', () => {
  it('shows a team rule saved elsewhere as a finding, without a reload', async () => {
    const { port, view } = await openSidebar();
    typeDraft(port, 1, 'Did you try restarting the router?');
    await flushUntil(() => view.byTestId('score').length > 0 && view.byTestId('finding').length === 0 && (view.byTestId('score')[0]!.dataset.score ?? '') !== '', 3000);
    const before = Number(view.byTestId('score')[0]!.dataset.score);

    await new PlaybookRepository(db).put({ id: 'router', kind: 'rule', source: 'local', payload: ROUTER_RULE as never });
    await flushUntil(() => view.container.querySelector('[data-rule="condescension.team-router-restart"]') !== null, 3000);
    expect(Number(view.byTestId('score')[0]!.dataset.score)).toBeLessThan(before);
  });

  it('warns about a never-send phrase, whatever its case and punctuation', async () => {
    const { port, view } = await openSidebar();
    await new PlaybookRepository(db).put({ id: 'rebuke', kind: 'never_send', source: 'local', payload: { phrase: 'as per my last email', reason: 'It reads as a rebuke.' } });
    typeDraft(port, 1, 'Hi Marco, AS PER my last e-mail... no wait: as per my   last email, the refund is on its way.');
    await flushUntil(() => view.byTestId('never-send').length === 1, 3000);
    expect(view.byTestId('never-send')[0]!.textContent).toContain('as per my   last email');
    expect(view.byTestId('never-send')[0]!.textContent).toContain('It reads as a rebuke.');
  });
});
