// Every side effect of the content script goes through these helpers, each tied to an
// AbortSignal (STYLE.md habit 7): WXT aborts the context's signal when the extension is updated,
// reloaded or removed, and a session aborts its own child signal when its editor goes away.
// An orphaned content script must not keep a listener that throws "Extension context invalidated".

/** A signal aborted when `parent` aborts or when the returned `abort` is called. */
export function childScope(parent: AbortSignal): { signal: AbortSignal; abort: () => void } {
  const controller = new AbortController();
  const onParentAbort = () => controller.abort();
  if (parent.aborted) controller.abort();
  else parent.addEventListener('abort', onParentAbort, { once: true, signal: controller.signal });
  return { signal: controller.signal, abort: () => controller.abort() };
}

export function listen<E extends Event = Event>(
  signal: AbortSignal,
  target: EventTarget,
  type: string,
  handler: (event: E) => void,
  options: { capture?: boolean; passive?: boolean } = {},
): void {
  if (signal.aborted) return;
  target.addEventListener(type, handler as EventListener, { ...options, signal });
}

export function observe(signal: AbortSignal, target: Node, init: MutationObserverInit, callback: (records: MutationRecord[]) => void): void {
  if (signal.aborted) return;
  const observer = new MutationObserver(callback);
  observer.observe(target, init);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export function later(signal: AbortSignal, callback: () => void, ms: number): void {
  if (signal.aborted) return;
  const handle = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    callback();
  }, ms);
  const cancel = () => clearTimeout(handle);
  signal.addEventListener('abort', cancel, { once: true });
}

/**
 * Runs `callback` at most once per `ms`: at once for the first call after a quiet period (an
 * editor that appears is noticed without delay), then once more at the end of a burst so the
 * last state of the DOM is always seen.
 */
export function throttled(signal: AbortSignal, callback: () => void, ms: number): () => void {
  let coolingDown = false;
  let missed = false;
  const cool = () => {
    coolingDown = true;
    later(
      signal,
      () => {
        coolingDown = false;
        if (missed) {
          missed = false;
          callback();
          cool();
        }
      },
      ms,
    );
  };
  return () => {
    if (signal.aborted) return;
    if (coolingDown) {
      missed = true;
      return;
    }
    callback();
    cool();
  };
}

/** Runs `callback` once `ms` after the last call; `flush` runs it now if one is pending. */
export function debounced(signal: AbortSignal, callback: () => void, ms: number): { schedule: () => void; flush: () => void } {
  let generation = 0;
  let pending = false;
  const run = () => {
    pending = false;
    callback();
  };
  return {
    schedule() {
      pending = true;
      const mine = ++generation;
      later(signal, () => mine === generation && pending && run(), ms);
    },
    flush() {
      if (pending) {
        generation++;
        run();
      }
    },
  };
}

/** Site readers promise not to throw; if one does on an unknown layout, the page must not break. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
