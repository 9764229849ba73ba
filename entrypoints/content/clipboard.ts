// Where an insertion cannot be verified the rewrite goes to the clipboard so the rep can paste it
// (DESIGN.md "The rep's draft is never lost"). The async Clipboard API needs the page focused,
// which it often is not right after a click in the sidebar frame; the extension's
// `clipboardWrite` permission lets a content script use execCommand('copy') without a gesture.

export async function copyToClipboard(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithExecCommand(doc, text);
  }
}

function copyWithExecCommand(doc: Document, text: string): boolean {
  const previouslyFocused = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('data-ownup', 'clipboard');
  area.setAttribute('style', 'position:fixed !important;left:-9999px !important;top:0 !important;opacity:0 !important');
  doc.documentElement.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previouslyFocused?.focus?.({ preventScroll: true });
  }
}
