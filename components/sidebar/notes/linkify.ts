// Notes are plain text; web addresses in them become links. Only http(s) is ever a link — a
// note can come from an imported backup anyone can edit, so `javascript:` or `data:` stays text.
// The pattern has no nested quantifiers (linear on any input, DESIGN.md).

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Sentence punctuation after an address belongs to the sentence ("see https://x.com."). */
const TRAILING = /[.,;:!?'")\]}]+$/;

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    let candidate = match[0];
    const trailing = TRAILING.exec(candidate)?.[0] ?? '';
    candidate = candidate.slice(0, candidate.length - trailing.length);
    // Keep a closing parenthesis the address itself opened (Wikipedia-style URLs).
    if (trailing.startsWith(')') && candidate.includes('(') && !candidate.includes(')')) candidate += ')';
    const href = webHref(candidate);
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function webHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
