// Every site adapter, one line each (STYLE.md habit 1); the generic adapter last, as the fallback.
import { findGenericEditor, genericAdapter, isGenericSendAction } from './generic';
import { freshdeskAdapter } from './freshdesk';
import { frontAdapter } from './front';
import { gmailAdapter } from './gmail';
import { helpscoutAdapter } from './helpscout';
import { intercomAdapter } from './intercom';
import { outlookAdapter } from './outlook';
import type { SiteAdapter } from './types';
import { zendeskAdapter } from './zendesk';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  zendeskAdapter,
  gmailAdapter,
  outlookAdapter,
  freshdeskAdapter,
  helpscoutAdapter,
  frontAdapter,
  intercomAdapter,
  genericAdapter,
];

/**
 * The adapter for a page. Rule: the first specific adapter whose detect() claims the page; if
 * its own editor selectors find nothing while the generic adapter does find the rep's editor,
 * the site was redesigned: the generic adapter's editor finding and send detection take over,
 * the specific reader keeps reading what it still can (a ticket id from the URL), its context
 * lists every part it could not read, and its name says the layout was not recognized. When no
 * editor is on the page at all, the specific adapter is returned (the page is still loading;
 * the content script waits for an editor). No specific adapter: the generic one.
 */
export function pickAdapter(url: URL, doc: Document): SiteAdapter {
  const specific = SITE_ADAPTERS.find((a) => a.id !== 'generic' && a.detect(url, doc));
  if (!specific) return genericAdapter;
  if (specific.findEditor(doc) !== null || findGenericEditor(doc) === null) return specific;
  return withGenericEditor(specific);
}

function withGenericEditor(specific: SiteAdapter): SiteAdapter {
  return {
    ...specific,
    name: `${specific.name} (layout not recognized)`,
    findEditor: findGenericEditor,
    readContext(doc, url) {
      const context = specific.readContext(doc, url);
      // The editor was found generically; the specific parts still missing stay listed.
      return { ...context, unreadable: context.unreadable.filter((part) => part !== 'editor') };
    },
    isSendAction(event, editor) {
      return specific.isSendAction(event, editor) || isGenericSendAction(event, editor);
    },
  };
}

/** Match patterns for the content script's manifest entry: every adapter's, deduplicated. */
export function manifestMatches(): string[] {
  return [...new Set(SITE_ADAPTERS.flatMap((a) => a.matches))];
}
