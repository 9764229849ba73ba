import { createInThreadAnalyzer, type SidebarAnalyzer } from './analyzer';
import { withFallback } from './fallback-analyzer';
import { createWorkerAnalyzer, type WorkerLike } from './worker-analyzer';

async function loadInThreadAnalyzer(): Promise<SidebarAnalyzer> {
  const analysis = await import('@/lib/analysis');
  return createInThreadAnalyzer(analysis);
}

/**
 * The analyzer the sidebar page uses: lib/analysis in a module worker, bundled by Vite from
 * the `new Worker(new URL(…))` pattern; in this thread when the worker cannot run.
 */
export function createPageAnalyzer(): SidebarAnalyzer {
  let worker: WorkerLike;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'ownup-analysis' });
  } catch {
    let inThread: Promise<SidebarAnalyzer> | null = null;
    const get = () => (inThread ??= loadInThreadAnalyzer());
    return {
      analyzeDraft: (text, context) => get().then((a) => a.analyzeDraft(text, context)),
      classifyCustomer: (text) => get().then((a) => a.classifyCustomer(text)),
      dispose() {},
    };
  }
  return withFallback(createWorkerAnalyzer(worker), loadInThreadAnalyzer);
}
