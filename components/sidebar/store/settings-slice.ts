import type { LoadedSettings, Settings } from '@/lib/settings/schema';
import type { SliceCreator } from './state';

export interface SettingsSlice {
  /** The rep's settings; null until loaded (the composer and rewrites adapt to missing values). */
  settings: Settings | null;
  /** Shown when stored settings were invalid and partly reset. */
  settingsWarning: string | null;
  setSettings(loaded: LoadedSettings): void;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = () => (set, get) => ({
  settings: null,
  settingsWarning: null,

  setSettings(loaded) {
    set({ settings: loaded.settings, settingsWarning: loaded.warning });
    // Rewrites and replies carry the rep's name, company and hours: refresh both.
    get().scheduleAnalysis();
    get().composeReplies();
  },
});
