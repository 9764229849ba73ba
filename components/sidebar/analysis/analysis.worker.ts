import { z } from 'zod';
import { analyzeDraft, classifyCustomer } from '@/lib/analysis';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// The analysis thread of the sidebar page. lib/analysis is pure, so it runs here unchanged;
// the page stays responsive while a 100 KB draft is analyzed.

// A worker inherits the extension page's CSP, which refuses zod's `Function('')` probe.
z.config({ jitless: true });

// Building the rule engine takes a moment (hundreds of ms on a slow machine); do it now, while
// the page is still sending its context, not on the rep's first keystroke.
analyzeDraft('Warm-up.');

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    response =
      request.kind === 'draft'
        ? { id: request.id, ok: true, kind: 'draft', result: analyzeDraft(request.text, request.context) }
        : { id: request.id, ok: true, kind: 'customer', result: classifyCustomer(request.text) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
