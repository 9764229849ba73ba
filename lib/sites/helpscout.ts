// Help Scout (SITES.md §6). Help Scout lists the newest thread FIRST, so the latest customer
// message is chosen by time, never by position: `time[datetime]` where shown, else the numeric
// thread id (ids grow with time), else page order read newest-first.
import { buildContext, safely } from './context';
import {
  editorBySelectors,
  emailInside, findSendControl, isSendClick, isSendShortcut, isoTime, labelText, messageText,
  queryAllFirst, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** Thread items: current UI [M: HSA], then the old UI's articles [M: thread-hider]. */
  threadItem: [
    '[data-testid="ThreadContainer"] ol[aria-label="Thread Items"] > li > div[id^="thread-"]',
    'ol[aria-label="Thread Items"] div[id^="thread-"]',
    'article.thread[id^="thread-"]',
  ],
  /** Customer threads: `is-customer` class / "customer" in aria-label [M: HSA, partly speculative]; old UI `.thread.customer`. */
  customerItem: '.is-customer, [aria-label*="customer" i], .thread.customer',
  /** Notes and other non-customer kinds, excluded even when a label mentions the customer [M/L: HSA, thread-hider]. */
  notCustomer: '.is-note, .thread.note, [aria-label*="note" i], .is-lineitem, .thread.lineitem',
  /** Body: current UI [M: HSA `is-wide-layout`], old UI `section.messageBody` [M: thread-hider]. */
  body: ['div[class*="is-wide-layout"]', 'section.messageBody', '[class*="ThreadBody"]', '.message'],
  /** Author [M: HSA `data-nocollapse`]; old UI names [L]. */
  author: ['span[data-nocollapse="true"]', '.thread-header .name', '.from strong', '.from'],
  time: 'time[datetime]',
  /** Customer profile sidebar [L: guessed; SITES.md says Help Scout's sidebar classes are unsourced]. */
  customerSidebar: ['[data-cy*="Customer"]', '[class*="CustomerProfile"]', '[class*="customer-profile"]', 'aside', '[role="complementary"]'],
  /** Ticket number in the header [M: TGL `[data-cy=Text]` under the conversation header]. */
  headerNumber: '[data-cy="ConversationHeader.Actions"] ~ * [data-cy="Text"], [data-cy="ConversationHeader"] [data-cy="Text"]',
  /** Reply editor: Slate 0.47 [M: HSA], then the old Redactor editor [M: CX Copilot]. */
  editor: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"]',
    '[data-slate-editor="true"][contenteditable="true"]',
    '.redactor_redactor.redactor_editor[contenteditable="true"]',
  ],
  /** Old UI send button [M: CX Copilot]; the new UI's is found by its "Send" label [L]. */
  send: ['#sendBtn'],
} as const;

const SEND_RULE: SendClickRule = {
  sendSelectors: SELECTORS.send,
  composeRoots: [],
  editorSelector: '[data-slate-editor], [aria-label="Reply Editor"], .redactor_editor',
};

const CONVERSATION_PATH = /^\/conversation\/(\d+)(?:\/(\d+))?/;

interface Thread { el: Element; time?: string; id: number; position: number }

function threadNumber(el: Element): number {
  const digits = /(\d+)/.exec(el.id)?.[1];
  return digits ? Number(digits) : Number.NaN;
}

function customerThreads(doc: Document): Thread[] {
  return queryAllFirst(doc, SELECTORS.threadItem)
    .map((el, position) => ({ el, time: isoTime(el.querySelector(SELECTORS.time)), id: threadNumber(el), position }))
    .filter(({ el }) => el.matches(SELECTORS.customerItem) && !el.matches(SELECTORS.notCustomer));
}

/** Latest by time; else by thread id; else the first in the page (Help Scout's newest-first order). */
function latestThread(threads: Thread[]): Thread | undefined {
  if (threads.length === 0) return undefined;
  if (threads.every((t) => t.time)) return [...threads].sort((a, b) => b.time!.localeCompare(a.time!))[0];
  if (threads.every((t) => !Number.isNaN(t.id))) return [...threads].sort((a, b) => b.id - a.id)[0];
  return threads[0];
}

function readMessage(thread: Thread): CustomerMessage {
  const body = queryFirst(thread.el, SELECTORS.body) ?? thread.el;
  const text = messageText(body, { remove: SELECTORS.author });
  return thread.time ? { text, time: thread.time } : { text };
}

function customerEmail(doc: Document): string | undefined {
  for (const selector of SELECTORS.customerSidebar) {
    for (const panel of Array.from(doc.querySelectorAll(selector))) {
      const email = emailInside(panel);
      if (email) return email;
    }
  }
  return undefined;
}

function ticketId(doc: Document, url: URL): string | undefined {
  const match = CONVERSATION_PATH.exec(url.pathname);
  // The ticket number is what the rep sees ("#41822"); the conversation id when there is none.
  if (match) return match[2] ?? match[1];
  return /\d+/.exec(labelText(doc.querySelector(SELECTORS.headerNumber)))?.[0];
}

function findEditor(doc: Document): HTMLElement | null {
  return editorBySelectors(doc, SELECTORS.editor);
}

function readContext(doc: Document, url: URL): PageContext {
  const latest = safely(() => latestThread(customerThreads(doc)));
  const editor = safely(() => findEditor(doc)) ?? null;
  return buildContext('helpscout', {
    customerMessage: latest && safely(() => readMessage(latest)),
    customerName: (latest && labelText(queryFirst(latest.el, SELECTORS.author))) || undefined,
    customerEmail: safely(() => customerEmail(doc)),
    ticketId: safely(() => ticketId(doc, url)),
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const helpscoutAdapter: SiteAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  examples: {
    match: [
      'https://secure.helpscout.net/conversation/2873465120/41822?folderId=7531',
      'https://secure.helpscout.net/conversation/2873465120/41822/',
      'https://secure.helpscout.net/mailbox/1a2b3c4d5e6f7a8b/',
    ],
    noMatch: [
      'https://www.helpscout.com/pricing/',
      'https://docs.helpscout.com/article/1346-conversations',
      'https://acme.helpscoutdocs.com/article/12-refunds',
    ],
  },
  detect(url) {
    return url.protocol === 'https:' && url.hostname === 'secure.helpscout.net';
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
