import type { CategoryId } from '../../lib/analysis/taxonomy';

// The TAXONOMY §1 deflections, as phrases, for checking composed replies independently of the
// analyzer (which the composer must never depend on). The analyzer is also run on every reply
// where it exists (see analyzer.ts); this list is the floor that holds either way.

export const DEFLECTION_PHRASES: Record<CategoryId, RegExp[]> = {
  redirect: [/\bplease (contact|call|reach out)/i, /\byou (will )?need to (contact|call|reach out)/i, /\bcontact (the|your)\b/i, /\breach out to\b/i, /\bhandled by another\b/i, /\bfill (in|out) (the|a|our) form\b/i, /\boutside (of )?what we handle\b/i],
  blame_shift: [/\bnot affiliated\b/i, /\byou should have\b/i, /\byou failed to\b/i, /\bnot our fault\b/i, /\bnot responsible\b/i, /\b(courier|carrier|partner)'s responsibility\b/i, /\bthe system automatically\b/i],
  policy_wall: [/\bper our policy\b/i, /\bour policy\b/i, /\bunable to\b/i, /\bnothing (we|i) can do\b/i, /\bnot possible\b/i, /\bunfortunately\b/i],
  hollow_empathy: [/\bunderstand (your|how) frustrat/i, /\bany inconvenience\b/i, /\bvalue your business\b/i, /\bwe apologi[sz]e for\b/i, /\bsorry for the inconvenience\b/i],
  hollow_closer: [/\banything else\b/i, /\bany other questions\b/i, /\bthank you for your (patience|understanding)\b/i, /\bthanks for your patience\b/i, /\bbearing with us\b/i, /\bhope to see you again\b/i, /\bdon't hesitate\b/i],
  passive_evasion: [/\bmistakes were made\b/i, /\ban error occurred\b/i, /\bhas been (escalated|forwarded)\b/i, /\bwas applied\b/i, /\bescalated\b/i],
  vague_timeline: [/\bas soon as possible\b/i, /\basap\b/i, /\bsomeone will\b/i, /\blook into it\b/i, /\bin due course\b/i, /\bshortly\b/i, /\bsoon\b/i, /\bin the coming days\b/i, /\bbe in touch\b/i, /\bonce we hear back\b/i],
  condescension: [/\bas previously stated\b/i, /\bas i already explained\b/i, /\byou assumed\b/i, /\bas you may know\b/i, /\bobviously\b/i, /\bsimply\b/i, /\bclearly\b/i, /\bas mentioned\b/i],
  premature_close: [/\bclose this ticket\b/i, /\bmarking this as resolved\b/i, /\bwill be closed\b/i, /\bfinal response\b/i],
};

/** The deflections found in a reply, as "category: phrase". */
export function deflectionsIn(text: string): string[] {
  const found: string[] = [];
  for (const [category, patterns] of Object.entries(DEFLECTION_PHRASES)) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) found.push(`${category}: ${match[0]}`);
    }
  }
  return found;
}
