import { browser } from 'wxt/browser';

// The sidebar is an extension page in an iframe (DESIGN.md "The page is untrusted": a page script
// can neither read its DOM nor its storage). Fixed at the right edge; the page keeps the room it
// needs because we reserve that width with a margin on <html>, so the sidebar never covers the
// editor's text or the send button on pages laid out in normal flow. Collapsed, the frame shrinks
// to the small tab the sidebar page draws itself (with the badge it sends in `layout`).

const EXPANDED_WIDTH = 360;
const COLLAPSED = { width: 44, height: 96 } as const;
const MARKER = 'data-ownup';

export interface SidebarFrame {
  readonly element: HTMLIFrameElement;
  /** Apply the sidebar's own `layout` message (collapsed tab or full height). */
  setLayout(collapsed: boolean): void;
  /** The keyboard command: hide the frame completely, or show it again. */
  toggleHidden(): void;
  /**
   * Checks that the frame covers none of these elements (the editor). Where the page lays itself
   * out against the viewport (position: fixed app shells) and ignores the reserved margin, the
   * <body> is made the containing block of its fixed descendants so they fit in the room left.
   */
  keepClearOf(elements: Element[]): void;
  isHidden(): boolean;
  remove(): void;
}

function frameStyle(collapsed: boolean, hidden: boolean, width: number): string {
  const box = collapsed
    ? `top: calc(50% - ${COLLAPSED.height / 2}px); height: ${COLLAPSED.height}px; width: ${COLLAPSED.width}px;`
    : `top: 0; height: 100vh; width: ${width}px;`;
  // All !important: page stylesheets that style every iframe must not move or hide ours.
  return [
    'position: fixed !important',
    'right: 0 !important',
    'left: auto !important',
    'bottom: auto !important',
    'margin: 0 !important',
    'padding: 0 !important',
    'border: 0 !important',
    'border-left: 1px solid rgba(127,127,127,.35) !important',
    'z-index: 2147483646 !important',
    'color-scheme: normal !important',
    'background: transparent !important',
    `display: ${hidden ? 'none' : 'block'} !important`,
    ...box
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => `${s} !important`),
  ].join('; ');
}

/** The room the frame takes at the right edge, also kept free on the page. */
function reservedWidth(collapsed: boolean, hidden: boolean, expandedWidth: number): number {
  if (hidden) return 0;
  return collapsed ? COLLAPSED.width : expandedWidth;
}

export function mountSidebarFrame(doc: Document, signal: AbortSignal): SidebarFrame {
  // A stale frame from an orphaned copy of this script (extension reloaded) is replaced, never doubled.
  doc.querySelectorAll(`iframe[${MARKER}="sidebar"]`).forEach((old) => old.remove());
  const html = doc.documentElement;
  const previousMargin = { value: html.style.getPropertyValue('margin-right'), priority: html.style.getPropertyPriority('margin-right') };
  const frame = doc.createElement('iframe');
  frame.setAttribute(MARKER, 'sidebar');
  frame.setAttribute('title', 'OwnUp');
  // The sidebar copies a rewrite itself when the rep clicks Copy; nothing else is delegated.
  frame.setAttribute('allow', 'clipboard-write');
  frame.src = browser.runtime.getURL('/sidebar.html');
  let collapsed = false;
  let hidden = false;
  const expandedWidth = () => Math.min(EXPANDED_WIDTH, Math.max(280, Math.round(doc.defaultView!.innerWidth * 0.4)));

  const apply = () => {
    const width = expandedWidth();
    frame.setAttribute('style', frameStyle(collapsed, hidden, width));
    html.style.setProperty('margin-right', `${reservedWidth(collapsed, hidden, width)}px`, 'important');
  };
  apply();
  html.appendChild(frame);
  doc.defaultView!.addEventListener('resize', apply, { signal });

  const body = doc.body;
  let containedBody: { transform: string; priority: string; minHeight: string } | null = null;
  const overlapsFrame = (el: Element) => {
    const a = el.getBoundingClientRect();
    const b = frame.getBoundingClientRect();
    return a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  };
  const keepClearOf = (elements: Element[]) => {
    if (hidden || containedBody || !body) return;
    if (!elements.some((el) => el.isConnected && overlapsFrame(el))) return;
    // A transformed <body> is the containing block of its position:fixed descendants (CSS
    // Transforms §2), so a full-viewport app shell now ends where the reserved margin begins.
    containedBody = {
      transform: body.style.getPropertyValue('transform'),
      priority: body.style.getPropertyPriority('transform'),
      minHeight: body.style.getPropertyValue('min-height'),
    };
    body.style.setProperty('transform', 'translateX(0)', 'important');
    if (!body.style.minHeight) body.style.setProperty('min-height', '100vh');
  };
  const releaseBody = () => {
    if (!containedBody || !body) return;
    if (containedBody.transform) body.style.setProperty('transform', containedBody.transform, containedBody.priority);
    else body.style.removeProperty('transform');
    if (!containedBody.minHeight) body.style.removeProperty('min-height');
    containedBody = null;
  };

  const remove = () => {
    frame.remove();
    releaseBody();
    if (previousMargin.value) html.style.setProperty('margin-right', previousMargin.value, previousMargin.priority);
    else html.style.removeProperty('margin-right');
  };
  signal.addEventListener('abort', remove, { once: true });

  return {
    element: frame,
    setLayout(next) {
      collapsed = next;
      apply();
    },
    toggleHidden() {
      hidden = !hidden;
      apply();
      // Hidden, the page gets its whole width back, fixed layouts included.
      if (hidden) releaseBody();
    },
    keepClearOf,
    isHidden: () => hidden,
    remove,
  };
}
