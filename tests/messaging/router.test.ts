import { describe, expect, it } from 'vitest';
import { PORT_CONTENT, PORT_SIDEBAR } from '../../lib/messaging/protocol';
import { createTabRouter, type RouterPort } from '../../lib/messaging/router';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;

class FakePort implements RouterPort {
  sent: unknown[] = [];
  disconnected = false;
  private messageListeners: Array<(m: unknown) => void> = [];
  private disconnectListeners: Array<() => void> = [];
  constructor(
    public name: string,
    public sender: RouterPort['sender'],
  ) {}
  postMessage(message: unknown) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (l: (m: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  /** What the other end would do: post a message into the background. */
  receive(message: unknown) {
    for (const l of this.messageListeners) l(message);
  }
  closeFromOtherEnd() {
    this.disconnected = true;
    for (const l of this.disconnectListeners) l();
  }
}

const contentPort = (tabId = 7, url = 'https://acme.zendesk.com/agent/tickets/1', frameId = 0) =>
  new FakePort(PORT_CONTENT, { id: EXT_ID, url, frameId, tab: { id: tabId } });
const sidebarPort = (tabId = 7, url = `${ORIGIN}/sidebar.html`, frameId = 3) =>
  new FakePort(PORT_SIDEBAR, { id: EXT_ID, url, frameId, tab: { id: tabId } });

function makeRouter() {
  const drops: string[] = [];
  const router = createTabRouter({ extensionId: EXT_ID, extensionOrigins: [ORIGIN], sidebarPath: '/sidebar.html', onDrop: (r) => drops.push(r) });
  return { router, drops };
}

const draft = { type: 'draft', revision: 1, text: 'Please contact Expedia.', truncated: false };

describe('the background router', () => {
  it("relays a page's draft to the sidebar of the same tab and the sidebar's insert back", () => {
    const { router } = makeRouter();
    const content = contentPort();
    const sidebar = sidebarPort();
    expect(router.accept(content)).toBe(true);
    expect(router.accept(sidebar)).toBe(true);
    content.receive(draft);
    expect(sidebar.sent).toEqual([draft]);
    const insert = { type: 'insert', requestId: 'r1', revision: 1, mode: { kind: 'replace-all' }, text: 'I will fix it.' };
    sidebar.receive(insert);
    expect(content.sent).toEqual([insert]);
  });

  it('never relays between two different tabs', () => {
    const { router } = makeRouter();
    const contentA = contentPort(1);
    const sidebarB = sidebarPort(2);
    router.accept(contentA);
    router.accept(sidebarB);
    contentA.receive(draft);
    sidebarB.receive({ type: 'ready' });
    expect(sidebarB.sent).toEqual([]);
    expect(contentA.sent).toEqual([]);
  });

  it('drops messages that fail the schema, such as an insert without a revision', () => {
    const { router, drops } = makeRouter();
    const content = contentPort();
    const sidebar = sidebarPort();
    router.accept(content);
    router.accept(sidebar);
    sidebar.receive({ type: 'insert', requestId: 'r1', mode: { kind: 'at-caret' }, text: 'x' });
    content.receive({ type: 'draft', revision: -1, text: 'x', truncated: false });
    content.receive('{"type":"ready"}');
    expect(content.sent).toEqual([]);
    expect(sidebar.sent).toEqual([]);
    expect(drops).toEqual(['sidebar message failed its schema', 'content message failed its schema', 'content message failed its schema']);
  });

  it('refuses a content port from a sub-frame, a non-web url or another extension', () => {
    const { router } = makeRouter();
    const fromFrame = contentPort(7, 'https://acme.zendesk.com/', 4);
    const fromBlank = contentPort(7, 'about:blank');
    const foreign = new FakePort(PORT_CONTENT, { id: 'other', url: 'https://acme.zendesk.com/', frameId: 0, tab: { id: 7 } });
    for (const port of [fromFrame, fromBlank, foreign]) {
      expect(router.accept(port)).toBe(false);
      expect(port.disconnected).toBe(true);
    }
    expect(router.tabsWithContent()).toEqual([]);
  });

  it('refuses a sidebar port that is not the sidebar page framed in a tab', () => {
    const { router } = makeRouter();
    const wrongPage = sidebarPort(7, `${ORIGIN}/options.html`);
    const webPage = sidebarPort(7, 'https://evil.example/sidebar.html');
    const topLevel = sidebarPort(7, `${ORIGIN}/sidebar.html`, 0);
    const noTab = new FakePort(PORT_SIDEBAR, { id: EXT_ID, url: `${ORIGIN}/sidebar.html`, frameId: 2 });
    for (const port of [wrongPage, webPage, topLevel, noTab]) expect(router.accept(port)).toBe(false);
  });

  it('replaces the content port after a navigation and ignores the old one', () => {
    const { router } = makeRouter();
    const first = contentPort();
    const second = contentPort();
    const sidebar = sidebarPort();
    router.accept(first);
    router.accept(sidebar);
    router.accept(second);
    expect(first.disconnected).toBe(true);
    first.receive(draft);
    expect(sidebar.sent).toEqual([]);
    second.receive(draft);
    expect(sidebar.sent).toEqual([draft]);
    // The old port's late disconnect must not unpair the new one.
    first.closeFromOtherEnd();
    sidebar.receive({ type: 'ready' });
    expect(second.sent).toEqual([{ type: 'ready' }]);
  });

  it('routes keyboard commands: toggle to the page, step-finding to the sidebar', () => {
    const { router } = makeRouter();
    const content = contentPort();
    const sidebar = sidebarPort();
    router.accept(content);
    expect(router.toSidebar(7, { type: 'step-finding', direction: 'next' })).toBe(false);
    router.accept(sidebar);
    expect(router.toContent(7, { type: 'toggle-sidebar' })).toBe(true);
    expect(router.toSidebar(7, { type: 'step-finding', direction: 'next' })).toBe(true);
    expect(content.sent).toEqual([{ type: 'toggle-sidebar' }]);
    expect(sidebar.sent).toEqual([{ type: 'step-finding', direction: 'next' }]);
    content.closeFromOtherEnd();
    expect(router.toContent(7, { type: 'toggle-sidebar' })).toBe(false);
  });
});
