import { describe, expect, it } from 'vitest';
import type { DraftAnalysis } from '@/lib/analysis/types';
import { visibleFindings } from '@/components/sidebar/store';
import { FakeClipboard, FakePort, ScriptedAnalyzer, makeStore, settle, waitUntil } from './fakes';
import { scriptedAnalysis } from './scripted-findings';

const DRAFT = 'Hi Ana, please contact Expedia about the pickup address. I understand your frustration.';

function context(overrides: Partial<{ customerName: string; ticketId: string; pageUrl: string }> = {}) {
  return {
    type: 'context' as const,
    siteName: 'Zendesk',
    pageUrl: overrides.pageUrl ?? 'https://acme.zendesk.com/agent/tickets/123',
    editorKind: 'ckeditor5',
    context: {
      site: 'zendesk',
      customerName: overrides.customerName ?? 'Ana Lima',
      ticketId: overrides.ticketId ?? '123',
      customerMessage: { text: 'The car was not at the address Expedia gave me and I have a meeting at 9!' },
      unreadable: [],
    },
  };
}

async function started(deps: Partial<Parameters<typeof makeStore>[0]> = {}) {
  const made = makeStore({ analyzer: new ScriptedAnalyzer(scriptedAnalysis), ...deps });
  made.store.getState().start();
  return made;
}

describe('sidebar store', () => {
  it('announces itself with ready on every (re)connect and restates its layout', async () => {
    const { port } = await started();
    expect(port.sent[0]).toEqual({ type: 'ready' });
    port.status('reconnecting');
    port.status('connected');
    expect(port.sentOfType('ready')).toHaveLength(2);
    expect(port.sentOfType('layout').at(-1)).toEqual({ type: 'layout', collapsed: false, badge: 0 });
  });

  it('analyzes a draft with the page context and keeps the revision its offsets belong to', async () => {
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis);
    const { store, port } = await started({ analyzer });
    port.deliver(context());
    port.deliver({ type: 'draft', revision: 7, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    const { analysis } = store.getState();
    expect(analysis?.revision).toBe(7);
    expect(analysis?.result.findings.map((f) => f.category)).toEqual(['redirect', 'hollow_empathy']);
    expect(analyzer.calls.at(-1)?.context).toMatchObject({ customerName: 'Ana Lima', ticketId: '123' });
    expect(typeof analyzer.calls.at(-1)?.context.now).toBe('number');
  });

  it('sends a replace insert with the span, the expected words and the analyzed revision', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'draft', revision: 3, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    const finding = store.getState().analysis!.result.findings[0]!;
    store.getState().applyRewrite(finding);
    expect(port.sentOfType('insert')).toEqual([
      {
        type: 'insert',
        requestId: 'req-1',
        revision: 3,
        mode: { kind: 'replace', start: 8, end: 30, expected: 'please contact Expedia' },
        text: "I'll contact Expedia for you",
      },
    ]);
    store.getState().applyRewrite(finding, 'redirect.contact-partner#1');
    expect(port.sentOfType('insert')[1]?.text).toBe("I've asked Expedia to fix it");
  });

  it('keeps a dismissed finding hidden while the rep types before it, and forgets it once the reply is sent', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    store.getState().dismiss(store.getState().analysis!.result.findings[0]!);
    expect(visibleFindings(store.getState()).map((f) => f.category)).toEqual(['hollow_empathy']);

    port.deliver({ type: 'draft', revision: 2, text: `Hello again! ${DRAFT}`, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 2);
    expect(store.getState().analysis!.result.findings).toHaveLength(2);
    expect(visibleFindings(store.getState()).map((f) => f.category)).toEqual(['hollow_empathy']);

    port.deliver({ type: 'sent', revision: 2 });
    expect(visibleFindings(store.getState())).toHaveLength(2);
  });

  it('forgets dismissals when the rep moves to another ticket, not when the same ticket re-sends its context', async () => {
    const { store, port } = await started();
    port.deliver(context());
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().dismiss(store.getState().analysis!.result.findings[0]!);
    port.deliver(context());
    expect(Object.keys(store.getState().dismissed)).toHaveLength(1);
    port.deliver(context({ ticketId: '456', pageUrl: 'https://acme.zendesk.com/agent/tickets/456' }));
    expect(store.getState().dismissed).toEqual({});
  });

  it('says the text is on the clipboard when the page could not insert but copied it', async () => {
    const { store, port, clipboard } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().applyRewrite(store.getState().analysis!.result.findings[0]!);
    port.deliver({ type: 'insert-result', requestId: 'req-1', ok: false, reason: 'The text changed.', copiedToClipboard: true });
    await settle();
    expect(store.getState().notice?.text).toMatch(/The text changed\. The text is on your clipboard/);
    expect((clipboard as FakeClipboard).written).toEqual([]);
    expect(store.getState().pendingInserts).toEqual({});
  });

  it('copies the text itself when the page could not, and says so', async () => {
    const { store, port, clipboard } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().applyRewrite(store.getState().analysis!.result.findings[0]!);
    port.deliver({ type: 'insert-result', requestId: 'req-1', ok: false, reason: 'The editor is gone', copiedToClipboard: false });
    await waitUntil(() => store.getState().notice !== null);
    expect((clipboard as FakeClipboard).written).toEqual(["I'll contact Expedia for you"]);
    expect(store.getState().notice?.text).toMatch(/OwnUp copied the text to your clipboard/);
  });

  it('shows the text for manual copying when the clipboard refuses too', async () => {
    const clipboard = new FakeClipboard();
    clipboard.refuse = true;
    const { store, port } = await started({ clipboard });
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().applyRewrite(store.getState().analysis!.result.findings[0]!);
    port.deliver({ type: 'insert-result', requestId: 'req-1', ok: false, copiedToClipboard: false });
    await waitUntil(() => store.getState().notice !== null);
    expect(store.getState().notice).toMatchObject({ tone: 'error', manualCopyText: "I'll contact Expedia for you" });
  });

  it('rescues the text when the page never answers an insert', async () => {
    const { store, port, clipboard } = await started({ insertTimeoutMs: 20 });
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().applyRewrite(store.getState().analysis!.result.findings[0]!);
    await waitUntil(() => store.getState().notice !== null);
    expect(store.getState().notice?.text).toMatch(/did not answer/);
    expect((clipboard as FakeClipboard).written).toHaveLength(1);
    // A late answer changes nothing.
    port.deliver({ type: 'insert-result', requestId: 'req-1', ok: true, copiedToClipboard: false });
    expect(store.getState().lastInserted).toBeNull();
  });

  it('confirms an insert the page made, and says how to undo it', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().applyRewrite(store.getState().analysis!.result.findings[1]!);
    port.deliver({ type: 'insert-result', requestId: 'req-1', ok: true, copiedToClipboard: false });
    expect(store.getState().notice).toEqual({ tone: 'info', text: 'Done. Ctrl+Z in the editor undoes it.' });
    expect(store.getState().lastInserted).toEqual({
      kind: 'rewrite',
      ruleId: 'hollow_empathy.understand-frustration',
      category: 'hollow_empathy',
      rewriteId: 'hollow_empathy.understand-frustration#0',
    });
  });

  it('ignores answers to inserts it never sent', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'insert-result', requestId: 'forged', ok: false, reason: 'x', copiedToClipboard: false });
    await settle();
    expect(store.getState().notice).toBeNull();
  });

  it('collapses to a tab whose badge follows the findings the rep still sees', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().setCollapsed(true);
    expect(port.sentOfType('layout').at(-1)).toEqual({ type: 'layout', collapsed: true, badge: 2 });
    store.getState().dismiss(store.getState().analysis!.result.findings[1]!);
    expect(port.sentOfType('layout').at(-1)).toEqual({ type: 'layout', collapsed: true, badge: 1 });
    const layouts = port.sentOfType('layout').length;
    store.getState().setCollapsed(true);
    expect(port.sentOfType('layout')).toHaveLength(layouts);
  });

  it('steps through findings with wrap-around and opens the sidebar to show them', async () => {
    const { store, port } = await started();
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    store.getState().setCollapsed(true);
    port.deliver({ type: 'step-finding', direction: 'next' });
    expect(store.getState()).toMatchObject({ collapsed: false, focusedIndex: 0 });
    port.deliver({ type: 'step-finding', direction: 'next' });
    port.deliver({ type: 'step-finding', direction: 'next' });
    expect(store.getState().focusedIndex).toBe(0);
    port.deliver({ type: 'step-finding', direction: 'previous' });
    expect(store.getState().focusedIndex).toBe(1);
  });

  it('analyzes only the newest draft after a burst, never showing an older one last', async () => {
    const releases: (() => void)[] = [];
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis);
    const slow = {
      ...analyzer,
      calls: analyzer.calls,
      analyzeDraft: (text: string, ctx: Parameters<typeof analyzer.analyzeDraft>[1]) =>
        new Promise<DraftAnalysis>((resolve) => {
          analyzer.calls.push({ text, context: ctx });
          releases.push(() => resolve(scriptedAnalysis(text)));
        }),
      classifyCustomer: analyzer.classifyCustomer.bind(analyzer),
      dispose() {},
    };
    const { store, port } = await started({ analyzer: slow });
    port.deliver({ type: 'draft', revision: 1, text: 'a', truncated: false });
    await waitUntil(() => releases.length === 1);
    for (let revision = 2; revision <= 5; revision += 1) {
      port.deliver({ type: 'draft', revision, text: `${DRAFT} ${revision}`, truncated: false });
      await settle(2);
    }
    expect(releases).toHaveLength(1);
    releases[0]!();
    await waitUntil(() => releases.length === 2);
    expect(analyzer.calls.map((c) => c.text.at(-1))).toEqual(['a', '5']);
    releases[1]!();
    await waitUntil(() => store.getState().analysis?.revision === 5);
  });

  it('reports an analyzer failure and keeps the last good findings', async () => {
    let fail = false;
    const analyzer = new ScriptedAnalyzer((text) => {
      if (fail) throw new Error('worker crashed');
      return scriptedAnalysis(text);
    });
    const { store, port } = await started({ analyzer });
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    fail = true;
    port.deliver({ type: 'draft', revision: 2, text: `${DRAFT}!`, truncated: false });
    await waitUntil(() => store.getState().analysisError !== null);
    expect(store.getState().analysisError).toBe('worker crashed');
    expect(store.getState().analysis?.revision).toBe(1);
  });

  it('tells the rep when an insert cannot even be sent', async () => {
    const port = new FakePort();
    const { store } = await started({ port });
    port.deliver({ type: 'draft', revision: 1, text: DRAFT, truncated: false });
    await waitUntil(() => store.getState().analysis !== null);
    port.connected = false;
    store.getState().applyRewrite(store.getState().analysis!.result.findings[0]!);
    await waitUntil(() => store.getState().notice !== null);
    expect(store.getState().notice?.text).toMatch(/lost its connection/);
  });
});
