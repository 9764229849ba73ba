import { z } from 'zod';
import { analyzeDraft, classifyCustomer } from '@/lib/analysis';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

// The analysis thread of the sidebar page. lib/analysis is pure, so it runs here unchanged;
// the page stays responsive while a 100 KB draft is analyzed.

// A worker inherits the extension page's CSP, which refuses zod's `Function('')` probe.
z.config({ jitless: true });

// Building the rule engine and the customer classifier takes a moment (about 0.4 s and 0.1 s
// on this project's machine for ~1,100 patterns and ~130 cues); do it now, while the page is
// still sending its context, not on the rep's first keystroke or the first customer message.
analyzeDraft('Warm-up.');
classifyCustomer('Warm-up.');

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
