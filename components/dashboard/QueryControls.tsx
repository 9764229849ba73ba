import { useId, useState, type FormEvent } from 'react';
import { CATEGORY_IDS, CategoryId } from '@/lib/analysis/taxonomy';
import { CATEGORY_LABELS } from '@/components/sidebar/labels';
import { repLabel } from './format';
import type { PeriodChoice } from './period';
import { useDashboard } from './store';

// Period and filters, shared by the statistics and the exports (an export writes what the
// manager is looking at). Native controls, each with its label: keyboard and screen readers
// work without extra code.

const PRESETS = [7, 30, 90] as const;

export function QueryControls() {
  const id = useId();
  const choice = useDashboard((s) => s.choice);
  const period = useDashboard((s) => s.period);
  const periodError = useDashboard((s) => s.periodError);
  const filters = useDashboard((s) => s.filters);
  const summary = useDashboard((s) => s.summary);
  const reps = useDashboard((s) => s.reps);
  const timeZone = useDashboard((s) => s.timeZone);
  const choosePeriod = useDashboard((s) => s.choosePeriod);
  const setFilters = useDashboard((s) => s.setFilters);
  const reload = useDashboard((s) => s.reload);
  const [custom, setCustom] = useState(choice.kind === 'custom');
  const [fromDay, setFromDay] = useState(period?.fromDay ?? '');
  const [toDay, setToDay] = useState(period?.toDay ?? '');

  const onPeriod = (value: string) => {
    if (value === 'custom') {
      setCustom(true);
      setFromDay(period?.fromDay ?? '');
      setToDay(period?.toDay ?? '');
      return;
    }
    setCustom(false);
    void choosePeriod({ kind: 'preset', days: Number(value) as 7 | 30 | 90 });
  };
  const applyCustom = (event: FormEvent) => {
    event.preventDefault();
    const next: PeriodChoice = { kind: 'custom', fromDay, toDay };
    void choosePeriod(next);
  };

  return (
    <div className="dashboard-controls" role="group" aria-label="Period and filters">
      <div className="dashboard-field">
        <label htmlFor={`${id}-period`}>Period</label>
        <select id={`${id}-period`} data-testid="period" value={custom ? 'custom' : choice.kind === 'preset' ? String(choice.days) : 'custom'} onChange={(e) => onPeriod(e.target.value)}>
          {PRESETS.map((days) => (
            <option key={days} value={days}>
              Last {days} days
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </div>
      {custom ? (
        <form className="dashboard-custom" onSubmit={applyCustom} aria-label="Custom period">
          <div className="dashboard-field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" required value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
          </div>
          <div className="dashboard-field">
            <label htmlFor={`${id}-to`}>To (included)</label>
            <input id={`${id}-to`} type="date" required value={toDay} onChange={(e) => setToDay(e.target.value)} />
          </div>
          <button type="submit" className="ui-button">
            Show
          </button>
        </form>
      ) : null}
      <div className="dashboard-field">
        <label htmlFor={`${id}-site`}>Site</label>
        <select id={`${id}-site`} data-testid="filter-site" value={filters.site ?? ''} onChange={(e) => setFilters({ ...filters, site: e.target.value || undefined })}>
          <option value="">All sites</option>
          {(summary?.sites ?? []).map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-field">
        <label htmlFor={`${id}-rep`}>Rep</label>
        {/* Values carry a prefix: a rep without a name is '' and must not read as "all reps". */}
        <select
          id={`${id}-rep`}
          data-testid="filter-rep"
          value={filters.rep === undefined ? '' : `rep:${filters.rep}`}
          onChange={(e) => setFilters({ ...filters, rep: e.target.value.startsWith('rep:') ? e.target.value.slice(4) : undefined })}
        >
          <option value="">All reps</option>
          {reps.map((rep) => (
            <option key={rep} value={`rep:${rep}`}>
              {repLabel(rep)}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          data-testid="filter-category"
          value={filters.category ?? ''}
          onChange={(e) => {
            const parsed = CategoryId.safeParse(e.target.value);
            setFilters({ ...filters, category: parsed.success ? parsed.data : undefined });
          }}
        >
          <option value="">All categories</option>
          {CATEGORY_IDS.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="ui-button" data-testid="refresh" onClick={() => void reload()}>
        Refresh
      </button>
      {periodError ? (
        <p role="alert" className="dashboard-error">
          {periodError}
        </p>
      ) : null}
      {period ? (
        <p className="dashboard-hint" data-testid="period-shown">
          {period.fromDay} to {period.toDay}, days in {timeZone}
        </p>
      ) : null}
    </div>
  );
}
