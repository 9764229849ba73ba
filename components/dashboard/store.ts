import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CategoryId } from '@/lib/analysis/taxonomy';
import type { EventRecord, FlagRecord } from '@/lib/db';
import { aggregate, matchesQuery, type StatsQuery, type StatsSummary } from '@/lib/stats/aggregate';
import type { DashboardSource } from './data';
import { resolvePeriod, type Period, type PeriodChoice } from './period';

// The dashboard's one store (STYLE.md): the period and filters the manager chose, the events of
// the period, and the figures computed from them. Only actions talk to the source; figures are
// recomputed by lib/stats' pure aggregate() whenever the events or the filters change.

export interface DashboardFilters {
  site?: string;
  rep?: string;
  category?: CategoryId;
}

export interface DashboardState {
  status: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  timeZone: string;
  choice: PeriodChoice;
  period: Period | null;
  /** Why a custom period was not applied; the last good one stays. */
  periodError: string | null;
  filters: DashboardFilters;
  /** Every event of the period (filters are applied in `filtered` and `summary`). */
  events: EventRecord[];
  /** Events of the period that pass the filters: what the exports write. */
  filtered: EventRecord[];
  summary: StatsSummary | null;
  /** Reps with events in the period, for the rep filter. */
  reps: string[];
  flags: FlagRecord[];
  start(): Promise<void>;
  choosePeriod(choice: PeriodChoice): Promise<void>;
  setFilters(filters: DashboardFilters): void;
  /** Reads the period again (after an import or a deletion). */
  reload(): Promise<void>;
}

export type DashboardStore = StoreApi<DashboardState>;

export function queryOf(state: Pick<DashboardState, 'period' | 'timeZone' | 'filters'>): StatsQuery | null {
  if (!state.period) return null;
  const { site, rep, category } = state.filters;
  return { from: state.period.from, to: state.period.to, timeZone: state.timeZone, site, rep, category };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDashboardStore(source: DashboardSource): DashboardStore {
  return createStore<DashboardState>()((set, get) => {
    function recompute(): void {
      const query = queryOf(get());
      if (!query) return;
      const { events } = get();
      set({
        summary: aggregate(events, query),
        filtered: events.filter((event) => matchesQuery(event, query)),
        reps: [...new Set(events.map((e) => e.rep))].sort((a, b) => a.localeCompare(b)),
      });
    }

    async function load(period: Period): Promise<void> {
      set({ status: 'loading' });
      try {
        const [events, flags] = await Promise.all([source.listEvents(period.from, period.to), source.listFlags()]);
        set({ events, flags, period, status: 'ready', loadError: null });
        recompute();
      } catch (error) {
        set({ status: 'failed', loadError: message(error) });
      }
    }

    return {
      status: 'loading',
      loadError: null,
      timeZone: 'UTC',
      choice: { kind: 'preset', days: 30 },
      period: null,
      periodError: null,
      filters: {},
      events: [],
      filtered: [],
      summary: null,
      reps: [],
      flags: [],

      async start() {
        let timeZone: string;
        try {
          timeZone = await source.timeZone();
        } catch {
          timeZone = 'UTC';
        }
        set({ timeZone });
        await load(resolvePeriod(get().choice, source.now(), timeZone));
      },

      async choosePeriod(choice) {
        let period: Period;
        try {
          period = resolvePeriod(choice, source.now(), get().timeZone);
        } catch (error) {
          set({ choice, periodError: message(error) });
          return;
        }
        set({ choice, periodError: null });
        await load(period);
      },

      setFilters(filters) {
        set({ filters });
        recompute();
      },

      async reload() {
        const period = get().period;
        if (period) await load(period);
      },
    };
  });
}

const StoreContext = createContext<{ store: DashboardStore; source: DashboardSource } | null>(null);

export function DashboardProvider({ store, source, children }: { store: DashboardStore; source: DashboardSource; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: { store, source } }, children);
}

function useContextValue() {
  const value = useContext(StoreContext);
  if (!value) throw new Error('The dashboard needs a DashboardProvider above it.');
  return value;
}

/** Select narrowly: one field or an action. */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useContextValue().store, selector);
}

export function useDashboardSource(): DashboardSource {
  return useContextValue().source;
}
