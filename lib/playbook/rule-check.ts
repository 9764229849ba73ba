import { CATALOG } from '../analysis/catalog';
import { buildEngine, analyzeWith, type Engine } from '../analysis/engine';
import type { Rule } from '../analysis/catalog/schema';
import { compilePatterns, makeParseEnv } from '../analysis/compile';

// Compile checks for a team rule, beyond its zod schema (issue 7 "Bad input"): every pattern
// must compile in the catalog's pattern language, must not match an empty draft, and must not
// match every one of a set of ordinary, innocuous support sentences — such a rule would bury
// every draft in findings. The rule's own examples must behave as it says (the same contract
// the built-in catalog's generic test enforces on shipped rules).

/**
 * Sentences with nothing to fault, of varied shape. A team pattern that fires on ALL of them
 * matches (nearly) everything: "WORD", "(i | we | you)", a lone "the".
 */
export const INNOCUOUS_SENTENCES = [
  'Thanks for writing in.',
  'I have refunded the second charge to your card this morning.',
  'Your replacement ships today and I will send you the tracking number by 5 pm.',
  'The new seat is 14C, next to the window.',
  'Good morning!',
  'I called the hotel and they have moved your booking to Friday.',
  'Here is the invoice you asked for.',
  'We fixed the login problem; you can sign in again now.',
];

/**
 * A real deflection phrase fires on none of them; one stray hit is bad luck, most of them is a
 * pattern of common words. Three quarters leaves room for the first and none for the second.
 */
export const MATCH_EVERYTHING_SHARE = 0.75;

const BUILT_IN_IDS = new Set(CATALOG.map((rule) => rule.id));

/** Problems with one team rule, each a sentence a manager can act on; empty when the rule is usable. */
export function teamRuleProblems(rule: Rule): string[] {
  const problems: string[] = [];
  if (BUILT_IN_IDS.has(rule.id)) problems.push(`the id "${rule.id}" is already a built-in rule; choose another`);
  const env = makeParseEnv();
  rule.patterns.forEach((pattern, index) => {
    if (pattern.trim() === '') {
      problems.push(`pattern ${index + 1} is empty`);
      return;
    }
    try {
      compilePatterns(pattern, env);
    } catch (error) {
      problems.push(`pattern ${index + 1} does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  if (problems.length > 0) return problems;

  let engine: Engine;
  try {
    engine = buildEngine([rule]);
  } catch (error) {
    return [`the rule does not compile: ${error instanceof Error ? error.message : String(error)}`];
  }
  const fires = (text: string) => analyzeWith(engine, text).findings.some((f) => f.ruleId === rule.id);
  if (fires('')) problems.push('it matches an empty draft');
  const innocuousHits = INNOCUOUS_SENTENCES.filter(fires).length;
  if (innocuousHits >= MATCH_EVERYTHING_SHARE * INNOCUOUS_SENTENCES.length) {
    problems.push(`it matches everything (${innocuousHits} of ${INNOCUOUS_SENTENCES.length} innocuous sentences, such as "${INNOCUOUS_SENTENCES.find(fires)}")`);
  }
  for (const example of rule.examples.invalid) {
    if (!fires(example)) problems.push(`it does not flag its own example "${example}"`);
  }
  for (const example of rule.examples.valid) {
    if (fires(example)) problems.push(`it flags its own clean example "${example}"`);
  }
  return problems;
}

/** A never-send phrase must say something: at least one word, not just punctuation. */
export function neverSendProblems(phrase: string): string[] {
  return phraseWords(phrase).length === 0 ? ['the phrase has no words'] : [];
}

/** Lowercase words and numbers; punctuation and spacing folded away (never-send matching). */
export function phraseWords(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
