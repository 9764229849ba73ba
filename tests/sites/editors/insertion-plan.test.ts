import { describe, expect, it } from 'vitest';
import { planInsertion, REASON_DRAFT_CHANGED, sameDraft } from '../../../lib/sites/editors/insertion-plan';

const DRAFT = 'Hi.\nPlease contact them.\nSam';

describe('planInsertion', () => {
  it('replaces the requested span when it still holds the expected text', () => {
    const start = DRAFT.indexOf('contact them');
    const plan = planInsertion(DRAFT, { replace: { start, end: start + 12, expected: 'contact them' }, text: 'I will call them' }, null);
    expect(plan).toMatchObject({ ok: true, start, end: start + 12, after: 'Hi.\nPlease I will call them.\nSam' });
  });

  it('refuses when the rep edited the span meanwhile', () => {
    const plan = planInsertion(DRAFT, { replace: { start: 0, end: 3, expected: 'Hey' }, text: 'x' }, null);
    expect(plan).toEqual({ ok: false, reason: REASON_DRAFT_CHANGED });
  });

  it('refuses offsets outside the draft', () => {
    expect(planInsertion(DRAFT, { replace: { start: 20, end: 99, expected: '' }, text: 'x' }, null).ok).toBe(false);
  });

  it('replaces everything for a whole reply', () => {
    expect(planInsertion(DRAFT, { replaceAll: true, text: 'New' }, null)).toMatchObject({ start: 0, end: DRAFT.length, after: 'New' });
  });

  it('inserts at the caret, or at the end when the caret is elsewhere', () => {
    expect(planInsertion('ab', { text: 'X' }, { start: 1, end: 1 })).toMatchObject({ after: 'aXb' });
    expect(planInsertion('ab', { text: 'X' }, null)).toMatchObject({ after: 'abX' });
  });
});

describe('sameDraft', () => {
  it('treats a non-breaking space as a space, but not an extra empty paragraph', () => {
    expect(sameDraft('a\u00A0b', 'a b')).toBe(true);
    expect(sameDraft('a b\n', 'a b')).toBe(false);
    expect(sameDraft('a b', 'a  b')).toBe(false);
  });
});
