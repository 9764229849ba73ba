import { OwnUpDatabase } from '@/lib/db';

/**
 * TEST SEAM for the origin (as tests/notes/sidebar-harness.tsx): jsdom runs at http://localhost,
 * which lib/db rightly refuses; the extension's pages run at the extension's origin.
 */
export async function openInExtensionOrigin(name: string): Promise<OwnUpDatabase> {
  const real = Object.getOwnPropertyDescriptor(globalThis, 'location');
  Object.defineProperty(globalThis, 'location', { configurable: true, value: { protocol: 'chrome-extension:' } });
  let opened: OwnUpDatabase;
  try {
    opened = new OwnUpDatabase(name);
  } finally {
    if (real) Object.defineProperty(globalThis, 'location', real);
    else delete (globalThis as { location?: unknown }).location;
  }
  await opened.open();
  return opened;
}
