import { useId, useMemo, useState, type FormEvent } from 'react';
import { validateSettings, type Settings, type SettingsErrors } from '@/lib/settings/schema';
import { CheckboxField, describedBy, FieldMessages, fieldId, NumberField, TextField } from './fields';

// The settings form: the rep's identity, hours and tone, and the remedies the team allows.
// Validated with the same zod schema the storage uses, errors shown beside their fields.

const WEEKDAYS = [
  [1, 'Monday'], [2, 'Tuesday'], [3, 'Wednesday'], [4, 'Thursday'], [5, 'Friday'], [6, 'Saturday'], [0, 'Sunday'],
] as const;

const hourLabel = (h: number): string => `${String(h).padStart(2, '0')}:00`;

function knownTimeZones(): string[] {
  // Not every browser implements supportedValuesOf; the text field still accepts any valid zone.
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

export interface SettingsFormProps {
  initial: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function SettingsForm({ initial, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<Settings>(initial);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const zones = useMemo(knownTimeZones, []);
  const zoneListId = useId();

  const update = (change: (d: Settings) => Settings) => {
    setDraft(change);
    if (save.kind === 'saved') setSave({ kind: 'idle' });
  };
  const remedies = draft.remedies;
  const setRemedies = (patch: Partial<Settings['remedies']>) => update((d) => ({ ...d, remedies: { ...d.remedies, ...patch } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateSettings(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setSave({ kind: 'idle' });
      const first = Object.keys(result.errors)[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setSave({ kind: 'saving' });
    try {
      await onSave(result.settings);
      setDraft(result.settings);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const hoursError = errors['businessHours.days'];
  return (
    <form className="ownup-options__form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>You</legend>
        <TextField path="repName" label="Your name" value={draft.repName} errors={errors} autoComplete="name"
          hint="Signs your replies and names you as the customer's contact."
          onChange={(repName) => update((d) => ({ ...d, repName }))} />
        <TextField path="company" label="Company" value={draft.company} errors={errors} autoComplete="organization"
          onChange={(company) => update((d) => ({ ...d, company }))} />
        <TextField path="signOff" label="Sign-off" value={draft.signOff} errors={errors} placeholder="Warm regards"
          hint="Leave empty for one that matches the tone."
          onChange={(signOff) => update((d) => ({ ...d, signOff }))} />
        <fieldset className="ownup-options__inline">
          <legend>Tone</legend>
          {(['warm', 'formal'] as const).map((tone) => (
            <div className="ownup-options__check" key={tone}>
              <input type="radio" name="tone" id={`tone-${tone}`} value={tone} checked={draft.tone === tone}
                onChange={() => update((d) => ({ ...d, tone }))} />
              <label htmlFor={`tone-${tone}`}>{tone === 'warm' ? 'Warm (“Hi Maya, I’m …”)' : 'Formal (“Dear Maya, I am …”)'}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>Working hours</legend>
        <p className="ownup-options__hint">Follow-up promises (“by 3 pm tomorrow”) always land inside these hours.</p>
        <TextField path="timeZone" label="Time zone" value={draft.timeZone} errors={errors} list={zones.length ? zoneListId : undefined}
          hint="An IANA zone such as Europe/Berlin."
          onChange={(timeZone) => update((d) => ({ ...d, timeZone }))} />
        {zones.length ? (
          <datalist id={zoneListId}>
            {zones.map((z) => <option key={z} value={z} />)}
          </datalist>
        ) : null}
        <div className="ownup-options__row">
          {(['start', 'end'] as const).map((edge) => (
            <div className="ownup-options__field" key={edge}>
              <label htmlFor={fieldId(`businessHours.${edge}`)}>{edge === 'start' ? 'Day starts' : 'Day ends'}</label>
              <select value={draft.businessHours[edge]} {...describedBy(`businessHours.${edge}`, errors)}
                onChange={(e) => update((d) => ({ ...d, businessHours: { ...d.businessHours, [edge]: Number(e.target.value) } }))}>
                {Array.from({ length: 24 }, (_, i) => (edge === 'start' ? i : i + 1)).map((h) => (
                  <option key={h} value={h}>{hourLabel(h)}</option>
                ))}
              </select>
              <FieldMessages path={`businessHours.${edge}`} errors={errors} />
            </div>
          ))}
        </div>
        <fieldset className="ownup-options__inline" aria-describedby={hoursError ? `${fieldId('businessHours.days')}-error` : undefined}>
          <legend>Working days</legend>
          {WEEKDAYS.map(([day, name]) => (
            <CheckboxField key={day} path={`businessHours.day${day}`} label={name} checked={draft.businessHours.days.includes(day)}
              onChange={(on) => update((d) => ({
                ...d,
                businessHours: {
                  ...d.businessHours,
                  days: on ? [...d.businessHours.days, day].sort((a, b) => a - b) : d.businessHours.days.filter((x) => x !== day),
                },
              }))} />
          ))}
          <FieldMessages path="businessHours.days" errors={errors} />
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>Remedies your team allows</legend>
        <p className="ownup-options__hint">Recovery replies offer only these, and never beyond their limits.</p>
        <CheckboxField path="remedies.refund" label="Refunds" checked={remedies.refund} onChange={(refund) => setRemedies({ refund })} />
        <CheckboxField path="remedies.freeExpeditedShipping" label="Free expedited shipping" checked={remedies.freeExpeditedShipping}
          onChange={(freeExpeditedShipping) => setRemedies({ freeExpeditedShipping })} />
        <CheckboxField path="remedies.replacement" label="Replacements" checked={remedies.replacement}
          onChange={(replacement) => setRemedies({ replacement })} />
        <NumberField path="remedies.discountMaxPercent" label="Discount up to (%)" value={remedies.discountMaxPercent} errors={errors}
          min={0} max={100} hint="0 turns discounts off." onChange={(discountMaxPercent) => setRemedies({ discountMaxPercent })} />
        <div className="ownup-options__row">
          <NumberField path="remedies.accountCredit.maxAmount" label="Account credit up to" value={remedies.accountCredit.maxAmount}
            errors={errors} min={0} step={0.01} hint="0 turns credit off."
            onChange={(maxAmount) => setRemedies({ accountCredit: { ...remedies.accountCredit, maxAmount } })} />
          <TextField path="remedies.accountCredit.currency" label="Currency" value={remedies.accountCredit.currency} errors={errors}
            onChange={(currency) => setRemedies({ accountCredit: { ...remedies.accountCredit, currency } })} />
        </div>
      </fieldset>

      <div className="ownup-options__actions">
        <button type="submit" disabled={save.kind === 'saving'}>Save settings</button>
        <p role="status" className="ownup-options__status">
          {save.kind === 'saved' ? 'Saved. Open sidebars pick this up right away.' : ''}
          {Object.keys(errors).length ? 'Some fields need a fix; see the messages next to them.' : ''}
        </p>
        {save.kind === 'failed' ? <p role="alert" className="ownup-options__error">Could not save: {save.message}</p> : null}
      </div>
    </form>
  );
}
