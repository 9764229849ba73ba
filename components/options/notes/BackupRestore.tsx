import { useId, useState } from 'react';
import { exportNotesBundle, importNotesBundle, serializeNotesBundle, type ImportResult, type OwnUpDatabase } from '@/lib/db';
import { backupFileName } from './backup-file';

type Outcome = { kind: 'done'; message: string } | { kind: 'error'; message: string } | null;

function describeImport(result: ImportResult): string {
  const part = (label: string, c: ImportResult['notes']) => `${label}: ${c.added} added, ${c.updated} updated, ${c.kept} kept (yours were as new)`;
  return `Imported. ${part('Notes', result.notes)}; ${part('follow-ups', result.followups)}.`;
}

/** Export every note and follow-up as the versioned bundle; import one back (merge by id, newer wins, all or nothing). */
export function BackupRestore({
  db,
  now,
  download,
  onImported,
}: {
  db: OwnUpDatabase;
  now: () => number;
  download(fileName: string, text: string): void;
  onImported(): void;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  async function exportAll() {
    try {
      const at = now();
      download(backupFileName(at), serializeNotesBundle(await exportNotesBundle(db, at)));
      setOutcome({ kind: 'done', message: 'Backup saved to your downloads.' });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function importFile(file: File) {
    setBusy(true);
    try {
      const result = await importNotesBundle(db, await file.text());
      setOutcome({ kind: 'done', message: describeImport(result) });
      onImported();
    } catch (error) {
      // BundleImportError / StorageFullError say what was wrong and that nothing was written.
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="ownup-notes-backup-heading">
      <h3 id="ownup-notes-backup-heading">Backup and restore</h3>
      <p className="ownup-options__hint">
        One JSON file with every note (deleted ones too) and every follow-up. Importing merges by id: where both have a row, the
        more recently changed one wins. A file with any bad row imports nothing.
      </p>
      <div className="ownup-options__actions">
        <button type="button" data-testid="export-notes" onClick={() => void exportAll()}>
          Export notes and follow-ups
        </button>
        <label htmlFor={fileId}>Import a backup</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          data-testid="import-notes"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {outcome && (
        <p
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          className={outcome.kind === 'error' ? 'ownup-options__error' : 'ownup-options__status'}
          data-testid={outcome.kind === 'error' ? 'import-error' : 'backup-status'}
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}
