import type { z } from 'zod';
import type { ContentToSidebar, PageContextSchema } from '@/lib/messaging/protocol';
import type { ConnectionStatus } from '../port';
import type { SliceCreator } from './state';

export type PageContext = z.infer<typeof PageContextSchema>;

export interface PageInfo {
  siteName: string;
  pageUrl: string;
  editorKind: string | null;
  context: PageContext;
}

export interface ConnectionSlice {
  connection: ConnectionStatus | 'idle';
  page: PageInfo | null;
  /** The page's editor went away (ticket closed, navigation); findings stay until a new draft. */
  editorGone: boolean;
  /** Opens the port and announces the sidebar; call once at start-up. */
  start(): void;
  stop(): void;
  /** One already-validated message from the content script. */
  receive(message: ContentToSidebar): void;
}

/** Same conversation: the rep's dismissals and reply edits belong to it. */
function sameConversation(a: PageInfo | null, b: PageInfo): boolean {
  return a !== null && a.pageUrl === b.pageUrl && a.context.ticketId === b.context.ticketId;
}

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (deps) => (set, get) => ({
  connection: 'idle',
  page: null,
  editorGone: false,

  start() {
    deps.port.open({
      onMessage: (message) => get().receive(message),
      onStatus: (status) => {
        set({ connection: status });
        if (status === 'connected') {
          // Every new port is a new pairing in the background: announce ourselves and restate
          // the layout so the content script sizes the frame right after a reconnect.
          deps.port.send({ type: 'ready' });
          get().syncLayout(true);
        }
      },
    });
  },

  stop() {
    deps.port.close();
    deps.analyzer.dispose();
    get().cancelPendingWork();
    set({ connection: 'idle' });
  },

  receive(message) {
    switch (message.type) {
      case 'context': {
        const page: PageInfo = {
          siteName: message.siteName,
          pageUrl: message.pageUrl,
          editorKind: message.editorKind,
          context: message.context,
        };
        if (!sameConversation(get().page, page)) {
          get().clearDismissed();
          get().resetReply();
        }
        set({ page, editorGone: false });
        get().classifyCustomerMessage(message.context.customerMessage?.text ?? '');
        // Rewrites and replies are filled with the customer's name and ticket: refresh them.
        get().scheduleAnalysis();
        get().composeReplies();
        return;
      }
      case 'draft':
        set({ editorGone: false });
        get().setDraft({ revision: message.revision, text: message.text, truncated: message.truncated });
        return;
      case 'insert-result':
        get().receiveInsertResult(message);
        return;
      case 'sent':
        // The reply left; the next draft starts with nothing dismissed.
        get().recordSent(message.revision);
        get().clearDismissed();
        return;
      case 'editor-gone':
        set({ editorGone: true });
        return;
      case 'step-finding':
        get().stepFinding(message.direction);
        return;
      case 'viewport':
        get().setViewportNarrow(message.narrow);
        return;
    }
  },
});
