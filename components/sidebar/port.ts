import { ContentToSidebar, SidebarToContent } from '@/lib/messaging/protocol';

// The sidebar's only line to its tab: a runtime port named PORT_SIDEBAR, relayed by the
// background to the tab's content script (lib/messaging/protocol.ts). Everything that
// arrives is parsed with zod and dropped when it does not parse — the relay is trusted, but a
// bug or a stale content script of an older version must never reach the store as garbage.
// The store only sees this interface, so tests hand it a fake port instead of a browser.

export type ConnectionStatus =
  /** Connected, or connecting for the first time. */
  | 'connected'
  /** The port dropped (the service worker restarted); trying again. */
  | 'reconnecting'
  /** The extension was reloaded or updated under this page: only a page reload helps. */
  | 'invalidated'
  /** Retries ran out although the extension is alive (the background refused this frame). */
  | 'lost';

export interface PortHandlers {
  onMessage(message: ContentToSidebar): void;
  onStatus(status: ConnectionStatus): void;
}

export interface PortClient {
  /** Opens the port; the client calls `handlers` until `close()`. */
  open(handlers: PortHandlers): void;
  /** Returns false when the message could not be sent (no open port). */
  send(message: SidebarToContent): boolean;
  close(): void;
}

/** The part of `browser.runtime.Port` the client uses; kept small so a test can fake it. */
export interface RuntimePortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RuntimePortClientOptions {
  /** `() => browser.runtime.connect({ name: PORT_SIDEBAR })`; throws once the extension context is gone. */
  connect(): RuntimePortLike;
  /** Whether the extension context still exists (`browser.runtime.id` is undefined after a reload). */
  isContextAlive(): boolean;
  /** Delays between reconnect attempts; after the last one the client gives up. */
  retryDelaysMs?: readonly number[];
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Where dropped messages are reported (console.warn in the page). */
  onDropped?: (raw: unknown, reason: string) => void;
}

const DEFAULT_RETRY_DELAYS_MS = [50, 250, 1000, 3000] as const;

export function createRuntimePortClient(options: RuntimePortClientOptions): PortClient {
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let port: RuntimePortLike | null = null;
  let handlers: PortHandlers | null = null;
  let retryTimer: unknown = null;
  let attempt = 0;
  let closed = false;

  function giveUp(): void {
    port = null;
    handlers?.onStatus(options.isContextAlive() ? 'lost' : 'invalidated');
  }

  function scheduleReconnect(): void {
    const delay = retryDelays[attempt];
    if (delay === undefined || !options.isContextAlive()) {
      giveUp();
      return;
    }
    attempt += 1;
    handlers?.onStatus('reconnecting');
    retryTimer = setTimer(() => {
      retryTimer = null;
      if (!closed) connectNow();
    }, delay);
  }

  function connectNow(): void {
    let next: RuntimePortLike;
    try {
      next = options.connect();
    } catch {
      // runtime.connect throws "Extension context invalidated" after an update or reload.
      if (options.isContextAlive()) scheduleReconnect();
      else giveUp();
      return;
    }
    port = next;
    next.onMessage.addListener((raw) => {
      if (port !== next || closed) return;
      // A port that delivers a message works: later drops start a fresh round of retries.
      attempt = 0;
      const parsed = ContentToSidebar.safeParse(raw);
      if (!parsed.success) {
        options.onDropped?.(raw, parsed.error.issues[0]?.message ?? 'invalid message');
        return;
      }
      handlers?.onMessage(parsed.data);
    });
    next.onDisconnect.addListener(() => {
      if (port !== next || closed) return;
      port = null;
      scheduleReconnect();
    });
    handlers?.onStatus('connected');
  }

  return {
    open(nextHandlers) {
      handlers = nextHandlers;
      closed = false;
      attempt = 0;
      connectNow();
    },
    send(message) {
      if (!port) return false;
      // Our own messages are checked too: a too-long insert would otherwise be dropped by the
      // content script's parser without a word to the rep.
      const parsed = SidebarToContent.safeParse(message);
      if (!parsed.success) return false;
      try {
        port.postMessage(parsed.data);
        return true;
      } catch {
        port = null;
        scheduleReconnect();
        return false;
      }
    },
    close() {
      closed = true;
      if (retryTimer !== null) clearTimer(retryTimer);
      retryTimer = null;
      const current = port;
      port = null;
      handlers = null;
      try {
        current?.disconnect();
      } catch {
        // Already gone with the extension context; nothing to release.
      }
    },
  };
}
