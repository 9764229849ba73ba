import { describe, expect, it } from 'vitest';
import { analyzeDraft, CATALOG, CATEGORY_IDS, type DraftAnalysis } from '../../lib/analysis';
import { predict } from '../../lib/analysis/learned/core';
import { addLearnedFindings, GENERAL_RULE } from '../../lib/analysis/learned/drafts';
import { draftFeatures } from '../../lib/analysis/learned/drafts-features';
import { pickLearned } from '../../lib/analysis/learned/drafts-pick';
import { draftSentences } from '../../lib/analysis/learned/drafts-units';
import { DRAFT_MODEL, DRAFT_THRESHOLDS } from '../../lib/analysis/learned/drafts-weights';

// The learned draft fallback (lib/analysis/learned/drafts.ts) on sentences written for this
// test, not taken from the corpus.

const probabilityOf = (text: string, category: string) =>
  predict(DRAFT_MODEL, draftFeatures(text))[DRAFT_MODEL.labels.indexOf(category)]!;
const clearsBar = (text: string, category: string) => probabilityOf(text, category) >= (DRAFT_THRESHOLDS[category] ?? Infinity);

describe('learned draft model', () => {
  it('reads a sentence as the span a finding marks: no greeting, joining word or closing punctuation', () => {
    const text = 'Hi Sam, please call the airline about it. And we will be in touch soon!\n\nOn Mon, Jo wrote:\n> please contact us';
    expect(draftSentences(text).map((u) => u.text)).toEqual(['please call the airline about it', 'we will be in touch soon']);
  });

  it('is confident about deflections in wordings of its own categories', () => {
    expect(clearsBar('Best to pop into your local branch with the receipt', 'redirect')).toBe(true);
    expect(clearsBar('We will circle back on this in a bit', 'vague_timeline')).toBe(true);
    expect(clearsBar('Many thanks for bearing with us on this one', 'hollow_closer')).toBe(true);
  });

  it('stays below every threshold on sentences that own the problem', () => {
    for (const text of [
      'I have refunded the delivery fee to your card today',
      'I called the hotel and they are holding the room until noon',
      'I booked the technician for 9 am tomorrow',
    ]) {
      for (const category of CATEGORY_IDS) expect(clearsBar(text, category), `${category}: ${text}`).toBe(false);
    }
  });

  it('adds a finding with the general rule’s message where the rules left a deflecting sentence alone', () => {
    const text = 'Hi Sam,\n\nPlease contact the airline about your refund. Best to pop into your local branch with the receipt.\n\nAna';
    const rules = analyzeDraft(text);
    // As if the rules had missed the second sentence: keep only their finding in the first.
    const first: DraftAnalysis = { ...rules, findings: rules.findings.filter((f) => f.start < text.indexOf('Best')) };
    expect(first.findings.length).toBeGreaterThan(0);
    const out = addLearnedFindings(text, first);
    const added = out.findings.filter((f) => f.ruleId.endsWith('.learned'));
    expect(added.map((f) => [f.category, f.text])).toEqual([['redirect', 'Best to pop into your local branch with the receipt']]);
    const general = CATALOG.find((r) => r.id === GENERAL_RULE.redirect)!;
    expect(added[0]!.message).toBe(general.message);
    expect(added[0]!.rewrites.length).toBe(general.rewrites.length);
    expect(out.score).toBeLessThan(first.score);
  });

  it('never adds to a draft the rules found clean, nor where a rule finding already sits', () => {
    const unit = { start: 0, end: 20, text: 'x' };
    const probs = [CATEGORY_IDS.map((c) => (c === 'redirect' ? 0.99 : 0))];
    expect(pickLearned([unit], probs, CATEGORY_IDS, [], { redirect: 0.5 })).toEqual([]);
    expect(pickLearned([unit], probs, CATEGORY_IDS, [{ start: 5, end: 9 }], { redirect: 0.5 })).toEqual([]);
    expect(pickLearned([unit], probs, CATEGORY_IDS, [{ start: 30, end: 40 }], { redirect: 0.5 }).map((p) => p.category)).toEqual(['redirect']);
  });

  it('stays within the engine’s cap of 500 findings on a pasted wall of text', () => {
    const text = 'Please contact the airline. Best to pop into your local branch with the receipt. '.repeat(2000);
    expect(addLearnedFindings(text, analyzeDraft(text)).findings.length).toBeLessThanOrEqual(500);
  });

  it('borrows message and rewrites from a rule that exists, for every category', () => {
    for (const category of CATEGORY_IDS) {
      const rule = CATALOG.find((r) => r.id === GENERAL_RULE[category]);
      expect(rule?.category, category).toBe(category);
    }
  });
});
