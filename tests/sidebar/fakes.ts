import type { ContentToSidebar, SidebarToContent } from '@/lib/messaging/protocol';
import type { CustomerAnalysis, DraftAnalysis, ReplyContext } from '@/lib/analysis/types';
import type { SidebarAnalyzer } from '@/components/sidebar/analysis/analyzer';
import type { ConnectionStatus, PortClient, PortHandlers } from '@/components/sidebar/port';
import { createSidebarStore, type SidebarDeps } from '@/components/sidebar/store';

// Test seams for the sidebar store: a port the test drives, and a clipboard it can refuse.
// They implement the interfaces the production store takes; nothing in production is stubbed.

export class FakePort implements PortClient {
  sent: SidebarToContent[] = [];
  handlers: PortHandlers | null = null;
  connected = true;

  open(handlers: PortHandlers): void {
    this.handlers = handlers;
    handlers.onStatus('connected');
  }
  send(message: SidebarToContent): boolean {
    if (!this.connected) return false;
    this.sent.push(message);
    return true;
  }
  close(): void {
    this.handlers = null;
  }
  /** Deliver an already-validated message, as the real client does after zod. */
  deliver(message: ContentToSidebar): void {
    this.handlers?.onMessage(message);
  }
  status(status: ConnectionStatus): void {
    this.handlers?.onStatus(status);
  }
  sentOfType<T extends SidebarToContent['type']>(type: T): Extract<SidebarToContent, { type: T }>[] {
    return this.sent.filter((m): m is Extract<SidebarToContent, { type: T }> => m.type === type);
  }
}

export class FakeClipboard {
  written: string[] = [];
  refuse = false;
  async writeText(text: string): Promise<void> {
    if (this.refuse) throw new Error('Document is not focused.');
    this.written.push(text);
  }
}

/** An analyzer with a fixed answer per draft, for store tests that must not depend on the catalog. */
export class ScriptedAnalyzer implements SidebarAnalyzer {
  calls: { text: string; context: ReplyContext }[] = [];
  constructor(
    private readonly draft: (text: string) => DraftAnalysis,
    private readonly customer: (text: string) => CustomerAnalysis = () => ({ situations: [], signals: [] }),
  ) {}
  async analyzeDraft(text: string, context: ReplyContext): Promise<DraftAnalysis> {
    this.calls.push({ text, context });
    return this.draft(text);
  }
  async classifyCustomer(text: string): Promise<CustomerAnalysis> {
    return this.customer(text);
  }
  dispose(): void {}
}

export function makeStore(overrides: Partial<SidebarDeps> & Pick<SidebarDeps, 'analyzer'>) {
  const port = (overrides.port as FakePort | undefined) ?? new FakePort();
  const clipboard = (overrides.clipboard as FakeClipboard | undefined) ?? new FakeClipboard();
  let id = 0;
  const store = createSidebarStore({
    clipboard,
    now: () => Date.UTC(2026, 10, 23, 10, 0),
    newRequestId: () => `req-${++id}`,
    analysisDebounceMs: 0,
    insertTimeoutMs: 1000,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    ...overrides,
    port,
  });
  return { store, port, clipboard };
}

/** Waits for the store's asynchronous work (debounce timers, analyzer promises) to settle. */
export async function settle(ms = 5): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitUntil(check: () => boolean, timeoutMs = 1000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
