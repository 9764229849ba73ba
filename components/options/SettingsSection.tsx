import { useEffect, useState } from 'react';
import type { LoadedSettings, Settings } from '@/lib/settings/schema';
import { isKnownTimeZone } from '@/lib/settings/schema';
import { hasSavedSettings, loadSettings, saveSettings } from '@/lib/settings/storage';
import { SettingsForm } from './SettingsForm';

// Loads the stored settings into the form. Before the first save, the time zone is pre-filled
// with the browser's own (the stored default is UTC, which is right for almost nobody).

export interface SettingsStore {
  load: () => Promise<LoadedSettings>;
  hasSaved: () => Promise<boolean>;
  save: (settings: Settings) => Promise<unknown>;
  browserTimeZone: () => string | undefined;
}

export const browserSettingsStore: SettingsStore = {
  load: loadSettings,
  hasSaved: hasSavedSettings,
  save: saveSettings,
  browserTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

type LoadState = { kind: 'loading' } | { kind: 'ready'; settings: Settings; warning: string | null } | { kind: 'failed'; message: string };

export function SettingsSection({ store = browserSettingsStore }: { store?: SettingsStore }) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    Promise.all([store.load(), store.hasSaved()]).then(
      ([loaded, saved]) => {
        const zone = store.browserTimeZone();
        const settings = !saved && zone && isKnownTimeZone(zone) ? { ...loaded.settings, timeZone: zone } : loaded.settings;
        if (live) setState({ kind: 'ready', settings, warning: loaded.warning });
      },
      (error: unknown) => live && setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [store]);

  if (state.kind === 'loading') return <p role="status">Loading your settings…</p>;
  if (state.kind === 'failed') return <p role="alert">Your settings could not be loaded: {state.message}</p>;
  return (
    <>
      {state.warning ? <p role="alert" className="ownup-options__warning">{state.warning}</p> : null}
      <SettingsForm initial={state.settings} onSave={async (s) => void (await store.save(s))} />
    </>
  );
}
