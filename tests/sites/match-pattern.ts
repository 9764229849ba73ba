// Chrome extension match patterns (developer.chrome.com "Match patterns"): scheme://host/path,
// scheme * | http | https | file | ftp | ws | wss, host * | *.name | name (optional :port), path from "/".
const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)?(?::(\*|\d{1,5}))?(\/.*)$/i;

export function isValidMatchPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host] = m;
  return scheme === 'file' ? true : host !== undefined && host !== '';
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', port, path = '/'] = m;
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? urlScheme !== 'http' && urlScheme !== 'https' : scheme !== urlScheme) return false;
  if (host !== '*') {
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    const ok = url.hostname === bare || (host.startsWith('*.') && url.hostname.endsWith(`.${bare}`));
    if (!ok) return false;
  }
  if (port && port !== '*' && url.port !== port) return false;
  const pathRe = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}
