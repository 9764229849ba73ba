import { useId, useMemo, useState, type FormEvent } from 'react';
import { CATEGORY_IDS, type CategoryId } from '@/lib/analysis/taxonomy';
import { CATEGORY_LABELS } from '../labels';
import { useSidebar } from '../store';
import { flagSources } from './flag-sources';

/** Flag the draft or one finding's sentence as a canned response that needs review (issue 7 item 1). */
export function FlagForm({ onDone }: { onDone(): void }) {
  const analysis = useSidebar((s) => s.analysis);
  const draftText = useSidebar((s) => s.draft?.text ?? '');
  const flagCanned = useSidebar((s) => s.flagCanned);
  const sources = useMemo(() => flagSources(analysis, draftText), [analysis, draftText]);
  const firstCategory = analysis?.result.findings[0]?.category;
  const [sourceId, setSourceId] = useState('draft');
  const [category, setCategory] = useState<CategoryId | ''>(firstCategory ?? '');
  const [reason, setReason] = useState('');
  const [macroName, setMacroName] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const source = sources.find((s) => s.id === sourceId) ?? sources[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!source) return;
    setBusy(true);
    const stored = await flagCanned({ text: source.text, reason: { category: category || undefined, text: reason }, macroName });
    setBusy(false);
    if (stored) onDone();
  }

  if (!source) return <p className="sidebar-muted">Type or paste the canned response first, then flag it.</p>;

  return (
    <form className="flag-form" data-testid="flag-form" onSubmit={submit} aria-label="Flag a canned response for review">
      <label htmlFor={`${id}-source`}>What to flag</label>
      <select id={`${id}-source`} data-testid="flag-source" value={source.id} onChange={(e) => setSourceId(e.target.value)}>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-category`}>How it deflects</label>
      <select id={`${id}-category`} data-testid="flag-category" value={category} onChange={(e) => setCategory(e.target.value as CategoryId | '')}>
        <option value="">(none — say why below)</option>
        {CATEGORY_IDS.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>Why it needs review (optional with a category)</label>
      <textarea id={`${id}-reason`} data-testid="flag-reason" rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <label htmlFor={`${id}-macro`}>Macro name (optional)</label>
      <input id={`${id}-macro`} data-testid="flag-macro" maxLength={200} value={macroName} onChange={(e) => setMacroName(e.target.value)} />
      <div className="flag-actions">
        <button type="submit" className="ui-button ui-button--primary" data-testid="flag-submit" disabled={busy}>
          Flag for review
        </button>
        <button type="button" className="ui-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
