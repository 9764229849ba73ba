// Gmail (SITES.md §2). The account's own address is in the document title (BRI), which tells
// the rep's messages from the customer's; quoted history is marked by `.gmail_quote`/blockquote.
import { buildContext, safely } from './context';
import {
  editorBySelectors,
  emailIn, findSendControl, isSendClick, isSendShortcut, isVisible, isoTime, labelText,
  messageText, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** Subject heading with the thread ids [H: GJS `new.get.thread_id`, ISDK `[data-legacy-thread-id]`]. */
  threadHeading: ['h2.hP[data-legacy-thread-id]', 'h2.hP[data-thread-perm-id]', '[data-legacy-thread-id]'],
  /** One message of the open thread [H: ISDK, GJS `div.adn.ads`]. */
  message: 'div.adn[data-message-id], div.adn.ads',
  /** Sender with `email`/`name` attributes [H: GJS, ISDK]. */
  sender: ['span.gD[email]', 'td.gF span[email]', 'span[email][name]'],
  /** Rendered body; `div.a3s` is GJS's body selector, `.ii.gt` its wrapper [H]. */
  body: ['div.ii.gt div.a3s', 'div.a3s', 'div.ii.gt'],
  /** Gmail's trimmed-content toggle ("…") and hidden quoted part [M: ISDK quoted area]. */
  bodyNoise: ['.adL > .im', 'div.adm', 'div.h5'],
  time: ['span.g3[title]', 'span.g3'],
  /** Reply/compose body [H: ISDK `.Ap [g_editable=true]`, GJS, Selenium page objects]. */
  editor: ['div.M9 [g_editable="true"][contenteditable="true"]', 'div[g_editable="true"][role="textbox"]', 'div.Am.editable[contenteditable="true"]'],
  /** Inline reply inside the thread (`.ip.adB`) is preferred over pop-out composes (`div.AD`) [H: ISDK]. */
  inlineCompose: '.ip.adB',
  /** Send; `.Uo` is Send+Archive (still a send), `[aria-haspopup]` schedule-send is not [H: ISDK getSendButton]. */
  send: ['.IZ .Up div > div[role="button"]:not([aria-haspopup="true"])', 'div[role="button"][data-tooltip^="Send"]'],
} as const;

const SEND_RULE: SendClickRule = {
  sendSelectors: SELECTORS.send,
  composeRoots: ['div.M9'],
  editorSelector: '[g_editable="true"], div.Am.editable',
};

/** The signed-in address: the e-mail-shaped token of `document.title` ("Inbox (3) - me@x.com - Gmail") [BRI]. */
function accountEmail(doc: Document): string | undefined {
  return emailIn(doc.title);
}

function senderEmail(message: Element): string | undefined {
  return emailIn(queryFirst(message, SELECTORS.sender)?.getAttribute('email'));
}

/** Expanded messages with a rendered body, in thread order (Gmail lists oldest first). */
function renderedMessages(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(SELECTORS.message)).filter(
    (m) => isVisible(m) && queryFirst(m, SELECTORS.body) !== null,
  );
}

// Consumer mail domains: sharing one with the account says nothing about being on the same team.
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com',
  'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'web.de', 'fastmail.com',
]);

/**
 * Whether a sender is the rep's side: the signed-in address, or a colleague/shared alias on the
 * account's own company domain (reps often answer from support@ while signed in as themselves).
 */
function isOwnSide(from: string, own: string | undefined): boolean {
  if (!own) return false;
  if (from === own) return true;
  const domain = own.split('@')[1] ?? '';
  return !PUBLIC_MAIL_DOMAINS.has(domain) && from.endsWith(`@${domain}`);
}

function latestCustomerMessage(doc: Document): Element | undefined {
  const own = accountEmail(doc);
  return renderedMessages(doc).filter((m) => {
    const from = senderEmail(m);
    return from !== undefined && !isOwnSide(from, own);
  }).at(-1);
}

function readMessage(message: Element): CustomerMessage | undefined {
  const body = queryFirst(message, SELECTORS.body);
  if (!body) return undefined;
  const text = messageText(body, { remove: SELECTORS.bodyNoise });
  const time = isoTime(queryFirst(message, SELECTORS.time));
  return time ? { text, time } : { text };
}

function threadId(doc: Document, url: URL): string | undefined {
  const heading = queryFirst(doc, SELECTORS.threadHeading);
  const fromDom = heading?.getAttribute('data-legacy-thread-id') ?? heading?.getAttribute('data-thread-perm-id');
  if (fromDom) return fromDom;
  // The hash token (#inbox/FMfcgz…) is opaque but stable per thread: better than nothing.
  const token = /^#[^/]+\/([A-Za-z0-9]{16,})$/.exec(url.hash)?.[1];
  return token;
}

function findEditor(doc: Document): HTMLElement | null {
  return editorBySelectors(doc, SELECTORS.editor, { preferred: (c) => c.closest(SELECTORS.inlineCompose) !== null });
}

function readContext(doc: Document, url: URL): PageContext {
  const message = safely(() => latestCustomerMessage(doc));
  const sender = message && queryFirst(message, SELECTORS.sender);
  const editor = safely(() => findEditor(doc)) ?? null;
  return buildContext('gmail', {
    customerMessage: message && safely(() => readMessage(message)),
    customerName: sender?.getAttribute('name') || labelText(sender) || undefined,
    customerEmail: emailIn(sender?.getAttribute('email')),
    ticketId: safely(() => threadId(doc, url)),
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  examples: {
    match: [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMHqLxbqRHGnPtKqVfBpJWlN',
      'https://mail.google.com/mail/u/1/#label/Support/FMfcgzQZTMHqLxbq',
      'https://mail.google.com/mail/u/0/',
    ],
    noMatch: [
      'https://www.google.com/gmail/about/',
      'https://calendar.google.com/calendar/u/0/r',
      'https://mail.google.com.evil.example/mail/u/0/',
    ],
  },
  detect(url) {
    return url.protocol === 'https:' && url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/');
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
