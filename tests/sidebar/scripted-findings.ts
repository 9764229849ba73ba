import type { CategoryId } from '@/lib/analysis/taxonomy';
import type { DraftAnalysis, Finding } from '@/lib/analysis/types';

// A tiny phrase matcher standing in for the rule catalog in store and component tests, so those
// tests pin the sidebar's behaviour and not the catalog's current wording.

const PHRASES: { phrase: string; category: CategoryId; ruleId: string; rewrites: string[] }[] = [
  {
    phrase: 'please contact Expedia',
    category: 'redirect',
    ruleId: 'redirect.contact-partner',
    rewrites: ["I'll contact Expedia for you", "I've asked Expedia to fix it"],
  },
  {
    phrase: 'I understand your frustration',
    category: 'hollow_empathy',
    ruleId: 'hollow_empathy.understand-frustration',
    rewrites: ["I'm sorry the car wasn't where we said it would be"],
  },
  {
    phrase: 'Is there anything else I can help you with?',
    category: 'hollow_closer',
    ruleId: 'hollow_closer.anything-else',
    rewrites: ['How has the rest of your trip been going?'],
  },
];

export function scriptedAnalysis(text: string): DraftAnalysis {
  const findings: Finding[] = [];
  for (const { phrase, category, ruleId, rewrites } of PHRASES) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(phrase, from);
      if (start === -1) break;
      const end = start + phrase.length;
      findings.push({
        ruleId,
        category,
        start,
        end,
        text: phrase,
        message: `${category} hurts`,
        rewrites: rewrites.map((rewrite, i) => ({ id: `${ruleId}#${i}`, text: rewrite })),
      });
      from = end;
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, score: Math.max(0, 100 - 25 * findings.length), analyzedSpan: { start: 0, end: text.length } };
}
