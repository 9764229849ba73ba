import { useState } from 'react';
import { knownCannedSummary } from '@/lib/playbook/known-canned';
import { useSidebar } from '../store';
import { FlagForm } from './FlagForm';
import './flags.css';

/**
 * Issue 7 in the sidebar, above the panels: known canned responses in the draft (with the
 * approved rewrite one click away), the team's never-send phrases, and the flag button.
 *
 * Test ids (also in README.md, "Test ids"): known-canned (data-status, data-count), apply-canned-rewrite,
 * never-send (data-phrase), flag-open, flag-form, flag-source, flag-category, flag-reason,
 * flag-macro, flag-submit, flag-feedback.
 */
export function FlagsPanel() {
  const canned = useSidebar((s) => s.cannedInDraft);
  const neverSend = useSidebar((s) => s.neverSendInDraft);
  const feedback = useSidebar((s) => s.flagFeedback);
  const clearFeedback = useSidebar((s) => s.clearFlagFeedback);
  const applyCannedRewrite = useSidebar((s) => s.applyCannedRewrite);
  const hasDraft = useSidebar((s) => (s.draft?.text.trim() ?? '') !== '');
  const [open, setOpen] = useState(false);

  return (
    <section className="flags" aria-label="Canned responses">
      {canned.map(({ item }) => (
        <div key={item.id} className="flags-known" role="status" data-testid="known-canned" data-status={item.status} data-count={item.count}>
          <p>
            <strong>Known canned response{item.macroName ? ` (${item.macroName})` : ''}:</strong> {knownCannedSummary(item)}.
          </p>
          {item.rewrite && (
            <>
              <p className="flags-rewrite">{item.rewrite}</p>
              <button type="button" className="ui-button ui-button--primary" data-testid="apply-canned-rewrite" onClick={() => applyCannedRewrite(item.id)}>
                Use the approved rewrite
              </button>
            </>
          )}
        </div>
      ))}
      {neverSend.map((hit) => (
        <div key={hit.id} className="flags-never" role="alert" data-testid="never-send" data-phrase={hit.phrase}>
          <strong>Your team never sends “{hit.text}”.</strong> {hit.reason ?? 'It is on the team playbook’s never-send list; reword it before you send.'}
        </div>
      ))}
      {feedback && (
        <p className={`sidebar-message${feedback.tone === 'error' ? ' sidebar-message--error' : ''}`} role="status" data-testid="flag-feedback">
          {feedback.text}{' '}
          <button type="button" className="ui-button" aria-label="Close" onClick={clearFeedback}>
            ×
          </button>
        </p>
      )}
      {open ? (
        <FlagForm onDone={() => setOpen(false)} />
      ) : (
        <button type="button" className="ui-button flags-open" data-testid="flag-open" disabled={!hasDraft} onClick={() => { clearFeedback(); setOpen(true); }}>
          Flag a canned response for review
        </button>
      )}
    </section>
  );
}
