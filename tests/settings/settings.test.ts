import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  parseStoredSettings,
  SettingsSchema,
  settingsContext,
  toRecoverySettings,
  validateSettings,
  type Settings,
} from '../../lib/settings/schema';
import { loadSettings, saveSettings, SETTINGS_KEY, watchSettings } from '../../lib/settings/storage';

const custom = (): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  repName: 'Dana Whitfield',
  company: 'Harbor Rentals',
  timeZone: 'Europe/Berlin',
  tone: 'formal',
  remedies: { ...DEFAULT_SETTINGS.remedies, refund: false, discountMaxPercent: 5 },
});

describe('settings schema', () => {
  it('accepts its own defaults, so a fresh install works without visiting the options page', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, resetFields: [], warning: null });
  });

  it('reports errors by field path for the form', () => {
    const draft = {
      ...custom(),
      timeZone: 'Mars/Base',
      businessHours: { start: 17, end: 9, days: [1] },
      remedies: { ...custom().remedies, discountMaxPercent: 140, accountCredit: { maxAmount: -1, currency: 'dollars' } },
    };
    const result = validateSettings(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'businessHours.end',
      'remedies.accountCredit.currency',
      'remedies.accountCredit.maxAmount',
      'remedies.discountMaxPercent',
      'timeZone',
    ]);
    expect(result.errors['remedies.discountMaxPercent']).toBe('Between 0 and 100 %.');
  });

  it('refuses a week with no working day and repeated days', () => {
    expect(validateSettings({ ...custom(), businessHours: { start: 9, end: 17, days: [] } }).ok).toBe(false);
    expect(validateSettings({ ...custom(), businessHours: { start: 9, end: 17, days: [1, 1] } }).ok).toBe(false);
  });

  it('normalises the currency code and trims names', () => {
    const result = validateSettings({
      ...custom(),
      repName: '  Dana  ',
      remedies: { ...custom().remedies, accountCredit: { maxAmount: 20, currency: 'eur' } },
    });
    expect(result.ok && result.settings.repName).toBe('Dana');
    expect(result.ok && result.settings.remedies.accountCredit.currency).toBe('EUR');
  });

  it('resets only the invalid stored fields and keeps the rep’s other choices', () => {
    const loaded = parseStoredSettings({ ...custom(), tone: 'sarcastic', remedies: { refund: 'yes' } });
    expect(loaded.resetFields).toEqual(['tone', 'remedies']);
    expect(loaded.settings.repName).toBe('Dana Whitfield');
    expect(loaded.settings.tone).toBe(DEFAULT_SETTINGS.tone);
    expect(loaded.settings.remedies).toEqual(DEFAULT_SETTINGS.remedies);
    expect(loaded.warning).toContain('tone, remedies');
  });

  it('falls back to defaults with a warning when the stored value is not an object at all', () => {
    for (const junk of ['settings', 42, [1, 2]]) {
      const loaded = parseStoredSettings(junk);
      expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
      expect(loaded.warning).not.toBeNull();
    }
  });

  it('maps to what the composer and the template filler need, empty names left out', () => {
    expect(settingsContext(DEFAULT_SETTINGS as Settings)).toEqual({
      repName: undefined,
      company: undefined,
      timeZone: 'UTC',
      businessHours: DEFAULT_SETTINGS.businessHours,
      tone: 'warm',
    });
    expect(toRecoverySettings({ ...custom(), signOff: 'Best' })).toEqual({ remedies: custom().remedies, signOff: 'Best' });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips saved settings', async () => {
    await saveSettings(custom());
    expect(await loadSettings()).toEqual({ settings: custom(), resetFields: [], warning: null });
  });

  it('refuses to store invalid settings and leaves the stored ones alone', async () => {
    await saveSettings(custom());
    await expect(saveSettings({ ...custom(), tone: 'loud' as 'warm' })).rejects.toThrow();
    expect((await loadSettings()).settings.tone).toBe('formal');
  });

  it('survives garbage written by someone else', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { timeZone: 12, repName: 'Sam' } });
    const loaded = await loadSettings();
    expect(loaded.settings.repName).toBe('Sam');
    expect(loaded.settings.timeZone).toBe('UTC');
    expect(loaded.resetFields).toEqual(['timeZone']);
  });

  it('tells watchers about saves until unsubscribed or aborted', async () => {
    const seen = vi.fn();
    const controller = new AbortController();
    const unsubscribe = watchSettings(seen, controller.signal);
    await saveSettings(custom());
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0].settings.repName).toBe('Dana Whitfield');

    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(seen).toHaveBeenCalledTimes(1);

    controller.abort();
    await saveSettings({ ...custom(), repName: 'Someone else' });
    expect(seen).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
