import { readFileSync } from 'node:fs';

// Chromium's own record of every network action of the whole browser (--log-net-log): page,
// frames, the extension's service worker and the browser process itself (updaters, DNS
// prefetch). Playwright's request events miss the browser process, so the "every request stays
// on 127.0.0.1" check reads this log too.

export interface NetLogSummary {
  /** URLs of every URL request started. */
  urls: string[];
  /** Remote addresses of every TCP connect attempt ("127.0.0.1:PORT"). */
  connectAddresses: string[];
  /** Hostnames the resolver was asked for. */
  resolvedHosts: string[];
}

interface NetLogEvent {
  type: number;
  params?: Record<string, unknown>;
}

export function readNetLog(path: string): NetLogSummary {
  let raw = readFileSync(path, 'utf8').trim();
  // A browser that was killed leaves the events array unterminated.
  if (!raw.endsWith('}')) raw = raw.replace(/,\s*$/, '') + ']}';
  const log = JSON.parse(raw) as { constants: { logEventTypes: Record<string, number> }; events: NetLogEvent[] };
  const types = log.constants.logEventTypes;
  const summary: NetLogSummary = { urls: [], connectAddresses: [], resolvedHosts: [] };
  for (const event of log.events) {
    const params = event.params ?? {};
    if (event.type === types.URL_REQUEST_START_JOB && typeof params.url === 'string') summary.urls.push(params.url);
    if (event.type === types.TCP_CONNECT_ATTEMPT && typeof params.address === 'string') summary.connectAddresses.push(params.address);
    if (event.type === types.TCP_CONNECT && Array.isArray(params.address_list)) {
      for (const address of params.address_list) if (typeof address === 'string') summary.connectAddresses.push(address);
    }
    if (event.type === types.HOST_RESOLVER_MANAGER_REQUEST && typeof params.host === 'string') summary.resolvedHosts.push(params.host);
  }
  return summary;
}
