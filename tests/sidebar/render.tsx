import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { SidebarStoreProvider, type SidebarStore } from '@/components/sidebar/store';

// Renders the sidebar's root into jsdom with React's act(), no testing library (no new deps).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  byTestId(id: string): HTMLElement[];
  unmount(): void;
}

export function renderSidebar(store: SidebarStore): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <SidebarStoreProvider store={store}>
        <SidebarApp />
      </SidebarStoreProvider>,
    ),
  );
  return {
    container,
    root,
    byTestId: (id) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets timers and promises run inside act(), so React commits what the store did. */
export async function flush(ms = 5): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

export async function flushUntil(check: () => boolean, timeoutMs = 1000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await flush(2);
  }
}

export function click(element: HTMLElement | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => element.click());
}

export function press(element: Element, key: string): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
