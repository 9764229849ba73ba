import { z } from 'zod';

// The typed protocol between a tab's content script and its sidebar frame (an extension page
// in an iframe), relayed by the background over runtime ports — never window.postMessage,
// which any page script can send (DESIGN.md, "Messages cannot be forged by the page").
// Every message is parsed with these schemas on arrival; anything else is dropped.
//
// Transport: the content script and the sidebar each open `browser.runtime.connect` with a
// port name below; the background pairs the two ports of one tab (sender.tab.id) and relays,
// checking that content messages come from a content script (sender.url is the page) and
// sidebar messages from the extension's own origin.

export const PORT_CONTENT = 'ownup/content';
export const PORT_SIDEBAR = 'ownup/sidebar';

const ContextPart = z.enum(['editor', 'customerMessage', 'customerName', 'customerEmail', 'ticketId', 'sendAction']);

export const PageContextSchema = z.object({
  site: z.string().max(40),
  customerMessage: z.object({ text: z.string().max(200_000), time: z.string().max(64).optional() }).optional(),
  customerName: z.string().max(200).optional(),
  customerEmail: z.string().max(320).optional(),
  ticketId: z.string().max(200).optional(),
  unreadable: z.array(ContextPart),
});

/** Drafts above this are refused with a message rather than analyzed per keystroke (1 MB of UTF-16). */
export const MAX_DRAFT_CHARS = 1_000_000;

// ---- content script → sidebar -------------------------------------------------------------

export const ContentToSidebar = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('context'),
    siteName: z.string().max(80),
    /** URL of the ticket (for follow-ups and notes); no text of the page. */
    pageUrl: z.string().max(4096),
    editorKind: z.string().max(40).nullable(),
    context: PageContextSchema,
  }),
  z.object({
    type: z.literal('draft'),
    /** Increases with every change the content script sees; apply requests name the revision they were computed on. */
    revision: z.number().int().nonnegative(),
    text: z.string().max(MAX_DRAFT_CHARS),
    truncated: z.boolean(),
  }),
  z.object({
    type: z.literal('insert-result'),
    requestId: z.string().max(64),
    ok: z.boolean(),
    /** Shown to the rep when ok is false. */
    reason: z.string().max(500).optional(),
    copiedToClipboard: z.boolean(),
  }),
  z.object({
    type: z.literal('sent'),
    /** The draft's revision at the moment of the send action (the sidebar already holds its text). */
    revision: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('editor-gone') }),
  z.object({ type: z.literal('step-finding'), direction: z.enum(['next', 'previous']) }),
]);
export type ContentToSidebar = z.infer<typeof ContentToSidebar>;

// ---- sidebar → content script -------------------------------------------------------------

export const SidebarToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('insert'),
    requestId: z.string().max(64),
    /** The draft revision the request was computed on. */
    revision: z.number().int().nonnegative(),
    mode: z.discriminatedUnion('kind', [
      /** Replace a finding's span; `expected` must still be there. */
      z.object({ kind: z.literal('replace'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), expected: z.string().max(MAX_DRAFT_CHARS) }),
      z.object({ kind: z.literal('replace-all') }),
      z.object({ kind: z.literal('at-caret') }),
    ]),
    text: z.string().max(100_000),
  }),
  /** Collapse to the small tab (showing `badge`) or expand. */
  z.object({ type: z.literal('layout'), collapsed: z.boolean(), badge: z.number().int().nonnegative() }),
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
