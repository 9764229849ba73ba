import { act } from 'react';
import { createSidebarStore, type SidebarDeps, type SidebarStore } from '@/components/sidebar/store';
import type { NotesDeps } from '@/components/sidebar/store/notes-slice';
import { OwnUpDatabase } from '@/lib/db';
import type { ContentToSidebar } from '@/lib/messaging/protocol';
import { FakeClipboard, FakePort, ScriptedAnalyzer } from '../sidebar/fakes';
import { renderSidebar, type Rendered } from '../sidebar/render';
import { scriptedAnalysis } from '../sidebar/scripted-findings';

// The real sidebar store and app on a real Dexie database (fake-indexeddb), with the page's
// `context` message delivered through the fake port the sidebar tests use, in jsdom.

export const NOW = Date.UTC(2026, 10, 23, 10, 0);

/**
 * TEST SEAM for the origin: jsdom cannot host a chrome-extension:// page (its localStorage
 * throws for opaque origins), and lib/db rightly refuses http://localhost. The sidebar page runs
 * at the extension's origin, so databases are constructed as if there; nothing else changes.
 */
export function databaseInExtensionOrigin(name = `ownup-notes-test-${crypto.randomUUID()}`): OwnUpDatabase {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'location')!;
  Object.defineProperty(globalThis, 'location', { configurable: true, value: { protocol: 'chrome-extension:' } });
  try {
    return new OwnUpDatabase(name);
  } finally {
    Object.defineProperty(globalThis, 'location', real);
  }
}

export interface NotesHarness {
  store: SidebarStore;
  port: FakePort;
  db: OwnUpDatabase;
  rendered: Rendered;
  followupsChanged: number;
  byTestId(id: string): HTMLElement[];
  close(): Promise<void>;
}

export function zendeskContext(overrides: Partial<Extract<ContentToSidebar, { type: 'context' }>['context']> = {}): ContentToSidebar {
  return {
    type: 'context',
    siteName: 'Zendesk',
    pageUrl: 'https://acme.zendesk.com/agent/tickets/48213',
    editorKind: 'ckeditor5',
    context: {
      site: 'zendesk',
      customerName: 'Marco Bellini',
      customerEmail: 'Marco.Bellini@fastmail.com',
      ticketId: '48213',
      unreadable: [],
      ...overrides,
    },
  };
}

export async function openNotesHarness(
  options: { now?: () => number; db?: OwnUpDatabase; analyzer?: ScriptedAnalyzer; composeRecovery?: SidebarDeps['composeRecovery'] } = {},
): Promise<NotesHarness> {
  const db = options.db ?? databaseInExtensionOrigin();
  if (!db.isOpen()) await db.open();
  const port = new FakePort();
  let id = 0;
  const harness = { followupsChanged: 0 } as NotesHarness;
  const deps: SidebarDeps & NotesDeps = {
    port,
    analyzer: options.analyzer ?? new ScriptedAnalyzer(scriptedAnalysis),
    composeRecovery: options.composeRecovery,
    clipboard: new FakeClipboard(),
    now: options.now ?? (() => NOW),
    newRequestId: () => `req-${++id}`,
    analysisDebounceMs: 0,
    insertTimeoutMs: 1000,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    openNotesDatabase: async () => db,
    followupsChanged: () => void harness.followupsChanged++,
  };
  const store = createSidebarStore(deps);
  const rendered = renderSidebar(store);
  act(() => store.getState().start());
  return Object.assign(harness, {
    store,
    port,
    db,
    rendered,
    byTestId: rendered.byTestId,
    async close() {
      rendered.unmount();
      db.close();
      if (!options.db) await db.delete();
    },
  });
}

export function deliver(harness: NotesHarness, message: ContentToSidebar): void {
  act(() => harness.port.deliver(message));
}
