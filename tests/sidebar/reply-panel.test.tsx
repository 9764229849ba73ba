// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { composeRecovery } from '@/lib/analysis/recovery';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { ScriptedAnalyzer, makeStore } from './fakes';
import { scriptedAnalysis } from './scripted-findings';
import { click, flushUntil, renderSidebar, type Rendered } from './render';

// The Reply panel with the real recovery composer; only the customer classification is
// scripted, so the test does not hang on the classifier's current wording.

const CUSTOMER = 'Your booking site sent me to the wrong pickup address and I have a job interview at 9 tomorrow!';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

function typeInto(textarea: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function openReplyPanel() {
  const analyzer = new ScriptedAnalyzer(scriptedAnalysis, (text) => ({
    situations: [{ id: 'partner_error', start: 0, end: 17, text: text.slice(0, 17) }],
    signals: [{ id: 'deadline', start: 75, end: 88, text: 'job interview' }],
  }));
  const made = makeStore({ analyzer, composeRecovery });
  rendered = renderSidebar(made.store);
  const view = rendered;
  act(() => made.store.getState().start());
  act(() =>
    made.port.deliver({
      type: 'context',
      siteName: 'Zendesk',
      pageUrl: 'https://acme.zendesk.com/agent/tickets/77',
      editorKind: 'ckeditor5',
      context: { site: 'zendesk', customerName: 'Ana Lima', ticketId: '77', customerMessage: { text: CUSTOMER }, unreadable: [] },
    }),
  );
  act(() =>
    made.store.getState().setSettings({
      settings: { ...(structuredClone(DEFAULT_SETTINGS) as Settings), repName: 'Sam', company: 'Acme Cars' },
      resetFields: [],
      warning: null,
    }),
  );
  act(() => made.port.deliver({ type: 'draft', revision: 9, text: 'Hi Ana,', truncated: false }));
  click(view.byTestId('tab-reply')[0]);
  await flushUntil(() => view.byTestId('reply-tier').length === 3);
  return { ...made, view };
}

describe('reply panel', () => {
  it('shows the three tiers, each headed by its name once, with what the reply does', async () => {
    const { view, store } = await openReplyPanel();
    const tiers = view.byTestId('reply-tier');
    expect(tiers.map((t) => t.dataset.tier)).toEqual(['minimal', 'customer_focused', 'try_harder']);
    const replies = store.getState().replies!;
    // The composer's summary reads "Try harder: correct …"; the card says "Try harder" once.
    const summary = tiers[2]!.querySelector('.reply-tier-summary')!.textContent!;
    expect(replies.try_harder.summary.toLowerCase()).toContain(summary.toLowerCase());
    expect(summary).not.toMatch(/^try harder/i);
    expect(tiers[0]!.querySelector('.reply-tier-summary')!.textContent).not.toMatch(/^minimal/i);
    expect(replies.try_harder.text).toContain('Ana');
    expect(replies.try_harder.text).toContain('Sam');
  });

  it('says the replies go out unsigned until the rep sets a name, and where to set it', async () => {
    const { view, store } = await openReplyPanel();
    expect(view.byTestId('reply-unsigned')).toHaveLength(0);
    act(() =>
      store.getState().setSettings({ settings: { ...(structuredClone(DEFAULT_SETTINGS) as Settings), repName: '' }, resetFields: [], warning: null }),
    );
    await flushUntil(() => view.byTestId('reply-unsigned').length === 1);
    expect(view.byTestId('reply-unsigned')[0]!.querySelector('a')?.getAttribute('href')).toBe('/options.html#settings');
  });

  it('inserts the edited try_harder reply in place of the draft and remembers the tier', async () => {
    const { view, port, store } = await openReplyPanel();
    const tryHarder = view.byTestId('reply-tier').find((t) => t.dataset.tier === 'try_harder')!;
    click(tryHarder.querySelector<HTMLElement>('[data-testid="expand-reply"]')!);
    const editor = view.byTestId('reply-editor')[0]!;
    expect(editor.dataset.tier).toBe('try_harder');
    const textarea = editor.querySelector('textarea')!;
    expect(textarea.labels?.[0]?.textContent).toContain('Try harder');
    const edited = `${textarea.value}\n\nP.S. I'll text you the new address.`;
    typeInto(textarea, edited);

    click(view.byTestId('insert-reply')[0]);
    const insert = port.sentOfType('insert')[0]!;
    expect(insert).toMatchObject({ revision: 9, mode: { kind: 'replace-all' }, text: edited });

    act(() => port.deliver({ type: 'insert-result', requestId: insert.requestId, ok: true, copiedToClipboard: false }));
    expect(store.getState().tierUsed).toBe('try_harder');
    expect(tryHarder.textContent).toContain('Inserted');
  });

  it('inserts a tier at the caret when asked', async () => {
    const { view, port } = await openReplyPanel();
    click(view.byTestId('expand-reply')[0]);
    click(view.byTestId('insert-reply-at-caret')[0]);
    expect(port.sentOfType('insert')[0]).toMatchObject({ mode: { kind: 'at-caret' } });
  });

  it('drops the rep\'s edits when the conversation changes', async () => {
    const { view, port, store } = await openReplyPanel();
    click(view.byTestId('expand-reply')[0]);
    typeInto(view.byTestId('reply-editor')[0]!.querySelector('textarea')!, 'my own words');
    expect(store.getState().replyEdits.minimal).toBe('my own words');
    act(() =>
      port.deliver({
        type: 'context',
        siteName: 'Zendesk',
        pageUrl: 'https://acme.zendesk.com/agent/tickets/78',
        editorKind: 'ckeditor5',
        context: { site: 'zendesk', ticketId: '78', customerMessage: { text: CUSTOMER }, unreadable: [] },
      }),
    );
    expect(store.getState().replyEdits).toEqual({});
  });
});
