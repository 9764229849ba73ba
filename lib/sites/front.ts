// Front (SITES.md §7). No public source documents Front's web DOM, so nothing here is a
// sourced selector: the conversation id comes from the URL (`cnv_…`, Front API ids), the editor
// and send button are found the generic way, and messages are read only where the page states
// their direction in roles, labels or class words ("inbound"/"outbound", "comment"); otherwise
// the context names the thread parts unreadable. The robust route is Front's plugin SDK.
import { buildContext, safely } from './context';
import {
  deepActiveElement, editableRoot, emailIn, emailInside, findSendControl, isSendClick,
  isSendShortcut, isWritingArea, labelText, messageText, nameBeforeEmail, pickEditor, type SendClickRule,
} from './dom';
import { writingAreas } from './generic';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** The conversation region [L: landmark roles]. */
  main: 'main, [role="main"]',
  /** Message containers [L: ARIA article role, HTML article]. */
  message: '[role="article"], article',
  /** Direction words in class names / data attributes / labels [L: CSS-module class names keep their source words]. */
  inbound: '[class*="inbound" i], [data-direction="inbound"], [aria-label*="received" i], [aria-label*="inbound" i]',
  outbound: '[class*="outbound" i], [data-direction="outbound"], [aria-label*="sent by" i], [aria-label*="outbound" i]',
  /** Internal comments between teammates [L]. */
  comment: '[class*="comment" i], [aria-label*="comment" i]',
  /** Sender line [L]. */
  sender: '[aria-label^="From" i], [class*="sender" i], [class*="from" i], [class*="author" i]',
  /** Body [L]. */
  body: '[class*="body" i], [class*="content" i]',
  /** Conversation id in markup, if any [L]. */
  conversationAttr: '[data-conversation-id^="cnv_"], [data-id^="cnv_"]',
  /** Writing areas that are not the reply [L: Front's search and recipient fields]. */
  notReply: '[role="search"], [role="combobox"], [aria-label*="search" i], [aria-label*="subject" i]',
} as const;

const SEND_RULE: SendClickRule = {
  sendSelectors: [],
  composeRoots: [],
  editorSelector: 'textarea, [contenteditable="true"], [contenteditable=""]',
};

const CONVERSATION_ID = /\b(cnv_[a-z0-9]+)\b/i;

function messages(doc: Document): Element[] {
  const main = doc.querySelector(SELECTORS.main) ?? doc;
  const all = Array.from(main.querySelectorAll(SELECTORS.message));
  // Nested matches (an article holding a role=article child): keep the outermost.
  return all.filter((m) => !all.some((other) => other !== m && other.contains(m)));
}

function isInbound(message: Element): boolean {
  const self = (s: string) => message.matches(s) || message.querySelector(s) !== null;
  if (message.matches(SELECTORS.comment) || self(SELECTORS.outbound)) return false;
  return self(SELECTORS.inbound);
}

function readMessage(message: Element): CustomerMessage | undefined {
  const body = message.querySelector(SELECTORS.body) ?? message;
  const text = messageText(body, { remove: [SELECTORS.sender] });
  const time = message.querySelector('time[datetime]')?.getAttribute('datetime');
  return time ? { text, time } : { text };
}

function sender(message: Element): { name?: string; email?: string } {
  const line = message.querySelector(SELECTORS.sender);
  const label = line?.getAttribute('aria-label') ?? line?.getAttribute('title') ?? labelText(line);
  const email = emailIn(label) ?? (line ? emailInside(line) : undefined);
  const name = nameBeforeEmail(label) ?? (labelText(line).replace(email ?? '', '').trim() || undefined);
  return { name, email };
}

function findEditor(doc: Document): HTMLElement | null {
  const focused = editableRoot(deepActiveElement(doc));
  if (focused && isWritingArea(focused) && !focused.closest(SELECTORS.notReply)) return focused;
  const areas = writingAreas(doc).filter((a) => !a.matches(SELECTORS.notReply) && !a.closest(SELECTORS.notReply));
  return areas.length === 1 ? (areas[0] ?? null) : pickEditor(areas.filter((a) => /reply|message|compose|body/i.test(a.getAttribute('aria-label') ?? '')), doc);
}

function readContext(doc: Document, url: URL): PageContext {
  const latest = safely(() => messages(doc).filter(isInbound).at(-1));
  const from = latest ? sender(latest) : {};
  const editor = safely(() => findEditor(doc)) ?? null;
  return buildContext('front', {
    customerMessage: latest && safely(() => readMessage(latest)),
    customerName: from.name,
    customerEmail: from.email,
    ticketId: CONVERSATION_ID.exec(url.pathname)?.[1] ?? doc.querySelector(SELECTORS.conversationAttr)?.getAttribute('data-conversation-id') ?? undefined,
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const frontAdapter: SiteAdapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  examples: {
    match: ['https://app.frontapp.com/open/cnv_55c8c149', 'https://app.frontapp.com/inboxes/teammates/1234/inbox/open/cnv_3f9a2k'],
    noMatch: ['https://front.com/pricing', 'https://help.front.com/en/articles/2049', 'https://dev.frontapp.com/reference/introduction'],
  },
  detect(url) {
    return url.protocol === 'https:' && url.hostname === 'app.frontapp.com';
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
