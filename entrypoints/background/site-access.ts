import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

// Sites a rep enabled from the toolbar button (DESIGN.md, "Permissions are minimal"): each one is
// an optional host permission plus a content script registered at run time. The list is kept in
// storage.local so the background can re-register after a restart (Firefox does not persist
// registrations across sessions; Chrome does, but re-checking costs nothing and heals drift).

const STORAGE_KEY = 'ownup.enabledOrigins';
/** WXT's output path for entrypoints/content/index.ts. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The content script's second half (entrypoints/ownup-session.ts), injected when an editor appears. */
export const SESSION_SCRIPT_FILE = '/ownup-session.js';

/** `https://host` (no port, no path): match patterns cannot carry a port in Firefox, so a site is a scheme + host. */
const SiteOrigin = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[a-z0-9.-]+$/i));
const EnabledOrigins = z.array(SiteOrigin).check(z.maxLength(1000));

/** The site origin of a tab's URL, or null for pages OwnUp cannot run on (chrome://, file://, the web store…). */
export function siteOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    const origin = `${parsed.protocol}//${parsed.hostname}`;
    return SiteOrigin.safeParse(origin).success ? origin : null;
  } catch {
    return null;
  }
}

const patternOf = (origin: string) => `${origin}/*`;
const scriptIdOf = (origin: string) => `ownup-site:${origin}`;

export async function readEnabledOrigins(): Promise<string[]> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const parsed = EnabledOrigins.safeParse(stored[STORAGE_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

async function writeEnabledOrigins(origins: string[]) {
  await browser.storage.local.set({ [STORAGE_KEY]: EnabledOrigins.parse([...new Set(origins)].sort()) });
}

/** Whether the browser offers run-time registration (Chrome 96+, Firefox 102+ MV3); older ones get a message, not a crash. */
export function canRegisterScripts(): boolean {
  return typeof browser.scripting?.registerContentScripts === 'function';
}

async function register(origin: string) {
  const id = scriptIdOf(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [patternOf(origin)], js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/**
 * Asks for the origin and registers the content script. Must be called straight from the click
 * handler: `permissions.request` needs the user gesture, so nothing may be awaited before it.
 */
export async function enableSite(origin: string, tabId?: number): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!SiteOrigin.safeParse(origin).success) return { ok: false, reason: 'OwnUp can only run on web pages.' };
  const granted = await browser.permissions.request({ origins: [patternOf(origin)] });
  if (!granted) return { ok: false, reason: 'Permission was not granted.' };
  if (!canRegisterScripts()) return { ok: false, reason: 'This browser cannot enable OwnUp on extra sites.' };
  await register(origin);
  await writeEnabledOrigins([...(await readEnabledOrigins()), origin]);
  if (tabId !== undefined) {
    // Run on the open page now, so the rep need not reload and lose a draft.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
  }
  return { ok: true };
}

export async function disableSite(origin: string): Promise<void> {
  if (canRegisterScripts()) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptIdOf(origin)] }).catch(() => undefined);
  }
  await writeEnabledOrigins((await readEnabledOrigins()).filter((o) => o !== origin));
  await browser.permissions.remove({ origins: [patternOf(origin)] }).catch(() => false);
}

/** At start-up: register what the rep enabled and still permits; forget origins whose permission was revoked. */
export async function restoreSiteRegistrations(): Promise<void> {
  if (!canRegisterScripts()) return;
  const kept: string[] = [];
  for (const origin of await readEnabledOrigins()) {
    if (!(await browser.permissions.contains({ origins: [patternOf(origin)] }))) continue;
    await register(origin).catch(() => undefined);
    kept.push(origin);
  }
  await writeEnabledOrigins(kept);
}

/**
 * After an install, update or reload Chrome does not put content scripts back into open tabs,
 * and the old copies are orphaned (their frames removed by the context's invalidation). Inject
 * the new content script into every open tab OwnUp runs on, so the sidebar comes back at once
 * and the rep's draft, which lives in the page, is untouched.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const patterns = [...builtIn, ...(await readEnabledOrigins()).map(patternOf)];
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
