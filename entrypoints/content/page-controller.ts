import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentToSidebar } from '../../lib/messaging/protocol';
import { pickAdapter } from '../../lib/sites/registry';
import type { PageContext, SiteAdapter } from '../../lib/sites/types';
import { type EditorSession, startEditorSession } from './editor-session';
import { later, listen, observe, safely, throttled } from './lifetime';
import type { IncomingMessage, SessionDeps } from './session-deps';
import { mountSidebarFrame, type SidebarFrame } from './sidebar-frame';
import { connectSidebarPort, type SidebarPort } from './sidebar-port';

// The page side of OwnUp. Idle until the adapter finds an editor: one focusin listener and one
// throttled MutationObserver are all it costs on a page without one (DESIGN.md "The content
// script is thin"). Then it mounts the sidebar frame at once and, while the sidebar page loads,
// has the second half (editor strategies, schemas) injected, opens the port and starts an
// editor session.

/**
 * Mutation bursts cost one editor lookup per this many ms (the first one runs at once). About a
 * frame: an editor library that builds its editable over a few ticks is noticed when it is done.
 */
const CHECK_THROTTLE_MS = 20;
/** Attribute changes that switch the active ticket or reveal a compose box without adding nodes. */
const WATCHED_ATTRIBUTES = ['data-is-active', 'aria-selected', 'hidden', 'contenteditable'];
/** After the second half failed to load (no permission for this frame, extension updating), wait this long before asking again. */
const LOAD_RETRY_MS = 10_000;

export function startPageController(ctx: ContentScriptContext, loadDeps: () => Promise<SessionDeps>): void {
  const signal = ctx.signal;
  const doc = document;
  let adapter: SiteAdapter = pickAdapter(new URL(location.href), doc);
  let deps: SessionDeps | null = null;
  let session: EditorSession | null = null;
  /** The editor a session is being prepared for (the second half is loading). */
  let attaching: HTMLElement | null = null;
  let frame: SidebarFrame | null = null;
  let port: SidebarPort | null = null;
  const revisions = { last: 0 };
  let lastLoadFailure = -Infinity;

  const send = (message: ContentToSidebar) => port?.send(message);

  // Below this width the expanded sidebar leaves the page too little room and covers the editor
  // (QA 2026-11-22, a 420 px window): the sidebar folds to its tab until the window widens.
  const NARROW_VIEWPORT_PX = 800;
  let sentNarrow: boolean | null = null;
  const sendViewport = (force = false) => {
    const narrow = window.innerWidth < NARROW_VIEWPORT_PX;
    if (!force && narrow === sentNarrow) return;
    sentNarrow = narrow;
    send({ type: 'viewport', narrow });
  };

  const sendContext = () => {
    if (!deps) return;
    const url = new URL(location.href);
    const context: PageContext = safely(() => adapter.readContext(doc, url), {
      // Adapters promise not to throw; if one does, the sidebar still learns what it lacks.
      site: adapter.id,
      unreadable: ['customerMessage', 'customerName', 'customerEmail', 'ticketId', 'sendAction'],
    });
    const current = deps;
    send(
      current.checkContext({
        type: 'context',
        siteName: adapter.name.slice(0, 80),
        // Origin and path only: a query or hash can carry tokens the sidebar has no use for.
        pageUrl: `${url.origin}${url.pathname}`.slice(0, 4096),
        editorKind: session ? safely(() => current.detectEditorKind(session!.root), null) : null,
        context,
      }),
    );
  };

  const onMessage = (message: IncomingMessage) => {
    switch (message.type) {
      case 'ready':
        sendContext();
        sendViewport(true);
        session?.resendDraft();
        return;
      case 'layout':
        frame?.setLayout(message.collapsed);
        keepEditorClear();
        return;
      case 'insert':
        if (session) void session.handleInsert(message);
        else
          send({ type: 'insert-result', requestId: message.requestId, ok: false, reason: 'There is no editor on this page right now.', copiedToClipboard: false });
        return;
      case 'toggle-sidebar':
        if (!frame) void showSidebar();
        else {
          frame.toggleHidden();
          keepEditorClear();
        }
        return;
    }
  };

  const keepEditorClear = () => {
    if (session && frame) frame.keepClearOf([session.editor, session.root]);
  };

  /** Mounts the frame now; resolves once the second half is in and the port is open. */
  const showSidebar = async (): Promise<SessionDeps | null> => {
    frame ??= mountSidebarFrame(doc, signal);
    try {
      deps ??= await loadDeps();
    } catch {
      // No editor support in this page (the background could not inject): nothing to connect.
      return null;
    }
    if (signal.aborted) return null;
    const current = deps;
    port ??= connectSidebarPort(signal, {
      onMessage,
      parse: (raw) => current.parseIncoming(raw),
      isContextValid: () => ctx.isValid,
      onConnected: () => {
        sendContext();
        session?.resendDraft();
      },
    });
    return current;
  };

  const attach = (editor: HTMLElement) => {
    // The background could not load the second half a moment ago: do not ask on every mutation.
    if (Date.now() - lastLoadFailure < LOAD_RETRY_MS) return;
    attaching = editor;
    void showSidebar().then((loaded) => {
      if (attaching !== editor) return;
      attaching = null;
      if (!loaded) {
        lastLoadFailure = Date.now();
        return;
      }
      if (signal.aborted) return;
      if (!editor.isConnected) return scheduleCheck();
      const root = safely(() => loaded.editableRootOf(editor), null) ?? editor;
      session = startEditorSession({ parentSignal: signal, doc, editor, root, adapter, ops: loaded, send, revisions });
      sendContext();
      session.resendDraft();
      keepEditorClear();
    });
  };

  const check = () => {
    // After an extension reload this orphaned copy must stop at its next wake-up, not throw.
    if (ctx.isInvalid) return;
    const url = new URL(location.href);
    if (!session && !attaching) adapter = pickAdapter(url, doc);
    const editor = safely(() => adapter.findEditor(doc), null);
    if (attaching) {
      if (attaching === editor || (editor === null && attaching.isConnected)) return;
      attaching = null;
    }
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
    if (editor) attach(editor);
  };

  const scheduleCheck = throttled(signal, check, CHECK_THROTTLE_MS);
  listen(signal, window, 'resize', throttled(signal, () => {
    keepEditorClear();
    sendViewport();
  }, 200));
  listen(signal, doc, 'focusin', scheduleCheck, { capture: true });
  observe(signal, doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES }, (records) => {
    // Typing inside the attached editor changes nothing about which editor is active.
    const inside = session?.root;
    if (inside && records.every((r) => inside.contains(r.target))) return;
    scheduleCheck();
  });
  // Single-page navigation (Zendesk tabs, Gmail threads): the same editor may now belong to
  // another ticket. WXT reports it from the Navigation API's `navigate` event, which fires
  // before location.href changes: read the page once the navigation has committed.
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    later(
      signal,
      () => {
        if (session) {
          session.end();
          session = null;
        }
        attaching = null;
        check();
        sendContext();
      },
      0,
    ),
  );

  // The toggle command also reaches a page that has no editor yet, hence no port.
  const onRuntimeMessage = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    void loadDeps().then(
      (loaded) => {
        const message = loaded.parseBackground(raw);
        if (message && !signal.aborted) onMessage(message);
      },
      () => undefined,
    );
  };
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRuntimeMessage));

  check();
}
