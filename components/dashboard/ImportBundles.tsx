import { useId, useState, type ChangeEvent } from 'react';
import { mergeBundles, parseStatsBundle, StatsBundleError, type StatsBundle } from '@/lib/stats/bundle';
import { useDashboard, useDashboardSource } from './store';

// A manager imports the reps' "share my stats" files. Each file is checked whole
// (parseStatsBundle): a bad one is refused with the row it fails on and adds nothing; the good
// ones are merged by event id, so importing the same file twice adds nothing the second time.

interface ImportReport {
  added: number;
  skipped: number;
  imported: string[];
  refused: { file: string; reason: string }[];
}

/** Larger than any honest bundle (100,000 events are ~40 MB of JSON); refuses a wrong pick early. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

export function ImportBundles() {
  const id = useId();
  const source = useDashboardSource();
  const reload = useDashboard((s) => s.reload);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    setReport(null);
    const bundles: StatsBundle[] = [];
    const result: ImportReport = { added: 0, skipped: 0, imported: [], refused: [] };
    for (const file of files) {
      try {
        if (file.size > MAX_FILE_BYTES) throw new StatsBundleError('This file is too large to be a stats bundle; nothing was imported.');
        bundles.push(parseStatsBundle(await file.text()));
        result.imported.push(file.name);
      } catch (cause) {
        result.refused.push({ file: file.name, reason: cause instanceof Error ? cause.message : String(cause) });
      }
    }
    try {
      if (bundles.length > 0) {
        const merged = await source.mergeEvents(mergeBundles(bundles));
        result.added = merged.added;
        result.skipped = merged.skipped;
        await reload();
      }
      setReport(result);
    } catch (cause) {
      setError(`Nothing was imported: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(false);
      // The same files can be picked again (to check that a second import adds nothing).
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import the team's bundles</h3>
      <div className="dashboard-field">
        <label htmlFor={`${id}-files`}>Stats bundles (.json), one or many</label>
        <input id={`${id}-files`} data-testid="import-bundles" type="file" accept=".json,application/json" multiple disabled={busy} onChange={(e) => void onFiles(e)} />
      </div>
      <div aria-live="polite" data-testid="import-report">
        {busy ? <p>Importing…</p> : null}
        {report ? (
          <>
            {report.imported.length > 0 ? (
              <p role="status">
                Imported {report.imported.length} {report.imported.length === 1 ? 'file' : 'files'}: {report.added} {report.added === 1 ? 'reply' : 'replies'} added,{' '}
                {report.skipped} already here (skipped).
              </p>
            ) : null}
            {report.refused.length > 0 ? (
              <ul role="alert" className="dashboard-error">
                {report.refused.map((r) => (
                  <li key={r.file}>
                    <strong>{r.file}</strong>: {r.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
        {error ? (
          <p role="alert" className="dashboard-error">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
