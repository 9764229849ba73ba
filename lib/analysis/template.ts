// Rewrite and recovery templates: plain text with named slots.
//
//   {slot}                 the slot's value; an unknown value leaves nothing (avoid: give a fallback)
//   {slot|fallback text}   the slot's value, or the fallback text when the value is unknown
//
// Slot names are fixed (SLOT_NAMES). Fallback text is literal (no nested braces). After filling,
// doubled spaces and a space before punctuation are tidied, so a missing optional slot never
// leaves a hole. Engineer G's recovery composer uses this same filler.

export const SLOT_NAMES = ['customer_first_name', 'rep_name', 'company', 'partner', 'order_ref', 'ticket_ref', 'followup_time'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type Slots = Partial<Record<SlotName, string | undefined>>;

const SLOT_RE = /\{([a-z_]+)(?:\|([^{}]*))?\}/g;

export interface TemplateSlotUse { name: string; fallback: string | undefined }

/** The slots a template uses, in order (for validation). */
export function templateSlots(template: string): TemplateSlotUse[] {
  const out: TemplateSlotUse[] = [];
  for (const m of template.matchAll(SLOT_RE)) out.push({ name: m[1]!, fallback: m[2] });
  return out;
}

/** Problems with a template: unknown slots, slots without a fallback, stray braces. */
export function templateProblems(template: string, requireFallback = true): string[] {
  const problems: string[] = [];
  for (const s of templateSlots(template)) {
    if (!(SLOT_NAMES as readonly string[]).includes(s.name)) problems.push(`unknown slot {${s.name}}`);
    else if (requireFallback && s.fallback === undefined) problems.push(`slot {${s.name}} has no fallback`);
  }
  const rest = template.replace(SLOT_RE, '');
  if (rest.includes('{') || rest.includes('}')) problems.push('stray brace');
  return problems;
}

function usable(v: string | undefined): v is string {
  if (v === undefined) return false;
  const t = v.trim();
  return t !== '' && t !== 'undefined' && t !== 'null' && t !== 'NaN';
}

export function fillTemplate(template: string, slots: Slots): string {
  const filled = template.replace(SLOT_RE, (_m, name: string, fallback: string | undefined) => {
    const v = slots[name as SlotName];
    if (usable(v)) return v.trim();
    return fallback ?? '';
  });
  return filled
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/,\s*([,.!?;:])/g, '$1')
    .replace(/^\s+|\s+$/g, '');
}
