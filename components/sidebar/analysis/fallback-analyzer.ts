import type { SidebarAnalyzer } from './analyzer';

/**
 * Uses `primary` (the worker) until it fails, then `loadFallback()` (the same analyzer in this
 * thread) for good, retrying the failed request there. A worker can fail to start under an
 * unusual CSP or in an older browser; the rep should then get slower findings, not none.
 */
export function withFallback(primary: SidebarAnalyzer, loadFallback: () => Promise<SidebarAnalyzer>): SidebarAnalyzer {
  let fallback: Promise<SidebarAnalyzer> | null = null;
  const useFallback = () => {
    if (!fallback) {
      primary.dispose();
      fallback = loadFallback();
    }
    return fallback;
  };

  return {
    analyzeDraft(text, context) {
      if (fallback) return fallback.then((a) => a.analyzeDraft(text, context));
      return primary.analyzeDraft(text, context).catch(() => useFallback().then((a) => a.analyzeDraft(text, context)));
    },
    classifyCustomer(text) {
      if (fallback) return fallback.then((a) => a.classifyCustomer(text));
      return primary.classifyCustomer(text).catch(() => useFallback().then((a) => a.classifyCustomer(text)));
    },
    dispose() {
      if (fallback) void fallback.then((a) => a.dispose());
      else primary.dispose();
    },
  };
}
