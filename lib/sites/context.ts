// Builds a PageContext from what an adapter read, naming every part it is built to read but did
// not find, so the sidebar can say "OwnUp cannot read the customer's e-mail on this page".
import type { ContextPart, CustomerMessage, PageContext, SiteId } from './types';

export interface ReadParts {
  customerMessage?: CustomerMessage;
  customerName?: string;
  customerEmail?: string;
  ticketId?: string;
  /** Whether the active editor was found. */
  editor: boolean;
  /** Whether a send control was found for the editor (Ctrl/Cmd+Enter works regardless). */
  sendAction: boolean;
}

const THREAD_PARTS: readonly (ContextPart & keyof PageContext)[] = ['customerMessage', 'customerName', 'customerEmail', 'ticketId'];

export function buildContext(site: SiteId, read: ReadParts, readsThread = true): PageContext {
  const context: PageContext = { site, unreadable: [] };
  if (!read.editor) context.unreadable.push('editor');
  if (read.customerMessage && read.customerMessage.text.length > 0) context.customerMessage = read.customerMessage;
  if (read.customerName) context.customerName = read.customerName;
  if (read.customerEmail) context.customerEmail = read.customerEmail;
  if (read.ticketId) context.ticketId = read.ticketId;
  if (readsThread) {
    for (const part of THREAD_PARTS) if (context[part] === undefined) context.unreadable.push(part);
  } else {
    context.unreadable.push(...THREAD_PARTS);
  }
  if (read.editor && !read.sendAction) context.unreadable.push('sendAction');
  return context;
}

/** Runs a reader, turning an exception from an unforeseen layout into "not found". */
export function safely<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
