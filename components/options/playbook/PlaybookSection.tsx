import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import { PlaybookRepository, type OwnUpDatabase, type PlaybookRecord } from '@/lib/db';
import type { ManagedStatus } from '@/lib/playbook/managed';
import { ApprovedRewriteEditor, NeverSendEditor, RuleEditor } from './EntryEditors';
import { defaultPlaybookDeps, exportPlaybookText, importPlaybookText, refreshManaged, saveEntry, type PlaybookPageDeps } from './playbook-store';
import './playbook.css';

/**
 * The team playbook on the options page (issue 7 item 4): the team's deflection phrases,
 * approved rewrites and never-send phrases; import/export as a versioned file; a playbook
 * deployed by policy shows LOCKED and takes precedence; a policy that fails its schema shows a
 * warning and the last valid playbook stays. Open sidebars pick every change up live.
 *
 * Test ids: playbook-section, playbook-locked, playbook-managed-warning, playbook-entry
 * (data-kind, data-id, data-source), playbook-remove, playbook-import, playbook-export,
 * playbook-message, the editors' ids in EntryEditors.tsx.
 */
export function PlaybookSection({ deps = defaultPlaybookDeps }: { deps?: PlaybookPageDeps }) {
  const [db, setDb] = useState<OwnUpDatabase | null>(null);
  const [managed, setManaged] = useState<ManagedStatus | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const syncManaged = useCallback(
    (database: OwnUpDatabase) =>
      refreshManaged(database, deps.managed()).then(setManaged, (error: unknown) =>
        setMessage({ tone: 'error', text: `The managed playbook could not be applied: ${error instanceof Error ? error.message : String(error)}` }),
      ),
    [deps],
  );

  useEffect(() => {
    let live = true;
    deps.open().then(
      (database) => {
        if (!live) return;
        setDb(database);
        void syncManaged(database);
      },
      (error: unknown) => setMessage({ tone: 'error', text: `OwnUp's database could not be opened: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [deps, syncManaged]);

  // An administrator's policy can change while the page is open (Chrome re-reads policies).
  useEffect(() => {
    if (!db) return;
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') void syncManaged(db);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [db, syncManaged]);

  const rows = useLiveQuery(() => (db ? new PlaybookRepository(db).list() : undefined), [db]);
  if (!db || !rows) return message ? <p role="alert">{message.text}</p> : <p>Loading the playbook…</p>;

  const managedRows = rows.filter((row) => row.source === 'managed');
  const locked = managedRows.length > 0;
  const own = rows.filter((row) => row.source !== 'managed');

  async function run(action: () => Promise<{ ok: boolean; message: string } | void>, done?: string) {
    try {
      const result = await action();
      setMessage(result ? { tone: result.ok ? 'info' : 'error', text: result.message } : done ? { tone: 'info', text: done } : null);
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await run(async () => importPlaybookText(db!, await file.text()));
  }

  async function onExport() {
    const text = await exportPlaybookText(db!, new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'ownup-playbook.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const save = (entry: Parameters<typeof saveEntry>[1]) => saveEntry(db, entry).then(() => setMessage({ tone: 'info', text: 'Saved. Open sidebars use it now.' }));

  return (
    <div className="playbook" data-testid="playbook-section">
      <p>Your team's own deflection phrases, approved rewrites of canned responses, and phrases never to send. Every open OwnUp sidebar uses them as soon as they are saved.</p>
      {managed?.state === 'invalid' && (
        <p className="playbook-warning" role="alert" data-testid="playbook-managed-warning">
          Your administrator's playbook policy was ignored because it is not valid: {managed.message}{' '}
          {managed.keptCount > 0 ? `The last valid managed playbook (${managed.keptCount} entries) still applies.` : "Your team's own playbook applies."}
        </p>
      )}
      {locked && (
        <div className="playbook-locked" data-testid="playbook-locked">
          <p>
            <strong>Locked:</strong> your administrator deployed this playbook by policy. It applies to every rep and cannot be edited here; your team's own entries below are set aside while it applies.
          </p>
          <EntryList rows={managedRows} />
        </div>
      )}
      {message && (
        <p className={`playbook-message playbook-message--${message.tone}`} role="status" data-testid="playbook-message">
          {message.text}
        </p>
      )}
      <h3>{locked ? "Your team's own playbook (not in use)" : "Your team's playbook"}</h3>
      <EntryList rows={own} onRemove={(id) => run(() => new PlaybookRepository(db).remove(id), 'Removed.')} />
      <div className="playbook-file">
        <label className="ui-button">
          Import a playbook file…
          <input type="file" accept="application/json,.json" data-testid="playbook-import" onChange={onImport} className="ui-visually-hidden" />
        </label>
        <button type="button" className="ui-button" data-testid="playbook-export" onClick={() => void onExport()} disabled={own.length === 0}>
          Export the team playbook
        </button>
      </div>
      <RuleEditor save={save} />
      <NeverSendEditor save={save} />
      <ApprovedRewriteEditor save={save} />
    </div>
  );
}

function describeEntry(row: PlaybookRecord): string {
  if (row.kind === 'rule') return `Phrase (${row.payload.category}): ${row.payload.patterns.join(' · ')} — ${row.payload.message}`;
  if (row.kind === 'never_send') return `Never send: “${row.payload.phrase}”${row.payload.reason ? ` — ${row.payload.reason}` : ''}`;
  return `Approved rewrite: “${row.payload.text}” → “${row.payload.rewrite}”`;
}

function EntryList({ rows, onRemove }: { rows: PlaybookRecord[]; onRemove?: (id: string) => void }) {
  if (rows.length === 0) return <p className="playbook-empty">No entries yet.</p>;
  return (
    <ul className="playbook-entries">
      {rows.map((row) => (
        <li key={row.id} data-testid="playbook-entry" data-kind={row.kind} data-id={row.id} data-source={row.source}>
          <span>{describeEntry(row)}</span>
          {onRemove && (
            <button type="button" className="ui-button" data-testid="playbook-remove" aria-label={`Remove ${row.id}`} onClick={() => onRemove(row.id)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
