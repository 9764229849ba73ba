// The wire format between the content script (isolated world) and OwnUp's main-world script.
// Both directions travel as DOM CustomEvents whose `detail` is a JSON string (objects do not
// cross worlds; strings do). Everything on this wire is visible to, and forgeable by, the page:
// see README.md "Threat model". So the main world only ever reads the model text of the
// focused editor, and the content script treats every reply as untrusted
// data, parsed by zod and used only to *withhold* a success, never to act.
import * as z from 'zod/mini';

export const MAIN_WORLD_REQUEST_EVENT = 'ownup:main-world-request';
export const MAIN_WORLD_REPLY_EVENT = 'ownup:main-world-reply';
// The element to read is the focused editable (strategies leave the editor focused), found by
// following document.activeElement into same-origin frames; no marker is written into the
// editor's DOM, which ProseMirror and Lexical observe with MutationObservers.

export const ModelKind = z.enum(['ckeditor5', 'prosemirror', 'lexical', 'froala', 'tinymce', 'slate', 'draftjs', 'quill']);
export type ModelKind = z.infer<typeof ModelKind>;

export const MainWorldRequest = z.discriminatedUnion('op', [
  z.object({ op: z.literal('ping'), id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)) }),
  z.object({ op: z.literal('read-model'), id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)), kind: ModelKind }),
]);
export type MainWorldRequest = z.infer<typeof MainWorldRequest>;

export const MainWorldReply = z.object({
  id: z.string().check(z.maxLength(64)),
  /** The model's plain text, paragraphs joined by "\n"; null when no instance was found. */
  text: z.nullable(z.string().check(z.maxLength(2_000_000))),
});
export type MainWorldReply = z.infer<typeof MainWorldReply>;
