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

/** A template split once into its literal text and its slots: lits[0] slot[0] lits[1] … */
interface CompiledTemplate {
  lits: string[];
  names: string[];
  fallbacks: Array<string | undefined>;
  /** The slot values of the last fill and its result: a draft's findings fill with the same slots. */
  lastValues: unknown[];
  lastResult: string | undefined;
}

// Templates come from the catalog, a few dozen strings filled for every finding: each is split
// once here instead of by expression on every call (profile 2026-11-22). Bounded, since a
// caller may pass any string.
const compiled = new Map<string, CompiledTemplate>();
const MAX_CACHED = 2000;

function compile(template: string): CompiledTemplate {
  let c = compiled.get(template);
  if (c) return c;
  c = { lits: [], names: [], fallbacks: [], lastValues: [], lastResult: undefined };
  let last = 0;
  for (const m of template.matchAll(SLOT_RE)) {
    c.lits.push(template.slice(last, m.index));
    c.names.push(m[1]!);
    c.fallbacks.push(m[2]);
    last = m.index + m[0].length;
  }
  c.lits.push(template.slice(last));
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(template, c);
  return c;
}

/** ,.;:!? — the punctuation tidy's expressions close up to. */
function isTidyPunct(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

/**
 * Whether one of tidy's expressions could change `s` (false: all four leave it as it is). Most
 * filled texts have no hole, and this one pass over them is cheaper than the cache lookup,
 * which hashed each freshly built text (~0.6 % of the corpus drafts' time, 2026-11-23). Any
 * character outside printable ASCII where it matters (the ends, after a comma) says yes.
 */
function mayNeedTidying(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127 && c !== 44) continue;
    if (c === 44) {
      // ", ." and ",." close up; white space after a comma may lead to punctuation.
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 65;
      if (d <= 32 || d >= 127 || isTidyPunct(d)) return true;
      continue;
    }
    // White space, a control character or beyond ASCII: at an end it may be trimmed.
    if (i === 0 || i === n - 1) return true;
    if (c === 32) {
      const d = s.charCodeAt(i + 1);
      if (d === 32 || d === 9 || isTidyPunct(d)) return true;
      continue;
    }
    if (c <= 127) return true;
  }
  return false;
}

// The tidied form of each filled text: the same few texts come back for every finding of a
// draft, and tidying is four passes of expressions. Bounded like the templates.
const tidiedCache = new Map<string, string>();

function tidy(filled: string): string {
  if (!mayNeedTidying(filled)) return filled;
  let t = tidiedCache.get(filled);
  if (t !== undefined) return t;
  t = filled
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/,\s*([,.!?;:])/g, '$1')
    .replace(/^\s+|\s+$/g, '');
  if (tidiedCache.size >= MAX_CACHED) tidiedCache.clear();
  tidiedCache.set(filled, t);
  return t;
}

export function fillTemplate(template: string, slots: Slots): string {
  const c = compile(template);
  if (c.lastResult !== undefined && sameValues(c, slots)) return c.lastResult;
  let filled = c.lits[0]!;
  for (let i = 0; i < c.names.length; i++) {
    const v = slots[c.names[i] as SlotName];
    filled += (usable(v) ? v.trim() : c.fallbacks[i] ?? '') + c.lits[i + 1]!;
  }
  const result = tidy(filled);
  for (let i = 0; i < c.names.length; i++) c.lastValues[i] = slots[c.names[i] as SlotName];
  c.lastResult = result;
  return result;
}

/** Whether `slots` gives c's slots the values of its last fill. */
function sameValues(c: CompiledTemplate, slots: Slots): boolean {
  for (let i = 0; i < c.names.length; i++) if (slots[c.names[i] as SlotName] !== c.lastValues[i]) return false;
  return true;
}
