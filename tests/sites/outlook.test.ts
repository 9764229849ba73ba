import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../lib/sites/outlook';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(outlookAdapter, {
  file: 'outlook-reading-pane.html',
  url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWRkLTk3YzMtMDACLTAwCgAQAKd3%2FnQx',
  expect: {
    message: {
      first: 'Booking.com says the hotel must honour it.',
      last: 'I want that refunded and my points restored.',
      exact:
        'Booking.com says the hotel must honour it. You are the hotel.\n' +
        'We slept in a taxi rank hotel 40 minutes away and paid €180. I want that refunded and my points restored.',
      excludes: ['third-party sites', 'From:', 'as mentioned'],
    },
    name: 'Aisha Rahman',
    email: 'aisha.rahman@gmail.com',
    ticketId: 'AAQkADAwATM0MDAAMS1iNWRkLTk3YzMtMDACLTAwCgAQAKd3/nQx',
  },
  unreadable: [],
});

describeFixture(outlookAdapter, {
  file: 'outlook-variant-custom-domain.html',
  url: 'https://webmail.tsuru-hosting.example/mail/inbox',
  expect: {
    message: {
      first: 'Your platform was down for six hours',
      last: 'Kenji',
      excludes: ['Thank you for contacting Billing', 'subject to review'],
    },
    name: 'Kenji Watanabe',
    email: 'k.watanabe@tsuru-logistics.example',
    ticketId: 'AAQkAGFiZGM3LWNhMTQtNGE1Ny04ZjE5LTdkZjQ2NzlhYzJkNQAQ',
  },
  unreadable: [],
});

describe('Outlook detection', () => {
  it('does not claim a custom domain without OWA markers', () => {
    const { doc } = loadFixture('generic-self-hosted.html', 'https://webmail.tsuru-hosting.example/mail/inbox');
    expect(outlookAdapter.detect(new URL(doc.URL), doc)).toBe(false);
  });

  it('takes the inline draft once the rep focuses it, over the docked compose', () => {
    const { doc } = loadFixture('outlook-variant-custom-domain.html', 'https://webmail.tsuru-hosting.example/mail/inbox');
    const inline = doc.querySelector<HTMLElement>('#UniqueMessageBody_12 [contenteditable="true"]')!;
    inline.focus();
    expect(outlookAdapter.findEditor(doc)).toBe(inline);
  });
});
