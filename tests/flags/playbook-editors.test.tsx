// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ApprovedRewriteEditor, NeverSendEditor, RuleEditor } from '@/components/options/playbook/EntryEditors';

// The team playbook page holds three forms one under the other; each submit button must say
// which list it adds to (two of them read "Add phrase", which did not say which list).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('team playbook forms', () => {
  it('name what each submit button adds, with no two alike', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const save = async () => {};
    act(() =>
      root.render(
        <>
          <RuleEditor save={save} />
          <NeverSendEditor save={save} />
          <ApprovedRewriteEditor save={save} />
        </>,
      ),
    );
    const labels = [...host.querySelectorAll('button[type="submit"]')].map((b) => b.textContent?.trim());
    expect(labels).toEqual(['Add deflection phrase', 'Add to the never-send list', 'Add approved rewrite']);
    act(() => root.unmount());
    host.remove();
  });
});
