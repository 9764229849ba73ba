import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { Finding } from '@/lib/analysis/types';
import { CATEGORY_LABELS } from './labels';
import { useSidebar } from './store';

const CONTEXT_CHARS = 48;

/** The finding's words with a little of the draft around them, cut at word boundaries. */
export function snippetAround(text: string, finding: Pick<Finding, 'start' | 'end'>) {
  let from = Math.max(0, finding.start - CONTEXT_CHARS);
  let to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space !== -1 && space < finding.start ? space + 1 : finding.start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > finding.end ? space : finding.end;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, finding.start),
    match: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to) + (to < text.length ? '…' : ''),
  };
}

export interface FindingCardProps {
  finding: Finding;
  index: number;
  draftText: string;
  cardRef: Ref<HTMLElement>;
}

/** Hides a finding for this draft; shown whether or not the finding has rewrites. */
function DismissButton({ finding, describedBy }: { finding: Finding; describedBy: string }) {
  const dismiss = useSidebar((s) => s.dismiss);
  return (
    <button type="button" className="ui-button" data-testid="dismiss-finding" aria-describedby={describedBy} onClick={() => dismiss(finding)}>
      Dismiss
    </button>
  );
}

export function FindingCard({ finding, index, draftText, cardRef }: FindingCardProps) {
  const applyRewrite = useSidebar((s) => s.applyRewrite);
  const noteFocusedFinding = useSidebar((s) => s.noteFocusedFinding);
  const [showOthers, setShowOthers] = useState(false);
  const titleId = useId();
  const othersId = useId();
  const [first, ...others] = finding.rewrites;
  const snippet = snippetAround(draftText, finding);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Enter on the card itself (reached with j/k or the page's step command) applies the
    // first rewrite; Enter on a button inside keeps the button's own meaning.
    if (event.key === 'Enter' && event.target === event.currentTarget && first) {
      event.preventDefault();
      applyRewrite(finding);
    }
  }

  return (
    <article
      ref={cardRef}
      className="finding"
      tabIndex={0}
      aria-labelledby={titleId}
      data-testid="finding"
      data-category={finding.category}
      data-rule={finding.ruleId}
      onFocus={(event) => {
        if (event.target === event.currentTarget) noteFocusedFinding(index);
      }}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="finding-category">
        {CATEGORY_LABELS[finding.category]}
      </h2>
      <p className="finding-snippet">
        {snippet.before}
        <mark data-testid="finding-text">{snippet.match}</mark>
        {snippet.after}
      </p>
      <p className="finding-why">{finding.message}</p>
      {first ? (
        <div className="finding-rewrite">
          <p className="finding-rewrite-label">Instead:</p>
          <p className="finding-rewrite-text">{first.text}</p>
          <div className="finding-actions">
            <button
              type="button"
              className="ui-button ui-button--primary"
              data-testid="apply-rewrite"
              aria-describedby={titleId}
              onClick={() => applyRewrite(finding, first.id)}
            >
              Apply
            </button>
            {others.length > 0 && (
              <button
                type="button"
                className="ui-button"
                aria-expanded={showOthers}
                aria-controls={othersId}
                onClick={() => setShowOthers(!showOthers)}
              >
                {showOthers ? 'Fewer rewrites' : others.length === 1 ? '1 more rewrite' : `${others.length} more rewrites`}
              </button>
            )}
            <DismissButton finding={finding} describedBy={titleId} />
          </div>
          {others.length > 0 && (
            <ul id={othersId} className="finding-others" hidden={!showOthers}>
              {others.map((rewrite) => (
                <li key={rewrite.id}>
                  <p className="finding-rewrite-text">{rewrite.text}</p>
                  <button
                    type="button"
                    className="ui-button"
                    data-testid="apply-alternative"
                    data-rewrite={rewrite.id}
                    onClick={() => applyRewrite(finding, rewrite.id)}
                  >
                    Apply this one
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <div className="finding-actions">
          <DismissButton finding={finding} describedBy={titleId} />
        </div>
      )}
    </article>
  );
}
