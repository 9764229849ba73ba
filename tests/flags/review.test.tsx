// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cannedGroupKey } from '@/lib/analysis/canned';
import { FlagsRepository, PlaybookRepository, type OwnUpDatabase } from '@/lib/db';
import { ApprovalBlockedError, approvalEntryId, approveFlagRewrite } from '@/lib/playbook/approve';
import { ReviewSection } from '@/components/dashboard/review/ReviewSection';
import { flushUntil } from '../sidebar/render';
import { openInExtensionOrigin } from './extension-db';
import { BOOKING_SITE_RULE } from './team-rules';

// The review queue (issue 7 item 2): a rewrite can only be approved when the analyzer finds
// nothing in it; approving writes the rewrite on the flag AND an approved_rewrite playbook entry.

const MACRO = 'Hi Dana, unfortunately we are not affiliated with Expedia, so please contact them directly about booking AB-1.';
const DEFLECTING = 'Please contact Expedia directly, they will be able to help you.';
const CLEAN = "I'll contact Expedia for you today and email you their answer by 5 pm.";

let db: OwnUpDatabase;
let counter = 0;
beforeEach(async () => {
  db = await openInExtensionOrigin(`review-${++counter}`);
});
afterEach(() => db.close());

async function flagMacro(times = 1) {
  let flag;
  for (let i = 0; i < times; i++) {
    flag = await new FlagsRepository(db).addFlag({ groupKey: cannedGroupKey(MACRO), text: MACRO, reason: { category: 'redirect' }, rep: `Rep ${i + 1}` });
  }
  return flag!;
}

describe('approving a rewrite', () => {
  it('is refused while the analyzer finds something in it, and nothing changes', async () => {
    const flag = await flagMacro();
    const error = await approveFlagRewrite(db, flag.id, DEFLECTING).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApprovalBlockedError);
    expect((error as ApprovalBlockedError).findings.map((f) => f.category)).toContain('redirect');
    expect((await new FlagsRepository(db).get(flag.id))?.status).toBe('open');
    expect(await new PlaybookRepository(db).list()).toEqual([]);
  });

  it('is refused when a team rule finds something, though the built-in catalog does not', async () => {
    await new PlaybookRepository(db).put({ id: 'booking', kind: 'rule', source: 'local', payload: BOOKING_SITE_RULE as never });
    const flag = await flagMacro();
    await expect(approveFlagRewrite(db, flag.id, 'Please email the booking portal about your dates.')).rejects.toBeInstanceOf(ApprovalBlockedError);
  });

  it('writes the rewrite on the flag and an approved_rewrite playbook entry with the group key', async () => {
    const flag = await flagMacro();
    const approved = await approveFlagRewrite(db, flag.id, CLEAN);
    expect(approved).toMatchObject({ status: 'approved', approvedRewrite: CLEAN });
    const entry = await db.playbook.get(approvalEntryId(flag));
    expect(entry).toMatchObject({ kind: 'approved_rewrite', source: 'local', payload: { text: MACRO, rewrite: CLEAN, groupKey: flag.groupKey } });
  });
});

describe('the review queue', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let root: Root;
  let container: HTMLElement;
  const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function typeInto(element: HTMLTextAreaElement, value: string) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('lists the macro with its count, categories and history, and blocks approval while the rewrite deflects', async () => {
    await flagMacro(3);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<ReviewSection database={db} />));
    await flushUntil(() => byTestId('review-item').length === 1, 3000);
    const item = byTestId('review-item')[0]!;
    expect(item.dataset.count).toBe('3');
    expect(byTestId('review-text')[0]!.textContent).toBe(MACRO);
    expect(byTestId('review-category').map((c) => c.dataset.id)).toEqual(expect.arrayContaining(['redirect', 'blame_shift']));
    expect(byTestId('review-history')[0]!.textContent).toContain('Rep 3');

    const approve = byTestId('review-approve')[0] as HTMLButtonElement;
    typeInto(byTestId('review-rewrite')[0] as HTMLTextAreaElement, DEFLECTING);
    expect(byTestId('review-blocker').length).toBeGreaterThan(0);
    expect(approve.disabled).toBe(true);

    typeInto(byTestId('review-rewrite')[0] as HTMLTextAreaElement, CLEAN);
    expect(byTestId('review-blocker')).toHaveLength(0);
    expect(approve.disabled).toBe(false);
    act(() => approve.click());
    await flushUntil(() => byTestId('review-item')[0]?.dataset.status === 'approved', 3000);
    expect(byTestId('review-status')[0]!.textContent).toBe('Rewrite approved');
  });
});
