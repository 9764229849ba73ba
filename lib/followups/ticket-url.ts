// A follow-up's ticketUrl comes from the page (or from an imported backup, which anyone can
// edit): only web addresses are ever opened or rendered as links — never javascript:, data:,
// or an extension page.

/** The URL when it is http(s), else undefined. */
export function safeWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
