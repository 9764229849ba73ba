import { BackgroundToContent, ContentToSidebar, PORT_CONTENT, PORT_SIDEBAR, SidebarToContent } from './protocol';

// The background's half of the protocol: pairs each tab's content-script port with its sidebar
// port and relays between them. Kept free of `browser` so a unit test drives it with fake ports.
// Sender checks follow DESIGN.md ("Messages cannot be forged by the page"): a content port must
// come from the top frame of a web page in a tab; a sidebar port from the extension's own
// sidebar page shown in a tab. Anything that fails its zod schema is dropped, never relayed.

/** The subset of runtime.Port the router uses (Chrome's and Firefox's ports both fit). */
export interface RouterPort {
  name: string;
  sender?: { id?: string; url?: string; frameId?: number; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RouterOptions {
  /** This extension's id (runtime.id): ports from anything else are refused. */
  extensionId: string;
  /** Origins of the extension's own pages, e.g. `chrome-extension://<id>`; the sidebar's sender.url must start with one of them. */
  extensionOrigins: string[];
  /** The sidebar page's path (`/sidebar.html`). */
  sidebarPath: string;
  /** Diagnostics for dropped messages (never the message text: it may hold the rep's draft). */
  onDrop?: (reason: string) => void;
}

interface TabPorts {
  content?: RouterPort;
  sidebar?: RouterPort;
}

export type PortRole = 'content' | 'sidebar';

/** Why a port is refused, or its role and tab. Exported for the unit tests of the sender rules. */
export function classifyPort(port: RouterPort, options: RouterOptions): { role: PortRole; tabId: number } | { refused: string } {
  const sender = port.sender;
  const tabId = sender?.tab?.id;
  if (!sender || sender.id !== options.extensionId) return { refused: 'not from this extension' };
  if (typeof tabId !== 'number' || tabId < 0) return { refused: 'not in a tab' };
  const url = safeUrl(sender.url);
  if (!url) return { refused: 'no sender url' };
  if (port.name === PORT_CONTENT) {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { refused: 'content port not from a web page' };
    // The top frame owns the sidebar; scripts in sub-frames (about:blank editor frames) never connect.
    if (sender.frameId !== 0) return { refused: 'content port not from the top frame' };
    return { role: 'content', tabId };
  }
  if (port.name === PORT_SIDEBAR) {
    // Compared as strings: URL.origin is "null" for chrome-extension: outside Chrome (Node, Firefox's moz-extension:).
    const page = `${url.protocol}//${url.host}${url.pathname}`;
    const isSidebarPage = options.extensionOrigins.some((origin) => page === `${origin}${options.sidebarPath}`);
    if (!isSidebarPage) return { refused: 'sidebar port not from the sidebar page' };
    // An extension page opened as a top-level tab is not a sidebar of any page.
    if (sender.frameId === 0) return { refused: 'sidebar page is not framed in a tab' };
    return { role: 'sidebar', tabId };
  }
  return { refused: `unknown port name` };
}

function safeUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export interface TabRouter {
  /** Handle a newly connected port; returns false (and disconnects it) when refused. */
  accept(port: RouterPort): boolean;
  /** Send a background message to a tab's content script; false when that tab has none. */
  toContent(tabId: number, message: BackgroundToContent): boolean;
  /** Send a message to a tab's sidebar as if from its page (used for keyboard commands). */
  toSidebar(tabId: number, message: ContentToSidebar): boolean;
  /** Tabs that currently have a content port (for diagnostics and tests). */
  tabsWithContent(): number[];
}

export function createTabRouter(options: RouterOptions): TabRouter {
  const tabs = new Map<number, TabPorts>();
  const drop = (reason: string) => options.onDrop?.(reason);

  function slot(tabId: number): TabPorts {
    let ports = tabs.get(tabId);
    if (!ports) {
      ports = {};
      tabs.set(tabId, ports);
    }
    return ports;
  }

  function forget(tabId: number, role: PortRole, port: RouterPort) {
    const ports = tabs.get(tabId);
    if (!ports || ports[role] !== port) return;
    delete ports[role];
    if (!ports.content && !ports.sidebar) tabs.delete(tabId);
  }

  function post(port: RouterPort | undefined, message: unknown): boolean {
    if (!port) return false;
    try {
      port.postMessage(message);
      return true;
    } catch {
      // The other side went away between its disconnect and our bookkeeping.
      return false;
    }
  }

  return {
    accept(port) {
      const verdict = classifyPort(port, options);
      if ('refused' in verdict) {
        drop(`port refused: ${verdict.refused}`);
        port.disconnect();
        return false;
      }
      const { role, tabId } = verdict;
      const ports = slot(tabId);
      // A navigation or a re-mounted sidebar replaces the old port of the same role.
      const previous = ports[role];
      ports[role] = port;
      if (previous && previous !== port) {
        try {
          previous.disconnect();
        } catch {
          // already gone
        }
      }
      port.onDisconnect.addListener(() => forget(tabId, role, port));
      port.onMessage.addListener((raw) => {
        if (tabs.get(tabId)?.[role] !== port) return drop('message from a replaced port');
        if (role === 'content') {
          const parsed = ContentToSidebar.safeParse(raw);
          if (!parsed.success) return drop('content message failed its schema');
          post(tabs.get(tabId)?.sidebar, parsed.data);
        } else {
          const parsed = SidebarToContent.safeParse(raw);
          if (!parsed.success) return drop('sidebar message failed its schema');
          post(tabs.get(tabId)?.content, parsed.data);
        }
      });
      return true;
    },
    toContent(tabId, message) {
      return post(tabs.get(tabId)?.content, BackgroundToContent.parse(message));
    },
    toSidebar(tabId, message) {
      return post(tabs.get(tabId)?.sidebar, ContentToSidebar.parse(message));
    },
    tabsWithContent() {
      return [...tabs.entries()].filter(([, ports]) => ports.content).map(([tabId]) => tabId);
    },
  };
}
