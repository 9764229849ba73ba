import { MAX_DRAFT_CHARS } from '../../lib/messaging/constants';
import type { ContentToSidebar, SidebarToContent } from '../../lib/messaging/protocol';
import type { InsertRequest } from '../../lib/sites/editors/types';
import type { SiteAdapter } from '../../lib/sites/types';
import { copyToClipboard } from './clipboard';
import { childScope, debounced, listen, observe, safely } from './lifetime';

// One attached editor: watches the draft, reports it with a revision, detects the send action,
// and applies the sidebar's insert requests. Everything it sets up dies with its scope, which
// the page controller aborts when the editor goes away or the extension context is invalidated.

/** Long enough to coalesce a burst of keystrokes, short enough for findings ≤ 150 ms after the last one (issue 3 bars). */
const DRAFT_DEBOUNCE_MS = 40;

export interface EditorOps {
  readDraft(el: HTMLElement): string;
  insertText(el: HTMLElement, request: InsertRequest): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export interface EditorSession {
  /** The element the site adapter found (identity of the session, send detection). */
  readonly editor: HTMLElement;
  /** The element the text lives in (see `root` below). */
  readonly root: HTMLElement;
  /** Re-send the latest draft (after `ready` or a reconnect). */
  resendDraft(): void;
  handleInsert(message: Extract<SidebarToContent, { type: 'insert' }>): Promise<void>;
  /** The editor left the page: stop watching (the controller tells the sidebar). */
  end(): void;
}

export function startEditorSession(options: {
  parentSignal: AbortSignal;
  doc: Document;
  editor: HTMLElement;
  /**
   * Where the text lives: the editing host, or an editor iframe's <body> (TinyMCE), per
   * lib/sites/editors/README.md (`editableRootOf`). Defaults to `editor`.
   */
  root?: HTMLElement;
  adapter: SiteAdapter;
  ops: EditorOps;
  send(message: ContentToSidebar): void;
  /**
   * Shared by every session of the page, so revisions only grow: after a ticket switch the
   * sidebar never sees a revision it already analyzed for another draft.
   */
  revisions?: { last: number };
}): EditorSession {
  const { doc, editor, adapter, ops, send } = options;
  const root = options.root ?? editor;
  const scope = childScope(options.parentSignal);
  const revisions = options.revisions ?? { last: 0 };
  let revision = revisions.last;
  let lastText: string | null = null;

  /** Reads the editor; a changed text gets a new revision. Returns the current revision. */
  const readNow = (): number => {
    let text: string;
    try {
      text = ops.readDraft(root);
    } catch {
      return revision;
    }
    if (text === lastText) return revision;
    lastText = text;
    revision = ++revisions.last;
    sendDraft();
    return revision;
  };

  const sendDraft = () => {
    if (lastText === null) return;
    const truncated = lastText.length > MAX_DRAFT_CHARS;
    send({ type: 'draft', revision, text: truncated ? lastText.slice(0, MAX_DRAFT_CHARS) : lastText, truncated });
  };

  const draftWatcher = debounced(scope.signal, () => void readNow(), DRAFT_DEBOUNCE_MS);
  // `input` covers typing in textareas and contenteditables; the observer covers editors that
  // re-render their DOM from a model (CKEditor 5, undo, the site's own macros).
  listen(scope.signal, root, 'input', draftWatcher.schedule);
  observe(scope.signal, root, { childList: true, characterData: true, subtree: true }, draftWatcher.schedule);

  // Capture phase: the site's own handlers may remove the editor or stop propagation on send.
  const onPossibleSend = (event: Event) => {
    if (!safely(() => adapter.isSendAction(event, editor), false)) return;
    // The draft as it is at the moment of sending, not after the site clears the editor.
    draftWatcher.flush();
    send({ type: 'sent', revision: readNow() });
  };
  listen(scope.signal, doc, 'click', onPossibleSend, { capture: true });
  listen(scope.signal, doc, 'keydown', onPossibleSend, { capture: true });
  // Ctrl+Enter typed inside an iframe editor never reaches the top document.
  if (root.ownerDocument !== doc) listen(scope.signal, root.ownerDocument, 'keydown', onPossibleSend, { capture: true });

  readNow();

  const fail = async (requestId: string, reason: string, text: string) => {
    const copied = await copyToClipboard(doc, text);
    send({
      type: 'insert-result',
      requestId,
      ok: false,
      reason: copied ? `${reason} The text is on your clipboard.` : reason,
      copiedToClipboard: copied,
    });
  };

  return {
    editor,
    root,
    resendDraft: sendDraft,
    async handleInsert(message) {
      draftWatcher.flush();
      const current = readNow();
      if (!editor.isConnected || !root.isConnected || scope.signal.aborted) {
        return fail(message.requestId, 'The editor is gone; nothing was written.', message.text);
      }
      if (message.revision > current) {
        return fail(message.requestId, 'OwnUp lost track of your draft; nothing was written.', message.text);
      }
      const request: InsertRequest =
        message.mode.kind === 'replace'
          ? { text: message.text, replace: { start: message.mode.start, end: message.mode.end, expected: message.mode.expected } }
          : message.mode.kind === 'replace-all'
            ? { text: message.text, replaceAll: true }
            : { text: message.text };
      let result: { ok: true } | { ok: false; reason: string };
      try {
        result = await ops.insertText(root, request);
      } catch {
        result = { ok: false, reason: 'The editor refused the text; nothing was written.' };
      }
      if (!editor.isConnected || !root.isConnected) {
        // Gone mid-apply: whatever happened, the rep gets the text to paste.
        return fail(message.requestId, 'The editor closed while applying; nothing was written.', message.text);
      }
      if (!result.ok) return fail(message.requestId, result.reason, message.text);
      readNow();
      send({ type: 'insert-result', requestId: message.requestId, ok: true, copiedToClipboard: false });
    },
    end: scope.abort,
  };
}
