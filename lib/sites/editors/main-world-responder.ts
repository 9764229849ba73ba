// The main-world half of the bridge (installed by entrypoints/ownup-main-world.ts). It answers
// only `ping` and `read-model` of the focused editor; it has no other
// operation, so nothing the page sends can make it write. Validation is by hand, not zod: this
// runs in the page's realm on every matched page and must stay tiny and CSP-proof.
import { MAIN_WORLD_REPLY_EVENT, MAIN_WORLD_REQUEST_EVENT, ModelKind } from './main-world-protocol';
import { deepActiveElement, readModelText } from './main-world-readers';

const ID = /^[0-9a-f-]{36}$/;
const KINDS = new Set<string>(ModelKind.options);

function reply(doc: Document, id: string, text: string | null): void {
  doc.dispatchEvent(new CustomEvent(MAIN_WORLD_REPLY_EVENT, { detail: JSON.stringify({ id, text }) }));
}

export function installMainWorldResponder(doc: Document): void {
  const marker = '__ownupMainWorld';
  const holder = doc as unknown as Record<string, boolean>;
  if (holder[marker]) return; // injected twice (a retry after a slow start): one listener is enough
  holder[marker] = true;
  doc.addEventListener(MAIN_WORLD_REQUEST_EVENT, (event) => {
    const detail = (event as CustomEvent).detail;
    if (typeof detail !== 'string' || detail.length > 1000) return;
    let request: { op?: unknown; id?: unknown; kind?: unknown };
    try {
      request = JSON.parse(detail);
    } catch {
      return;
    }
    if (typeof request.id !== 'string' || !ID.test(request.id)) return;
    if (request.op === 'ping') return reply(doc, request.id, '');
    if (request.op !== 'read-model' || typeof request.kind !== 'string' || !KINDS.has(request.kind)) return;
    const el = deepActiveElement(doc);
    reply(doc, request.id, el ? readModelText(request.kind as ModelKind, el) : null);
  });
}
