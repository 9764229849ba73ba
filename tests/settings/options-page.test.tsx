// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { SettingsSection, browserSettingsStore, type SettingsStore } from '../../components/options/SettingsSection';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const store = (zone = 'Asia/Kathmandu'): SettingsStore => ({ ...browserSettingsStore, browserTimeZone: () => zone });

async function render(element: React.ReactElement) {
  await act(async () => root.render(element));
  // Let the load promise settle and the form render.
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const field = (label: string): HTMLInputElement => {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  if (!l) throw new Error(`no label "${label}"`);
  return document.getElementById(l.htmlFor) as HTMLInputElement;
};

async function type(input: HTMLInputElement, value: string) {
  // React tracks the value through the native setter; set it there, then fire input.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('options page: settings', () => {
  it('pre-fills the browser’s time zone before the first save', async () => {
    await render(<SettingsSection store={store()} />);
    expect(field('Time zone').value).toBe('Asia/Kathmandu');
  });

  it('shows the saved zone, not the browser’s, once settings exist', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' });
    await render(<SettingsSection store={store()} />);
    expect(field('Time zone').value).toBe('Europe/Berlin');
  });

  it('saves valid changes to storage', async () => {
    await render(<SettingsSection store={store()} />);
    await type(field('Your name'), 'Dana Whitfield');
    await type(field('Discount up to (%)'), '25');
    await submit();
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Saved');
    const { settings } = await loadSettings();
    expect(settings.repName).toBe('Dana Whitfield');
    expect(settings.remedies.discountMaxPercent).toBe(25);
    expect(settings.timeZone).toBe('Asia/Kathmandu');
  });

  it('shows errors next to the fields and stores nothing while any is invalid', async () => {
    await render(<SettingsSection store={store()} />);
    await type(field('Discount up to (%)'), '140');
    await type(field('Time zone'), 'Atlantis/Capital');
    await submit();
    const discount = field('Discount up to (%)');
    expect(discount.getAttribute('aria-invalid')).toBe('true');
    const errorId = discount.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)?.textContent).toBe('Between 0 and 100 %.');
    expect(field('Time zone').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Time zone'));
    expect(await browserSettingsStore.hasSaved()).toBe(false);
  });

  it('warns when stored settings were invalid and had to be reset', async () => {
    await fakeBrowser.storage.local.set({ 'ownup.settings': { tone: 'shouty' } });
    await render(<SettingsSection store={store()} />);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('tone');
  });

  it('has no accessibility violations axe can find in jsdom', async () => {
    await render(<OptionsApp />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('lists its sections in a nav and marks the current one', async () => {
    await render(<OptionsApp />);
    const current = container.querySelector('nav a[aria-current="page"]');
    expect(current?.textContent).toBe('Settings');
    expect(container.querySelector('main h2')?.textContent).toBe('Settings');
  });
});
