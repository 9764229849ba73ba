import { useSidebar } from './store';

/** Plain words for the ownership score, so the number is not the only cue (colour neither). */
export function scoreWords(score: number): string {
  if (score >= 85) return 'owns it';
  if (score >= 60) return 'mostly owns it';
  if (score >= 35) return 'deflects in places';
  return 'deflects';
}

export function ScoreBadge() {
  const score = useSidebar((s) => s.analysis?.result.score ?? null);
  // An empty draft is not a reply that "owns it": a 100 there misled reps before they typed a word.
  const emptyDraft = useSidebar((s) => (s.analysis?.text.trim() ?? '') === '');
  if (score === null || emptyDraft) return null;
  const rounded = Math.round(score);
  return (
    <div className="sidebar-score" role="group" aria-label="Ownership score">
      <span className="sidebar-score-label" aria-hidden="true">
        Ownership
      </span>
      <span className="sidebar-score-value" data-testid="score" data-score={rounded}>
        {rounded}
      </span>
      <span className="sidebar-score-scale" aria-hidden="true">
        /100
      </span>
      <span className="sidebar-score-words">
        <span className="ui-visually-hidden">out of 100: </span>
        {scoreWords(rounded)}
      </span>
    </div>
  );
}
