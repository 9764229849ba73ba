// Loads a committed fixture page at its real URL and runs the checks every site adapter must pass.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ContextPart, SiteAdapter } from '../../lib/sites/types';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export function loadFixture(file: string, url: string): { window: JSDOM['window']; doc: Document; url: URL } {
  const dom = new JSDOM(readFileSync(FIXTURE_DIR + file, 'utf8'), { url });
  return { window: dom.window, doc: dom.window.document, url: new URL(url) };
}

/** Dispatches `event` at `target` and returns what the adapter said in a capture listener, as the content script does. */
export function sendVerdict(adapter: SiteAdapter, editor: HTMLElement, target: Element, event: Event): boolean {
  const doc = target.ownerDocument;
  let verdict: boolean | undefined;
  const listener = (e: Event) => {
    verdict = adapter.isSendAction(e, editor);
    e.preventDefault(); // jsdom would try to submit the fixture's form
  };
  doc.addEventListener(event.type, listener, { capture: true });
  target.dispatchEvent(event);
  doc.removeEventListener(event.type, listener, { capture: true });
  if (verdict === undefined) throw new Error('event did not reach the document');
  return verdict;
}

export function click(win: JSDOM['window']): MouseEvent {
  return new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
}

export function key(win: JSDOM['window'], init: KeyboardEventInit): KeyboardEvent {
  return new win.KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
}

export interface FixtureCase {
  file: string;
  url: string;
  /** What the page shows; omitted fields must be reported unreadable. */
  expect: {
    message?: { first: string; last: string; exact?: string; excludes?: string[] };
    name?: string;
    email?: string;
    ticketId?: string;
  };
  /** Exactly the parts this page does not show. */
  unreadable: ContextPart[];
  /** Fixture without a site send control (send via Ctrl/Cmd+Enter only). */
  noSendButton?: boolean;
}

/** The behaviour every adapter shows on every one of its fixture pages. */
export function describeFixture(adapter: SiteAdapter, c: FixtureCase): void {
  describe(`${adapter.name} on ${c.file}`, () => {
    const load = () => loadFixture(c.file, c.url);

    it('claims the page', () => {
      const { doc, url } = load();
      expect(adapter.detect(url, doc)).toBe(true);
    });

    it("finds the active ticket's reply editor, not a background one", () => {
      const { doc } = load();
      const editor = adapter.findEditor(doc);
      expect(editor).not.toBeNull();
      expect(editor?.getAttribute('data-fixture-role')).toBe('active-editor');
    });

    it('reads the latest customer message without quoted history, and the customer and ticket', () => {
      const { doc, url } = load();
      const context = adapter.readContext(doc, url);
      expect(context.site).toBe(adapter.id);
      const m = c.expect.message;
      if (m) {
        const text = context.customerMessage?.text ?? '';
        expect(text.startsWith(m.first), `starts with "${m.first}": ${text}`).toBe(true);
        expect(text.endsWith(m.last), `ends with "${m.last}": ${text}`).toBe(true);
        if (m.exact !== undefined) expect(text).toBe(m.exact);
        for (const excluded of m.excludes ?? []) expect(text).not.toContain(excluded);
      } else {
        expect(context.customerMessage).toBeUndefined();
      }
      expect(context.customerName).toBe(c.expect.name);
      expect(context.customerEmail).toBe(c.expect.email);
      expect(context.ticketId).toBe(c.expect.ticketId);
      expect([...context.unreadable].sort()).toEqual([...c.unreadable].sort());
    });

    it('recognizes Ctrl+Enter and Cmd+Enter in the editor as send, plain Enter and Ctrl+Enter elsewhere not', () => {
      const { doc, window } = load();
      const editor = adapter.findEditor(doc)!;
      const inside = editor.querySelector('p') ?? editor;
      expect(sendVerdict(adapter, editor, inside, key(window, { key: 'Enter', ctrlKey: true }))).toBe(true);
      expect(sendVerdict(adapter, editor, inside, key(window, { key: 'Enter', metaKey: true }))).toBe(true);
      expect(sendVerdict(adapter, editor, inside, key(window, { key: 'Enter' }))).toBe(false);
      expect(sendVerdict(adapter, editor, inside, key(window, { key: 'Enter', ctrlKey: true, isComposing: true }))).toBe(false);
      expect(sendVerdict(adapter, editor, doc.body, key(window, { key: 'Enter', ctrlKey: true }))).toBe(false);
    });

    it("recognizes a click on the editor's send button, not on other buttons or another ticket's send", () => {
      const { doc, window } = load();
      const editor = adapter.findEditor(doc)!;
      const send = doc.querySelector('[data-fixture-role="send"]');
      if (c.noSendButton) {
        expect(send).toBeNull();
      } else {
        expect(send).not.toBeNull();
        // Click on the label inside the button too: real clicks land on a child span/icon.
        expect(sendVerdict(adapter, editor, send!.firstElementChild ?? send!, click(window))).toBe(true);
      }
      for (const other of Array.from(doc.querySelectorAll('button, [role="button"]'))) {
        if (other === send || other.closest('[data-fixture-role="send"]') || other.querySelector('[data-fixture-role="send"]')) continue;
        expect(sendVerdict(adapter, editor, other, click(window)), other.outerHTML.slice(0, 120)).toBe(false);
      }
      expect(sendVerdict(adapter, editor, editor, click(window))).toBe(false);
    });
  });
}
