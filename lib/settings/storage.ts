import { browser } from 'wxt/browser';
import { parseStoredSettings, SettingsSchema, type LoadedSettings, type Settings } from './schema';

// Settings live in browser.storage.local (not sync: the remedy limits are a team's choice per
// browser profile, and sync's quotas are small). One key holds the whole object so a save is
// atomic and watchers see one change, never half a settings object.

export const SETTINGS_KEY = 'ownup.settings';

/** Reads and validates the stored settings; never throws on bad data (see parseStoredSettings). */
export async function loadSettings(): Promise<LoadedSettings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
  return parseStoredSettings(stored[SETTINGS_KEY]);
}

/** Validates and stores the settings; rejects (with zod's error) rather than store invalid data. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/**
 * Calls `onChange` with freshly validated settings whenever another page (the options page, a
 * second sidebar) saves them. Returns the unsubscribe function; an AbortSignal also ends it, so
 * a component's cleanup or the content-script context can cancel it (STYLE.md habit 7).
 */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(parseStoredSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/** Whether the rep has ever saved settings: before that, the options page pre-fills the browser's zone. */
export async function hasSavedSettings(): Promise<boolean> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY] !== undefined && stored[SETTINGS_KEY] !== null;
}
