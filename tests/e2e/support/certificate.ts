import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A throwaway self-signed certificate for the local HTTPS server that plays the real sites
// (TOOLCHAIN.md "Real Chromium"): made with openssl at test start, never committed.
export function makeSelfSignedCertificate(dir: string, hostnames: readonly string[]): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const san = ['127.0.0.1', ...hostnames].map((h) => (/^[\d.]+$/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=ownup-local-test', '-addext', `subjectAltName=${san}`],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
