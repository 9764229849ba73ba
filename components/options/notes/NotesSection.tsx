import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openOwnUpDatabase, type OwnUpDatabase } from '@/lib/db';
import { announceFollowupsChanged } from '@/lib/followups/messages';
import { loadSettings } from '@/lib/settings/storage';
import { BackupRestore } from './BackupRestore';
import { downloadTextFile } from './backup-file';
import { FollowupsByDue } from './FollowupsByDue';
import { NotesSearch } from './NotesSearch';
import './notes-options.css';

// The options page's "Notes & follow-ups" section (issue 6 item 4). Everything it needs from
// the world is a prop with the real default, so tests render it on a test database.

export interface NotesSectionProps {
  openDatabase?: () => Promise<OwnUpDatabase>;
  now?: () => number;
  download?: (fileName: string, text: string) => void;
  loadTimeZone?: () => Promise<string>;
  followupsChanged?: () => void;
}

type Loaded = { kind: 'loading' } | { kind: 'ready'; db: OwnUpDatabase } | { kind: 'failed'; message: string };

export function NotesSection({
  openDatabase = () => openOwnUpDatabase(),
  now = () => Date.now(),
  download = downloadTextFile,
  loadTimeZone = async () => (await loadSettings()).settings.timeZone,
  followupsChanged = () => void announceFollowupsChanged(browser),
}: NotesSectionProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [timeZone, setTimeZone] = useState('UTC');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    openDatabase().then(
      (db) => live && setLoaded({ kind: 'ready', db }),
      (error: unknown) => live && setLoaded({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    loadTimeZone().then((zone) => live && setTimeZone(zone), () => undefined);
    return () => {
      live = false;
    };
    // Opened once per mount: the props are fixed for the life of the page.
  }, []);

  if (loaded.kind === 'loading') return <p role="status">Opening your notes…</p>;
  if (loaded.kind === 'failed') return <p role="alert">Your notes could not be opened: {loaded.message}</p>;
  const { db } = loaded;
  return (
    <div className="ownup-notes" data-testid="options-notes">
      {problem && (
        <p role="alert" className="ownup-options__error">
          {problem}
        </p>
      )}
      <NotesSearch db={db} />
      <FollowupsByDue db={db} timeZone={timeZone} now={now} onChanged={() => { setProblem(null); followupsChanged(); }} onError={setProblem} />
      <BackupRestore db={db} now={now} download={download} onImported={followupsChanged} />
    </div>
  );
}
