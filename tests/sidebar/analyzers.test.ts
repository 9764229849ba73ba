import { describe, expect, it } from 'vitest';
import { analyzeDraft, classifyCustomer } from '@/lib/analysis';
import type { DraftAnalysis } from '@/lib/analysis/types';
import { createInThreadAnalyzer, type SidebarAnalyzer } from '@/components/sidebar/analysis/analyzer';
import { withFallback } from '@/components/sidebar/analysis/fallback-analyzer';
import { createWorkerAnalyzer, type WorkerLike } from '@/components/sidebar/analysis/worker-analyzer';
import type { WorkerRequest, WorkerResponse } from '@/components/sidebar/analysis/worker-protocol';

/** Answers like analysis.worker.ts does, but in this thread, and lets the test crash it. */
class LoopbackWorker implements WorkerLike {
  private messageListeners: ((event: MessageEvent<WorkerResponse>) => void)[] = [];
  private errorListeners: ((event: Event) => void)[] = [];
  terminated = false;
  held: WorkerRequest[] = [];
  hold = false;
  postMessage(request: WorkerRequest): void {
    if (this.hold) {
      this.held.push(request);
      return;
    }
    queueMicrotask(() => this.answer(request));
  }
  answer(request: WorkerRequest): void {
    const data: WorkerResponse =
      request.kind === 'draft'
        ? { id: request.id, ok: true, kind: 'draft', result: analyzeDraft(request.text, request.context) }
        : { id: request.id, ok: true, kind: 'customer', result: classifyCustomer(request.text) };
    for (const l of this.messageListeners) l({ data } as MessageEvent<WorkerResponse>);
  }
  crash(): void {
    for (const l of this.errorListeners) l(new Event('error'));
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.messageListeners.push(listener);
    else this.errorListeners.push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const DRAFT = 'Please contact Expedia directly about the address.';

describe('sidebar analyzers', () => {
  it('gets the same answer from the worker as from the analyzer itself', async () => {
    const analyzer = createWorkerAnalyzer(new LoopbackWorker());
    expect(await analyzer.analyzeDraft(DRAFT, { customerName: 'Ana' })).toEqual(analyzeDraft(DRAFT, { customerName: 'Ana' }));
    expect(await analyzer.classifyCustomer('I was charged twice!')).toEqual(classifyCustomer('I was charged twice!'));
  });

  it('fails what is waiting when the worker crashes, and the fallback takes over for good', async () => {
    const worker = new LoopbackWorker();
    worker.hold = true;
    let fallbacks = 0;
    const analyzer: SidebarAnalyzer = withFallback(createWorkerAnalyzer(worker), async () => {
      fallbacks += 1;
      return createInThreadAnalyzer({ analyzeDraft, classifyCustomer });
    });
    const pending = analyzer.analyzeDraft(DRAFT, {});
    worker.crash();
    const result: DraftAnalysis = await pending;
    expect(result.findings.map((f) => f.category)).toContain('redirect');
    expect(worker.terminated).toBe(true);
    await analyzer.classifyCustomer('hello');
    expect(fallbacks).toBe(1);
  });
});
