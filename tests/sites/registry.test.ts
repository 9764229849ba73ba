import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/sites/generic';
import { gmailAdapter } from '../../lib/sites/gmail';
import { manifestMatches, pickAdapter, SITE_ADAPTERS } from '../../lib/sites/registry';
import { zendeskAdapter } from '../../lib/sites/zendesk';
import { click, loadFixture, sendVerdict } from './fixture-harness';

describe('pickAdapter', () => {
  it('picks the site adapter on its own pages', () => {
    const { doc, url } = loadFixture('zendesk-two-tickets.html', 'https://skyways.zendesk.com/agent/tickets/48213');
    expect(pickAdapter(url, doc)).toBe(zendeskAdapter);
    const gmail = loadFixture('gmail-thread-reply.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHqLxbq');
    expect(pickAdapter(gmail.url, gmail.doc)).toBe(gmailAdapter);
  });

  it('picks the generic adapter on an unknown site', () => {
    const { doc, url } = loadFixture('generic-self-hosted.html', 'https://desk.harborfreight-demo.example/tickets/20931');
    expect(pickAdapter(url, doc)).toBe(genericAdapter);
  });

  it('keeps the site adapter while its page has no editor yet (still loading)', () => {
    const doc = new JSDOM('<!DOCTYPE html><div id="root">Loading…</div>', { url: 'https://skyways.zendesk.com/agent/tickets/1' }).window.document;
    expect(pickAdapter(new URL(doc.URL), doc)).toBe(zendeskAdapter);
  });
});

describe('a Zendesk page whose layout was redesigned', () => {
  const load = () => loadFixture('zendesk-redesigned-unknown.html', 'https://skyways.zendesk.com/agent/tickets/50112');

  it('reads what it can, names what it cannot, and never throws', () => {
    const { doc, url } = load();
    const context = zendeskAdapter.readContext(doc, url);
    expect(context.site).toBe('zendesk');
    expect(context.ticketId).toBe('50112');
    expect(context.customerMessage).toBeUndefined();
    expect([...context.unreadable].sort()).toEqual(['customerEmail', 'customerMessage', 'customerName', 'editor']);
    expect(zendeskAdapter.findEditor(doc)).toBeNull();
  });

  it('hands editor finding and send detection to the generic adapter, keeping the ticket id', () => {
    const { doc, url, window } = load();
    const adapter = pickAdapter(url, doc);
    expect(adapter).not.toBe(zendeskAdapter);
    expect(adapter.name).toBe('Zendesk (layout not recognized)');
    const editor = adapter.findEditor(doc);
    expect(editor?.getAttribute('data-fixture-role')).toBe('active-editor');
    const context = adapter.readContext(doc, url);
    expect(context.ticketId).toBe('50112');
    expect([...context.unreadable].sort()).toEqual(['customerEmail', 'customerMessage', 'customerName']);
    expect(sendVerdict(adapter, editor!, doc.querySelector('[data-fixture-role="send"]')!, click(window))).toBe(true);
    expect(sendVerdict(adapter, editor!, doc.querySelector('[aria-label="Insert macro"]')!, click(window))).toBe(false);
  });
});

describe('manifestMatches', () => {
  it('is the union of every adapter\'s patterns, without duplicates', () => {
    const all = SITE_ADAPTERS.flatMap((a) => a.matches);
    expect(new Set(manifestMatches())).toEqual(new Set(all));
    expect(manifestMatches().length).toBe(new Set(all).size);
  });
});
