// Outlook on the web (SITES.md §3): Microsoft's hosts by URL, custom (on-premises or vanity)
// domains by OWA's own asset markers. Messages are read in reading-pane order (newest last in
// the default conversation layout, OLA); drafts in the conversation are skipped.
import { buildContext, safely } from './context';
import {
  emailIn, findSendControl, isSendClick, isSendShortcut, isoTime, labelText, messageText,
  nameBeforeEmail, pickEditor, queryAllFirst, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);

const SELECTORS = {
  /** OWA markers for custom domains [M: BRI outlook.js detection]. */
  owaMarkers: 'head [href*="cdn.office.net"], meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"]',
  /** Reading pane, new then older id [M-H: TGL]. */
  readingPane: ['[data-app-section="MailReadCompose"]', '#ReadingPaneContainerId'],
  /** Rendered message bodies [M: OLA]; editable ones are drafts/composes (OLA `olIsDraft`). */
  messageBody: ['div[id^="UniqueMessageBody_"][role="document"]', 'div[role="document"][aria-label="Message body"]'],
  /** The rendered mail inside a body (`rps_xxxx` scoping class) [M: OLA]. */
  renderedRoot: '[class^="rps_"], [class*=" rps_"]',
  /** Sender block of one message, with "From: Name <email>" in an aria-label [M: OLA]. */
  sender: '[id^="MSG_"][id$="_FROM"]',
  senderLabel: '[aria-label^="From:"]',
  time: '[data-testid="SentReceivedSavedTime"], time[datetime]',
  /** Subject heading carries the conversation id in its element id [M: TGL]. */
  subjectHeading: '[role="heading"][id^="CONV_"][id$="_SUBJECT"]',
  /** Selected conversation in the message list [M: OLA]. */
  selectedRow: '[role="option"][aria-selected="true"][data-convid]',
  /**
   * Reply/compose body [H: OLA, BRI spec `[aria-multiline]`]. Newer builds label it
   * "Message body, press Alt+F10 to exit" [L: from memory], hence the prefix match.
   */
  editor: [
    'div[aria-label="Message body"][contenteditable="true"][role="textbox"]',
    'div[aria-label^="Message body"][contenteditable="true"][aria-multiline="true"]',
  ],
  /** Send [H: TGL `ComposeSendButton`, OLA `button[aria-label=Send]`]. */
  send: ['[data-testid="ComposeSendButton"]', 'button[aria-label="Send"]'],
} as const;

const SEND_RULE: SendClickRule = {
  sendSelectors: SELECTORS.send,
  // Docked compose and pop-out form [H/M: SITES.md §3]; the inline reply has no sourced root,
  // so the common-ancestor rule decides there.
  composeRoots: ['[id*="docking_InitVisiblePart"]', '[data-app-section="Form_Content"]'],
  editorSelector: '[aria-label^="Message body"][contenteditable="true"]',
};

function isDraft(body: Element): boolean {
  return body.getAttribute('contenteditable') === 'true' || body.querySelector('[contenteditable="true"]') !== null;
}

/** The message item around a body: the nearest ancestor holding a sender block, if it holds no other body. */
function messageItem(body: Element): Element | null {
  for (let node = body.parentElement; node; node = node.parentElement) {
    if (node.querySelector(SELECTORS.sender)) {
      return node.querySelectorAll(SELECTORS.messageBody.join(', ')).length === 1 ? node : null;
    }
  }
  return null;
}

interface SenderInfo { name?: string; email?: string }

function senderOf(item: Element | null): SenderInfo {
  const block = item?.querySelector(SELECTORS.sender);
  if (!block) return {};
  const label = block.querySelector(SELECTORS.senderLabel)?.getAttribute('aria-label') ?? block.getAttribute('title') ?? labelText(block);
  return { name: nameBeforeEmail(label) ?? labelText(block), email: emailIn(label) };
}

/**
 * The latest customer message: the last non-draft body whose sender shows an e-mail address.
 * Same-organization senders (the rep's colleagues) show only a name (OLA), which is how OWA
 * itself tells outside senders from the team.
 */
function latestCustomer(doc: Document): { body: Element; sender: SenderInfo } | undefined {
  const scope = queryFirst(doc, SELECTORS.readingPane) ?? doc;
  const bodies = queryAllFirst(scope, SELECTORS.messageBody).filter((b) => !isDraft(b));
  for (const body of bodies.reverse()) {
    const sender = senderOf(messageItem(body));
    if (sender.email) return { body, sender };
  }
  return undefined;
}

function readMessage(body: Element): CustomerMessage {
  const root = body.querySelector(SELECTORS.renderedRoot) ?? body;
  const text = messageText(root);
  const time = isoTime(messageItem(body)?.querySelector(SELECTORS.time));
  return time ? { text, time } : { text };
}

function conversationId(doc: Document, url: URL): string | undefined {
  const itemId = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (itemId) return decodeURIComponent(itemId);
  const heading = doc.querySelector(SELECTORS.subjectHeading)?.id;
  const fromHeading = heading && /^CONV_(.+)_SUBJECT$/.exec(heading)?.[1];
  return fromHeading || doc.querySelector(SELECTORS.selectedRow)?.getAttribute('data-convid') || undefined;
}

/**
 * The focused compose body; unfocused, a docked or popped-out compose (opened on purpose) over
 * an inline draft in the reading pane, which may be an abandoned one.
 */
function findEditor(doc: Document): HTMLElement | null {
  const candidates = Array.from(doc.querySelectorAll(SELECTORS.editor.join(', ')));
  return pickEditor(candidates, doc, (c) => SEND_RULE.composeRoots.some((root) => c.closest(root) !== null));
}

function readContext(doc: Document, url: URL): PageContext {
  const customer = safely(() => latestCustomer(doc));
  const editor = safely(() => findEditor(doc)) ?? null;
  return buildContext('outlook', {
    customerMessage: customer && safely(() => readMessage(customer.body)),
    customerName: customer?.sender.name,
    customerEmail: customer?.sender.email,
    ticketId: safely(() => conversationId(doc, url)),
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook',
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  examples: {
    match: [
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWRkLTk3YzMtMDACLTAwCgAQAKd3%2FnQx',
      'https://outlook.office365.com/mail/deeplink/compose',
      'https://outlook.live.com/mail/0/inbox',
      'https://outlook.office.com/owa/?path=/mail/inbox',
    ],
    noMatch: [
      'https://outlook.office.com/calendar/view/week',
      'https://www.microsoft.com/en-us/microsoft-365/outlook',
      'https://outlook.office.com.evil.example/mail/',
    ],
  },
  detect(url, doc) {
    if (url.protocol !== 'https:') return false;
    if (OUTLOOK_HOSTS.has(url.hostname)) return /^\/(mail|owa)(\/|$)/.test(url.pathname);
    return doc.querySelector(SELECTORS.owaMarkers) !== null;
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
