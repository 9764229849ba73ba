import type { SidebarAnalyzer } from '../analysis/analyzer';
import type { RecoveryInput, RecoverySet } from '@/lib/analysis/recovery/types';
import type { PortClient } from '../port';

// Everything the store's actions reach outside the store. Production wires the runtime port,
// the analysis worker and navigator.clipboard; tests pass fakes of these interfaces.

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

export interface SidebarDeps {
  port: PortClient;
  analyzer: SidebarAnalyzer;
  /** lib/analysis/recovery's composer (pure, < 2 ms, so it runs in this thread); absent: no Reply panel. */
  composeRecovery?: (input: RecoveryInput) => RecoverySet;
  clipboard: ClipboardLike | null;
  /** The sidebar reads the clock and passes it to lib/analysis, which may not. */
  now(): number;
  newRequestId(): string;
  /** Wait after the last draft change before analyzing (see draft-slice.ts for the budget). */
  analysisDebounceMs: number;
  /** How long an insert may go unanswered before the rep is told and the text is put on the clipboard. */
  insertTimeoutMs: number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export function defaultTimers(): Pick<SidebarDeps, 'setTimer' | 'clearTimer'> {
  return {
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

let requestCounter = 0;
/** Unique within this sidebar's lifetime, which is all the content script needs to match answers. */
export function sequentialRequestId(): string {
  requestCounter += 1;
  return `r${Date.now().toString(36)}-${requestCounter}`;
}
