import { z } from 'zod';
import type { RecoverySettings } from '../analysis/recovery/types';
import type { ReplyContext } from '../analysis/types';

// The rep's settings, as stored in browser.storage.local and edited on the options page.
// Every field has a default that works on first install: the composer then signs without a
// name ("the team"), counts business hours 9–17 Mon–Fri in UTC until the options page saves the
// browser's own zone, and offers only moderate remedies. Storage is a trust boundary (another
// version of the extension, a hand-edited profile, a sync conflict may have written it), so it is
// parsed here on every read.

/** True when this runtime's Intl knows the IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const trimmedText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const BusinessHoursSchema = z
  .object({
    start: z.int('Use a whole hour.').min(0, 'Start between 0 and 23.').max(23, 'Start between 0 and 23.'),
    end: z.int('Use a whole hour.').min(1, 'End between 1 and 24.').max(24, 'End between 1 and 24.'),
    days: z
      .array(z.int().min(0).max(6))
      .min(1, 'Pick at least one working day.')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each day once.'),
  })
  .refine((h) => h.start < h.end, { message: 'The day must end after it starts.', path: ['end'] });

export const RemediesSchema = z.object({
  refund: z.boolean(),
  discountMaxPercent: z
    .number('Enter a percentage.')
    .min(0, 'Between 0 and 100 %.')
    .max(100, 'Between 0 and 100 %.'),
  freeExpeditedShipping: z.boolean(),
  replacement: z.boolean(),
  accountCredit: z.object({
    maxAmount: z.number('Enter an amount.').min(0, 'Zero or more.').max(1_000_000, 'At most 1,000,000.'),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'A three-letter currency code, e.g. USD or EUR.'),
  }),
});

export const DEFAULT_SETTINGS = {
  repName: '',
  company: '',
  signOff: '',
  timeZone: 'UTC',
  businessHours: { start: 9, end: 17, days: [1, 2, 3, 4, 5] },
  tone: 'warm' as 'warm' | 'formal',
  remedies: {
    refund: true,
    discountMaxPercent: 15,
    freeExpeditedShipping: true,
    replacement: true,
    accountCredit: { maxAmount: 50, currency: 'USD' },
  },
};

// One schema per field, so a bad stored field can be reset on its own (see parseStoredSettings).
const fieldSchemas = {
  repName: trimmedText(80, 'Your name'),
  company: trimmedText(120, 'Company'),
  signOff: trimmedText(80, 'Sign-off'),
  timeZone: z.string().trim().refine(isKnownTimeZone, 'Not a time zone this browser knows (e.g. Europe/Berlin).'),
  businessHours: BusinessHoursSchema,
  tone: z.enum(['warm', 'formal']),
  remedies: RemediesSchema,
};

export const SettingsSchema = z.object(fieldSchemas);
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsField = keyof typeof fieldSchemas;

/** The result of reading stored settings: always usable, with what had to be reset. */
export interface LoadedSettings {
  settings: Settings;
  /** Top-level fields whose stored value was invalid and were replaced by their default. */
  resetFields: SettingsField[];
  /** For the rep, when anything stored was unusable; null when all was well. */
  warning: string | null;
}

/**
 * Reads an untrusted stored value. Missing fields take their defaults silently (older versions
 * simply had fewer); invalid fields are reset one by one and reported, so a single bad value
 * never throws away the rep's other choices and never crashes the sidebar.
 */
export function parseStoredSettings(stored: unknown): LoadedSettings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  if (stored === undefined || stored === null) return { settings, resetFields: [], warning: null };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    const resetFields = Object.keys(fieldSchemas) as SettingsField[];
    return { settings, resetFields, warning: 'Your saved settings could not be read, so the defaults are in use.' };
  }
  const record = stored as Record<string, unknown>;
  const resetFields: SettingsField[] = [];
  for (const field of Object.keys(fieldSchemas) as SettingsField[]) {
    if (record[field] === undefined) continue;
    const parsed = fieldSchemas[field].safeParse(record[field]);
    if (parsed.success) (settings as Record<SettingsField, unknown>)[field] = parsed.data;
    else resetFields.push(field);
  }
  const warning = resetFields.length
    ? `Some saved settings were invalid and have been reset to their defaults: ${resetFields.join(', ')}.`
    : null;
  return { settings, resetFields, warning };
}

/** Field errors keyed by dotted path ("remedies.discountMaxPercent"), for showing next to inputs. */
export type SettingsErrors = Partial<Record<string, string>>;

export function validateSettings(
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const parsed = SettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** What the composer needs from the settings (remedies and the sign-off). */
export function toRecoverySettings(settings: Settings): RecoverySettings {
  return { remedies: settings.remedies, signOff: settings.signOff || undefined };
}

/** The settings' share of a ReplyContext; the page adds the customer, partner, ids and `now`. */
export function settingsContext(
  settings: Settings,
): Pick<ReplyContext, 'repName' | 'company' | 'timeZone' | 'businessHours' | 'tone'> {
  return {
    repName: settings.repName || undefined,
    company: settings.company || undefined,
    timeZone: settings.timeZone,
    businessHours: settings.businessHours,
    tone: settings.tone,
  };
}
