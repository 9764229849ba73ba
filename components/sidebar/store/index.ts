import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createConnectionSlice } from './connection-slice';
import type { SidebarDeps } from './deps';
import { createDismissedSlice } from './dismissed-slice';
import { createDraftSlice } from './draft-slice';
import { createInsertSlice } from './insert-slice';
import { createReplySlice } from './reply-slice';
import { createSettingsSlice } from './settings-slice';
import { createStatsSlice } from './stats-slice';
import { createNotesSlice } from './notes-slice';
import { createFlagsSlice } from './flags-slice';
import type { SidebarState } from './state';
import { createUiSlice } from './ui-slice';

export type { SidebarState } from './state';
export type { SidebarDeps, ClipboardLike } from './deps';
export { dismissKey, visibleFindings } from './dismissed-slice';

export type SidebarStore = StoreApi<SidebarState>;

/** One store per sidebar page (STYLE.md); its dependencies are passed in so tests can fake them. */
export function createSidebarStore(deps: SidebarDeps): SidebarStore {
  return createStore<SidebarState>()((...args) => ({
    ...createConnectionSlice(deps)(...args),
    ...createDraftSlice(deps)(...args),
    ...createDismissedSlice(deps)(...args),
    ...createUiSlice(deps)(...args),
    ...createInsertSlice(deps)(...args),
    ...createReplySlice(deps)(...args),
    ...createSettingsSlice(deps)(...args),
    ...createStatsSlice(deps)(...args),
    ...createNotesSlice(deps)(...args),
    ...createFlagsSlice(deps)(...args),
  }));
}

const StoreContext = createContext<SidebarStore | null>(null);

export function SidebarStoreProvider({ store, children }: { store: SidebarStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** Select narrowly: return one field or an action, never a freshly built object or array. */
export function useSidebar<T>(selector: (state: SidebarState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSidebar needs a SidebarStoreProvider above it.');
  return useStore(store, selector);
}
