// Untrusted input events that editors handle through their own pipelines. The browser performs
// no default editing for untrusted events (UI Events spec), so if the DOM changes afterwards it
// was the editor that changed it, from its model — unlike execCommand, which writes the DOM
// itself and which Slate and CKEditor 5 then ignore or revert (SITES.md §1, measured here).

/** The pasted HTML for `text`: escaped; one <p> per line when there are several lines. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!text.includes('\n')) return escape(text);
  return text
    .split('\n')
    .map((line) => `<p>${line ? escape(line) : '<br>'}</p>`)
    .join('');
}

function windowOf(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

/** The element an editor expects a keyboard-like event on: where the caret is, else the root. */
export function eventTargetIn(root: HTMLElement): Element {
  const selection = root.ownerDocument.getSelection();
  const node = selection?.focusNode;
  const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  return el && root.contains(el) ? el : root;
}

export function makeDataTransfer(root: HTMLElement, text: string, withHtml: boolean): DataTransfer {
  const win = windowOf(root);
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  if (withHtml) data.setData('text/html', textToHtml(text));
  return data;
}

/**
 * A paste as the editor's clipboard pipeline sees it. `withHtml: false` sends text/plain alone:
 * Slate in Chromium handles only plain-text-only pastes in its onPaste (measured, SITES.md §1).
 */
export function dispatchPaste(root: HTMLElement, text: string, withHtml: boolean): void {
  const win = windowOf(root);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: makeDataTransfer(root, text, withHtml),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  eventTargetIn(root).dispatchEvent(event);
}

/** The `beforeinput` a spell-checker replacement produces; Slate and Lexical insert its data. */
export function dispatchReplacementInput(root: HTMLElement, text: string): void {
  const win = windowOf(root);
  const event = new win.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    dataTransfer: makeDataTransfer(root, text, false),
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  eventTargetIn(root).dispatchEvent(event);
}

/** Ctrl+Z (⌘Z on macOS) as an untrusted key event: editors with their own undo stack bind it. */
export function dispatchUndoKey(root: HTMLElement): void {
  const win = windowOf(root);
  const mac = /Mac|iP(hone|ad)/.test(win.navigator.platform);
  const init: KeyboardEventInit = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
  const target = eventTargetIn(root);
  target.dispatchEvent(new win.KeyboardEvent('keydown', init));
  target.dispatchEvent(new win.KeyboardEvent('keyup', init));
}
