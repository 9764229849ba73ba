import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { composeRecovery } from '@/lib/analysis/recovery';
import { PORT_SIDEBAR } from '@/lib/messaging/protocol';
import { loadSettings, watchSettings } from '@/lib/settings/storage';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { createPageAnalyzer } from '@/components/sidebar/analysis/page-analyzer';
import { createRuntimePortClient } from '@/components/sidebar/port';
import { createSidebarStore, SidebarStoreProvider } from '@/components/sidebar/store';
import { defaultTimers, sequentialRequestId } from '@/components/sidebar/store/deps';
import { createDatabaseStatsSink } from '@/components/sidebar/stats/event-sink';
import { connectTeamKnowledge } from '@/components/sidebar/flags/connect';
import { withTeamRules } from '@/components/sidebar/flags/team-analyzer';
import '@/components/ui/ui.css';
import '@/components/sidebar/sidebar.css';

// The sidebar page, shown by the content script in an iframe next to the rep's editor
// (DESIGN.md: an extension page, so the host page cannot read it or its storage).

function start(): void {
  // A strict CSP (the extension's own) refuses zod's `Function('')` probe (TOOLCHAIN.md).
  z.config({ jitless: true });

  // The built-in analysis plus the team playbook's rules (issue 7), swapped live.
  const analyzer = withTeamRules(createPageAnalyzer());
  const store = createSidebarStore({
    port: createRuntimePortClient({
      connect: () => browser.runtime.connect({ name: PORT_SIDEBAR }),
      isContextAlive: () => Boolean(browser.runtime?.id),
      onDropped: (raw, reason) => console.warn('OwnUp: dropped an invalid message from the page:', reason, raw),
    }),
    analyzer,
    // Three tiers in under 2 ms (issue 5 bar): cheap enough for this thread.
    composeRecovery,
    clipboard: navigator.clipboard ?? null,
    now: () => Date.now(),
    newRequestId: sequentialRequestId,
    // Findings must show ≤ 150 ms after the last keystroke end to end (issue 3). The content
    // script already waits 40 ms before sending a draft; 40 more here makes ~80 ms of debounce
    // in all, leaving the rest for relay, analysis and render (see draft-slice.ts).
    analysisDebounceMs: 40,
    insertTimeoutMs: 4000,
    ...defaultTimers(),
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('sidebar.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <SidebarStoreProvider store={store}>
        <SidebarApp />
      </SidebarStoreProvider>
    </StrictMode>,
  );

  store.getState().connectStats(createDatabaseStatsSink());
  store.getState().start();
  const stopWatching = new AbortController();
  connectTeamKnowledge(store, analyzer, stopWatching.signal);
  loadSettings().then(
    (loaded) => store.getState().setSettings(loaded),
    () => {
      // No settings yet (or storage unavailable): rewrites and replies adapt to missing names.
    },
  );
  watchSettings((loaded) => store.getState().setSettings(loaded), stopWatching.signal);
  addEventListener('pagehide', () => {
    stopWatching.abort();
    store.getState().stop();
  });
}

start();
