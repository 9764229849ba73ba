import { defineConfig } from 'wxt';
import { manifestMatches } from './lib/sites/registry';

// WXT config. See ../shared/TOOLCHAIN.md for why each non-default setting is here.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // lib/ stays plain TypeScript that Node tests import without WXT's globals.
  imports: false,
  // Dexie ships a literal U+FFFF; Chrome rejects the whole extension as "not UTF-8" without this.
  experimental: { escapeUnicode: true },
  manifest: ({ browser }) => ({
    name: 'OwnUp',
    description: 'Spot canned deflections in your support replies and own the problem instead.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'clipboardWrite', 'activeTab'],
    // The supported sites only (DESIGN.md "Permissions are minimal"). In MV3 Chrome the content
    // script's `matches` alone do not allow scripting.executeScript (measured 2026-11-22: "Cannot
    // access contents of the page"), which the main-world model reader (lib/sites/editors) and the
    // re-injection after an update need on these same sites.
    host_permissions: manifestMatches(),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The sidebar is the only page a web page may frame (DESIGN.md). Chrome's use_dynamic_url
    // gives it a per-session URL so pages cannot fingerprint the extension by probing it;
    // Firefox's moz-extension host is already a per-install random UUID.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['https://*/*', 'http://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Show or hide the OwnUp sidebar' },
      'next-finding': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Step to the next finding in your draft' },
    },
    action: { default_title: 'OwnUp' },
    // A team playbook deployed by policy (README.md, "Deploying a playbook by policy"); Firefox reads 3rdparty policies without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: {
              id: 'ownup@ownup.dev',
              strict_min_version: '142.0',
              // Firefox asks every new extension to declare what it collects: nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
           } }
      : {}),
  }),
});
