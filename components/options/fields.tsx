import type { ReactNode } from 'react';
import type { SettingsErrors } from '@/lib/settings/schema';

// Label, control, hint and error wired together for screen readers: the control names its
// hint and error with aria-describedby and says aria-invalid when the error shows.

/** Id of a control for a settings path ("remedies.discountMaxPercent" → "field-remedies-discountMaxPercent"). */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;

export function describedBy(path: string, errors: SettingsErrors, hint?: boolean): Record<string, string | boolean | undefined> {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', errors[path] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-describedby': ids || undefined, 'aria-invalid': errors[path] ? true : undefined };
}

export function FieldMessages({ path, errors, hint }: { path: string; errors: SettingsErrors; hint?: ReactNode }) {
  const id = fieldId(path);
  return (
    <>
      {hint ? (
        <p className="ownup-options__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[path] ? (
        <p className="ownup-options__error" id={`${id}-error`}>
          {errors[path]}
        </p>
      ) : null}
    </>
  );
}

export function TextField(props: {
  path: string;
  label: string;
  value: string;
  errors: SettingsErrors;
  hint?: ReactNode;
  placeholder?: string;
  list?: string;
  autoComplete?: string;
  onChange: (value: string) => void;
}) {
  const { path, label, value, errors, hint, placeholder, list, autoComplete, onChange } = props;
  return (
    <div className="ownup-options__field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <input
        type="text"
        value={value}
        placeholder={placeholder}
        list={list}
        autoComplete={autoComplete ?? 'off'}
        onChange={(e) => onChange(e.target.value)}
        {...describedBy(path, errors, Boolean(hint))}
      />
      <FieldMessages path={path} errors={errors} hint={hint} />
    </div>
  );
}

/** A number input; an empty box is NaN, which the schema reports as "Enter …". */
export function NumberField(props: {
  path: string;
  label: string;
  value: number;
  errors: SettingsErrors;
  min?: number;
  max?: number;
  step?: number;
  hint?: ReactNode;
  disabled?: boolean;
  onChange: (value: number) => void;
}) {
  const { path, label, value, errors, min, max, step, hint, disabled, onChange } = props;
  return (
    <div className="ownup-options__field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <input
        type="number"
        inputMode="decimal"
        value={Number.isFinite(value) ? String(value) : ''}
        min={min}
        max={max}
        step={step ?? 1}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
        {...describedBy(path, errors, Boolean(hint))}
      />
      <FieldMessages path={path} errors={errors} hint={hint} />
    </div>
  );
}

export function CheckboxField(props: { path: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { path, label, checked, onChange } = props;
  return (
    <div className="ownup-options__check">
      <input type="checkbox" id={fieldId(path)} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={fieldId(path)}>{label}</label>
    </div>
  );
}
