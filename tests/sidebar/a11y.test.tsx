// @vitest-environment jsdom
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { composeRecovery } from '@/lib/analysis/recovery';
import { ScriptedAnalyzer, makeStore } from './fakes';
import { scriptedAnalysis } from './scripted-findings';
import { act } from 'react';
import { click, flushUntil, renderSidebar, type Rendered } from './render';

// axe-core in jsdom checks roles, names, labels and structure; colour contrast needs a real
// layout engine (axe reports it "incomplete" here), so the end-to-end run in Chromium covers it.

// jsdom has no canvas; axe only uses it to guess icon-font ligatures, and copes with null.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

async function seriousViolations(container: HTMLElement) {
  const results = await axe.run(container, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('sidebar accessibility', () => {
  it('has no serious or critical axe violations with findings, chips, a notice and when collapsed', async () => {
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis, () => ({
      situations: [{ id: 'late_delivery', start: 0, end: 4, text: 'late' }],
      signals: [{ id: 'high_emotion', start: 0, end: 4, text: 'UNACCEPTABLE' }],
    }));
    const { store, port } = makeStore({ analyzer, composeRecovery });
    rendered = renderSidebar(store);
    act(() => store.getState().start());
    act(() => port.deliver({
      type: 'context',
      siteName: 'Gmail',
      pageUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
      editorKind: 'contenteditable',
      context: { site: 'gmail', customerName: 'Bo', customerMessage: { text: 'late' }, unreadable: ['ticketId'] },
    }));
    act(() => port.deliver({
      type: 'draft',
      revision: 1,
      text: 'Sorry, please contact Expedia. I understand your frustration.',
      truncated: false,
    }));
    const view = rendered;
    await flushUntil(() => view.byTestId('finding').length > 0 && view.byTestId('signal').length > 0);
    click(view.byTestId('apply-rewrite')[0]);
    act(() => port.deliver({ type: 'insert-result', requestId: 'req-1', ok: false, copiedToClipboard: true }));
    await flushUntil(() => view.byTestId('insert-notice').length > 0);
    expect(await seriousViolations(view.container)).toEqual([]);

    click(view.byTestId('tab-reply')[0]);
    await flushUntil(() => view.byTestId('expand-reply').length === 3);
    click(view.byTestId('expand-reply')[2]);
    expect(view.byTestId('reply-editor')).toHaveLength(1);
    expect(await seriousViolations(view.container)).toEqual([]);

    click(view.byTestId('collapse-sidebar')[0]);
    expect(await seriousViolations(view.container)).toEqual([]);
  });
});
