import { useEffect, useMemo, useRef, useState } from 'react';
import { FindingCard } from './FindingCard';
import { dismissKey, useSidebar, visibleFindings } from './store';

/**
 * Cards rendered before "Show all": a pasted 100 KB draft can hold hundreds of findings, and
 * rendering them all on every analysis would make the sidebar sluggish while the rep types.
 */
export const RENDER_LIMIT = 50;

export function FindingsPanel() {
  const analysis = useSidebar((s) => s.analysis);
  const dismissed = useSidebar((s) => s.dismissed);
  // Only whether a draft exists: the text itself changes on every keystroke.
  const hasDraft = useSidebar((s) => s.draft !== null);
  const [showAll, setShowAll] = useState(false);
  const focusedIndex = useSidebar((s) => s.focusedIndex);
  const focusRequest = useSidebar((s) => s.focusRequest);
  const findings = useMemo(() => visibleFindings({ analysis, dismissed }), [analysis, dismissed]);
  const cards = useRef<(HTMLElement | null)[]>([]);
  const hiddenCount = (analysis?.result.findings.length ?? 0) - findings.length;
  // Keys by rule + words (+ occurrence), not offsets: typing above a finding must not remount
  // its card, which would drop its focus and its open "more rewrites" list.
  const keys = useMemo(() => {
    const seen = new Map<string, number>();
    return findings.map((finding) => {
      const key = dismissKey(finding);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return `${key}#${n}`;
    });
  }, [findings]);

  // j/k and the page's step command ask for focus through the store; move it here, in the DOM.
  useEffect(() => {
    if (focusRequest === 0 || focusedIndex === null) return;
    if (focusedIndex >= RENDER_LIMIT) setShowAll(true);
    const card = cards.current[focusedIndex];
    // The step command comes from the page: the frame itself must take focus first.
    if (!document.hasFocus()) window.focus();
    card?.focus();
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [focusRequest, focusedIndex]);

  // An applied or dismissed finding leaves the list and takes DOM focus with it; keyboard users
  // continue on the finding that took its place.
  useEffect(() => {
    if (focusedIndex === null || document.activeElement !== document.body || !document.hasFocus()) return;
    cards.current[focusedIndex]?.focus();
  }, [findings, focusedIndex]);

  // An empty editor (a new ticket, or after the rep cleared it) has nothing to praise yet.
  if ((!hasDraft && !analysis) || (analysis && analysis.text.trim() === '')) {
    return <p className="sidebar-muted">Start typing a reply and OwnUp reads it as you go.</p>;
  }
  if (!analysis) return <p className="sidebar-muted">Reading your draft…</p>;

  return (
    <section aria-label="Findings in your draft">
      {findings.length === 0 ? (
        <p className="sidebar-clean" role="status">
          {hiddenCount > 0
            ? `Nothing left to fix (${hiddenCount} dismissed).`
            : 'No deflections found — this reply owns the problem.'}
        </p>
      ) : (
        <>
          <p className="ui-visually-hidden" role="status">
            {findings.length === 1 ? '1 finding' : `${findings.length} findings`}
          </p>
          <p className="sidebar-hint">
            <kbd>j</kbd>/<kbd>k</kbd> to move, <kbd>Enter</kbd> to apply
          </p>
          <ol className="findings">
            {(showAll ? findings : findings.slice(0, RENDER_LIMIT)).map((finding, index) => (
              <li key={keys[index]}>
                <FindingCard
                  finding={finding}
                  index={index}
                  draftText={analysis.text}
                  cardRef={(element) => {
                    cards.current[index] = element;
                  }}
                />
              </li>
            ))}
          </ol>
          {!showAll && findings.length > RENDER_LIMIT && (
            <button type="button" className="ui-button" onClick={() => setShowAll(true)}>
              Show all {findings.length} findings
            </button>
          )}
        </>
      )}
    </section>
  );
}
