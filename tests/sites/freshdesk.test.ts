import { describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../lib/sites/freshdesk';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(freshdeskAdapter, {
  file: 'freshdesk-mint-ticket.html',
  url: 'https://homenest.freshdesk.com/a/tickets/8841',
  expect: {
    message: {
      first: 'I bought the sofa from you, not from SwiftFreight.',
      last: 'Please send a replacement frame or a new sofa this week.',
      exact:
        'I bought the sofa from you, not from SwiftFreight.\n' +
        'I have a family of six coming for Thanksgiving and nowhere to seat them. Please send a replacement frame or a new sofa this week.',
      excludes: ["courier's responsibility", 'Warehouse confirms', 'shortly'],
    },
    name: 'Grace Mensah',
    email: 'grace.mensah@yahoo.co.uk',
    ticketId: '8841',
  },
  unreadable: [],
});

describeFixture(freshdeskAdapter, {
  file: 'freshdesk-variant-newest-first.html',
  url: 'https://connectfibre.freshdesk.com/helpdesk/tickets/30417',
  expect: {
    message: { first: 'Day four without internet.', last: 'Stop telling me to restart the router!', excludes: ['Tier 2', 'wait 24 hours'] },
    name: 'Ravi Shah',
    email: 'ravi.shah84@gmail.com',
    ticketId: '30417',
  },
  unreadable: [],
});

describe('Freshdesk ticket id', () => {
  it('falls back to the ticket number the page shows when the URL has none', () => {
    const { doc } = loadFixture('freshdesk-variant-newest-first.html', 'https://connectfibre.freshdesk.com/a/dashboard/default');
    expect(freshdeskAdapter.readContext(doc, new URL(doc.URL)).ticketId).toBe('30417');
  });

  it('reads the requester description when no later customer reply exists', () => {
    const { doc } = loadFixture('freshdesk-mint-ticket.html', 'https://homenest.freshdesk.com/a/tickets/8841');
    doc.querySelector('[data-album="conv-3"]')!.remove();
    expect(freshdeskAdapter.readContext(doc, new URL(doc.URL)).customerMessage?.text).toMatch(/^Hi, the sofa \(order HN-22918\)/);
  });
});
