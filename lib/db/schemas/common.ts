import { z } from 'zod';

// Shapes every stored row shares (DESIGN.md "Data": an id, createdAt, updatedAt on every row).

/** Row ids are made by the repositories with crypto.randomUUID(); imports may bring any non-empty id. */
export const RowId = z.string().min(1).max(200);

/** Epoch milliseconds. */
export const EpochMs = z.number().int().nonnegative();

export const RowStamps = {
  id: RowId,
  createdAt: EpochMs,
  updatedAt: EpochMs,
};

/**
 * The site a row came from ("zendesk", "gmail", or a host name for a generic page). Short by
 * design: it names a place, it never carries page text.
 */
export const SiteName = z.string().min(1).max(100);

/** A rep's display name from settings; short, never text from a reply. */
export const RepName = z.string().max(100);

/**
 * Who a note or follow-up is about: the lowercased email where the page shows one, else
 * `name:<normalized name>@<site>` — an email key is the same on every site (the cross-site
 * note), a name key is only trusted on the site it was seen on. See customerKeyFor().
 */
export const CustomerKey = z.string().min(1).max(320);

/** A ticket on one site: `<site>:<ticket id>`. See ticketKeyFor(). */
export const TicketKey = z.string().min(1).max(400);
