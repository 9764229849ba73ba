// Shared pure-DOM helpers for the site adapters. Realm-independent on purpose: no global
// `HTMLElement`/`KeyboardEvent` constructors or `instanceof`, because adapters run on documents
// from other realms (jsdom test windows, about:blank editor frames), where `instanceof` lies.

/** Elements whose text is never part of a message (SITES.md §4 ZDX transcript strips svg/button). */
const NEVER_TEXT = 'script, style, template, noscript, svg, button, [hidden], [aria-hidden="true"]';

/**
 * Quoted history and signatures that mail clients mark in the DOM: Gmail `.gmail_quote`
 * (ISDK isElementInQuotedArea) and `.gmail_signature`, `blockquote` (most clients), Zendesk
 * `div.signature` (ZDX), Yahoo `.yahoo_quoted`, Apple Mail `blockquote[type=cite]`.
 */
export const QUOTE_SELECTORS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.gmail_signature',
  '.gmail_signature_prefix',
  '[data-smartmail="gmail_signature"]',
  '.yahoo_quoted',
  'div.signature',
  '.moz-cite-prefix',
];

/**
 * Markers after which everything is quoted history even though nothing wraps it: Outlook puts
 * `<div id="divRplyFwdMsg">` (rendered in OWA's reading pane with an `x_` prefix) and `<hr>`
 * before the forwarded/replied-to message as siblings [L: widely seen Outlook markup, from memory].
 */
export const QUOTE_CUT_MARKERS = [
  '[id$="divRplyFwdMsg"]',
  '[id$="appendonsend"]',
  '.OutlookMessageHeader',
];

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'PRE']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextOptions {
  /** Extra selectors whose elements are dropped (site-specific quote/signature/noise markers). */
  remove?: readonly string[];
  /** Extra cut markers: the marker and everything after it is dropped. */
  cutAt?: readonly string[];
}

/**
 * The readable text of a message body: quoted history, signatures, buttons and hidden parts
 * removed where the DOM marks them, paragraphs kept as blank lines. Works on a clone, so the
 * page is never touched. Text-level "On … wrote:" attribution lines start quoted history in
 * clients that do not mark it (plain-text mail rendered into `<br>`s).
 */
export function messageText(el: Element, options: TextOptions = {}): string {
  const clone = el.cloneNode(true) as Element;
  for (const marker of [...QUOTE_CUT_MARKERS, ...(options.cutAt ?? [])]) {
    const found = clone.querySelector(marker);
    if (found) cutFrom(found, clone);
  }
  for (const selector of [NEVER_TEXT, ...QUOTE_SELECTORS, ...(options.remove ?? [])]) {
    for (const node of Array.from(clone.querySelectorAll(selector))) node.remove();
  }
  for (const node of Array.from(clone.querySelectorAll('[style]'))) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) node.remove();
  }
  return cutAttribution(normalizeText(blockText(clone)));
}

/** Removes `marker` and everything that follows it, at its level and every level up to `root`. */
function cutFrom(marker: Element, root: Element): void {
  let node: Node | null = marker;
  while (node && node !== root) {
    while (node.nextSibling) node.nextSibling.remove();
    const parent: Node | null = node.parentNode;
    if (node === marker) marker.remove();
    node = parent;
  }
}

// Line structure as a reader sees it (innerText is not in jsdom): a block boundary is one line
// break, a paragraph boundary a blank line, `<br>` a line break; a `<div><br></div>` between
// blocks is Gmail's blank line; a trailing `<br>` in a non-empty block renders nothing.
const SOFT = '\uE000'; // private-use code points: never in page text we keep
const HARD = '\uE001';

function blockText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ').replace(/[\uE000\uE001]/g, '');
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  if (el.tagName === 'BR') return isTrailingBreak(el) ? '' : '\n';
  let inner = '';
  for (const child of Array.from(el.childNodes)) inner += blockText(child);
  if (PARAGRAPH_TAGS.has(el.tagName)) return HARD + inner + HARD;
  if (BLOCK_TAGS.has(el.tagName) || el.tagName === 'TD') return SOFT + inner + SOFT;
  return inner;
}

function isTrailingBreak(br: Element): boolean {
  const parent = br.parentElement;
  if (!parent || !BLOCK_TAGS.has(parent.tagName)) return false;
  for (let next = br.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === ELEMENT_NODE || (next.nodeValue ?? '').trim() !== '') return false;
  }
  return (parent.textContent ?? '').trim() !== '';
}

function normalizeText(text: string): string {
  const joined = text.replace(/[\uE000\uE001\n][\uE000\uE001\n ]*/g, (run) => {
    const breaks = run.split('\n').length - 1;
    if (run.includes(HARD)) return '\n\n';
    if (run.includes(SOFT)) return breaks > 0 ? '\n\n' : '\n';
    return breaks > 1 ? '\n\n' : '\n';
  });
  return joined
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// "On Sat, Nov 21, 2026 at 9:14 AM Dana <dana@example.com> wrote:" (Gmail, Apple Mail, Thunderbird);
// "-----Original Message-----" (Outlook desktop); "-- " alone on a line starts a signature
// (RFC 3676 §4.3; lines arrive trimmed). Anchored per line: no backtracking risk.
const ATTRIBUTION_LINE = /^(?:On .{1,200} wrote:|-{2,}\s*Original Message\s*-{2,}|_{10,}|--)$/m;

function cutAttribution(text: string): string {
  const match = ATTRIBUTION_LINE.exec(text);
  return match ? text.slice(0, match.index).trim() : text;
}

/** The text of a label-like element (a name, a header), whitespace collapsed. */
export function labelText(el: Element | null | undefined): string {
  if (!el) return '';
  return (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** querySelectorAll that also descends into open shadow roots (ICA "deepQuerySelector"; BRI shadow-focus). */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = Array.from(root.querySelectorAll(selector));
  for (const host of Array.from(root.querySelectorAll('*'))) {
    const shadow = (host as Element).shadowRoot;
    if (shadow) found.push(...deepQueryAll(shadow, selector));
  }
  return found;
}

/** The first match of any selector, in selector order (selector tables list the newest UI first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** All matches of the first selector that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const els = Array.from(root.querySelectorAll(selector));
    if (els.length > 0) return els;
  }
  return [];
}

/**
 * Whether an element is shown: not inside a `hidden`, `inert`, `display:none` or
 * `visibility:hidden` ancestor. Uses the browser's own `checkVisibility` where it exists (real
 * pages have layout); walks computed styles otherwise (jsdom has cascade but no layout).
 */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/** The focused element, followed into open shadow roots and same-origin frames' documents (BRI active-element). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active) {
    const inner: Element | null | undefined = active.shadowRoot?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}

/**
 * The outermost contenteditable ancestor of `el` (the editor's root), or `el` when it is a
 * textarea. `isContentEditable` is not used: jsdom does not implement it.
 */
export function editableRoot(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return el as HTMLElement;
  let root: Element | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttribute('contenteditable');
    if (value === null) continue;
    if (value.toLowerCase() === 'false') break;
    root = node;
  }
  return root as HTMLElement | null;
}

/** Whether an editable is a multi-line writing area, not a recipient well or a search box. */
export function isWritingArea(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return !el.hasAttribute('readonly') && !el.hasAttribute('disabled');
  if (editableRoot(el) !== el) return false;
  const role = el.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox') return false;
  return el.getAttribute('aria-multiline') !== 'false';
}

/**
 * Picks among candidate editors: the focused one, else the first visible one the site prefers
 * (Gmail: the thread's inline reply), else the first visible, else null (hidden editors belong
 * to background tickets or closed composes).
 */
export function pickEditor(
  candidates: readonly Element[],
  doc: Document,
  preferred: (el: Element) => boolean = () => false,
): HTMLElement | null {
  const focusedRoot = editableRoot(deepActiveElement(doc));
  const focused = focusedRoot && candidates.find((c) => c === focusedRoot || c.contains(focusedRoot));
  if (focused) return focused as HTMLElement;
  const visible = candidates.filter(isVisible);
  return ((visible.find(preferred) ?? visible[0]) as HTMLElement | undefined) ?? null;
}

/**
 * The editor of the first selector, in the site's order of preference, whose candidates give one
 * (see pickEditor); `root` narrows the search (Zendesk: the open ticket's tab).
 */
export function editorBySelectors(
  doc: Document,
  selectors: readonly string[],
  options: { root?: ParentNode; preferred?: (el: Element) => boolean } = {},
): HTMLElement | null {
  const root = options.root ?? doc;
  for (const selector of selectors) {
    const editor = pickEditor(Array.from(root.querySelectorAll(selector)), doc, options.preferred);
    if (editor) return editor;
  }
  return null;
}

/** The event's innermost target, seen through shadow roots (composedPath; BRI shadow-focus). */
export function eventTarget(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const first = (path[0] ?? event.target) as Node | null;
  if (!first) return null;
  return first.nodeType === ELEMENT_NODE ? (first as Element) : first.parentElement;
}

/** Ctrl/Cmd+Enter pressed inside the editor (SITES.md §10 step 2; Gmail, Outlook, Zendesk, Intercom). */
export function isSendShortcut(event: Event, editor: HTMLElement): boolean {
  if (event.type !== 'keydown') return false;
  const key = event as KeyboardEvent;
  // An IME composition's Enter confirms the candidate; it sends nothing.
  if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey) || key.altKey || key.isComposing) return false;
  const target = eventTarget(event);
  return target !== null && (target === editor || editor.contains(target));
}

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="button"]';
// "Send", "Send and archive", "Submit as Open" (Zendesk), and the same first word in the UI
// languages reps most often run (de, fr, es/pt, it, nl, sv, pl, ja, zh; Danish/Norwegian "Send" is English). A label only
// counts at its start, so "Resend code" or "Schedule send" are not sends.
const SEND_LABEL = /^\s*(?:send|submit|senden|absenden|envoyer|enviar|inviare|invia|verzenden|versturen|skicka|wyślij|送信|发送|發送)(?![a-z])/i;

export interface SendClickRule {
  /** The site's own send controls (sourced selectors); matched on the clicked element or its ancestors. */
  sendSelectors: readonly string[];
  /** Elements that wrap one compose area (Gmail `.M9`, Outlook docking part); the button must be inside the editor's. */
  composeRoots: readonly string[];
  /** Selector of this site's editors: a common ancestor holding a second one is not a compose root. */
  editorSelector: string;
}

/**
 * A click on a send control of the editor's compose area (SITES.md §10 step 1): the site's send
 * selector, else a button whose label starts with "Send"/"Submit" (menus excluded). The button
 * must share the editor's compose root; where the site has no known root, the smallest common
 * ancestor of button and editor must hold no other editor (two mounted tickets do not share one).
 */
export function isSendClick(event: Event, editor: HTMLElement, rule: SendClickRule): boolean {
  if (event.type !== 'click') return false;
  const target = eventTarget(event);
  if (!target || editor.contains(target)) return false;
  const control = sendControlOf(target, rule.sendSelectors);
  return control !== null && sharesComposeRoot(control, editor, rule);
}

function sendControlOf(target: Element, sendSelectors: readonly string[]): Element | null {
  for (const selector of sendSelectors) {
    const hit = target.closest(selector);
    if (hit) return hit;
  }
  const button = target.closest(BUTTON_LIKE);
  if (!button || /^(true|menu|listbox)$/.test(button.getAttribute('aria-haspopup') ?? '')) return null;
  return isSendLabel(button) ? button : null;
}

function isSendLabel(button: Element): boolean {
  const label = button.getAttribute('aria-label') || button.getAttribute('data-tooltip') || (button as HTMLInputElement).value || labelText(button);
  return SEND_LABEL.test(label ?? '');
}

function sharesComposeRoot(control: Element, editor: HTMLElement, rule: SendClickRule): boolean {
  for (const selector of rule.composeRoots) {
    const root = editor.closest(selector);
    if (root) return root.contains(control);
  }
  let common: Element | null = editor.parentElement;
  while (common && !common.contains(control)) common = common.parentElement;
  if (!common || common.tagName === 'BODY' || common.tagName === 'HTML') return false;
  return Array.from(common.querySelectorAll(rule.editorSelector))
    .filter(isWritingArea)
    .every((other) => other === editor || editor.contains(other) || other.contains(editor));
}

/**
 * Finds the send control the editor would use, for `unreadable: ['sendAction']` when none is
 * found (Ctrl/Cmd+Enter still counts). Same rules as isSendClick.
 */
export function findSendControl(editor: HTMLElement, rule: SendClickRule): Element | null {
  const doc = editor.ownerDocument;
  const candidates = [
    ...rule.sendSelectors.flatMap((s) => Array.from(doc.querySelectorAll(s))),
    ...Array.from(doc.querySelectorAll(BUTTON_LIKE)).filter(
      (b) => isSendLabel(b) && !/^(true|menu|listbox)$/.test(b.getAttribute('aria-haspopup') ?? ''),
    ),
  ];
  return candidates.find((c) => sharesComposeRoot(c, editor, rule)) ?? null;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first e-mail address in a string ("Dana Whitfield <dana@example.com>" → the address). */
export function emailIn(text: string | null | undefined): string | undefined {
  return text ? EMAIL.exec(text)?.[0]?.toLowerCase() : undefined;
}

/** The first e-mail address shown in an element: a mailto link, else one text node (textContent would glue neighbours together). */
export function emailInside(el: Element): string | undefined {
  const mailto = emailIn(el.querySelector('a[href^="mailto:"]')?.getAttribute('href'));
  if (mailto) return mailto;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const email = emailIn(node.nodeValue);
    if (email) return email;
  }
  return undefined;
}

/** The display name in "Name <email>" / "From: Name <email>", if there is one. */
export function nameBeforeEmail(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const name = text.replace(/^\s*from(?::\s*|\s+)/i, '').replace(/<[^>]*>/g, '').replace(EMAIL, '').replace(/["()]/g, '').trim();
  return name.length > 0 ? name : undefined;
}

/** ISO time from a `time[datetime]`/`[datetime]`/`[title]` element, if it parses. */
export function isoTime(el: Element | null | undefined): string | undefined {
  const raw = el?.getAttribute('datetime') ?? el?.getAttribute('title');
  if (!raw) return undefined;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
