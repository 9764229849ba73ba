import * as z from 'zod/mini';

// The typed protocol between a tab's content script and its sidebar frame (an extension page
// in an iframe), relayed by the background over runtime ports — never window.postMessage,
// which any page script can send (DESIGN.md, "Messages cannot be forged by the page").
// Every message is parsed with these schemas on arrival; anything else is dropped.
//
// Transport: the content script and the sidebar each open `browser.runtime.connect` with a
// port name below; the background pairs the two ports of one tab (sender.tab.id) and relays,
// checking that content messages come from a content script (sender.url is the page) and
// sidebar messages from the extension's own origin.
//
// Written with zod/mini (the same schemas, functional syntax): it is tree-shakable, and the
// content script that imports this file must stay under 20 KB gzipped (issue 3 bars); the
// classic `zod` build alone is larger than that. Consumers use `.safeParse`/`.parse` and
// `z.infer` exactly as with classic zod.

import { MAX_DRAFT_CHARS } from './constants';

export { MAX_DRAFT_CHARS, PORT_CONTENT, PORT_SIDEBAR } from './constants';

const ContextPart = z.enum(['editor', 'customerMessage', 'customerName', 'customerEmail', 'ticketId', 'sendAction']);

export const PageContextSchema = z.object({
  site: z.string().check(z.maxLength(40)),
  customerMessage: z.optional(z.object({ text: z.string().check(z.maxLength(200_000)), time: z.optional(z.string().check(z.maxLength(64))) })),
  customerName: z.optional(z.string().check(z.maxLength(200))),
  customerEmail: z.optional(z.string().check(z.maxLength(320))),
  ticketId: z.optional(z.string().check(z.maxLength(200))),
  unreadable: z.array(ContextPart),
});


// ---- content script → sidebar -------------------------------------------------------------

export const ContentToSidebar = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('context'),
    siteName: z.string().check(z.maxLength(80)),
    /** URL of the ticket (for follow-ups and notes); no text of the page. */
    pageUrl: z.string().check(z.maxLength(4096)),
    editorKind: z.nullable(z.string().check(z.maxLength(40))),
    context: PageContextSchema,
  }),
  z.object({
    type: z.literal('draft'),
    /** Increases with every change the content script sees; apply requests name the revision they were computed on. */
    revision: z.int().check(z.nonnegative()),
    text: z.string().check(z.maxLength(MAX_DRAFT_CHARS)),
    truncated: z.boolean(),
  }),
  z.object({
    type: z.literal('insert-result'),
    requestId: z.string().check(z.maxLength(64)),
    ok: z.boolean(),
    /** Shown to the rep when ok is false. */
    reason: z.optional(z.string().check(z.maxLength(500))),
    copiedToClipboard: z.boolean(),
  }),
  z.object({
    type: z.literal('sent'),
    /** The draft's revision at the moment of the send action (the sidebar already holds its text). */
    revision: z.int().check(z.nonnegative()),
  }),
  z.object({ type: z.literal('editor-gone') }),
  z.object({ type: z.literal('step-finding'), direction: z.enum(['next', 'previous']) }),
  /** The page's window is too narrow to give the sidebar room beside the editor: fold to the tab. */
  z.object({ type: z.literal('viewport'), narrow: z.boolean() }),
]);
export type ContentToSidebar = z.infer<typeof ContentToSidebar>;

// ---- sidebar → content script -------------------------------------------------------------

export const SidebarToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('insert'),
    requestId: z.string().check(z.maxLength(64)),
    /** The draft revision the request was computed on. */
    revision: z.int().check(z.nonnegative()),
    mode: z.discriminatedUnion('kind', [
      /** Replace a finding's span; `expected` must still be there. */
      z.object({ kind: z.literal('replace'), start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()), expected: z.string().check(z.maxLength(MAX_DRAFT_CHARS)) }),
      z.object({ kind: z.literal('replace-all') }),
      z.object({ kind: z.literal('at-caret') }),
    ]),
    text: z.string().check(z.maxLength(100_000)),
  }),
  /** Collapse to the small tab (showing `badge`) or expand. */
  z.object({ type: z.literal('layout'), collapsed: z.boolean(), badge: z.int().check(z.nonnegative()) }),
]);
export type SidebarToContent = z.infer<typeof SidebarToContent>;

// ---- background → content script ----------------------------------------------------------
// Added by E1 for the keyboard commands (manifest `commands`): the background sends these on the
// content port of the active tab. `step-finding` for the sidebar is a ContentToSidebar message the
// background itself posts on the sidebar port (same shape as if the content script had sent it).

export const BackgroundToContent = z.discriminatedUnion('type', [
  /** The `toggle-sidebar` command: show the sidebar (mounting it if the page has no editor yet) or collapse it. */
  z.object({ type: z.literal('toggle-sidebar') }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

// ---- lifetime of the two ports (for both sides) --------------------------------------------
// The MV3 service worker can be stopped while idle, which disconnects both ports. Each side
// reconnects on `onDisconnect` while its context is alive. The content script sends `context`
// and the latest `draft` on every (re)connect and again whenever it receives `ready`, so the
// sidebar should send `ready` after each (re)connect and may rely on getting the state back.

// ---- content script → background (one-off runtime messages, not the port) ---------------------
// Added by E1. The editors module asks for OwnUp's main-world script in its own frame
// (lib/sites/editors/main-world-client.ts); the background injects it into exactly the sender's
// tab and frame, after checking the sender is this extension's content script on a web page.

export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('inject-main-world') }),
  /** Load the content script's second half (editor strategies, schemas) into the sender's frame once an editor appears. */
  z.object({ type: z.literal('load-session') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;
