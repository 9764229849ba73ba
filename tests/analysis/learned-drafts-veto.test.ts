import { describe, expect, it } from 'vitest';
import { analyzeWith, getEngine } from '../../lib/analysis/engine';
import { vetoFindings } from '../../lib/analysis/learned/drafts-veto';

// The learned veto on sentences written for this test (not corpus items): clean ownership
// replies that trip one innocent rule phrase lose that finding; deflections keep theirs.

const rules = (text: string) => analyzeWith(getEngine(), text);

describe('vetoFindings', () => {
  it('drops the lone finding of a clean reply that grants what the policy allows', () => {
    // (The earlier example, an owned pricing mistake, is now cleared by the rules' own exception.)
    const text = 'Per our policy you qualify for a free replacement, which ships today. The tracking number will be in your inbox by 5 pm.';
    const before = rules(text);
    expect(before.findings.length).toBe(1);
    const after = vetoFindings(text, before);
    expect(after.findings).toEqual([]);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('keeps the findings of a reply that deflects', () => {
    const text = 'Please contact the airline directly about your refund. We apologize for any inconvenience this may have caused. Is there anything else I can help you with?';
    const before = rules(text);
    expect(before.findings.length).toBeGreaterThanOrEqual(3);
    expect(vetoFindings(text, before)).toEqual(before);
  });

  it('keeps a lone deflection the model recognises', () => {
    const text = 'Unfortunately we are unable to offer refunds on sale items.';
    const before = rules(text);
    expect(before.findings.map((f) => f.category)).toEqual(['policy_wall']);
    expect(vetoFindings(text, before).findings).toEqual(before.findings);
  });

  it('returns a draft without findings as it is', () => {
    const text = 'I have refunded the charge and it reaches your card on Thursday.';
    const before = rules(text);
    expect(vetoFindings(text, before)).toBe(before);
  });
});
