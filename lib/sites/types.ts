// The contract between the content script and the site adapters. An adapter READS a page
// (STYLE.md: Briskine's first axis); inserting text is lib/sites/editors' job (second axis).
// Adapters are data plus small pure-DOM readers: they take a Document (and the URL), never
// touch `browser`, never hold state, so they run in jsdom unit tests on fixture pages.

export type SiteId =
  | 'zendesk'
  | 'gmail'
  | 'outlook'
  | 'freshdesk'
  | 'helpscout'
  | 'front'
  | 'intercom'
  | 'generic';

/** Which parts of the context the adapter could read; the sidebar names what it could not. */
export type ContextPart = 'editor' | 'customerMessage' | 'customerName' | 'customerEmail' | 'ticketId' | 'sendAction';

export interface CustomerMessage {
  /** Plain text of the latest customer message, quoted history and signature left out where the DOM marks them. */
  text: string;
  /** ISO time when the page shows it. */
  time?: string;
}

export interface PageContext {
  site: SiteId;
  customerMessage?: CustomerMessage;
  customerName?: string;
  customerEmail?: string;
  ticketId?: string;
  /** Parts this adapter is built to read but did not find on this page. */
  unreadable: ContextPart[];
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name shown in the sidebar ("Zendesk"). */
  name: string;
  /** Match patterns for the manifest (`https://*.zendesk.com/*`); empty for the generic adapter. */
  matches: string[];
  /** URLs this adapter must claim and URLs it must not; a structure test checks both across all adapters. */
  examples: { match: string[]; noMatch: string[] };
  /** Whether this adapter handles this page (URL first, DOM markers for custom domains). */
  detect(url: URL, doc: Document): boolean;
  /** The active reply editor: a textarea/input or a contenteditable root, scoped to the active ticket. */
  findEditor(doc: Document): HTMLElement | null;
  /** Reads customer message, identity and ticket id; never throws on an unknown layout. */
  readContext(doc: Document, url: URL): PageContext;
  /**
   * Whether a user action is this site's send action for the given editor: a click on its send
   * button or Ctrl/Cmd+Enter inside the editor (SITES.md §10). Called from capture-phase listeners.
   */
  isSendAction(event: Event, editor: HTMLElement): boolean;
}
