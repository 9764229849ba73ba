import { customerKeyFor, ticketKeyFor } from '@/lib/db/keys';
import type { PageInfo } from '../store/connection-slice';

// Who and what the open page is about, as the database keys it (lib/db/keys.ts): the customer
// by email where the page shows one (the same person on every site), else by name on this site;
// the ticket by site + id. Derived from the `context` message only.

export interface NoteTarget {
  site: string;
  /** The customer's key; a ticket-only stand-in (`ticket:<key>`) when the page names nobody. */
  customerKey: string;
  /** False when customerKey is the ticket stand-in (no other ticket will ever share it). */
  knowsCustomer: boolean;
  customerName?: string;
  customerEmail?: string;
  ticketKey?: string;
  /** The ticket's page, opened when a follow-up's reminder is clicked. */
  ticketUrl: string;
}

export function noteTargetOf(page: PageInfo | null): NoteTarget | null {
  if (!page) return null;
  const { context } = page;
  const site = context.site;
  const ticketKey = context.ticketId ? ticketKeyFor(site, context.ticketId) : undefined;
  const customerKey = customerKeyFor({ site, email: context.customerEmail, name: context.customerName });
  const key = customerKey ?? (ticketKey ? `ticket:${ticketKey}` : undefined);
  if (!key) return null;
  return {
    site,
    customerKey: key,
    knowsCustomer: customerKey !== undefined,
    customerName: context.customerName,
    customerEmail: context.customerEmail?.trim().toLowerCase(),
    ticketKey,
    ticketUrl: page.pageUrl,
  };
}
