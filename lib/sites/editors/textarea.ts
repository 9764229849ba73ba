// <textarea> and text <input>, including React-controlled ones. execCommand('insertText') is
// the one write that keeps the browser's native undo AND reaches React: the browser fires a
// trusted `input` event, so React's value tracker sees a real change (react/react#10135 is why
// `el.value = …` + a synthetic event does not). setRangeText or the prototype setter would reach
// React but lose undo (SITES.md §1), so when execCommand is refused we fall back to the clipboard.
import { planInsertion } from './insertion-plan';
import { REASON_GONE, REASON_READ_ONLY } from './rich-editor-strategy';
import { pollUntil } from './timing';
import type { EditorStrategy, InsertResult } from './types';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(el: HTMLElement): el is TextField {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

export const textareaStrategy: EditorStrategy = {
  kind: 'textarea',
  detect: isTextField,
  readText: (el) => (isTextField(el) ? el.value : ''),
  async insert(el, request): Promise<InsertResult> {
    const kind = 'textarea';
    if (!isTextField(el)) return { ok: false, kind, reason: 'Not a text field.' };
    if (!el.isConnected) return { ok: false, kind, reason: REASON_GONE };
    if (el.readOnly || el.disabled) return { ok: false, kind, reason: REASON_READ_ONLY };
    const caret = el.selectionStart === null ? null : { start: el.selectionStart, end: el.selectionEnd ?? el.selectionStart };
    const plan = planInsertion(el.value, request, caret);
    if (!plan.ok) return { ok: false, kind, reason: plan.reason };
    if (plan.after === plan.before) return { ok: true, kind };

    el.focus({ preventScroll: true });
    el.setSelectionRange(plan.start, plan.end);
    const accepted = el.ownerDocument.execCommand('insertText', false, request.text);
    // A controlled component may re-render in a later task; read until it settles.
    const value = await pollUntil(() => el.value, (v) => v === plan.after, 200);
    if (accepted && value === plan.after) return { ok: true, kind };
    if (value !== plan.before) {
      el.ownerDocument.execCommand('undo');
      const restored = await pollUntil(() => el.value, (v) => v === plan.before, 200);
      if (restored !== plan.before) {
        return { ok: false, kind, reason: 'The field changed the text unexpectedly; press Ctrl+Z in it to restore your draft.' };
      }
      return { ok: false, kind, reason: 'The field did not take the text as expected, so OwnUp undid its change.' };
    }
    return { ok: false, kind, reason: 'The field did not accept the text; nothing was written.' };
  },
};
