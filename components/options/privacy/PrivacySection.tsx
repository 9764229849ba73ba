import { useEffect, useState } from 'react';
import { EventsRepository, openOwnUpDatabase } from '@/lib/db';
import { isRecordingPaused, setRecordingPaused, watchRecordingPaused } from './recording-pause';
import './privacy.css';

// Issue 8's privacy controls: what OwnUp records, that nothing is sent anywhere, pause and
// resume, delete everything. Shown on the options page and on the dashboard.

export interface PrivacyControls {
  isPaused(): Promise<boolean>;
  setPaused(paused: boolean): Promise<void>;
  deleteAll(): Promise<void>;
  /** Other pages pausing or resuming; optional for tests. */
  watch?(onChange: (paused: boolean) => void, signal: AbortSignal): void;
}

export const browserPrivacyControls: PrivacyControls = {
  isPaused: isRecordingPaused,
  setPaused: setRecordingPaused,
  deleteAll: async () => new EventsRepository(await openOwnUpDatabase()).deleteAll(),
  watch: watchRecordingPaused,
};

/**
 * Every field of a recorded reply, in plain words, with the event fields (lib/db/schemas/event.ts)
 * each line covers; a test keeps this list and the schema in step, so the statement cannot go
 * stale when a field is added. Row bookkeeping (id, createdAt, updatedAt, source) is not about the reply.
 */
export const RECORDED: { term: string; meaning: string; fields: string[] }[] = [
  { term: 'When', meaning: 'the time you sent the reply', fields: ['at'] },
  { term: 'Site', meaning: 'which helpdesk or mail site (for example "zendesk"), not the page address', fields: ['site'] },
  { term: 'Rep', meaning: 'your name as set in OwnUp\u2019s settings', fields: ['rep'] },
  {
    term: 'Deflections',
    meaning: 'how many of each kind OwnUp found while you drafted, and how many were still in the reply you sent',
    fields: ['findingsAtFirst', 'findingsAtSend'],
  },
  { term: 'Score', meaning: 'the ownership score (0\u2013100) of the draft at its worst and of the reply as sent', fields: ['scoreAtFirst', 'scoreAtSend'] },
  { term: 'Suggestions', meaning: 'how many rewrites and recovery replies were shown, applied or dismissed, by kind', fields: ['suggestions'] },
  {
    term: 'Situations and signals',
    meaning: 'the kinds OwnUp recognised in the customer\u2019s message (for example "late delivery", "deadline")',
    fields: ['situations', 'signals'],
  },
  { term: 'Flagged response', meaning: 'whether the reply contained a canned response your team flagged', fields: ['flaggedCannedSent'] },
];

export function PrivacySection({ controls = browserPrivacyControls }: { controls?: PrivacyControls }) {
  const [paused, setPaused] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    controls.isPaused().then((value) => !stop.signal.aborted && setPaused(value), () => setPaused(false));
    controls.watch?.((value) => setPaused(value), stop.signal);
    return () => stop.abort();
  }, [controls]);

  const toggle = async () => {
    const next = !paused;
    try {
      await controls.setPaused(next);
      setPaused(next);
      setMessage({ tone: 'status', text: next ? 'Recording is paused. Replies you send now are not counted.' : 'Recording is on again.' });
    } catch (cause) {
      setMessage({ tone: 'alert', text: `Could not change it: ${cause instanceof Error ? cause.message : String(cause)}` });
    }
  };

  const deleteAll = async () => {
    setConfirming(false);
    try {
      await controls.deleteAll();
      setMessage({ tone: 'status', text: 'All statistics were deleted.' });
    } catch (cause) {
      setMessage({ tone: 'alert', text: `Nothing was deleted: ${cause instanceof Error ? cause.message : String(cause)}` });
    }
  };

  return (
    <div className="ownup-privacy" data-testid="privacy">
      <p>
        <strong>Nothing OwnUp records is sent anywhere.</strong> Statistics stay in this browser. They leave it only as a file you save yourself (an export or
        &ldquo;Share my stats&rdquo;), and you see that file&rsquo;s content first.
      </p>
      <p>
        For each reply you send, OwnUp records counts only &mdash; <strong>never the text</strong> of your reply or of the customer&rsquo;s message:
      </p>
      <dl className="ownup-privacy__fields">
        {RECORDED.map(({ term, meaning }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>A draft you abandon is not recorded.</p>

      <h3>Recording</h3>
      <p data-testid="recording-state">{paused === null ? 'Checking…' : paused ? 'Paused: replies are not being counted.' : 'On: each reply you send is counted.'}</p>
      <button type="button" className="ui-button" data-testid="toggle-recording" disabled={paused === null} onClick={() => void toggle()}>
        {paused ? 'Resume recording' : 'Pause recording'}
      </button>

      <h3>Delete</h3>
      {!confirming ? (
        <button type="button" className="ui-button" data-testid="delete-stats" onClick={() => setConfirming(true)}>
          Delete all statistics…
        </button>
      ) : (
        <div role="group" aria-label="Confirm deletion">
          <p>Delete every recorded reply in this browser, including bundles imported from your team? This cannot be undone.</p>
          <button type="button" className="ui-button ui-button--primary" data-testid="confirm-delete-stats" onClick={() => void deleteAll()}>
            Yes, delete all statistics
          </button>{' '}
          <button type="button" className="ui-button" onClick={() => setConfirming(false)} autoFocus>
            Keep them
          </button>
        </div>
      )}
      {message ? (
        <p role={message.tone} className="ownup-privacy__message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
