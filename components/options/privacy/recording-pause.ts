import { browser } from 'wxt/browser';
import { z } from 'zod';

// "Pause recording" (issue 8 privacy controls): one flag in browser.storage.local, shared by the
// options page, the dashboard and every open sidebar. Storage is a trust boundary (another
// version, a hand-edited profile), so anything but a boolean reads as "not paused"; an
// unreadable storage reads as paused, because recording without being able to check the rep's
// choice is the worse mistake.

export const RECORDING_PAUSED_KEY = 'ownup.stats.paused';

const Paused = z.boolean();

export async function isRecordingPaused(): Promise<boolean> {
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get(RECORDING_PAUSED_KEY);
    const parsed = Paused.safeParse(stored[RECORDING_PAUSED_KEY]);
    return parsed.success ? parsed.data : false;
  } catch {
    return true;
  }
}

export async function setRecordingPaused(paused: boolean): Promise<void> {
  await browser.storage.local.set({ [RECORDING_PAUSED_KEY]: paused });
}

/** Calls `onChange` when another page pauses or resumes; ends with the signal. */
export function watchRecordingPaused(onChange: (paused: boolean) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(RECORDING_PAUSED_KEY in changes)) return;
    const parsed = Paused.safeParse(changes[RECORDING_PAUSED_KEY]?.newValue);
    onChange(parsed.success ? parsed.data : false);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
