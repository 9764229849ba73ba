import { z } from 'zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/ui/ui.css';
import '@/components/options/options.css';

// The options page: settings now; notes, playbook and stats sections register themselves in
// components/options/sections.ts as they arrive.

function start(): void {
  // A strict CSP (the extension's own) refuses zod's `Function('')` probe (TOOLCHAIN.md).
  z.config({ jitless: true });
  const root = document.getElementById('root');
  if (!root) throw new Error('options/index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
}

start();
