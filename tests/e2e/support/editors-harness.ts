// Infrastructure for the real-editor matrix: a static server for the built pages, Chromium as
// TOOLCHAIN.md prescribes, and the strategies running in an isolated world like a content script.
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { InsertRequest, InsertResult } from '../../../lib/sites/editors/types';
import { CHROMIUM, HERMETIC_CHROMIUM_ARGS } from './chromium';

const here = fileURLToPath(new URL('.', import.meta.url));
/** *.test host: unlicensed Froala behaves as licensed there (TOOLCHAIN.md). */
export const EDITOR_HOST = 'editors.test';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export async function serveDirectory(dir: string): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, close: () => new Promise((r) => server.close(() => r())) };
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

export const bundleIsolatedStrategies = () => bundle('editors-isolated-entry.ts');
export const bundleMainWorldScript = () => bundle('editors-main-world-entry.ts');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...HERMETIC_CHROMIUM_ARGS,
      // The pages' *.test host goes to the local server; nothing else resolves.
      `--host-resolver-rules=MAP ${EDITOR_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
    ],
  });
}

/** The strategies loaded into an isolated world of the page's main frame, as in a content script. */
export class IsolatedStrategies {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /**
   * @param mainWorldSource injected into the page's main world only when the strategies ask for
   *   it, through a CDP binding standing in for the content script → background message that
   *   runs `injectMainWorldScript` (lib/sites/editors/README.md).
   */
  static async attach(page: Page, strategiesSource: string, mainWorldSource: string): Promise<IsolatedStrategies> {
    const cdp = await page.context().newCDPSession(page);
    const worldName = 'ownup-content-script';
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__ownupTestInjectMainWorld', executionContextName: worldName });
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName });
    const isolated = new IsolatedStrategies(cdp, executionContextId);
    cdp.on('Runtime.bindingCalled', (event) => {
      if (event.name !== '__ownupTestInjectMainWorld' || event.executionContextId !== executionContextId) return;
      isolated.mainWorldInjections++;
      void page
        .evaluate(mainWorldSource)
        .then(() => isolated.evaluate('globalThis.__ownupMainWorldInjected?.()'))
        .catch(() => undefined);
    });
    await isolated.evaluate(strategiesSource);
    return isolated;
  }

  /** How many times the strategies asked for the main-world script. */
  mainWorldInjections = 0;

  private async evaluate(expression: string): Promise<unknown> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  private call(fn: string, ...args: unknown[]): Promise<unknown> {
    return this.evaluate(`globalThis.__ownupEditors.${fn}(...${JSON.stringify(args)})`);
  }

  seesPageObjects = () => this.call('seesPageObjects') as Promise<boolean>;
  detect = (selector: string) => this.call('detect', selector) as Promise<string | null>;
  read = (selector: string) => this.call('read', selector) as Promise<string | null>;
  modelViaMainWorld = (selector: string, kind: string) => this.call('modelViaMainWorld', selector, kind) as Promise<string | null>;
  insert = (selector: string, request: InsertRequest) => this.call('insert', selector, request) as Promise<InsertResult>;
}
