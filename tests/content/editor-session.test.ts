// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentToSidebar } from '../../lib/messaging/protocol';
import type { SiteAdapter } from '../../lib/sites/types';
import { type EditorOps, startEditorSession } from '../../entrypoints/content/editor-session';

// The editor session in the content script: draft revisions, the send action, and what happens
// to an insertion that cannot land (the rep's text goes to the clipboard, nothing is written).

function setup(opsOverride: Partial<EditorOps> = {}, isSend: (e: Event) => boolean = () => false) {
  document.body.innerHTML = '<form><textarea id="reply"></textarea><button id="send" type="button">Send</button></form>';
  const editor = document.getElementById('reply') as HTMLTextAreaElement;
  const sent: ContentToSidebar[] = [];
  const adapter = { isSendAction: (event: Event) => isSend(event) } as unknown as SiteAdapter;
  const ops: EditorOps = {
    readDraft: (el) => (el as HTMLTextAreaElement).value,
    insertText: async () => ({ ok: true }),
    ...opsOverride,
  };
  const controller = new AbortController();
  const session = startEditorSession({ parentSignal: controller.signal, doc: document, editor, adapter, ops, send: (m) => sent.push(m) });
  return { editor, sent, session, controller };
}

const type = (editor: HTMLTextAreaElement, value: string) => {
  editor.value = value;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the editor session', () => {
  it('reports the draft once per burst of typing, with a new revision only when the text changed', () => {
    vi.useFakeTimers();
    const { editor, sent } = setup();
    expect(sent).toEqual([{ type: 'draft', revision: 1, text: '', truncated: false }]);
    type(editor, 'Please');
    type(editor, 'Please contact');
    vi.advanceTimersByTime(100);
    type(editor, 'Please contact');
    vi.advanceTimersByTime(100);
    expect(sent.slice(1)).toEqual([{ type: 'draft', revision: 2, text: 'Please contact', truncated: false }]);
  });

  it('on the send action reports the revision of the text as it was when sent, typing included', () => {
    vi.useFakeTimers();
    const { editor, sent } = setup({}, (event) => (event.target as Element).id === 'send');
    type(editor, 'We will fix it today.');
    // Clicked before the debounce fired: the session reads the draft first.
    document.getElementById('send')!.click();
    expect(sent.slice(1)).toEqual([
      { type: 'draft', revision: 2, text: 'We will fix it today.', truncated: false },
      { type: 'sent', revision: 2 },
    ]);
  });

  it('puts the text on the clipboard and says so when the editor refuses the insertion', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { sent, session } = setup({ insertText: async () => ({ ok: false, reason: 'The draft changed since OwnUp read it.' }) });
    await session.handleInsert({ type: 'insert', requestId: 'r1', revision: 1, mode: { kind: 'replace-all' }, text: 'I am on it.' });
    expect(writeText).toHaveBeenCalledWith('I am on it.');
    expect(sent.at(-1)).toEqual({
      type: 'insert-result',
      requestId: 'r1',
      ok: false,
      reason: 'The draft changed since OwnUp read it. The text is on your clipboard.',
      copiedToClipboard: true,
    });
  });

  it('writes nothing and hands over the text when the editor disappears mid-apply', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { editor, sent, session } = setup({
      insertText: async (el) => {
        el.remove(); // the ticket closed while the strategy was working
        return { ok: true };
      },
    });
    await session.handleInsert({ type: 'insert', requestId: 'r2', revision: 1, mode: { kind: 'at-caret' }, text: 'Fixed.' });
    expect(editor.isConnected).toBe(false);
    expect(writeText).toHaveBeenCalledWith('Fixed.');
    expect(sent.at(-1)).toMatchObject({ type: 'insert-result', requestId: 'r2', ok: false, copiedToClipboard: true });
  });

  it('keeps revisions growing across sessions of the same page (a ticket switch reuses no revision)', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b">Hello</textarea>';
    const sent: ContentToSidebar[] = [];
    const revisions = { last: 0 };
    const adapter = { isSendAction: () => false } as unknown as SiteAdapter;
    const ops: EditorOps = { readDraft: (el) => (el as HTMLTextAreaElement).value, insertText: async () => ({ ok: true }) };
    const controller = new AbortController();
    const first = startEditorSession({ parentSignal: controller.signal, doc: document, editor: document.getElementById('a')!, adapter, ops, send: (m) => sent.push(m), revisions });
    first.end();
    startEditorSession({ parentSignal: controller.signal, doc: document, editor: document.getElementById('b')!, adapter, ops, send: (m) => sent.push(m), revisions });
    expect(sent.map((m) => (m.type === 'draft' ? m.revision : null))).toEqual([1, 2]);
  });

  it('maps a finding replacement to a span request the editor strategy can verify', async () => {
    const insertText = vi.fn(async () => ({ ok: true as const }));
    const { editor, sent, session } = setup({ insertText });
    type(editor, 'Please contact Expedia.');
    await session.handleInsert({
      type: 'insert',
      requestId: 'r3',
      revision: 2,
      mode: { kind: 'replace', start: 0, end: 22, expected: 'Please contact Expedia' },
      text: "I'll sort it out with Expedia",
    });
    expect(insertText).toHaveBeenCalledWith(editor, { text: "I'll sort it out with Expedia", replace: { start: 0, end: 22, expected: 'Please contact Expedia' } });
    expect(sent.at(-1)).toEqual({ type: 'insert-result', requestId: 'r3', ok: true, copiedToClipboard: false });
  });
});
