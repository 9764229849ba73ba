import type { BackgroundToContent, ContentToSidebar, SidebarToContent } from '../../lib/messaging/protocol';
import type { InsertRequest } from '../../lib/sites/editors/types';

// The content script comes in two halves (issue 3: "thin", ≤ 20 KB gzipped on every matching
// page). The half in the manifest watches for an editor and mounts the sidebar frame. The
// second half — the editor strategies and the zod schemas, the larger part — is injected by the
// background into the same isolated world only once an editor appears (or the rep opens the
// sidebar), and hands over its functions through this one isolated-world global. Page scripts
// live in another world and cannot see or replace it.

export const SESSION_GLOBAL = '__ownupSession';

export type IncomingMessage = SidebarToContent | BackgroundToContent;

export interface SessionDeps {
  detectEditorKind(el: HTMLElement): string | null;
  /** The element insertion works on for what the adapter found (an editor iframe → its body). */
  editableRootOf(el: HTMLElement): HTMLElement | null;
  readDraft(el: HTMLElement): string;
  insertText(el: HTMLElement, request: InsertRequest): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** zod: a message from the port (the sidebar's, relayed, or the background's); null when it does not parse. */
  parseIncoming(raw: unknown): IncomingMessage | null;
  /** zod: a one-off runtime message from the background; null when it does not parse. */
  parseBackground(raw: unknown): BackgroundToContent | null;
  /** zod: the outgoing context as the sidebar will accept it (over-long fields dropped, not the whole message). */
  checkContext(message: Extract<ContentToSidebar, { type: 'context' }>): Extract<ContentToSidebar, { type: 'context' }>;
}

export function installedSessionDeps(): SessionDeps | null {
  return ((globalThis as Record<string, unknown>)[SESSION_GLOBAL] as SessionDeps | undefined) ?? null;
}
