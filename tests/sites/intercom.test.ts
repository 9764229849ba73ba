import { describe, expect, it } from 'vitest';
import { intercomAdapter } from '../../lib/sites/intercom';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(intercomAdapter, {
  file: 'intercom-legacy-groups.html',
  url: 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/185733000123456',
  expect: {
    message: {
      first: 'Xero says the token is issued by YOUR app.',
      last: "140 employees won't be paid if this isn't fixed today.",
      exact: "Xero says the token is issued by YOUR app.\n\nPayday is tomorrow and 140 employees won't be paid if this isn't fixed today.",
      excludes: ['Fin:', 'assigned', 'INC-881', 'Looking into it'],
    },
    name: 'Noura Haddad',
    email: 'noura@brightline-payroll.example',
    ticketId: '185733000123456',
  },
  unreadable: [],
});

describeFixture(intercomAdapter, {
  file: 'intercom-variant-tailwind.html',
  url: 'https://app.eu.intercom.com/a/inbox/q1w2e3r4/inbox/admin/5512/conversation/9911',
  expect: {
    message: {
      first: 'Nothing changed on our Okta side.',
      last: 'Please roll back whatever you deployed.',
      excludes: ["identity provider's side", 'Troubleshooting SAML', 'wrote:'],
    },
    name: 'Emre Aydın',
    email: 'emre.aydin@relay-customers.example',
    ticketId: '9911',
  },
  unreadable: [],
});

describe('Intercom ids and names', () => {
  it('reads the conversation id from the DOM when the URL has none', () => {
    const { doc } = loadFixture('intercom-legacy-groups.html', 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all');
    expect(intercomAdapter.readContext(doc, new URL(doc.URL)).ticketId).toBe('185733000123456');
  });
});
