// Shared by the real-editor test pages: the hook the end-to-end matrix reads. Each page reads
// its editor's OWN model (SITES.md §1 "Lesson": what the site would send, not the DOM).

export interface EditorTestApi {
  /** The editor model's plain text, paragraphs joined by "\n". */
  getModelText(): string;
  /** Puts the editor in its own read-only state. */
  setReadOnly(readOnly: boolean): void;
  /** The editable element the strategies are given. */
  getEditable(): HTMLElement;
}

declare global {
  interface Window {
    __ownupTest?: EditorTestApi;
    __ownupReady?: boolean;
  }
}

export function exposeTestApi(api: EditorTestApi): void {
  window.__ownupTest = api;
  window.__ownupReady = true;
}

/**
 * Plain text of editor HTML as the site would send it (for editors whose model is HTML, like
 * Froala's html.get() or TinyMCE's getContent()): one line per top-level block, <br> = "\n".
 * Deliberately independent of lib/sites/editors/dom-text.ts and of htmlText in
 * lib/sites/editors/main-world-readers.ts, which reads the same Froala/TinyMCE HTML in production
 * to verify an insertion: this is the oracle the end-to-end matrix checks that verification
 * against, so importing the production reader would let a bug in it grade itself.
 */
export function htmlToText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const lineOf = (el: Element): string => {
    let out = '';
    el.childNodes.forEach((n) => {
      if (n.nodeType === Node.TEXT_NODE) out += n.nodeValue ?? '';
      else if (n instanceof Element && n.tagName === 'BR') out += n === el.lastChild ? '' : '\n';
      else if (n instanceof Element) out += lineOf(n);
    });
    return out;
  };
  const lines: string[] = [];
  body.childNodes.forEach((n) => {
    if (n instanceof Element) lines.push(lineOf(n));
    else if (n.nodeType === Node.TEXT_NODE && (n.nodeValue ?? '').trim()) lines.push(n.nodeValue ?? '');
  });
  return lines.join('\n').replace(/\u00A0/g, ' ').replace(/[\u200B\uFEFF]/g, '');
}
