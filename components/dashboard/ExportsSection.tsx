import { useState } from 'react';
import { daysToCsv, eventsToCsv, repsToCsv } from '@/lib/stats/csv';
import { CSV_TYPE, downloadFile, exportFileName, JSON_TYPE, type DownloadFile } from './download';
import { ImportBundles } from './ImportBundles';
import { QueryControls } from './QueryControls';
import { ShareStats } from './ShareStats';
import { useDashboard } from './store';

// Exports of exactly what the dashboard shows: the period and the filters chosen above. The CSV
// columns are a contract documented in README.md, "Exports".

export function ExportsSection() {
  const period = useDashboard((s) => s.period);
  const filtered = useDashboard((s) => s.filtered);
  const summary = useDashboard((s) => s.summary);
  const filters = useDashboard((s) => s.filters);
  const [done, setDone] = useState<string | null>(null);

  const save = (file: DownloadFile) => {
    downloadFile(file);
    setDone(`Saved ${file.name}.`);
  };

  if (!period || !summary) return <QueryControls />;
  const name = (what: string, ext: 'csv' | 'json') => exportFileName(what, period.fromDay, period.toDay, ext);
  const exports: { id: string; label: string; file: () => DownloadFile }[] = [
    { id: 'events-csv', label: 'Events (CSV)', file: () => ({ name: name('events', 'csv'), type: CSV_TYPE, text: eventsToCsv(filtered) }) },
    { id: 'events-json', label: 'Events (JSON)', file: () => ({ name: name('events', 'json'), type: JSON_TYPE, text: JSON.stringify(filtered, null, 1) }) },
    { id: 'days-csv', label: 'Per day (CSV)', file: () => ({ name: name('days', 'csv'), type: CSV_TYPE, text: daysToCsv(summary) }) },
    { id: 'reps-csv', label: 'Per rep (CSV)', file: () => ({ name: name('reps', 'csv'), type: CSV_TYPE, text: repsToCsv(summary) }) },
    {
      id: 'summary-json',
      label: 'Summary (JSON)',
      file: () => ({ name: name('summary', 'json'), type: JSON_TYPE, text: JSON.stringify({ period, filters, summary }, null, 1) }),
    },
  ];

  return (
    <>
      <QueryControls />
      <section aria-labelledby="export-heading">
        <h3 id="export-heading">Export</h3>
        <p className="dashboard-hint">
          {filtered.length} {filtered.length === 1 ? 'reply' : 'replies'} from {period.fromDay} to {period.toDay} with the filters above. Counts only: no reply text is in
          any file.
        </p>
        <div className="dashboard-actions">
          {exports.map((e) => (
            <button key={e.id} type="button" className="ui-button" data-testid={`export-${e.id}`} onClick={() => save(e.file())}>
              {e.label}
            </button>
          ))}
        </div>
        {done ? (
          <p role="status" className="dashboard-hint">
            {done}
          </p>
        ) : null}
      </section>
      <ShareStats />
      <ImportBundles />
    </>
  );
}
