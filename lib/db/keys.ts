// How customer and ticket keys are built, in one place so the sidebar, the background and the
// import all agree (a key spelled two ways is two customers).

/** Folds case, accents and runs of spaces so "  José  GARCÍA" and "jose garcia" are one person. */
export function normalizeCustomerName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lowercased email where known — the same customer on every site — else the normalized
 * name scoped to the site, because a bare name ("Alex") is not unique across helpdesks.
 * Returns undefined when neither is known: such a note can only hang on a ticket.
 */
export function customerKeyFor(input: { site: string; email?: string; name?: string }): string | undefined {
  const email = input.email?.trim().toLowerCase();
  if (email) return email;
  const name = input.name === undefined ? '' : normalizeCustomerName(input.name);
  if (name) return `name:${name}@${input.site}`;
  return undefined;
}

export function ticketKeyFor(site: string, ticketId: string): string {
  return `${site}:${ticketId}`;
}
