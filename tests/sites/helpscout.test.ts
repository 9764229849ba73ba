import { describe, expect, it } from 'vitest';
import { helpscoutAdapter } from '../../lib/sites/helpscout';
import { describeFixture, loadFixture } from './fixture-harness';

describeFixture(helpscoutAdapter, {
  file: 'helpscout-newest-first.html',
  url: 'https://secure.helpscout.net/conversation/2873465120/41822?folderId=7531',
  expect: {
    message: {
      first: 'I cancelled on 30 October',
      last: 'When will it be back in my account?',
      exact:
        'I cancelled on 30 October, I have the confirmation email, and you still took €119 on 1 November.\n\n' +
        "I'm a student. That was my grocery money for the month. When will it be back in my account?",
      excludes: ['non-refundable', 'Lena Fischer', 'Stripe'],
    },
    name: 'Lena Fischer',
    email: 'lena.fischer@posteo.de',
    ticketId: '41822',
  },
  unreadable: [],
});

describeFixture(helpscoutAdapter, {
  file: 'helpscout-variant-classic.html',
  url: 'https://secure.helpscout.net/conversation/1190456633/40288?folderId=12',
  expect: {
    message: { first: 'The tent arrived with only two', last: 'Can you ship the poles overnight?', excludes: ['Where is my order', 'bottom of the box'] },
    name: 'Arjun Mehta',
    email: 'arjun.mehta@hey.com',
    ticketId: '40288',
  },
  unreadable: [],
});

describe('Help Scout ordering', () => {
  it('orders by time, not position: moving the oldest customer thread to the top changes nothing', () => {
    const { doc, url } = loadFixture('helpscout-newest-first.html', 'https://secure.helpscout.net/conversation/2873465120/41822');
    const list = doc.querySelector('ol[aria-label="Thread Items"]')!;
    list.prepend(list.lastElementChild!);
    expect(helpscoutAdapter.readContext(doc, url).customerMessage?.text).toMatch(/^I cancelled on 30 October/);
  });

  it('follows the times when a newer customer thread arrives at the top', () => {
    const { doc, url } = loadFixture('helpscout-newest-first.html', 'https://secure.helpscout.net/conversation/2873465120/41822');
    const newest = doc.createElement('li');
    newest.innerHTML = '<div id="thread-9001500" class="c-Thread is-customer"><span data-nocollapse="true">Lena Fischer</span><time datetime="2026-11-22T09:30:00Z">9:30 AM</time><div class="is-wide-layout"><p>Thank you, Sam.</p></div></div>';
    doc.querySelector('ol[aria-label="Thread Items"]')!.prepend(newest);
    expect(helpscoutAdapter.readContext(doc, url).customerMessage).toEqual({ text: 'Thank you, Sam.', time: '2026-11-22T09:30:00.000Z' });
  });
});
