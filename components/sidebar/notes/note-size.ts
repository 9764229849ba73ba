import { NOTE_TEXT_MAX_BYTES, formatBytes, utf8Bytes } from '@/lib/db';

/** Shown under the editor before saving; the repository refuses the same note anyway. */
export function noteSizeProblem(text: string): string | null {
  const bytes = text.length > NOTE_TEXT_MAX_BYTES ? Math.max(text.length, utf8Bytes(text)) : utf8Bytes(text);
  if (bytes <= NOTE_TEXT_MAX_BYTES) return null;
  return `This note is ${formatBytes(bytes)}; notes are limited to ${formatBytes(NOTE_TEXT_MAX_BYTES)}. Shorten it or split it.`;
}
