import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BackgroundToContent, type ContentToSidebar, PageContextSchema } from '../../lib/messaging/protocol';
import { pickAdapter } from '../../lib/sites/registry';
import type { PageContext, SiteAdapter } from '../../lib/sites/types';
import { type EditorOps, type EditorSession, startEditorSession } from './editor-session';
import { later, listen, observe, safely, throttled } from './lifetime';
import { mountSidebarFrame, type SidebarFrame } from './sidebar-frame';
import { connectSidebarPort, type IncomingMessage, type SidebarPort } from './sidebar-port';

// The page side of OwnUp. Idle until the adapter finds an editor: one focusin listener and one
// throttled MutationObserver are all it costs on a page without one (DESIGN.md "The content
// script is thin"). Then it mounts the sidebar frame, opens the port and starts an editor session.

/** Mutations arrive in bursts; one editor lookup per burst. Short, for the ≤ 300 ms bar on "editor appears → sidebar shows". */
const CHECK_THROTTLE_MS = 50;
/** Attribute changes that switch the active ticket or reveal a compose box without adding nodes. */
const WATCHED_ATTRIBUTES = ['data-is-active', 'aria-selected', 'hidden', 'contenteditable'];

export interface PageControllerDeps extends EditorOps {
  detectEditorKind(el: HTMLElement): string | null;
  /** The element insertion works on for what the adapter found (an editor iframe → its body). */
  editableRootOf(el: HTMLElement): HTMLElement | null;
}

export function startPageController(ctx: ContentScriptContext, deps: PageControllerDeps): void {
  const signal = ctx.signal;
  const doc = document;
  let adapter: SiteAdapter = pickAdapter(new URL(location.href), doc);
  let session: EditorSession | null = null;
  let frame: SidebarFrame | null = null;
  let port: SidebarPort | null = null;

  const send = (message: ContentToSidebar) => port?.send(message);

  const sendContext = () => {
    const url = new URL(location.href);
    let context: PageContext;
    try {
      context = adapter.readContext(doc, url);
    } catch {
      // Adapters promise not to throw; if one does, the sidebar still learns what it lacks.
      context = { site: adapter.id, unreadable: ['customerMessage', 'customerName', 'customerEmail', 'ticketId', 'sendAction'] };
    }
    const parsed = PageContextSchema.safeParse(context);
    const editorKind = session ? safely(() => deps.detectEditorKind(session!.root), null) : null;
    send({
      type: 'context',
      siteName: adapter.name.slice(0, 80),
      // Origin and path only: a query or hash can carry tokens the sidebar has no use for.
      pageUrl: `${url.origin}${url.pathname}`.slice(0, 4096),
      editorKind,
      context: parsed.success ? parsed.data : { site: adapter.id.slice(0, 40), unreadable: context.unreadable ?? [] },
    });
  };

  const onMessage = (message: IncomingMessage) => {
    switch (message.type) {
      case 'ready':
        sendContext();
        session?.resendDraft();
        return;
      case 'layout':
        frame?.setLayout(message.collapsed);
        return;
      case 'insert':
        if (session) void session.handleInsert(message);
        else
          send({ type: 'insert-result', requestId: message.requestId, ok: false, reason: 'There is no editor on this page right now.', copiedToClipboard: false });
        return;
      case 'toggle-sidebar':
        toggle();
        return;
    }
  };

  const showSidebar = () => {
    port ??= connectSidebarPort(signal, {
      onMessage,
      isContextValid: () => ctx.isValid,
      onConnected: () => {
        sendContext();
        session?.resendDraft();
      },
    });
    frame ??= mountSidebarFrame(doc, signal);
  };

  const toggle = () => {
    if (!frame) showSidebar();
    else frame.toggleHidden();
  };

  const check = () => {
    // After an extension reload this orphaned copy must stop at its next wake-up, not throw.
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    if (!session) adapter = pickAdapter(url, doc);
    const editor = safely(() => adapter.findEditor(doc), null);
    if (session) {
      if (session.editor === editor) return;
      // The generic adapter follows focus: a click elsewhere is not the editor leaving.
      if (editor === null && session.editor.isConnected) return;
      session.end();
      session = null;
      if (!editor) {
        send({ type: 'editor-gone' });
        return;
      }
    }
    if (!editor) return;
    showSidebar();
    const root = safely(() => deps.editableRootOf(editor), null) ?? editor;
    session = startEditorSession({ parentSignal: signal, doc, editor, root, adapter, ops: deps, send });
    sendContext();
    session.resendDraft();
  };

  const scheduleCheck = throttled(signal, check, CHECK_THROTTLE_MS);
  listen(signal, doc, 'focusin', scheduleCheck, { capture: true });
  observe(signal, doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES }, scheduleCheck);
  // Single-page navigation (Zendesk tabs, Gmail threads): the same editor may now belong to another ticket.
  // WXT reports it from the Navigation API's `navigate` event, which fires before location.href
  // changes: read the page once the navigation has committed.
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    later(
      signal,
      () => {
        if (session) {
          session.end();
          session = null;
        }
        check();
        sendContext();
      },
      0,
    ),
  );

  // The toggle command also reaches a page that has no editor yet, hence no port.
  const onRuntimeMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const parsed = BackgroundToContent.safeParse(raw);
    if (parsed.success) onMessage(parsed.data);
  };
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRuntimeMessage));

  check();
}
