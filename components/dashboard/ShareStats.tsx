import { useState } from 'react';
import { makeStatsBundle, type StatsBundle } from '@/lib/stats/bundle';
import { EventRecord } from '@/lib/db';
import { downloadFile, JSON_TYPE } from './download';
import { repLabel } from './format';
import { useDashboard, useDashboardSource } from './store';

// "Share my stats" (issue 8): before anything is saved, the rep sees exactly what the bundle
// holds — how many replies, every field a row has, and the first rows as they will be written.

const PREVIEW_ROWS = 3;

export function ShareStats() {
  const source = useDashboardSource();
  const period = useDashboard((s) => s.period);
  const events = useDashboard((s) => s.events);
  const [bundle, setBundle] = useState<StatsBundle | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!period) return null;
  // A rep shares what they recorded, never the bundles a manager merged into this browser.
  const own = events.filter((e) => e.source.kind === 'own');

  const prepare = async () => {
    setError(null);
    try {
      const rep = await source.repName();
      setBundle(makeStatsBundle(rep, source.now(), own));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const save = () => {
    if (!bundle) return;
    const who = bundle.rep.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'rep';
    downloadFile({ name: `ownup-stats-${who}-${period.fromDay}_${period.toDay}.json`, type: JSON_TYPE, text: JSON.stringify(bundle) });
    setBundle(null);
  };

  return (
    <section aria-labelledby="share-heading">
      <h3 id="share-heading">Share my stats</h3>
      <p className="dashboard-hint">
        A file for your manager with your {own.length} {own.length === 1 ? 'reply' : 'replies'} from {period.fromDay} to {period.toDay}. You see its content before you save it.
      </p>
      {!bundle ? (
        <button type="button" className="ui-button" data-testid="share-prepare" onClick={() => void prepare()} disabled={own.length === 0}>
          Show what I would share
        </button>
      ) : (
        <div className="dashboard-share" data-testid="share-preview">
          <p>
            This file holds <strong>{bundle.events.length}</strong> {bundle.events.length === 1 ? 'reply' : 'replies'} recorded by <strong>{repLabel(bundle.rep)}</strong>, as counts.
            Each row has these fields, and nothing else: <code>{Object.keys(EventRecord.shape).join(', ')}</code>.
          </p>
          <p>The first {Math.min(PREVIEW_ROWS, bundle.events.length)} rows, exactly as written:</p>
          <pre tabIndex={0} aria-label="Preview of the first rows">{JSON.stringify(bundle.events.slice(0, PREVIEW_ROWS), null, 1)}</pre>
          <div className="dashboard-actions">
            <button type="button" className="ui-button ui-button--primary" data-testid="share-save" onClick={save}>
              Save this file
            </button>
            <button type="button" className="ui-button" onClick={() => setBundle(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error ? (
        <p role="alert" className="dashboard-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
