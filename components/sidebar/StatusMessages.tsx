import { useId } from 'react';
import { MAX_DRAFT_CHARS } from '@/lib/messaging/protocol';
import { useSidebar } from './store';
import { LONG_DRAFT_CHARS } from './store/draft-slice';

/** Connection, editor and analysis states the rep needs to know about, in plain words. */
export function StatusMessages() {
  const connection = useSidebar((s) => s.connection);
  const editorGone = useSidebar((s) => s.editorGone);
  const truncated = useSidebar((s) => s.draft?.truncated ?? false);
  const analysisError = useSidebar((s) => s.analysisError);
  const settingsWarning = useSidebar((s) => s.settingsWarning);
  const readingLongDraft = useSidebar(
    (s) => s.draft !== null && s.draft.text.length > LONG_DRAFT_CHARS && s.analysis?.revision !== s.draft.revision,
  );

  return (
    <>
      {connection === 'invalidated' && (
        <p className="sidebar-message sidebar-message--error" role="alert" data-testid="connection-lost">
          OwnUp was updated — reload the page to keep using it.
        </p>
      )}
      {connection === 'lost' && (
        <p className="sidebar-message sidebar-message--error" role="alert" data-testid="connection-lost">
          OwnUp lost its connection to this page — reload the page to reconnect.
        </p>
      )}
      {connection === 'reconnecting' && (
        <p className="sidebar-message" role="status">
          Reconnecting to the page…
        </p>
      )}
      {editorGone && (
        <p className="sidebar-message" role="status">
          The reply editor closed. What you see is from your last draft.
        </p>
      )}
      {truncated && (
        <p className="sidebar-message" role="status">
          This draft is very long: OwnUp reads only its first {MAX_DRAFT_CHARS.toLocaleString('en-US')} characters.
        </p>
      )}
      {readingLongDraft && (
        <p className="sidebar-message" role="status" data-testid="reading-long-draft">
          Reading your long draft…
        </p>
      )}
      {analysisError && (
        <p className="sidebar-message sidebar-message--error" role="alert">
          OwnUp could not analyze this draft: {analysisError}
        </p>
      )}
      {settingsWarning && (
        <p className="sidebar-message" role="status">
          {settingsWarning}
        </p>
      )}
    </>
  );
}

/** The result of a failed insertion: what happened and where the text is now. */
export function InsertNotice() {
  const notice = useSidebar((s) => s.notice);
  const dismissNotice = useSidebar((s) => s.dismissNotice);
  const copyId = useId();
  if (!notice) return null;
  return (
    <div
      // The "Done" confirmation floats at the bottom: in the flow above the tabs it pushed the
      // findings down under the rep's pointer after each Apply, and up again when it went away.
      className={`sidebar-message sidebar-message--${notice.tone}${notice.tone === 'info' ? ' sidebar-toast' : ''}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="insert-notice"
    >
      <p>{notice.text}</p>
      {notice.manualCopyText !== undefined && (
        <>
          <label htmlFor={copyId}>Text to copy</label>
          <textarea
            id={copyId}
            readOnly
            rows={4}
            value={notice.manualCopyText}
            onFocus={(event) => event.currentTarget.select()}
          />
        </>
      )}
      <button type="button" className="ui-button" onClick={dismissNotice}>
        OK
      </button>
    </div>
  );
}
