import { z } from 'zod';
import { NOTE_TEXT_MAX_BYTES, formatBytes, utf8Bytes } from '../limits';
import { CustomerKey, EpochMs, RowStamps, SiteName, TicketKey } from './common';

export const NOTE_TAGS = ['context', 'preference', 'personal', 'risk'] as const;
export const NoteTag = z.enum(NOTE_TAGS);
export type NoteTag = z.infer<typeof NoteTag>;

export const NoteText = z.string().superRefine((text, ctx) => {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused without encoding it.
  const bytes = text.length > NOTE_TEXT_MAX_BYTES ? Math.max(text.length, utf8Bytes(text)) : utf8Bytes(text);
  if (bytes > NOTE_TEXT_MAX_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `note is ${formatBytes(bytes)}; notes are limited to ${formatBytes(NOTE_TEXT_MAX_BYTES)} — shorten it or split it`,
    });
  }
});

export const NoteRecord = z.strictObject({
  ...RowStamps,
  site: SiteName,
  customerKey: CustomerKey,
  customerName: z.string().max(200).optional(),
  customerEmail: z.string().max(320).optional(),
  ticketKey: TicketKey.optional(),
  ticketUrl: z.string().max(2048).optional(),
  text: NoteText,
  tags: z.array(NoteTag).refine((tags) => new Set(tags).size === tags.length, 'a tag appears twice'),
  pinned: z.boolean(),
  /** Set by softDelete(); the row stays so "undo" can bring it back, and backups keep it. */
  deletedAt: EpochMs.optional(),
});
export type NoteRecord = z.infer<typeof NoteRecord>;
