import type { SliceCreator } from './state';
import { visibleFindings } from './dismissed-slice';

export type SidebarTab = 'findings' | 'reply' | 'notes';

export interface UiSlice {
  collapsed: boolean;
  activeTab: SidebarTab;
  /** Index into the visible findings that holds keyboard focus, or null. */
  focusedIndex: number | null;
  /** Bumped when an action (j/k, the page's step command) wants DOM focus moved to `focusedIndex`. */
  focusRequest: number;
  setCollapsed(collapsed: boolean): void;
  /** True while the sidebar folded itself because the page's window is narrow (not the rep's choice). */
  autoCollapsed: boolean;
  /** The content script's `viewport` message: fold on a narrow window, unfold when it widens again. */
  setViewportNarrow(narrow: boolean): void;
  setTab(tab: SidebarTab): void;
  /** Move through findings, wrapping around; from the page's keyboard command or j/k. */
  stepFinding(direction: 'next' | 'previous'): void;
  /** Remember focus that arrived by mouse or Tab, so j/k continue from there. */
  noteFocusedFinding(index: number | null): void;
  /** Tell the content script the frame's shape and badge; sends only on change unless forced. */
  syncLayout(force?: boolean): void;
  /** Findings changed (analysis, dismissal): keep focus in range and the tab's badge current. */
  afterFindingsChanged(): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (deps) => (set, get) => {
  let lastLayout: { collapsed: boolean; badge: number } | null = null;

  return {
    collapsed: false,
    activeTab: 'findings',
    focusedIndex: null,
    focusRequest: 0,

    autoCollapsed: false,

    setCollapsed(collapsed) {
      // A fold or unfold by the rep wins over the automatic one.
      set({ collapsed, autoCollapsed: false });
      get().syncLayout();
    },

    setViewportNarrow(narrow) {
      const { collapsed, autoCollapsed } = get();
      if (narrow && !collapsed) {
        set({ collapsed: true, autoCollapsed: true });
        get().syncLayout();
      } else if (!narrow && autoCollapsed) {
        set({ collapsed: false, autoCollapsed: false });
        get().syncLayout();
      }
    },

    setTab(activeTab) {
      set({ activeTab });
    },

    stepFinding(direction) {
      const count = visibleFindings(get()).length;
      const { focusedIndex, focusRequest, collapsed, activeTab } = get();
      if (count === 0) {
        set({ focusedIndex: null });
        return;
      }
      let next: number;
      if (focusedIndex === null) next = direction === 'next' ? 0 : count - 1;
      else next = (focusedIndex + (direction === 'next' ? 1 : count - 1)) % count;
      // Stepping from the page means the rep wants to see the finding: open what hides it.
      if (collapsed) get().setCollapsed(false);
      if (activeTab !== 'findings') set({ activeTab: 'findings' });
      set({ focusedIndex: next, focusRequest: focusRequest + 1 });
    },

    noteFocusedFinding(index) {
      if (get().focusedIndex !== index) set({ focusedIndex: index });
    },

    syncLayout(force = false) {
      const layout = { collapsed: get().collapsed, badge: visibleFindings(get()).length };
      if (!force && lastLayout && lastLayout.collapsed === layout.collapsed && lastLayout.badge === layout.badge) return;
      if (deps.port.send({ type: 'layout', ...layout })) lastLayout = layout;
    },

    afterFindingsChanged() {
      const count = visibleFindings(get()).length;
      const { focusedIndex } = get();
      if (focusedIndex !== null && focusedIndex >= count) set({ focusedIndex: count === 0 ? null : count - 1 });
      get().syncLayout();
    },
  };
};
