import { describe, expect, it } from 'vitest';
import { frontAdapter } from '../../lib/sites/front';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(frontAdapter, {
  file: 'front-semantic.html',
  url: 'https://app.frontapp.com/open/cnv_55c8c149',
  expect: {
    message: {
      first: 'The dress arrived yesterday',
      last: 'I want the shipping refunded and a return label for the dress.',
      excludes: ['outside our control', 'FYI', 'patience'],
    },
    name: 'Hana Kobayashi',
    email: 'hana.k@icloud.com',
    ticketId: 'cnv_55c8c149',
  },
  unreadable: [],
});

describeFixture(frontAdapter, {
  file: 'front-variant-opaque.html',
  url: 'https://app.frontapp.com/inboxes/teammates/1234/inbox/open/cnv_3f9a2k',
  expect: { ticketId: 'cnv_3f9a2k' },
  unreadable: ['customerMessage', 'customerName', 'customerEmail'],
});

describe('Front editor choice', () => {
  it('never takes the search box or the recipient field for the reply, even focused', () => {
    const { doc } = loadFixture('front-semantic.html', 'https://app.frontapp.com/open/cnv_55c8c149');
    doc.querySelector<HTMLElement>('[aria-label="To"]')!.focus();
    expect(frontAdapter.findEditor(doc)?.getAttribute('data-fixture-role')).toBe('active-editor');
  });
});
