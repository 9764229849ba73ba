// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClipboard, ScriptedAnalyzer, makeStore } from './fakes';
import { scriptedAnalysis } from './scripted-findings';
import { act } from 'react';
import { click, flush, flushUntil, press, renderSidebar, type Rendered } from './render';

const DRAFT =
  'Hi Ana, please contact Expedia about the pickup address. I understand your frustration. Is there anything else I can help you with?';

// jsdom does not implement window.focus (the frame taking focus from the page); a no-op is
// what a single-document test needs.
window.focus = () => {};

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

function setup(clipboard = new FakeClipboard()) {
  const analyzer = new ScriptedAnalyzer(scriptedAnalysis, (text) => ({
    situations: text.includes('Expedia') ? [{ id: 'partner_error', start: 0, end: 7, text: 'Expedia gave me the wrong address' }] : [],
    signals: text.includes('meeting') ? [{ id: 'deadline', start: 0, end: 7, text: 'a meeting at 9' }] : [],
  }));
  const made = makeStore({ analyzer, clipboard });
  rendered = renderSidebar(made.store);
  act(() => made.store.getState().start());
  return { ...made, view: rendered };
}

async function withDraft(text = DRAFT) {
  const made = setup();
  act(() => made.port.deliver({
    type: 'context',
    siteName: 'Zendesk',
    pageUrl: 'https://acme.zendesk.com/agent/tickets/4821',
    editorKind: 'ckeditor5',
    context: {
      site: 'zendesk',
      customerName: 'Ana Lima',
      customerEmail: 'ana@example.com',
      ticketId: '4821',
      customerMessage: { text: 'Expedia gave me the wrong address and I have a meeting at 9' },
      unreadable: ['sendAction'],
    },
  }));
  act(() => made.port.deliver({ type: 'draft', revision: 4, text, truncated: false }));
  await flushUntil(() => made.view.byTestId('finding').length > 0);
  return made;
}

describe('sidebar page', () => {
  it('renders each finding with its category id, the words that triggered it and an apply button', async () => {
    const { view } = await withDraft();
    const findings = view.byTestId('finding');
    expect(findings.map((f) => f.dataset.category)).toEqual(['redirect', 'hollow_empathy', 'hollow_closer']);
    expect(findings[0]!.querySelector('[data-testid="finding-text"]')?.textContent).toBe('please contact Expedia');
    expect(findings[0]!.textContent).toContain('Sends the customer elsewhere');
    expect(findings[0]!.textContent).toContain('redirect hurts');
    expect(findings[0]!.textContent).toContain("I'll contact Expedia for you");
    expect(findings.every((f) => f.querySelector('[data-testid="apply-rewrite"]'))).toBe(true);
    expect(view.byTestId('score')[0]!.textContent).toBe('25');
  });

  it('shows who the customer is, what it cannot read, and the situations with their evidence', async () => {
    const { view } = await withDraft();
    expect(view.byTestId('customer-name')[0]?.textContent).toBe('Ana Lima');
    expect(view.byTestId('customer-email')[0]?.textContent).toBe('ana@example.com');
    expect(view.byTestId('ticket-id')[0]?.textContent).toBe('4821');
    expect(view.container.textContent).toContain("OwnUp can't read the send button on this page.");
    await flushUntil(() => view.byTestId('situation').length > 0);
    const situation = view.byTestId('situation')[0]!;
    expect(situation.dataset.id).toBe('partner_error');
    expect(view.byTestId('signal')[0]?.dataset.id).toBe('deadline');
    const hint = document.getElementById(situation.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toContain('Expedia gave me the wrong address');
  });

  it('applies the first rewrite of a finding through an insert message', async () => {
    const { view, port } = await withDraft();
    const redirect = view.byTestId('finding').find((f) => f.dataset.category === 'redirect')!;
    click(redirect.querySelector<HTMLElement>('[data-testid="apply-rewrite"]')!);
    expect(port.sentOfType('insert')).toEqual([
      {
        type: 'insert',
        requestId: 'req-1',
        revision: 4,
        mode: { kind: 'replace', start: 8, end: 30, expected: 'please contact Expedia' },
        text: "I'll contact Expedia for you",
      },
    ]);
  });

  it('applies another rewrite when the rep picks it', async () => {
    const { view, port } = await withDraft();
    const redirect = view.byTestId('finding')[0]!;
    const more = [...redirect.querySelectorAll('button')].find((b) => b.textContent === '1 more rewrite')!;
    click(more);
    click(redirect.querySelector<HTMLElement>('[data-testid="apply-alternative"]')!);
    expect(port.sentOfType('insert')[0]?.text).toBe("I've asked Expedia to fix it");
  });

  it('does not score an empty draft as a reply that owns the problem', async () => {
    const { view, port } = await withDraft();
    act(() => port.deliver({ type: 'draft', revision: 5, text: '  ', truncated: false }));
    await flushUntil(() => view.byTestId('finding').length === 0);
    expect(view.byTestId('score')).toHaveLength(0);
    expect(view.container.textContent).not.toContain('owns the problem');
    expect(view.container.textContent).toContain('Start typing a reply');
  });

  it('keeps a dismissed finding hidden while the rep keeps typing', async () => {
    const { view, port } = await withDraft();
    click(view.byTestId('finding')[1]!.querySelector<HTMLElement>('[data-testid="dismiss-finding"]')!);
    expect(view.byTestId('finding').map((f) => f.dataset.category)).toEqual(['redirect', 'hollow_closer']);
    act(() => port.deliver({ type: 'draft', revision: 5, text: `Good morning! ${DRAFT}`, truncated: false }));
    await flush(10);
    expect(view.byTestId('finding').map((f) => f.dataset.category)).toEqual(['redirect', 'hollow_closer']);
  });

  it('says where the text went when the page could not insert it', async () => {
    const clipboard = new FakeClipboard();
    const made = setup(clipboard);
    act(() => made.port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false }));
    await flushUntil(() => made.view.byTestId('finding').length > 0);
    click(made.view.byTestId('apply-rewrite')[0]);
    act(() => made.port.deliver({ type: 'insert-result', requestId: 'req-1', ok: false, reason: 'The editor is gone', copiedToClipboard: false }));
    await flushUntil(() => made.view.byTestId('insert-notice').length > 0);
    const notice = made.view.byTestId('insert-notice')[0]!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain("Couldn't insert into the editor: The editor is gone.");
    expect(notice.textContent).toContain('OwnUp copied the text to your clipboard');
    expect(clipboard.written).toEqual(["I'll contact Expedia for you"]);
    // An error stays in the flow, above the tabs, until the rep closes it.
    expect(notice.classList.contains('sidebar-toast')).toBe(false);
  });

  it('confirms an applied rewrite in a floating note that does not push the findings down', async () => {
    const { view, port } = await withDraft();
    click(view.byTestId('apply-rewrite')[0]);
    act(() => port.deliver({ type: 'insert-result', requestId: 'req-1', ok: true, copiedToClipboard: false }));
    await flushUntil(() => view.byTestId('insert-notice').length > 0);
    const notice = view.byTestId('insert-notice')[0]!;
    expect(notice.textContent).toContain('Ctrl+Z');
    expect(notice.classList.contains('sidebar-toast')).toBe(true);
  });

  it('moves focus through findings with j and k and applies the focused one with Enter', async () => {
    const { view, port } = await withDraft();
    const root = view.byTestId('ownup-sidebar')[0]!;
    press(root, 'j');
    await flush();
    expect(document.activeElement).toBe(view.byTestId('finding')[0]);
    press(document.activeElement!, 'j');
    await flush();
    expect(document.activeElement).toBe(view.byTestId('finding')[1]);
    press(document.activeElement!, 'k');
    press(document.activeElement!, 'k');
    await flush();
    expect(document.activeElement).toBe(view.byTestId('finding')[2]);
    press(document.activeElement!, 'Enter');
    expect(port.sentOfType('insert')[0]?.mode).toMatchObject({ kind: 'replace', expected: 'Is there anything else I can help you with?' });
  });

  it('follows the page\'s step-finding command', async () => {
    const { view, port } = await withDraft();
    act(() => port.deliver({ type: 'step-finding', direction: 'previous' }));
    await flush();
    expect(document.activeElement).toBe(view.byTestId('finding')[2]);
  });

  it('collapses to a tab with the findings count and tells the content script', async () => {
    const { view, port } = await withDraft();
    click(view.byTestId('collapse-sidebar')[0]);
    expect(view.byTestId('finding')).toHaveLength(0);
    const tab = view.byTestId('expand-sidebar')[0]!;
    expect(tab.getAttribute('aria-label')).toBe('Show OwnUp: 3 findings');
    expect(port.sentOfType('layout').at(-1)).toEqual({ type: 'layout', collapsed: true, badge: 3 });
    click(tab);
    expect(view.byTestId('finding')).toHaveLength(3);
    expect(port.sentOfType('layout').at(-1)).toEqual({ type: 'layout', collapsed: false, badge: 3 });
  });

  it('asks for a page reload once the extension was updated under it', async () => {
    const { view, port } = setup();
    act(() => port.status('invalidated'));
    await flush();
    expect(view.byTestId('connection-lost')[0]?.textContent).toContain('OwnUp was updated — reload the page');
  });

  it('renders a huge draft\'s findings in a first batch and the rest on request', async () => {
    const { view, port } = setup();
    const huge = 'Sorry, please contact Expedia. '.repeat(120);
    act(() => port.deliver({ type: 'draft', revision: 1, text: huge, truncated: false }));
    await flushUntil(() => view.byTestId('finding').length > 0);
    expect(view.byTestId('finding')).toHaveLength(50);
    const showAll = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Show all 120 findings');
    click(showAll);
    expect(view.byTestId('finding')).toHaveLength(120);
  });

  it('calls a webmail conversation a thread, not a ticket', async () => {
    const { view, port } = setup();
    act(() => port.deliver({
      type: 'context',
      siteName: 'Gmail',
      pageUrl: 'https://mail.google.com/mail/u/0/#inbox/193a1b2c3d4e5f60',
      editorKind: 'contenteditable',
      context: { site: 'gmail', customerName: 'Jorge Alvarez', ticketId: '193a1b2c3d4e5f60', unreadable: [] },
    }));
    await flushUntil(() => view.byTestId('ticket-id').length === 1);
    expect(view.byTestId('ticket-id')[0]!.previousElementSibling?.textContent).toBe('Thread');
  });

  it('names every part it cannot read in plain words', async () => {
    const { view, port } = setup();
    act(() =>
      port.deliver({
        type: 'context',
        siteName: 'This site',
        pageUrl: 'https://help.example.org/t/1',
        editorKind: 'textarea',
        context: { site: 'generic', unreadable: ['customerMessage', 'customerName', 'ticketId'] },
      }),
    );
    expect(view.container.textContent).toContain(
      "OwnUp can't read the customer's message, the customer's name and the ticket number on this page.",
    );
    expect(view.byTestId('customer-name')).toHaveLength(0);
  });

  it('says when the editor closed and when a draft was too long to read whole', async () => {
    const { view, port } = setup();
    act(() => port.deliver({ type: 'draft', revision: 1, text: 'x'.repeat(50), truncated: true }));
    expect(view.container.textContent).toContain('OwnUp reads only its first 1,000,000 characters');
    act(() => port.deliver({ type: 'editor-gone' }));
    expect(view.container.textContent).toContain('The reply editor closed');
    act(() => port.deliver({ type: 'draft', revision: 2, text: 'Hello', truncated: false }));
    expect(view.container.textContent).not.toContain('The reply editor closed');
  });

  it('says it is still reading a long draft while its analysis is pending', async () => {
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis);
    const gate: { open?: () => void } = {};
    const slowForLongDrafts = {
      analyzeDraft: (text: string, context: Parameters<ScriptedAnalyzer['analyzeDraft']>[1]) =>
        text.length < 20_000
          ? analyzer.analyzeDraft(text, context)
          : new Promise<ReturnType<typeof scriptedAnalysis>>((resolve) => {
              gate.open = () => resolve(scriptedAnalysis(text));
            }),
      classifyCustomer: (text: string) => analyzer.classifyCustomer(text),
      dispose() {},
    };
    const made = makeStore({ analyzer: slowForLongDrafts });
    rendered = renderSidebar(made.store);
    const view = rendered;
    act(() => made.store.getState().start());
    act(() => made.port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false }));
    await flushUntil(() => view.byTestId('finding').length === 3);
    const long = `${DRAFT} ${'All good here. '.repeat(2000)}`;
    act(() => made.port.deliver({ type: 'draft', revision: 2, text: long, truncated: false }));
    await flushUntil(() => gate.open !== undefined);
    expect(view.byTestId('reading-long-draft')).toHaveLength(1);
    expect(view.byTestId('finding')).toHaveLength(3);
    gate.open!();
    await flushUntil(() => view.byTestId('reading-long-draft').length === 0);
  });
});
