import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { SAMPLE_ASSETS_OUT, SAMPLE_PAGES, SAMPLE_PAGES_DIR } from '../../sample-pages/build';
import { makeSelfSignedCertificate } from './certificate';

// One local HTTPS server that answers for every sample site's real hostname (Chromium maps the
// names to 127.0.0.1 with --host-resolver-rules), so the manifest's real `matches` are exercised.
// It records every request it gets, for the "everything stays on 127.0.0.1" checks.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface SampleServer {
  port: number;
  /** `host + path` of every request served or refused, in order. */
  requests: string[];
  /** Register an extra page (a test's own layout) at a host and path. */
  addPage(host: string, path: string, html: string): void;
  close(): Promise<void>;
}

export async function startSampleServer(certDir: string, extraHosts: readonly string[] = []): Promise<SampleServer> {
  const hosts = [...SAMPLE_PAGES.map((p) => p.host), ...extraHosts];
  const { key, cert } = makeSelfSignedCertificate(certDir, hosts);
  const requests: string[] = [];
  const extraPages = new Map<string, string>();

  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(`${host}${req.url ?? ''}`);
    void (async () => {
      try {
        const extra = extraPages.get(`${host}${path}`);
        if (extra !== undefined) return send(res, 200, '.html', extra);
        const page = SAMPLE_PAGES.find((p) => p.host === host && (path === p.path || path.startsWith(`${p.path}`)));
        if (page && !path.startsWith('/assets/')) return send(res, 200, '.html', await readFile(join(SAMPLE_PAGES_DIR, page.file)));
        if (hosts.includes(host) && path.startsWith('/assets/')) {
          const file = normalize(join(SAMPLE_ASSETS_OUT, path.slice('/assets/'.length)));
          if (!file.startsWith(SAMPLE_ASSETS_OUT)) return send(res, 403, '.html', 'forbidden');
          return send(res, 200, extname(file), await readFile(file));
        }
        send(res, 404, '.html', 'not found');
      } catch {
        send(res, 404, '.html', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    requests,
    addPage: (host, path, html) => void extraPages.set(`${host}${path}`, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: import('node:http').ServerResponse, status: number, ext: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(body);
}
