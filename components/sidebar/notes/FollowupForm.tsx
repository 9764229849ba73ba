import { useId, useState } from 'react';
import { FOLLOWUP_TEXT_MAX_CHARS } from '@/lib/db';
import { DUE_PRESETS, dueAtForPreset, dueAtFromLocalInput, localInputValue, type DuePreset } from '@/lib/followups/due';
import { useSidebar } from '../store';

type DueChoice = DuePreset | 'custom';

/** A new follow-up: what was promised and when, in the rep's zone from settings. */
export function FollowupForm({ timeZone }: { timeZone: string }) {
  const now = useSidebar((s) => s.notesNow);
  const addFollowup = useSidebar((s) => s.addFollowup);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<DueChoice>('tomorrow-10am');
  const [custom, setCustom] = useState(() => localInputValue(dueAtForPreset('tomorrow-10am', now(), timeZone), timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  const textId = useId();
  const whenId = useId();
  const customId = useId();

  async function add() {
    const at = now();
    const dueAt = choice === 'custom' ? dueAtFromLocalInput(custom, timeZone) : dueAtForPreset(choice, at, timeZone);
    if (dueAt === undefined) return setProblem('Pick a date and time.');
    if (dueAt <= at) return setProblem('Pick a time in the future.');
    setProblem(null);
    if (await addFollowup({ dueAt, text })) setText('');
  }

  return (
    <form
      className="notes-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label htmlFor={textId}>Follow-up</label>
      <input
        id={textId}
        className="notes-input"
        data-testid="followup-input"
        maxLength={FOLLOWUP_TEXT_MAX_CHARS}
        placeholder="Send the new tracking number"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="notes-row">
        <label htmlFor={whenId}>Due</label>
        <select id={whenId} data-testid="followup-due" value={choice} onChange={(event) => setChoice(event.target.value as DueChoice)}>
          {DUE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
          <option value="custom">Pick a date and time…</option>
        </select>
      </div>
      {choice === 'custom' && (
        <div className="notes-row">
          <label htmlFor={customId}>Date and time ({timeZone})</label>
          <input id={customId} type="datetime-local" data-testid="followup-custom-due" value={custom} onChange={(event) => setCustom(event.target.value)} />
        </div>
      )}
      {problem && (
        <p className="sidebar-message sidebar-message--error" role="alert">
          {problem}
        </p>
      )}
      <div className="finding-actions">
        <button type="submit" className="ui-button ui-button--primary" data-testid="followup-add" disabled={text.trim() === ''}>
          Add follow-up
        </button>
      </div>
    </form>
  );
}
