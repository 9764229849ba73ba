// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '@/lib/analysis';
import { createInThreadAnalyzer } from '@/components/sidebar/analysis/analyzer';
import { makeStore } from './fakes';
import { click, flushUntil, renderSidebar, type Rendered } from './render';

// The sidebar with the real analyzer (in this thread, as the page does when no worker can
// start): the taxonomy's own typical forms must come out as findings with the right test ids.

const DRAFT =
  'Hi Ana,\n\nUnfortunately we are not affiliated with the booking site, so please contact Expedia directly about the pickup address. ' +
  'We apologize for any inconvenience. Is there anything else I can help you with?\n\nBest,\nSam';
const CUSTOMER =
  'I booked the car through Expedia and your counter sent me to the wrong pickup address. I have a job interview at 9 tomorrow and this is the third time I write!';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

describe('sidebar with the real analyzer', () => {
  it('marks the typical deflections of TAXONOMY.md and reads the customer\'s situation', async () => {
    const { store, port } = makeStore({ analyzer: createInThreadAnalyzer({ analyzeDraft, classifyCustomer }) });
    rendered = renderSidebar(store);
    const view = rendered;
    act(() => store.getState().start());
    act(() =>
      port.deliver({
        type: 'context',
        siteName: 'Zendesk',
        pageUrl: 'https://acme.zendesk.com/agent/tickets/9',
        editorKind: 'ckeditor5',
        context: { site: 'zendesk', customerName: 'Ana Lima', ticketId: '9', customerMessage: { text: CUSTOMER }, unreadable: [] },
      }),
    );
    act(() => port.deliver({ type: 'draft', revision: 2, text: DRAFT, truncated: false }));
    await flushUntil(() => view.byTestId('finding').length > 0 && view.byTestId('situation').length > 0);

    const categories = view.byTestId('finding').map((f) => f.dataset.category);
    expect(categories).toEqual(expect.arrayContaining(['redirect', 'hollow_empathy', 'hollow_closer']));
    const situations = view.byTestId('situation').map((s) => s.dataset.id);
    expect(situations).toContain('partner_error');
    const signals = view.byTestId('signal').map((s) => s.dataset.id);
    expect(signals).toContain('repeat_contact');
    expect(Number(view.byTestId('score')[0]!.textContent)).toBeLessThan(80);

    // Every finding's marked words are exactly the draft's words at its offsets.
    const redirect = view.byTestId('finding').find((f) => f.dataset.category === 'redirect')!;
    click(redirect.querySelector<HTMLElement>('[data-testid="apply-rewrite"]')!);
    const insert = port.sentOfType('insert')[0]!;
    if (insert.mode.kind !== 'replace') throw new Error('expected a replace');
    expect(DRAFT.slice(insert.mode.start, insert.mode.end)).toBe(insert.mode.expected);
    expect(redirect.querySelector('[data-testid="finding-text"]')?.textContent).toBe(insert.mode.expected);
    expect(insert.text).not.toMatch(/undefined|null|\{/);
  });
});
