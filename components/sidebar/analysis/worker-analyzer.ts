import type { CustomerAnalysis, DraftAnalysis } from '@/lib/analysis/types';
import type { SidebarAnalyzer } from './analyzer';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** The part of `Worker` used here, so a test can drive the client without a real thread. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

interface Pending {
  resolve(value: DraftAnalysis | CustomerAnalysis): void;
  reject(error: Error): void;
}

/**
 * Runs analysis in a worker. Requests are answered in order; the store keeps only the answer
 * for the newest revision, so a burst of keystrokes costs at most one stale analysis.
 */
export function createWorkerAnalyzer(worker: WorkerLike): SidebarAnalyzer {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.result);
    else waiting.reject(new Error(answer.error));
  });
  worker.addEventListener('error', () => {
    // A crashed worker answers nothing more: fail everything waiting so the UI can say so.
    for (const waiting of pending.values()) waiting.reject(new Error('The analysis worker stopped.'));
    pending.clear();
  });

  function request<T extends DraftAnalysis | CustomerAnalysis>(message: WorkerRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as Pending['resolve'], reject });
      worker.postMessage(message);
    });
  }

  return {
    analyzeDraft: (text, context) => request<DraftAnalysis>({ id: nextId++, kind: 'draft', text, context }),
    classifyCustomer: (text) => request<CustomerAnalysis>({ id: nextId++, kind: 'customer', text }),
    dispose() {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('The analysis worker was stopped.'));
      pending.clear();
    },
  };
}
