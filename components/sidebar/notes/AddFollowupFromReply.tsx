import { useState } from 'react';
import { FOLLOWUP_TEXT_MAX_CHARS } from '@/lib/db';
import { formatDue } from '@/lib/followups/due';
import { useSidebar } from '../store';

/** In the Reply panel: turn the try-harder reply's dated promise into a reminder with one click. */
export function AddFollowupFromReply({ followUp }: { followUp: { dueAt: number; text: string } }) {
  const addFollowup = useSidebar((s) => s.addFollowup);
  const openNotes = useSidebar((s) => s.openNotes);
  const timeZone = useSidebar((s) => s.settings?.timeZone) ?? 'UTC';
  const [added, setAdded] = useState(false);

  if (added) {
    return (
      <span role="status" data-testid="followup-added">
        Follow-up added for {formatDue(followUp.dueAt, timeZone)} — it is in the Notes tab.
      </span>
    );
  }
  return (
    <button
      type="button"
      className="ui-button"
      data-testid="add-followup-from-reply"
      onClick={async () => {
        openNotes();
        // The promise is already dated by the composer; the reminder text is its first line.
        const text = followUp.text.trim().slice(0, FOLLOWUP_TEXT_MAX_CHARS);
        if (await addFollowup({ dueAt: followUp.dueAt, text })) setAdded(true);
      }}
    >
      Add follow-up
    </button>
  );
}
