// Documented size limits. A note is a rep's memory of a customer, not a file store: 64 KiB
// holds about 30 pages of text, far beyond any real note, and keeps one runaway paste (a whole
// mail thread, a log) from filling the extension's storage quota and slowing every search.

/** Largest note text, in UTF-8 bytes. */
export const NOTE_TEXT_MAX_BYTES = 64 * 1024;

/** A follow-up is a one-line promise ("send the replacement tracking number"). */
export const FOLLOWUP_TEXT_MAX_CHARS = 500;

/** Flagged canned responses are macros: a few paragraphs at most. */
export const FLAG_TEXT_MAX_CHARS = 20_000;

/** Flag history keeps the latest entries; `count` keeps the total (see schemas/flag.ts). */
export const FLAG_HISTORY_MAX_ENTRIES = 200;

const encoder = new TextEncoder();

/** UTF-8 size, because that, not the UTF-16 length, is what a rep's "KB" means. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
