// Zendesk Agent Workspace (SITES.md §4). Zendesk keeps several tickets' panes and editors
// mounted at once, the background ones often earlier in the document, so every query is scoped
// to the active ticket's pane first.
import { buildContext, safely } from './context';
import {
  editorBySelectors,
  emailIn, findSendControl, isSendClick, isSendShortcut, isVisible, isoTime, labelText,
  messageText, queryFirst, type SendClickRule,
} from './dom';
import type { CustomerMessage, PageContext, SiteAdapter } from './types';

const SELECTORS = {
  /** The active ticket's pane in the workspace grid [H: TGL 2023 `.ticket-panes-grid-layout[data-is-active]`]. */
  activePane: ['.ticket-panes-grid-layout[data-is-active="true"]'],
  /** Per-ticket containers, `{id}` = ticket id [H: LFR, TGL `data-side-conversations-anchor-id`; ZDX `data-ticket-id`]. */
  ticketContainer: ['[data-side-conversations-anchor-id="{id}"]', '[data-ticket-id="{id}"]'],
  /** Any per-ticket container, when no id is known: the visible one wins [same sources]. */
  anyTicketContainer: '.ticket-panes-grid-layout, [data-side-conversations-anchor-id], [data-ticket-id]',
  /** The selected header tab names the active ticket [H: ZDX `header-tab`; TGL `header div[data-selected=true]`]. */
  activeTab: ['[role="tab"][data-test-id="header-tab"][aria-selected="true"][data-entity-id]', 'header div[data-selected="true"][data-entity-id]'],
  /** Reply editors, newest UI first [H: BRI-ZD, JPI]: rich text (email), plain text (messaging), then legacy (LFR). */
  editor: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"]',
    '#editor-view .ck-editor__editable[contenteditable="true"]',
    '[data-test-id="editor-view"] .ck-editor__editable[contenteditable="true"]',
    '.zendesk-editor--rich-text-container [contenteditable="true"]',
  ],
  /** One conversation-log entry [H: ZDX transcript/monitor]. */
  logItem: 'article[data-test-id="omni-log-comment-item"]',
  /** The bubble carries `type="end-user"|"agent"|"internal"` [H: ZDX monitor]. */
  itemMessage: '[data-test-id="omni-log-item-message"]',
  /** Internal-note tag inside an item [M: ZDX]. */
  internalNoteTag: '[data-test-id="omni-log-internal-note-tag"]',
  /** Message content, then the e-mail HTML wrapper [M: ZDX]. */
  itemContent: ['[data-test-id="omni-log-message-content"]', '.zd-comment'],
  /** Noise inside content: read receipts, "Show more" (LFR), signatures (ZDX). */
  contentNoise: ['svg[data-test-id="convo-log-item-read-indicator"]', '[data-test-id="convolog-show-more-button"]', 'div.signature'],
  itemSender: ['[data-test-id="omni-log-item-sender"]', '[data-test-id="omni-log-comment-user-link"]'],
  itemTime: 'time[data-test-id="timestamp-relative"][datetime], time[datetime]',
  /** Requester shown in the ticket's properties panel [M: ZDX; BRI-ZD]. */
  requesterName: [
    '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="typography.ellipsis"]',
    'span[data-test-id="tabs-nav-item-users"] span.react-wrapper',
  ],
  /** The composer's recipient avatar carries the requester's e-mail as `alt` [M: BRI-ZD]. */
  requesterEmail: ['#editor-view [data-garden-id="tags.avatar"] img[alt]', '[data-test-id="editor-view"] [data-garden-id="tags.avatar"] img[alt]', '[data-garden-id="tags.avatar"] img[alt*="@"]'],
  /** "Submit as Open/Pending/Solved" [H: BRI-ZD, TGL]; the status menu button next to it is not a send. */
  send: ['[data-test-id="submit_button-button"]'],
} as const;

const SEND_RULE: SendClickRule = {
  sendSelectors: SELECTORS.send,
  composeRoots: ['.ticket-panes-grid-layout', '[data-side-conversations-anchor-id]', '[data-ticket-id]'],
  editorSelector: '.ck-editor__editable, [data-test-id^="omnicomposer-"][contenteditable], .zendesk-editor--rich-text-container [contenteditable="true"]',
};

const TICKET_PATH = /^\/agent\/tickets\/(\d+)/;

function ticketIdFromUrl(url: URL): string | undefined {
  return TICKET_PATH.exec(url.pathname)?.[1];
}

function activeTabId(doc: Document): string | undefined {
  return queryFirst(doc, SELECTORS.activeTab)?.getAttribute('data-entity-id') ?? undefined;
}

/** The active ticket's container: flagged pane, else the container of the URL's/tab's ticket, else the visible one. */
function activeScope(doc: Document, url: URL | undefined): ParentNode {
  const flagged = queryFirst(doc, SELECTORS.activePane);
  if (flagged) return flagged;
  const id = (url && ticketIdFromUrl(url)) ?? activeTabId(doc);
  if (id && /^\d+$/.test(id)) {
    const byId = queryFirst(doc, SELECTORS.ticketContainer.map((s) => s.replace('{id}', id)));
    if (byId) return byId;
  }
  const containers = Array.from(doc.querySelectorAll(SELECTORS.anyTicketContainer));
  return containers.find(isVisible) ?? doc;
}

function urlOf(doc: Document): URL | undefined {
  return safely(() => new URL(doc.URL));
}

function findEditor(doc: Document): HTMLElement | null {
  return editorBySelectors(doc, SELECTORS.editor, { root: activeScope(doc, urlOf(doc)) });
}

function isCustomerItem(item: Element): boolean {
  const bubble = item.querySelector(SELECTORS.itemMessage);
  return bubble?.getAttribute('type') === 'end-user' && item.querySelector(SELECTORS.internalNoteTag) === null;
}

function latestCustomerItem(scope: ParentNode): Element | undefined {
  return Array.from(scope.querySelectorAll(SELECTORS.logItem)).filter(isCustomerItem).at(-1);
}

function readMessage(item: Element): CustomerMessage | undefined {
  const content = queryFirst(item, SELECTORS.itemContent) ?? item.querySelector(SELECTORS.itemMessage);
  if (!content) return undefined;
  const text = messageText(content, { remove: SELECTORS.contentNoise });
  const time = isoTime(item.querySelector(SELECTORS.itemTime));
  return time ? { text, time } : { text };
}

function readEmail(scope: ParentNode): string | undefined {
  for (const selector of SELECTORS.requesterEmail) {
    for (const img of Array.from(scope.querySelectorAll(selector))) {
      const email = emailIn(img.getAttribute('alt'));
      if (email) return email;
    }
  }
  return undefined;
}

function readContext(doc: Document, url: URL): PageContext {
  const scope = activeScope(doc, url);
  const item = safely(() => latestCustomerItem(scope));
  const editor = safely(() => findEditor(doc)) ?? null;
  const ticketId = ticketIdFromUrl(url) ?? activeTabId(doc)
    ?? (scope as Element).getAttribute?.('data-side-conversations-anchor-id')
    ?? (scope as Element).getAttribute?.('data-ticket-id') ?? undefined;
  return buildContext('zendesk', {
    customerMessage: item && safely(() => readMessage(item)),
    customerName: labelText(queryFirst(scope, SELECTORS.requesterName)) || labelText(item && queryFirst(item, SELECTORS.itemSender)) || undefined,
    customerEmail: safely(() => readEmail(scope)),
    ticketId,
    editor: editor !== null,
    sendAction: editor !== null && findSendControl(editor, SEND_RULE) !== null,
  });
}

export const zendeskAdapter: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/agent/*'],
  examples: {
    match: [
      'https://skyways.zendesk.com/agent/tickets/48213',
      'https://acme-support.zendesk.com/agent/tickets/7/events',
      'https://acme-support.zendesk.com/agent/dashboard',
    ],
    noMatch: [
      'https://www.zendesk.com/pricing/',
      'https://support.zendesk.com/hc/en-us/articles/4408832257562',
      'https://acme-support.zendesk.com/hc/en-us/requests/48213',
      'https://zendesk.com.evil.example/agent/tickets/1',
    ],
  },
  detect(url) {
    return url.protocol === 'https:' && url.hostname.endsWith('.zendesk.com') && url.pathname.startsWith('/agent/');
  },
  findEditor,
  readContext,
  isSendAction(event, editor) {
    return isSendShortcut(event, editor) || isSendClick(event, editor, SEND_RULE);
  },
};
