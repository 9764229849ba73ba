// Runs in the PAGE's main world (entrypoints/ownup-main-world.ts): reads an editor's model text
// through the instance the library attaches to its DOM, which an isolated-world content script
// cannot see (SITES.md §1, cross-cutting rules). Read-only by design: the page can already do
// anything this code does, so it grants the page nothing; and it cannot be asked to write.
// Every access is defensive: the page owns these objects and may have changed them.
import type { ModelKind } from './main-world-protocol';

type Loose = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

function ckeditorText(el: Loose): string | null {
  // CKEditor 5 sets `ckeditorInstance` on each editable (ckeditor5-ui EditableUIView).
  const editor = el.ckeditorInstance as Loose | undefined;
  const root = editor?.model?.document?.getRoot?.();
  if (!root) return null;
  const lines: string[] = [];
  for (const block of root.getChildren()) {
    let line = '';
    for (const child of block.getChildren?.() ?? []) {
      if (child.is('$text')) line += child.data;
      else if (child.is('element', 'softBreak')) line += '\n';
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function prosemirrorText(el: Loose): string | null {
  // TipTap exposes the editor on the DOM; plain ProseMirror's root view description holds the doc.
  const doc = el.editor?.state?.doc ?? el.pmViewDesc?.node;
  if (!doc || typeof doc.textBetween !== 'function') return null;
  return doc.textBetween(0, doc.content.size, '\n', '\n');
}

function lexicalText(el: Loose): string | null {
  // Lexical sets `__lexicalEditor` on its root element; the serialized state is public API.
  const json = el.__lexicalEditor?.getEditorState?.().toJSON?.();
  const children = json?.root?.children;
  if (!Array.isArray(children)) return null;
  const textOf = (node: Loose): string => {
    if (node.type === 'linebreak') return '\n';
    if (typeof node.text === 'string') return node.text;
    return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
  };
  return children.map(textOf).join('\n');
}

// tests/editor-pages/page-kit.ts (htmlToText) repeats this on purpose: it is the tests' oracle.
function htmlText(html: string): string {
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
    else if ((n.nodeValue ?? '').trim()) lines.push(n.nodeValue ?? '');
  });
  return lines.join('\n');
}

function froalaText(el: Loose): string | null {
  // Froala 3+ stores the instance on the element it was created on ("data-froala.editor"):
  // the .fr-box itself or, depending on the version, its parent.
  const box = (el as unknown as Element).closest('.fr-box');
  const owners = [el, box, box?.parentElement] as Array<Loose | null | undefined>;
  const editor = owners.map((o) => o?.['data-froala.editor'] as Loose | undefined).find(Boolean);
  const html = editor?.html?.get?.();
  return typeof html === 'string' ? htmlText(html) : null;
}

function tinymceText(el: Loose): string | null {
  const win = window as unknown as Loose;
  const editors = win.tinymce?.get?.();
  if (!Array.isArray(editors)) return null;
  const editor = editors.find((e: Loose) => e.getBody?.() === el);
  const html = editor?.getContent?.();
  return typeof html === 'string' ? htmlText(html) : null;
}

/** Props of the React components above `el`, nearest first (React's fiber is on a `__reactFiber$…` key). */
function* reactPropsAbove(el: Loose): Generator<Loose> {
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  let fiber = key ? (el[key] as Loose | null) : null;
  for (let depth = 0; fiber && depth < 40; depth++, fiber = fiber.return) {
    if (fiber.memoizedProps && typeof fiber.memoizedProps === 'object') yield fiber.memoizedProps as Loose;
  }
}

function* reactInstancePropsAbove(el: Loose): Generator<Loose> {
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  let fiber = key ? (el[key] as Loose | null) : null;
  for (let depth = 0; fiber && depth < 40; depth++, fiber = fiber.return) {
    const props = fiber.stateNode?.props;
    if (props && typeof props === 'object' && !(fiber.stateNode instanceof Node)) yield props as Loose;
  }
}

function slateText(el: Loose): string | null {
  // Slate keeps its editor in WeakMaps private to slate-dom; the <Slate editor> provider above
  // the Editable has it in its props (HSA reads Help Scout's editor the same way).
  // The editor is one mutable object, so even a stale fiber's props point at the live one.
  for (const props of reactPropsAbove(el)) {
    const editor = props.editor as Loose | undefined;
    if (editor && Array.isArray(editor.children) && typeof editor.apply === 'function') {
      const textOf = (node: Loose): string =>
        typeof node.text === 'string' ? node.text : Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
      return (editor.children as Loose[]).map(textOf).join('\n');
    }
  }
  return null;
}

function draftText(el: Loose): string | null {
  // Draft.js: the <Editor editorState> component above the contents.
  // The class instance's `props` are the committed ones; a DOM node's fiber may be the stale
  // alternate, whose memoizedProps hold an older editorState (measured: it lagged the typing).
  for (const props of reactInstancePropsAbove(el)) {
    const content = props.editorState?.getCurrentContent?.();
    if (content && typeof content.getPlainText === 'function') return content.getPlainText('\n');
  }
  return null;
}

function quillText(el: Loose): string | null {
  // Quill 2 keeps instances in a module-private WeakMap (no `__quill` as in Quill 1); reachable
  // only where the page loads Quill as a global (<script> from a CDN): Quill.find(container).
  const Quill = (window as unknown as Loose).Quill as Loose | undefined;
  const container = (el as unknown as Element).closest('.ql-container');
  const quill = container ? (Quill?.find?.(container) ?? (container as unknown as Loose).__quill) : null;
  const text = quill?.getText?.();
  return typeof text === 'string' ? text.replace(/\n$/, '') : null;
}

const READERS: Record<ModelKind, (el: Loose) => string | null> = {
  quill: quillText,
  slate: slateText,
  draftjs: draftText,
  ckeditor5: ckeditorText,
  prosemirror: prosemirrorText,
  lexical: lexicalText,
  froala: froalaText,
  tinymce: tinymceText,
};

export function readModelText(kind: ModelKind, el: Element): string | null {
  try {
    const text = READERS[kind](el as unknown as Loose);
    return text === null ? null : text.replace(/\u00A0/g, ' ').replace(/[\u200B\uFEFF]/g, '');
  } catch {
    return null;
  }
}

/** The focused element, following focus into same-origin frames (TinyMCE edits in an iframe). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; active && active.tagName === 'IFRAME' && depth < 5; depth++) {
    try {
      const inner = (active as HTMLIFrameElement).contentDocument;
      if (!inner) return null;
      active = inner.activeElement ?? inner.body;
    } catch {
      return null; // cross-origin frame: not ours to read
    }
  }
  return active;
}
