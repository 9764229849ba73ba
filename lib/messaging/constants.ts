// The protocol's plain constants, in a module without zod: the content script that is loaded on
// every matching page imports these and must stay small (issue 3 bar: ≤ 20 KB gzipped). The
// schemas that use them are in protocol.ts, which re-exports them.

export const PORT_CONTENT = 'ownup/content';
export const PORT_SIDEBAR = 'ownup/sidebar';

/** Drafts above this are refused with a message rather than analyzed per keystroke (1 MB of UTF-16). */
export const MAX_DRAFT_CHARS = 1_000_000;
