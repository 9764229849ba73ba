import { useId, type ReactNode } from 'react';

// A chip whose detail (here: the customer's words behind a situation) shows on hover AND on
// keyboard focus, and is announced through aria-describedby — a title attribute would be
// mouse-only and unreliable for screen readers. Put chips inside a `.ui-chip-group`.

export interface HintChipProps {
  label: string;
  hint: ReactNode;
  tone?: 'neutral' | 'warning';
  /** Extra attributes for automation (data-testid, data-id). */
  dataAttributes?: Record<`data-${string}`, string>;
}

export function HintChip({ label, hint, tone = 'neutral', dataAttributes }: HintChipProps) {
  const hintId = useId();
  return (
    <span className="ui-chip-wrap">
      <button type="button" className={`ui-chip ui-chip--${tone}`} aria-describedby={hintId} {...dataAttributes}>
        {label}
      </button>
      <span role="tooltip" id={hintId} className="ui-chip-hint">
        {hint}
      </span>
    </span>
  );
}
