import { describe, expect, it } from 'vitest';
import { zendeskAdapter } from '../../lib/sites/zendesk';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(zendeskAdapter, {
  file: 'zendesk-two-tickets.html',
  url: 'https://skyways.zendesk.com/agent/tickets/48213',
  expect: {
    message: {
      first: 'It has now been six days',
      last: 'Who is actually going to find my bag?',
      exact:
        'It has now been six days and my suitcase is still not here.\n\n' +
        'The airport desk sent me back to you. My blood pressure medication is in that bag and I fly home on Friday.\n\n' +
        'Who is actually going to find my bag?',
      excludes: ['please contact the Lisbon', 'Sent from my phone', 'Show more', 'Read'],
    },
    name: 'Dana Whitfield',
    email: 'dana.whitfield@fastmail.com',
    ticketId: '48213',
  },
  unreadable: [],
});

describeFixture(zendeskAdapter, {
  file: 'zendesk-variant-messaging.html',
  url: 'https://acmecloud.zendesk.com/agent/tickets/1187',
  expect: {
    message: {
      first: 'We have a board meeting at 11',
      last: 'Your status page still says all systems operational!',
      excludes: ['Seen', 'clearing your browser cache'],
    },
    name: 'Tomasz Wójcik',
    ticketId: '1187',
  },
  unreadable: ['customerEmail'],
});

describe('Zendesk active-ticket scoping', () => {
  it('follows the selected header tab when the URL names no ticket', () => {
    const { doc } = loadFixture('zendesk-variant-messaging.html', 'https://acmecloud.zendesk.com/agent/dashboard');
    const context = zendeskAdapter.readContext(doc, new URL(doc.URL));
    expect(context.ticketId).toBe('1187');
    expect(context.customerName).toBe('Tomasz Wójcik');
  });

  it("follows a tab switch: the other pane becomes active and its customer is read", () => {
    const { doc, url } = loadFixture('zendesk-two-tickets.html', 'https://skyways.zendesk.com/agent/tickets/48190');
    const panes = doc.querySelectorAll('.ticket-panes-grid-layout');
    panes[0]!.setAttribute('data-is-active', 'true');
    panes[1]!.setAttribute('data-is-active', 'false');
    const context = zendeskAdapter.readContext(doc, url);
    expect(context.customerName).toBe('Marco Bellini');
    expect(context.customerMessage?.text).toMatch(/^The confirmation you sent says pickup at Terminal 2/);
    expect(zendeskAdapter.findEditor(doc)?.closest('[data-side-conversations-anchor-id]')?.getAttribute('data-side-conversations-anchor-id')).toBe('48190');
  });
});
