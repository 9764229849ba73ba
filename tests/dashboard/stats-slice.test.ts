import { describe, expect, it } from 'vitest';
import type { StatsSink } from '@/components/sidebar/stats/event-sink';
import { createDatabaseStatsSink } from '@/components/sidebar/stats/event-sink';
import { EventsRepository, openOwnUpDatabase } from '@/lib/db';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import type { TalliedEvent } from '@/lib/stats/reply-tally';
import { ScriptedAnalyzer, makeStore, waitUntil } from '../sidebar/fakes';
import { scriptedAnalysis } from '../sidebar/scripted-findings';

// The stats slice inside the real sidebar store, driven by the same messages the content script
// sends; the analyzer is the scripted phrase matcher (redirect / hollow_empathy / hollow_closer).

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const REDIRECT = 'Hi Ana, please contact Expedia about the pickup address.';
const TWO = 'Hi Ana, please contact Expedia about it. I understand your frustration.';

function context(ticketId = '123') {
  return {
    type: 'context' as const,
    siteName: 'Zendesk',
    pageUrl: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
    editorKind: 'ckeditor5',
    context: { site: 'zendesk', ticketId, customerMessage: { text: 'The car was not there.' }, unreadable: [] },
  };
}

class MemorySink implements StatsSink {
  events: TalliedEvent[] = [];
  paused = false;
  async record(event: TalliedEvent) {
    if (this.paused) return 'paused' as const;
    this.events.push(event);
    return 'recorded' as const;
  }
}

function started() {
  const made = makeStore({ analyzer: new ScriptedAnalyzer(scriptedAnalysis), now: () => NOW });
  const sink = new MemorySink();
  made.store.getState().connectStats(sink);
  made.store.getState().start();
  made.port.deliver(context());
  made.store.getState().setSettings({ settings: { ...structuredClone(DEFAULT_SETTINGS), repName: 'Sam' }, resetFields: [], warning: null });
  return { ...made, sink };
}

describe('recording a reply at send', () => {
  it('records one event with the findings as sent, the site and the rep, at the send time', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    port.deliver({ type: 'sent', revision: 1 });
    await waitUntil(() => sink.events.length === 1);
    expect(sink.events[0]).toMatchObject({
      site: 'zendesk',
      rep: 'Sam',
      at: NOW,
      findingsAtFirst: { redirect: 1, hollow_empathy: 1 },
      findingsAtSend: { redirect: 1, hollow_empathy: 1 },
      scoreAtFirst: 50,
      scoreAtSend: 50,
    });
  });

  it('analyzes the text as sent when the send beats the debounce', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: REDIRECT, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    // The rep typed a closer and pressed Send at once: no analysis of revision 2 yet.
    port.deliver({ type: 'draft', revision: 2, text: `${REDIRECT} Is there anything else I can help you with?`, truncated: false });
    port.deliver({ type: 'sent', revision: 2 });
    await waitUntil(() => sink.events.length === 1);
    expect(sink.events[0]!.findingsAtSend).toEqual({ redirect: 1, hollow_closer: 1 });
    expect(sink.events[0]!.scoreAtSend).toBe(50);
  });

  it('counts an applied rewrite and a dismissal by category', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    const [redirect, empathy] = store.getState().analysis!.result.findings;
    store.getState().dismiss(empathy!);
    store.getState().applyRewrite(redirect!);
    const insert = port.sentOfType('insert')[0]!;
    port.deliver({ type: 'insert-result', requestId: insert.requestId, ok: true, copiedToClipboard: false });
    const fixed = TWO.replace('please contact Expedia', "I'll contact Expedia for you");
    port.deliver({ type: 'draft', revision: 2, text: fixed, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 2);
    port.deliver({ type: 'sent', revision: 2 });
    await waitUntil(() => sink.events.length === 1);
    expect(sink.events[0]!.suggestions.byCategory).toEqual({
      redirect: { shown: 1, applied: 1, dismissed: 0 },
      hollow_empathy: { shown: 1, applied: 0, dismissed: 1 },
    });
    expect(sink.events[0]!.findingsAtFirst).toEqual({ redirect: 1, hollow_empathy: 1 });
    expect(sink.events[0]!.findingsAtSend).toEqual({ hollow_empathy: 1 });
  });

  it('does not count an abandoned draft: the ticket changed before any send', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    port.deliver(context('999'));
    expect(store.getState().replyTally.analyses).toBe(0);
    port.deliver({ type: 'editor-gone' });
    await new Promise((r) => setTimeout(r, 20));
    expect(sink.events).toEqual([]);
  });

  it('starts a new tally after a send, and counts a double send of the same revision once', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    port.deliver({ type: 'sent', revision: 1 });
    port.deliver({ type: 'sent', revision: 1 });
    port.deliver({ type: 'draft', revision: 2, text: '', truncated: false });
    port.deliver({ type: 'draft', revision: 3, text: 'Hi Ana, I have fixed the address with Expedia.', truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 3);
    port.deliver({ type: 'sent', revision: 3 });
    await waitUntil(() => sink.events.length === 2);
    await new Promise((r) => setTimeout(r, 20));
    expect(sink.events).toHaveLength(2);
    expect(sink.events[1]!.findingsAtFirst).toEqual({});
    expect(sink.events[1]!.scoreAtSend).toBe(100);
  });

  it('counts the next reply in a new compose window, whose draft revisions start again at 1', async () => {
    const { store, port, sink } = started();
    for (let revision = 1; revision <= 6; revision++) port.deliver({ type: 'draft', revision, text: TWO.slice(0, 10 * revision), truncated: false });
    port.deliver({ type: 'draft', revision: 7, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 7);
    port.deliver({ type: 'sent', revision: 7 });
    // Gmail: the compose closes and a new one opens before the page reports the editor gone.
    port.deliver({ type: 'draft', revision: 1, text: '', truncated: false });
    port.deliver({ type: 'draft', revision: 2, text: REDIRECT, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 2);
    port.deliver({ type: 'sent', revision: 2 });
    await waitUntil(() => sink.events.length === 2);
    expect(sink.events.map((e) => e.findingsAtSend)).toEqual([{ redirect: 1, hollow_empathy: 1 }, { redirect: 1 }]);
    expect(sink.events[1]!.findingsAtFirst).toEqual({ redirect: 1 });
  });

  it("counts an inserted recovery reply by tier and keeps the customer's situations and signals", async () => {
    const analyzer = new ScriptedAnalyzer(scriptedAnalysis, () => ({
      situations: [{ id: 'partner_error', start: 0, end: 3, text: 'car' }],
      signals: [{ id: 'deadline', start: 0, end: 3, text: 'car' }],
    }));
    const made = makeStore({ analyzer, now: () => NOW });
    const sink = new MemorySink();
    made.store.getState().connectStats(sink);
    made.store.getState().start();
    made.port.deliver(context());
    await waitUntil(() => made.store.getState().customer !== null);
    made.port.deliver({ type: 'draft', revision: 1, text: 'Hi Ana,', truncated: false });
    made.store.getState().insertText('Hi Ana, I have booked you a car.', { kind: 'replace-all' }, { kind: 'reply', tier: 'try_harder' });
    const insert = made.port.sentOfType('insert')[0]!;
    made.port.deliver({ type: 'insert-result', requestId: insert.requestId, ok: true, copiedToClipboard: false });
    made.port.deliver({ type: 'draft', revision: 2, text: 'Hi Ana, I have booked you a car.', truncated: false });
    await waitUntil(() => made.store.getState().analysis?.revision === 2);
    made.port.deliver({ type: 'sent', revision: 2 });
    await waitUntil(() => sink.events.length === 1);
    expect(sink.events[0]).toMatchObject({
      situations: ['partner_error'],
      signals: ['deadline'],
      suggestions: { byCategory: {}, byTier: { try_harder: { shown: 1, applied: 1, dismissed: 0 } } },
      flaggedCannedSent: false,
    });
  });

  it('records that a flagged canned response went out when the known-canned check says so', async () => {
    const { store, port, sink } = started();
    port.deliver({ type: 'draft', revision: 1, text: REDIRECT, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    store.getState().noteFlaggedCanned(true);
    port.deliver({ type: 'sent', revision: 1 });
    await waitUntil(() => sink.events.length === 1);
    expect(sink.events[0]!.flaggedCannedSent).toBe(true);
  });

  it('stores nothing while recording is paused', async () => {
    const { store, port, sink } = started();
    sink.paused = true;
    port.deliver({ type: 'draft', revision: 1, text: TWO, truncated: false });
    await waitUntil(() => store.getState().analysis?.revision === 1);
    port.deliver({ type: 'sent', revision: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(sink.events).toEqual([]);
    expect(store.getState().statsRecorded).toBe(0);
  });
});

describe('the database sink', () => {
  const event: TalliedEvent = {
    at: NOW, site: 'zendesk', rep: 'Sam', findingsAtFirst: { redirect: 1 }, findingsAtSend: {}, scoreAtFirst: 70, scoreAtSend: 100,
    suggestions: { byCategory: {}, byTier: {} }, situations: [], signals: [], flaggedCannedSent: false,
  };

  it('adds the event to the events table unless paused', async () => {
    const db = await openOwnUpDatabase(`sink-${Math.random()}`);
    let paused = false;
    const sink = createDatabaseStatsSink({ open: async () => db, isPaused: async () => paused });
    expect(await sink.record(event)).toBe('recorded');
    paused = true;
    expect(await sink.record(event)).toBe('paused');
    const rows = await new EventsRepository(db).listRange(0, NOW + 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...event, source: { kind: 'own' } });
  });
});
