import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../lib/sites/gmail';
import { click, describeFixture, loadFixture, sendVerdict } from './fixture-harness';

describeFixture(gmailAdapter, {
  file: 'gmail-thread-reply.html',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHqLxbqRHGnPtKqVfBpJWlN',
  expect: {
    message: {
      first: 'Hello,',
      last: 'I need this reversed today, not in 10 days.',
      exact:
        'Hello,\nThe second charge of $412.60 is still on my card, and now my rent payment bounced because of it.\n\n' +
        'Your own receipt shows one rental. I need this reversed today, not in 10 days.',
      excludes: ['Refunds take', '+1 415', 'wrote:', 'escalated'],
    },
    name: 'Jorge Alvarez',
    email: 'j.alvarez@outlook.com',
    ticketId: '193a1b2c3d4e5f60',
  },
  unreadable: [],
});

describeFixture(gmailAdapter, {
  file: 'gmail-variant-popout.html',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHqLxbqRHGnPtKqVfBpJWlN',
  expect: {
    message: {
      first: 'I submitted the form twice',
      last: 'Please just process the refund of €389 yourselves.',
      excludes: ['Please submit the refund form', 'From:', 'Preheader'],
    },
    name: 'Priya Natarajan',
    email: 'priya.n@contoso-mail.example',
    ticketId: 'thread-f:1818999999999999999',
  },
  unreadable: [],
});

describe('Gmail compose choice', () => {
  it('takes the pop-out compose once the rep focuses it, and its own Send button', () => {
    const { doc, window } = loadFixture('gmail-variant-popout.html', 'https://mail.google.com/mail/u/0/#inbox');
    const popout = doc.querySelector<HTMLElement>('[data-fixture-role="popout-editor"]')!;
    popout.setAttribute('tabindex', '0');
    popout.focus();
    expect(gmailAdapter.findEditor(doc)).toBe(popout);
    expect(sendVerdict(gmailAdapter, popout, doc.querySelector('[data-fixture-role="popout-send"]')!, click(window))).toBe(true);
    expect(sendVerdict(gmailAdapter, popout, doc.querySelector('[data-fixture-role="send"]')!, click(window))).toBe(false);
  });

  it('reads the opaque hash token when the thread heading carries no id', () => {
    const { doc } = loadFixture('gmail-thread-reply.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHqLxbqRHGnPtKqVfBpJWlN');
    doc.querySelector('h2.hP')!.removeAttribute('data-legacy-thread-id');
    doc.querySelector('h2.hP')!.removeAttribute('data-thread-perm-id');
    expect(gmailAdapter.readContext(doc, new URL(doc.URL)).ticketId).toBe('FMfcgzQZTMHqLxbqRHGnPtKqVfBpJWlN');
  });

  it("does not take a colleague on the account's company domain for the customer", () => {
    const { doc } = loadFixture('gmail-variant-popout.html', 'https://mail.google.com/mail/u/0/#inbox');
    const last = doc.querySelectorAll('span.gD')[2]!;
    last.setAttribute('email', 'ops-lead@northwindair.example');
    expect(gmailAdapter.readContext(doc, new URL(doc.URL)).customerMessage?.text).toBe(
      'My flight NW 207 on 14 Nov was cancelled. I would like a refund to my card.',
    );
  });
});
