// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The toolbar popup as a rep sees it: what it says for the current tab, and that its one button
// enables OwnUp there (the permission request is made in the click, before anything is awaited).

const POPUP_HTML = readFileSync(join(import.meta.dirname, '../../entrypoints/popup/index.html'), 'utf8');

let granted: Set<string>;

async function openPopup(tabUrl: string) {
  document.documentElement.innerHTML = POPUP_HTML.replace(/<script[\s\S]*?<\/script>/g, '');
  Object.assign(fakeBrowser.tabs, { query: vi.fn(async () => [{ id: 5, url: tabUrl }]) });
  vi.resetModules();
  await import('../../entrypoints/popup/main');
  await vi.waitFor(() => expect(document.getElementById('status')!.textContent).not.toBe('Checking this page…'));
}

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'OwnUp', version: '0', content_scripts: [{ matches: ['https://*.zendesk.com/agent/*'], js: ['content-scripts/content.js'] }] }),
  });
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn(async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.add(o)), true)),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async () => true),
  });
  const registered = new Map<string, unknown>();
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id))),
    registerContentScripts: vi.fn(async (scripts: { id: string }[]) => scripts.forEach((s) => registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
    executeScript: vi.fn(async () => []),
  });
});

describe('the toolbar popup', () => {
  it('says OwnUp already runs on a supported helpdesk, with nothing to enable', async () => {
    await openPopup('https://acme.zendesk.com/agent/tickets/48213');
    expect(document.getElementById('status')!.textContent).toBe('OwnUp runs on acme.zendesk.com already.');
    expect(document.getElementById('action')!.hidden).toBe(true);
  });

  it('offers to enable OwnUp on another site and then to disable it', async () => {
    await openPopup('https://support.acme-rentals.example/tickets/9');
    const button = document.getElementById('action') as HTMLButtonElement;
    expect(button.textContent).toBe('Enable OwnUp on support.acme-rentals.example');
    button.click();
    // The permission request happens inside the click (its user gesture), not after an await.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://support.acme-rentals.example/*'] });
    await vi.waitFor(() => expect(button.textContent).toBe('Disable OwnUp on support.acme-rentals.example'));
    expect(document.getElementById('status')!.textContent).toBe('OwnUp is enabled on support.acme-rentals.example.');
  });

  it('explains that browser pages cannot get OwnUp', async () => {
    await openPopup('chrome://extensions/');
    expect(document.getElementById('status')!.textContent).toBe('OwnUp works on web pages only.');
  });
});
