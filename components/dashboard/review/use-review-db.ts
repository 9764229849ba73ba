import { useEffect, useState } from 'react';
import { openOwnUpDatabase, type OwnUpDatabase } from '@/lib/db';

// The review queue reads and writes the extension's own database (the dashboard is an extension
// page). Opened once per page; tests pass their own database through ReviewSection's prop.

let shared: Promise<OwnUpDatabase> | null = null;

export function useReviewDatabase(given?: OwnUpDatabase): { db: OwnUpDatabase | null; error: string | null } {
  const [state, setState] = useState<{ db: OwnUpDatabase | null; error: string | null }>({ db: given ?? null, error: null });
  useEffect(() => {
    if (given) return;
    let live = true;
    shared ??= openOwnUpDatabase();
    shared.then(
      (db) => live && setState({ db, error: null }),
      (error: unknown) => {
        shared = null;
        if (live) setState({ db: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [given]);
  return state;
}
