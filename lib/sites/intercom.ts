// Intercom Inbox (SITES.md §8). Parts carry their author category in the older markup
// (1 = customer, 3 = teammate, 5 = bot, 20 = automated); the 2026 Tailwind markup does not, so
// a part is the customer's when it links to a user/lead profile, or, on a laid-out page, when
// its bubble sits on the left half of the stream (ICA's fallback).
import { buildContext, safely } from './context';
import {
  deepQueryAll, emailInside, findSendControl, isSendClick, isSendShortcut, isoTime, labelText,
  messageText, pickEditor, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** The conversation stream [M: ICA], older class [M: ICA]. */
  stream: ['[data-testid="conversation-stream-scroll-container"]', '.inbox-2__conversation-stream'],
  /** Parts: legacy groups with a category [M: ICA, CX Copilot], then Tailwind content parts ("April 2026 onwards", ICA). */
  legacyPart: '[data-part-group-id][data-part-group-category]',
  tailwindPart: '[class*="group/content-part"]',
  /** Bodies: rendered blocks, e-mail parts [M: ICA]. */
  body: ['.interblocks-html', '.inbox-2__renderable-part', '.inbox-2__user-email-part'],
  /** Profile links tell customers from teammates where no category is given [L: Intercom URL scheme]. */
  customerLink: 'a[href*="/users/"], a[href*="/leads/"], a[href*="/contacts/"]',
  teammateLink: 'a[href*="/admins/"], a[href*="/teammates/"]',
  time: 'time[datetime]',
  /** Conversation id in the DOM [M: TGL 2021]. */
  conversationId: '[data-conversation-id]',
  /** Header title = customer name [M: ICA]. */
  headerTitle: '[data-inbox-conversation-header-title]',
  /** User details sidebar [L: unsourced]. */
  detailsSidebar: ['[data-testid*="user-details"]', '[data-testid*="details-sidebar"]', '[class*="user-details"]', 'aside', '[role="complementary"]'],
  /** Reply composer (ProseMirror) [H: ICA, CX Copilot]. */
  editor: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.embercom-prosemirror-composer .ProseMirror[contenteditable="true"]',
  ],
} as const;

const CUSTOMER_CATEGORY = '1';

const SEND_RULE: SendClickRule = {
  // No sourced send selector (SITES.md §8 [L]): a "Send" button in the composer.
  sendSelectors: [],
  composeRoots: ['[data-conversation-reply-composer]'],
  editorSelector: '.ProseMirror[contenteditable="true"]',
};

/** A part's author, by category where given, else by profile link, else by bubble side. */
function isCustomerPart(part: Element, stream: Element | null): boolean {
  const category = part.getAttribute('data-part-group-category');
  if (category !== null) return category === CUSTOMER_CATEGORY;
  if (part.querySelector(SELECTORS.teammateLink)) return false;
  if (part.querySelector(SELECTORS.customerLink)) return true;
  return stream !== null && isOnLeftHalf(part, stream);
}

function isOnLeftHalf(part: Element, stream: Element): boolean {
  const box = part.getBoundingClientRect();
  const area = stream.getBoundingClientRect();
  if (box.width === 0 || area.width === 0) return false; // no layout (jsdom, hidden): unknown
  return box.left + box.width / 2 < area.left + area.width / 2;
}

function latestCustomerPart(doc: Document): Element | undefined {
  const stream = queryFirst(doc, SELECTORS.stream);
  const scope: ParentNode = stream ?? doc;
  let parts = deepQueryAll(scope, SELECTORS.legacyPart);
  if (parts.length === 0) parts = deepQueryAll(scope, SELECTORS.tailwindPart);
  return parts.filter((p) => isCustomerPart(p, stream)).at(-1);
}

function readMessage(part: Element): CustomerMessage | undefined {
  const bodies = SELECTORS.body.flatMap((s) => Array.from(part.querySelectorAll(s)));
  // One part group may hold several consecutive bubbles: read them all, in order.
  const outermost = bodies.filter((b) => !bodies.some((other) => other !== b && other.contains(b)));
  if (outermost.length === 0) return undefined;
  outermost.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const text = outermost.map((b) => messageText(b)).filter(Boolean).join('\n\n');
  const times = Array.from(part.querySelectorAll(SELECTORS.time));
  const time = isoTime(times.at(-1));
  return time ? { text, time } : { text };
}

/** The customer's name from their profile link; avatar links carry no text, so any link to the same profile will do. */
function authorName(doc: Document, part: Element): string | undefined {
  const links = Array.from(part.querySelectorAll(SELECTORS.customerLink));
  const named = links.map(labelText).find(Boolean);
  if (named) return named;
  const href = links[0]?.getAttribute('href');
  if (!href) return undefined;
  return Array.from(doc.querySelectorAll('a[href]')).filter((a) => a.getAttribute('href') === href).map(labelText).find(Boolean);
}

function customerEmail(doc: Document): string | undefined {
  for (const selector of SELECTORS.detailsSidebar) {
    for (const panel of Array.from(doc.querySelectorAll(selector))) {
      const email = emailInside(panel);
      if (email) return email;
    }
  }
  return undefined;
}

function conversationId(doc: Document, url: URL): string | undefined {
  return /\/conversations?\/(\d+)/.exec(url.pathname)?.[1]
    ?? doc.querySelector(SELECTORS.conversationId)?.getAttribute('data-conversation-id') ?? undefined;
}

function findEditor(doc: Document): HTMLElement | null {
  for (const selector of SELECTORS.editor) {
    // ICA reports shadow roots in the inbox: look through open ones too.
    const editor = pickEditor(deepQueryAll(doc, selector), doc);
    if (editor) return editor;
  }
  return null;
}

function readContext(doc: Document, url: URL): PageContext {
  const part = safely(() => latestCustomerPart(doc));
  const editor = safely(() => findEditor(doc)) ?? null;
  const author = part && safely(() => authorName(doc, part));
  return buildContext('intercom', {
    customerMessage: part && safely(() => readMessage(part)),
    customerName: labelText(doc.querySelector(SELECTORS.headerTitle)) || author || undefined,
    customerEmail: safely(() => customerEmail(doc)),
    ticketId: safely(() => conversationId(doc, url)),
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

// Regional workspaces live on their own hosts [L: Intercom data hosting, from memory].
const INTERCOM_HOSTS = new Set(['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com']);

export const intercomAdapter: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  examples: {
    match: [
      'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/185733000123456',
      'https://app.eu.intercom.com/a/inbox/q1w2e3r4/inbox/admin/5512/conversation/9911',
      'https://app.intercom.com/a/apps/abc123de/inbox/inbox/conversation/42',
    ],
    noMatch: [
      'https://www.intercom.com/pricing',
      'https://app.intercom.com/a/apps/abc123de/settings/workspace',
      'https://help.intercom.com/en/articles/1234',
    ],
  },
  detect(url) {
    return url.protocol === 'https:' && INTERCOM_HOSTS.has(url.hostname) && /\/inbox(\/|$)/.test(url.pathname);
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
