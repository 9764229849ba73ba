import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE, disableSite, enableSite, readEnabledOrigins, restoreSiteRegistrations, siteOriginOf,
} from '../../entrypoints/background/site-access';

// Enabling OwnUp on a site the manifest does not list (a self-hosted helpdesk): one optional
// host permission and one run-time content script, both removed on disable, restored at start-up.
// The fake browser stores for real; permissions and scripting are modelled here as the browser
// behaves (a grant set, a registry keyed by id that refuses duplicates).

type Script = { id: string; matches?: string[]; js?: string[] };
let granted: Set<string>;
let registered: Map<string, Script>;
let userAccepts: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  userAccepts = true;
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (userAccepts) origins.forEach((o) => granted.add(o));
      return userAccepts;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.map((o) => granted.delete(o)).every(Boolean)),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : []))),
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
    executeScript: vi.fn(async () => []),
  });
});

describe('enabling OwnUp on a site from the toolbar', () => {
  it('asks for exactly that origin, registers the content script for it and runs it in the open tab', async () => {
    expect(await enableSite('https://support.acme-rentals.example', 12)).toEqual({ ok: true });
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://support.acme-rentals.example/*'] });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ matches: ['https://support.acme-rentals.example/*'], js: [CONTENT_SCRIPT_FILE] }),
    ]);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [CONTENT_SCRIPT_FILE] });
    expect(await readEnabledOrigins()).toEqual(['https://support.acme-rentals.example']);
  });

  it('registers nothing when the rep declines the permission', async () => {
    userAccepts = false;
    expect(await enableSite('https://support.acme-rentals.example')).toEqual({ ok: false, reason: 'Permission was not granted.' });
    expect(registered.size).toBe(0);
    expect(await readEnabledOrigins()).toEqual([]);
  });

  it('disabling removes the registration, the stored origin and the permission', async () => {
    await enableSite('https://support.acme-rentals.example');
    await enableSite('https://desk.other.example');
    await disableSite('https://support.acme-rentals.example');
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://desk.other.example/*']]);
    expect(granted.has('https://support.acme-rentals.example/*')).toBe(false);
    expect(await readEnabledOrigins()).toEqual(['https://desk.other.example']);
  });

  it('at start-up re-registers what is still permitted and forgets origins whose permission was revoked', async () => {
    await enableSite('https://support.acme-rentals.example');
    await enableSite('https://desk.other.example');
    registered.clear(); // a browser that does not persist registrations (Firefox)
    granted.delete('https://desk.other.example/*'); // revoked in the browser's settings
    await restoreSiteRegistrations();
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://support.acme-rentals.example/*']]);
    expect(await readEnabledOrigins()).toEqual(['https://support.acme-rentals.example']);
    // Running it twice does not trip over the existing registration.
    await expect(restoreSiteRegistrations()).resolves.toBeUndefined();
  });

  it('treats only web pages as sites, by scheme and host without port or path', () => {
    expect(siteOriginOf('https://support.acme-rentals.example:8443/tickets/9?x=1')).toBe('https://support.acme-rentals.example');
    expect(siteOriginOf('http://localhost:8080/inbox')).toBe('http://localhost');
    expect(siteOriginOf('chrome://extensions/')).toBeNull();
    expect(siteOriginOf('file:///home/rep/draft.html')).toBeNull();
    expect(siteOriginOf(undefined)).toBeNull();
  });

  it('ignores a corrupted stored list instead of registering garbage', async () => {
    await fakeBrowser.storage.local.set({ 'ownup.enabledOrigins': ['javascript:alert(1)', 42] });
    expect(await readEnabledOrigins()).toEqual([]);
    await restoreSiteRegistrations();
    expect(registered.size).toBe(0);
  });
});
