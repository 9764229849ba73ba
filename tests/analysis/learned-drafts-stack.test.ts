import { describe, expect, it } from 'vitest';
import { CATALOG, CATEGORY_IDS, type DraftAnalysis } from '../../lib/analysis';
import { analyzeWith, getEngine } from '../../lib/analysis/engine';
import { predict } from '../../lib/analysis/learned/core';
import { predictTextWith } from '../../lib/analysis/learned/core-fast';
import { GENERAL_RULE } from '../../lib/analysis/learned/drafts-finding';
import { stackFindings } from '../../lib/analysis/learned/drafts-stack';
import { lemmaFeatures, neighbourFeatures, stackContextFeatures } from '../../lib/analysis/learned/drafts-stack-context';
import { stackRuleFeatures, unitsOfFindings } from '../../lib/analysis/learned/drafts-stack-features';
import { decideStack } from '../../lib/analysis/learned/drafts-stack-pick';
import { OWN, ownershipOf } from '../../lib/analysis/learned/drafts-ownership';
import { analyzeDraft } from '../../lib/analysis/index';
import { draftFeatures } from '../../lib/analysis/learned/drafts-features';
import { STACK_MODEL } from '../../lib/analysis/learned/drafts-stack-weights';
import { draftSentences, type SentenceUnit } from '../../lib/analysis/learned/drafts-units';
import type { Span } from '../../lib/analysis/types';

// The stacked draft layer (lib/analysis/learned/drafts-stack.ts) on drafts written for this
// test, not taken from the corpus.

const rules = (text: string) => analyzeWith(getEngine(), text);

/** The unit a finding sits in, as first written: the one it overlaps most (first on a tie), by a scan from the first unit. */
function unitOfFinding(units: readonly SentenceUnit[], finding: Span): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.start >= finding.end) break;
    const overlap = Math.min(u.end, finding.end) - Math.max(u.start, finding.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** Three sentence units with gaps between them, for the unit-finding tests. */
const THREE_UNITS = [
  { start: 0, end: 10, text: 'a' },
  { start: 12, end: 20, text: 'b' },
  { start: 22, end: 30, text: 'c' },
];

describe('stacked draft layer', () => {
  it('names what the rules said, in the sentence and elsewhere in the draft', () => {
    const units = THREE_UNITS;
    const findings = [
      { category: 'redirect', start: 2, end: 8 },
      { category: 'hollow_closer', start: 22, end: 30 },
      { category: 'redirect', start: 23, end: 25 },
    ];
    const unitOf = unitsOfFindings(units, findings);
    expect(unitOf).toEqual([0, 2, 2]);
    expect(stackRuleFeatures(3, findings, unitOf)).toEqual([
      ['r:redirect', 'r:any', 'd:n=3-4', 'd:hollow_closer'],
      ['r:none', 'd:n=3-4', 'd:hollow_closer', 'd:redirect'],
      ['r:hollow_closer', 'r:redirect', 'r:any', 'd:n=3-4'],
    ]);
  });

  it('finds each finding’s unit as unitOfFinding does, in any order of findings', () => {
    const units = THREE_UNITS;
    const findings = [
      { start: 25, end: 28 },
      { start: 5, end: 15 },
      { start: 8, end: 19 },
      { start: 10, end: 12 },
      { start: 0, end: 40 },
      { start: 31, end: 35 },
      { start: 9, end: 13 },
    ];
    expect(unitsOfFindings(units, findings)).toEqual(findings.map((f) => unitOfFinding(units, f)));
    expect(unitsOfFindings(units, findings)).toEqual([2, 0, 1, -1, 0, -1, 0]);
  });

  it('scores a unit with the fast path exactly as training does with strings', () => {
    const text = 'Please contact the airline about your refund. We will circle back on this in a bit.';
    const found = rules(text).findings;
    const units = draftSentences(text);
    const unitOf = unitsOfFindings(units, found);
    const context = stackContextFeatures(units, found, unitOf);
    const extra = stackRuleFeatures(units.length, found, unitOf).map((r, i) => [...r, ...context[i]!]);
    units.forEach((u, i) => {
      expect(predictTextWith(STACK_MODEL, u.text, extra[i]!)).toStrictEqual(predict(STACK_MODEL, [...draftFeatures(u.text), ...extra[i]!]));
    });
  });

  // Two units and two labels for the decision tests; the probabilities are each test's own.
  const units = [
    { start: 0, end: 10, text: 'a' },
    { start: 12, end: 20, text: 'b' },
  ];
  const labels = ['redirect', 'blame_shift'];

  it('drops a rule finding below its bar, adds where it is confident, and never adds to a draft the rules left clean', () => {
    const probs = [[0.05, 0.9], [0.2, 0.95]];
    const thresholds = { drop: { redirect: 0.1 }, add: { blame_shift: 0.8 } };
    const findings = [{ category: 'redirect', start: 0, end: 10 }, { category: 'blame_shift', start: 12, end: 20 }];
    const out = decideStack(units, findings, [0, 1], (u) => probs[u]!, labels, thresholds);
    expect(out.keep).toEqual([false, true]);
    // Unit 1 already holds a rule blame_shift: only unit 0 gets one.
    expect(out.adds.map((a) => [a.unitIndex, a.category])).toEqual([[0, 'blame_shift']]);
    expect(decideStack(units, [], [], (u) => probs[u]!, labels, thresholds).adds).toEqual([]);
    // Every rule finding dropped: the model reads the draft as clean and adds nothing either.
    const dropAll = { drop: { redirect: 0.1, blame_shift: 0.99 }, add: { blame_shift: 0.8 } };
    expect(decideStack(units, findings, [0, 1], (u) => probs[u]!, labels, dropAll)).toEqual({ keep: [false, false], adds: [] });
  });

  it('adds in a draft where no rule finding stays only at the clean bars', () => {
    const probs = [[0.05, 0.9], [0.97, 0.95]];
    const thresholds = { drop: { redirect: 0.1 }, add: { blame_shift: 0.8 }, clean: { redirect: 0.95 } };
    // No rule finding: only the clean bar counts (blame_shift has none there).
    expect(decideStack(units, [], [], (u) => probs[u]!, labels, thresholds).adds.map((a) => [a.unitIndex, a.category])).toEqual([[1, 'redirect']]);
    // The only rule finding dropped: the same.
    const dropped = decideStack(units, [{ category: 'redirect', start: 0, end: 10 }], [0], (u) => probs[u]!, labels, thresholds);
    expect([dropped.keep, dropped.adds.map((a) => [a.unitIndex, a.category])]).toEqual([[false], [[1, 'redirect']]]);
  });

  it('adds nothing at the clean bars in a unit that shows a vetoed kind of ownership, and reads it only for a unit that reaches a bar', () => {
    const probs = [[0.97, 0], [0.97, 0.2]];
    const thresholds = { drop: {}, add: {}, clean: { redirect: 0.95 }, cleanVeto: OWN.commitment | OWN.myself };
    const asked: number[] = [];
    const owns = (u: number) => { asked.push(u); return u === 0 ? OWN.myself : OWN.concreteTime; };
    const out = decideStack(units, [], [], (u) => probs[u]!, labels, thresholds, Infinity, owns);
    expect(out.adds.map((a) => [a.unitIndex, a.category])).toEqual([[1, 'redirect']]);
    expect(asked).toEqual([0, 1]);
    // Below every bar: ownership is not even read.
    asked.length = 0;
    decideStack(units, [], [], () => [0.5, 0.5], labels, thresholds, Infinity, owns);
    expect(asked).toEqual([]);
    // With cleanVetoNext the unit after a candidate is read too: a rule followed by the rep's remedy.
    asked.length = 0;
    const ownsSecond = (u: number) => { asked.push(u); return u === 1 ? OWN.commitment : 0; };
    const next = decideStack(units, [], [], () => [0.97, 0], labels, { ...thresholds, cleanVetoNext: true }, Infinity, ownsSecond);
    // Unit 0 for the owning unit after it, unit 1 for its own ownership.
    expect([next.adds.map((a) => a.unitIndex), asked]).toEqual([[], [0, 1, 1]]);
    expect(decideStack(units, [], [], () => [0.97, 0], labels, thresholds, Infinity, ownsSecond).adds.map((a) => a.unitIndex)).toEqual([0]);
  });

  it('reads the ownership of a sentence: the engine’s cues, the rep’s legwork, and "I / we" doing something', () => {
    expect(ownershipOf("I've called the courier and they redeliver on Friday at 10 am") & (OWN.commitment | OWN.concreteTime)).toBe(OWN.commitment | OWN.concreteTime);
    expect(ownershipOf("I'm sorry we sent you the wrong size") & OWN.specificApology).toBe(OWN.specificApology);
    expect(ownershipOf("I'm chasing the supplier directly and changing the order myself") & (OWN.myself | OWN.firstPersonAct)).toBe(OWN.myself | OWN.firstPersonAct);
    // Feelings, regrets and refusals are no acts; a deflection names no owner at all.
    expect(ownershipOf("I'm afraid we can't refund sale items")).toBe(0);
    expect(ownershipOf('I understand how annoying this must be')).toBe(0);
    expect(ownershipOf('A note has been added to your file')).toBe(0);
    expect(ownershipOf('Please take this up with the seller')).toBe(0);
  });

  // Only the veto is pinned on the shipped weights: whether they add a finding to one given
  // sentence the rules miss moves with each retraining (session 7: "It was the delivery company
  // that left it at the wrong door" fell from above the clean bar to p 0.56 < 0.6). The additions
  // themselves are tested with toy probabilities above and measured out of fold in corpus.test.ts.
  it('leaves an owning sentence in an otherwise clean draft alone (shipped weights)', () => {
    for (const sentence of [
      "I'm chasing the airline directly and changing the flight myself, so you don't have to deal with them; you'll have the new ticket from me by tomorrow",
      "I'm sorry we kept you waiting three weeks for an answer, and I've refunded the delivery fee for the trouble",
      "I'm taking this up with the hotel directly and sorting the room myself",
    ]) {
      const text = `Hi Sam,\n\nThanks for the photos of the box. ${sentence}.\n\nBest,\nAna`;
      expect(rules(text).findings).toEqual([]);
      expect(analyzeDraft(text).findings.map((f) => `${f.category}: ${f.text}`)).toEqual([]);
    }
  });

  it('names the neighbouring units’ rule categories and the lemmas of inflected words', () => {
    const found = [{ category: 'redirect', start: 0, end: 10 }, { category: 'blame_shift', start: 22, end: 30 }];
    expect(neighbourFeatures(3, found, [0, 2])).toEqual([[], ['p:redirect', 'n:blame_shift'], []]);
    expect(lemmaFeatures('They blamed the carriers and blames us')).toEqual(['l:blame', 'l:carrier']);
  });

  it('drops a lone rule finding the model doubts unless another sentence reads as a deflection', () => {
    const lone = [{ category: 'redirect', start: 0, end: 10 }];
    const thresholds = { drop: {}, add: {}, lone: { own: 0.9, other: 0.5 } };
    expect(decideStack(units, lone, [0], (u) => (u === 0 ? [0.8, 0] : [0, 0.1]), labels, thresholds).keep).toEqual([false]);
    expect(decideStack(units, lone, [0], (u) => (u === 0 ? [0.8, 0] : [0, 0.6]), labels, thresholds).keep).toEqual([true]);
    expect(decideStack(units, lone, [0], (u) => (u === 0 ? [0.95, 0] : [0, 0.1]), labels, thresholds).keep).toEqual([true]);
  });

  it('adds a finding with the general rule’s message where the rules left a deflecting sentence alone', () => {
    const text = 'Hi Sam,\n\nPlease contact the airline about your refund. Best to pop into your local branch with the receipt.\n\nAna';
    const all = rules(text);
    // As if the rules had missed the second sentence: keep only their finding in the first.
    const first: DraftAnalysis = { ...all, findings: all.findings.filter((f) => f.start < text.indexOf('Best')) };
    expect(first.findings.length).toBeGreaterThan(0);
    const out = stackFindings(text, first);
    const added = out.findings.filter((f) => f.ruleId.endsWith('.learned'));
    expect(added.map((f) => [f.category, f.text])).toEqual([['redirect', 'Best to pop into your local branch with the receipt']]);
    const general = CATALOG.find((r) => r.id === GENERAL_RULE.redirect)!;
    expect(added[0]!.message).toBe(general.message);
    expect(out.score).toBeLessThan(first.score);
  });

  it('keeps the findings of a reply that deflects throughout', () => {
    const text = 'Please contact the airline directly about your refund. We apologize for any inconvenience this may have caused. Is there anything else I can help you with?';
    const before = rules(text);
    expect(before.findings.length).toBeGreaterThanOrEqual(3);
    expect(stackFindings(text, before).findings.map((f) => f.ruleId)).toEqual(before.findings.map((f) => f.ruleId));
  });

  it('returns a draft without rule findings as it is', () => {
    const text = 'I have refunded the charge and it reaches your card on Thursday.';
    const before = rules(text);
    expect(stackFindings(text, before)).toBe(before);
  });

  it('stays within the engine’s cap of 500 findings on a pasted wall of text', () => {
    const text = 'Please contact the airline. Best to pop into your local branch with the receipt. '.repeat(2000);
    expect(stackFindings(text, rules(text)).findings.length).toBeLessThanOrEqual(500);
  });

  it('has a label for every category', () => {
    expect([...STACK_MODEL.labels].sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('reads a sentence as the span a finding marks: no greeting, joining word or closing punctuation', () => {
    const text = 'Hi Sam, please call the airline about it. And we will be in touch soon!\n\nOn Mon, Jo wrote:\n> please contact us';
    expect(draftSentences(text).map((u) => u.text)).toEqual(['please call the airline about it', 'we will be in touch soon']);
  });

  it('borrows message and rewrites from a rule that exists, for every category', () => {
    for (const category of CATEGORY_IDS) {
      const rule = CATALOG.find((r) => r.id === GENERAL_RULE[category]);
      expect(rule?.category, category).toBe(category);
    }
  });
});

describe('outOfFoldAnalyzer', () => {
  // A tiny honest pool written for this test: held… ids always fall in the check half.
  const drafts = [
    'Please contact the airline about your refund. Is there anything else I can help you with?',
    'I rebooked your flight myself and the new ticket is in your inbox.',
    'Unfortunately we are unable to refund sale items. Please reach out to the store instead.',
    'I refunded the charge today and it reaches your card on Thursday.',
    'We apologize for any inconvenience this may have caused. The courier is responsible for the delay.',
    'I called the courier and they deliver tomorrow before noon.',
    'As previously stated, your ticket will be closed. Please contact your bank.',
    'I have fixed the address on your order and resent the parcel by express.',
    'We will get back to you in due course. Thank you for your patience.',
    'I moved your appointment to Monday at 4 pm and told the technician about the gate.',
  ].map((draft, i) => ({ id: `d-heldz-${String(i + 1).padStart(3, '0')}`, draft, findings: rules(draft).findings.map(({ category, start, end }) => ({ category, start, end })) }));

  it('answers for every draft of the pool with the stacked layer and throws for any other text', async () => {
    const { outOfFoldAnalyzer } = await import('../../lib/analysis/learned/drafts-crossfit');
    const analyze = outOfFoldAnalyzer({ drafts, customers: [] });
    for (const d of drafts) {
      const out = analyze(d.draft);
      expect(out.score).toBeGreaterThanOrEqual(0);
      expect(out.findings.every((f) => CATEGORY_IDS.includes(f.category))).toBe(true);
    }
    expect(() => analyze('A draft that is not in the pool.')).toThrow(/honest pool/);
  }, 60_000);
});
