// The content-script half of the bridge to OwnUp's main-world script (README.md: contract with
// the content script, threat model). Used only to read an editor's model after an insertion,
// as a second check next to the DOM read-back: a reply can withhold a success, never grant one
// on its own, and it is never used as text to insert or store.
import {
  MAIN_WORLD_REPLY_EVENT,
  MAIN_WORLD_REQUEST_EVENT,
  MainWorldReply,
  type ModelKind,
} from './main-world-protocol';

type Injector = () => Promise<void>;

let injector: Injector | null = null;
let presence: Promise<boolean> | null = null;

/**
 * Tells the editors module how to get the main-world script into this frame. The content script
 * calls it once at start-up with a function that asks the background to run
 * `injectMainWorldScript(tabId, frameId)` (main-world-injection.ts) for the sender's frame.
 * Without it, strategies verify by DOM read-back alone.
 */
export function configureMainWorldInjection(inject: Injector): void {
  injector = inject;
  presence = null;
}

/** A random v4-shaped id; crypto.randomUUID exists only in secure contexts, helpdesks on http too. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function ask(doc: Document, request: Record<string, unknown> & { id: string }, timeoutMs: number): Promise<MainWorldReply | null> {
  return new Promise((resolve) => {
    const onReply = (event: Event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(detail);
      } catch {
        return;
      }
      const result = MainWorldReply.safeParse(parsed);
      if (!result.success || result.data.id !== request.id) return;
      done(result.data);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    const done = (value: MainWorldReply | null) => {
      clearTimeout(timer);
      doc.removeEventListener(MAIN_WORLD_REPLY_EVENT, onReply);
      resolve(value);
    };
    doc.addEventListener(MAIN_WORLD_REPLY_EVENT, onReply);
    doc.dispatchEvent(new CustomEvent(MAIN_WORLD_REQUEST_EVENT, { detail: JSON.stringify(request) }));
  });
}

/** Whether the main-world script answers in this frame; injects it once if it does not. */
export function ensureMainWorld(doc: Document = document): Promise<boolean> {
  presence ??= (async () => {
    if (await ask(doc, { op: 'ping', id: newId() }, 50)) return true;
    if (!injector) return false;
    try {
      await injector();
    } catch {
      return false;
    }
    return (await ask(doc, { op: 'ping', id: newId() }, 500)) !== null;
  })();
  const current = presence;
  // A failed attempt is retried on the next insertion (the page may have been still loading).
  void current.then((ok) => {
    if (!ok && presence === current) presence = null;
  });
  return current;
}

/** The editor's model text as its own API reports it, or null when not reachable. */
export async function readModelThroughMainWorld(el: HTMLElement, kind: ModelKind): Promise<string | null> {
  try {
    return await readModel(el, kind);
  } catch {
    return null; // the bridge is a second check; its failure must not turn a landed insert into an error
  }
}

async function readModel(el: HTMLElement, kind: ModelKind): Promise<string | null> {
  const doc = document;
  // The main world reads the focused editor; if focus moved elsewhere, there is nothing to ask.
  if (!isDeepFocused(el, doc)) return null;
  if (!(await ensureMainWorld(doc))) return null;
  const reply = await ask(doc, { op: 'read-model', id: newId(), kind }, 300);
  return isDeepFocused(el, doc) ? (reply?.text ?? null) : null;
}

function isDeepFocused(el: HTMLElement, doc: Document): boolean {
  let active = doc.activeElement;
  while (active && active.tagName === 'IFRAME') {
    const inner = (active as HTMLIFrameElement).contentDocument;
    if (!inner) return false;
    active = inner.activeElement;
  }
  return active === el;
}
