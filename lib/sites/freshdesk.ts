// Freshdesk agent UI (SITES.md §5). Only bodies, containers and the editor are sourced; who
// wrote an item is not, so it is read defensively: the ticket description is always the
// requester's, and a later item is the customer's when its author links to a contact record or
// carries the requester's name. Private notes are recognized by their label/classes.
import { buildContext, safely } from './context';
import {
  editorBySelectors,
  emailInside, findSendControl, isSendClick, isSendShortcut, isoTime, labelText, messageText,
  queryAllFirst, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** Ticket number in the breadcrumb ("#8841") [H: TGL Mint]; older UI `#ticket-display-id` [M: TGL]. */
  ticketNumber: ['.breadcrumb__item.active', '#ticket-display-id'],
  /** The requester's first message [M: FDS]. */
  description: '.ticket-description',
  /** Conversation items: Mint wraps each in `[data-album]` [M: mint-navigator]; bare items otherwise. */
  conversationItem: ['[data-album] .ticket-details__item', '.ticket-details__item'],
  /** Message text in any item [M: FDS `.text__content`]. */
  body: '.text__content',
  /** Quoted history Freshdesk adds to e-mail replies [L: from memory of Freshdesk mail markup]. */
  quoted: ['.freshdesk_quote', '.quoted-text'],
  /** Author links: contacts are customers, agents are not [L: Freshdesk URL scheme /a/contacts/, /a/admin/agents/]. */
  contactLink: 'a[href*="/a/contacts/"], a[href*="/contacts/"]',
  agentLink: 'a[href*="/agents/"]',
  authorName: ['[data-test-id*="author"]', '.user-name', '.author', '.sender-name'],
  /** Private notes [L: classes/labels seen as "private-note"/"Private note" in the agent UI]. */
  privateNote: '[class*="private-note"], [class*="private_note"], [data-test-id*="private-note"], [aria-label*="private note" i]',
  time: 'time[datetime], [data-test-id*="time"][title]',
  /** Requester widget in the ticket sidebar [L: no sourced selector]. */
  requesterWidget: ['[data-test-id*="requester"]', '[class*="requester"]', '[class*="contact-info"]', '[class*="contact-details"]'],
  /** Reply editor: Froala in the active editor container [M: FDS v7, Playwright idx#71006600985]; Redactor (older UI). */
  editor: [
    '[data-test-id="active-editor"] .fr-element.fr-view[contenteditable="true"]',
    '.fr-element.fr-view[contenteditable="true"]',
    '.redactor-editor[contenteditable="true"]',
  ],
} as const;

const SEND_RULE: SendClickRule = {
  // No sourced send selector (SITES.md §5 [L]): a "Send" button sharing the reply pane.
  sendSelectors: [],
  composeRoots: [],
  editorSelector: '.fr-element[contenteditable="true"], .redactor-editor[contenteditable="true"]',
};

const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)/;

interface Item { el: Element; body: Element; time?: string; index: number }

function requesterName(doc: Document): string | undefined {
  const widget = queryFirst(doc, SELECTORS.requesterWidget);
  const fromWidget = labelText(widget?.querySelector(SELECTORS.contactLink)) || labelText(widget && queryFirst(widget, SELECTORS.authorName));
  if (fromWidget) return fromWidget;
  const description = doc.querySelector(SELECTORS.description);
  return (description && authorOf(description)) || undefined;
}

function requesterEmail(doc: Document): string | undefined {
  const widget = queryFirst(doc, SELECTORS.requesterWidget);
  if (!widget) return undefined;
  return emailInside(widget);
}

function authorOf(el: Element): string {
  return labelText(el.querySelector(SELECTORS.contactLink)) || labelText(queryFirst(el, SELECTORS.authorName))
    || labelText(el.querySelector(SELECTORS.agentLink));
}

function isCustomerItem(el: Element, requester: string | undefined): boolean {
  if (el.matches(SELECTORS.privateNote) || el.querySelector(SELECTORS.privateNote)) return false;
  if (el.querySelector(SELECTORS.agentLink) && !el.querySelector(SELECTORS.contactLink)) return false;
  if (el.querySelector(SELECTORS.contactLink)) return true;
  return requester !== undefined && authorOf(el) === requester;
}

/** Customer items, latest last: by time where every item shows one, else in page order. */
function customerItems(doc: Document): Item[] {
  const requester = requesterName(doc);
  const items: Item[] = [];
  const description = doc.querySelector(SELECTORS.description);
  const descriptionBody = description?.querySelector(SELECTORS.body);
  if (description && descriptionBody) items.push({ el: description, body: descriptionBody, time: isoTime(description.querySelector(SELECTORS.time)), index: 0 });
  queryAllFirst(doc, SELECTORS.conversationItem).forEach((el, i) => {
    const body = el.querySelector(SELECTORS.body);
    if (body && !description?.contains(el) && isCustomerItem(el, requester)) {
      items.push({ el, body, time: isoTime(el.querySelector(SELECTORS.time)), index: i + 1 });
    }
  });
  if (items.every((it) => it.time !== undefined)) items.sort((a, b) => a.time!.localeCompare(b.time!));
  return items;
}

function readMessage(item: Item): CustomerMessage {
  const text = messageText(item.body, { remove: SELECTORS.quoted });
  return item.time ? { text, time: item.time } : { text };
}

function ticketId(doc: Document, url: URL): string | undefined {
  const fromUrl = TICKET_PATH.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  return /\d+/.exec(labelText(queryFirst(doc, SELECTORS.ticketNumber)))?.[0];
}

function findEditor(doc: Document): HTMLElement | null {
  return editorBySelectors(doc, SELECTORS.editor);
}

function readContext(doc: Document, url: URL): PageContext {
  const latest = safely(() => customerItems(doc).at(-1));
  const editor = safely(() => findEditor(doc)) ?? null;
  return buildContext('freshdesk', {
    customerMessage: latest && safely(() => readMessage(latest)),
    customerName: safely(() => requesterName(doc)) ?? (latest && authorOf(latest.el)) ?? undefined,
    customerEmail: safely(() => requesterEmail(doc)),
    ticketId: safely(() => ticketId(doc, url)),
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const freshdeskAdapter: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/a/*', 'https://*.freshdesk.com/helpdesk/*'],
  examples: {
    match: ['https://homenest.freshdesk.com/a/tickets/8841', 'https://homenest.freshdesk.com/helpdesk/tickets/8841'],
    noMatch: [
      'https://homenest.freshdesk.com/support/tickets/8841',
      'https://www.freshworks.com/freshdesk/',
      'https://freshdesk.com.evil.example/a/tickets/1',
    ],
  },
  detect(url) {
    return url.protocol === 'https:' && url.hostname.endsWith('.freshdesk.com') && /^\/(a|helpdesk)\//.test(url.pathname);
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
