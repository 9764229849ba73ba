import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { CATEGORY_IDS } from '@/lib/analysis/taxonomy';
import { approvalBlockers } from '@/lib/playbook/approve';
import { approvedEntryFrom, neverSendEntryFrom, ruleEntryFrom, type EntryResult, type RuleFields } from '@/lib/playbook/entry-forms';
import type { PlaybookFileEntry } from '@/lib/playbook/file-format';
import { CATEGORY_LABELS } from '@/components/sidebar/labels';

// The three editors of the team playbook. Each turns its fields into an entry through
// lib/playbook/entry-forms.ts (zod + compile checks) and shows every problem before saving.

type Save = (entry: PlaybookFileEntry) => Promise<void>;

function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="playbook-problems" role="alert" data-testid="playbook-problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="playbook-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function useSubmit(build: () => EntryResult, save: Save, reset: () => void) {
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = build();
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setBusy(true);
    try {
      await save(result.entry);
      setProblems([]);
      reset();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  }
  return { problems, busy, onSubmit };
}

const EMPTY_RULE: RuleFields = { id: '', category: 'redirect', message: '', patterns: '', rewrites: '', flagged: '', clean: '' };

export function RuleEditor({ save }: { save: Save }) {
  const [fields, setFields] = useState<RuleFields>(EMPTY_RULE);
  const set = (key: keyof RuleFields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const { problems, busy, onSubmit } = useSubmit(() => ruleEntryFrom(fields), save, () => setFields(EMPTY_RULE));
  return (
    <form className="playbook-editor" data-testid="rule-editor" onSubmit={onSubmit} aria-label="Add a deflection phrase">
      <h4>A deflection phrase of your team</h4>
      <Field label="Short name">{(id) => <input id={id} data-testid="rule-name" value={fields.id} onChange={set('id')} placeholder="booking site" />}</Field>
      <Field label="Category">
        {(id) => (
          <select id={id} data-testid="rule-category" value={fields.category} onChange={set('category')}>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Message to the rep (why it hurts)">{(id) => <input id={id} data-testid="rule-message" value={fields.message} onChange={set('message')} />}</Field>
      <Field label="Patterns, one per line (words match any form: contact = contacted; (a | b) alternatives; word? optional)">
        {(id) => <textarea id={id} data-testid="rule-patterns" rows={3} value={fields.patterns} onChange={set('patterns')} placeholder="(contact | email) (the)? booking (site | portal)" />}
      </Field>
      <Field label="Ownership rewrites, one per line ({partner|them} fills in a name or falls back)">
        {(id) => <textarea id={id} data-testid="rule-rewrites" rows={2} value={fields.rewrites} onChange={set('rewrites')} />}
      </Field>
      <Field label="Examples it must flag, one per line">{(id) => <textarea id={id} data-testid="rule-flagged" rows={2} value={fields.flagged} onChange={set('flagged')} />}</Field>
      <Field label="Examples it must leave alone, one per line">{(id) => <textarea id={id} data-testid="rule-clean" rows={2} value={fields.clean} onChange={set('clean')} />}</Field>
      <Problems problems={problems} />
      <button type="submit" className="ui-button ui-button--primary" data-testid="rule-save" disabled={busy}>
        Add deflection phrase
      </button>
    </form>
  );
}

export function NeverSendEditor({ save }: { save: Save }) {
  const [phrase, setPhrase] = useState('');
  const [reason, setReason] = useState('');
  const { problems, busy, onSubmit } = useSubmit(() => neverSendEntryFrom(phrase, reason), save, () => {
    setPhrase('');
    setReason('');
  });
  return (
    <form className="playbook-editor" data-testid="never-editor" onSubmit={onSubmit} aria-label="Add a never-send phrase">
      <h4>A phrase never to send</h4>
      <Field label="Phrase">{(id) => <input id={id} data-testid="never-phrase" value={phrase} onChange={(e) => setPhrase(e.target.value)} />}</Field>
      <Field label="Why (shown to the rep)">{(id) => <input id={id} data-testid="never-reason" value={reason} onChange={(e) => setReason(e.target.value)} />}</Field>
      <Problems problems={problems} />
      <button type="submit" className="ui-button ui-button--primary" data-testid="never-save" disabled={busy}>
        Add to the never-send list
      </button>
    </form>
  );
}

export function ApprovedRewriteEditor({ save }: { save: Save }) {
  const [text, setText] = useState('');
  const [rewrite, setRewrite] = useState('');
  const blockers = useMemo(() => approvalBlockers(rewrite), [rewrite]);
  const { problems, busy, onSubmit } = useSubmit(() => approvedEntryFrom(text, rewrite, blockers), save, () => {
    setText('');
    setRewrite('');
  });
  return (
    <form className="playbook-editor" data-testid="approved-editor" onSubmit={onSubmit} aria-label="Add an approved rewrite">
      <h4>An approved rewrite of a canned response</h4>
      <Field label="The canned response as reps send it today">{(id) => <textarea id={id} data-testid="approved-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <Field label="The approved rewrite (OwnUp must find nothing in it)">
        {(id) => <textarea id={id} data-testid="approved-rewrite" rows={2} value={rewrite} onChange={(e) => setRewrite(e.target.value)} />}
      </Field>
      {blockers.length > 0 && (
        <p className="playbook-blockers" role="status">
          Still found: {blockers.map((b) => `“${b.text}”`).join(', ')}
        </p>
      )}
      <Problems problems={problems} />
      <button type="submit" className="ui-button ui-button--primary" data-testid="approved-save" disabled={busy || blockers.length > 0}>
        Add approved rewrite
      </button>
    </form>
  );
}
