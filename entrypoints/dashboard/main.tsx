import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { createDatabaseSource } from '@/components/dashboard/data';
import { createDashboardStore, DashboardProvider } from '@/components/dashboard/store';
import '@/components/ui/ui.css';
import '@/components/dashboard/dashboard.css';

// The manager dashboard (issue 8): reply statistics, exports, shared bundles, privacy; issue 7's
// review queue registers in components/dashboard/sections.ts. An extension page, so it reads the
// extension's own database (DESIGN.md).

function start(): void {
  // A strict CSP (the extension's own) refuses zod's `Function('')` probe (TOOLCHAIN.md).
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('dashboard/index.html has no #root');
  const source = createDatabaseSource();
  const store = createDashboardStore(source);
  createRoot(root).render(
    <StrictMode>
      <DashboardProvider store={store} source={source}>
        <DashboardApp />
      </DashboardProvider>
    </StrictMode>,
  );
}

start();
