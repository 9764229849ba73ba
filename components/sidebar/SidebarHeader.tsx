import { useMemo } from 'react';
import type { Evidence } from '@/lib/analysis/types';
import { HintChip } from '@/components/ui/HintChip';
import { SIGNAL_LABELS, SITUATION_LABELS, UNREADABLE_LABELS, listInWords } from './labels';
import { useSidebar } from './store';

/** Webmail has conversations, not tickets: "Ticket 193a1b2c3d4e5f60" on a Gmail thread puzzled reps. */
const MAIL_SITES = new Set(['gmail', 'outlook']);

/** One chip per id, with every passage of the customer's message that raised it. */
function groupEvidence<Id extends string>(evidence: readonly Evidence<Id>[]): { id: Id; quotes: string[] }[] {
  const groups = new Map<Id, string[]>();
  for (const item of evidence) {
    const quotes = groups.get(item.id) ?? [];
    if (!quotes.includes(item.text)) quotes.push(item.text);
    groups.set(item.id, quotes);
  }
  return [...groups].map(([id, quotes]) => ({ id, quotes }));
}

function Quotes({ quotes, fallback }: { quotes: string[]; fallback: string }) {
  if (quotes.length === 0) return <>{fallback}</>;
  return (
    <>
      {quotes.map((quote, index) => (
        <q key={index} className="sidebar-quote">
          {quote}
        </q>
      ))}
    </>
  );
}

export function SidebarHeader() {
  const page = useSidebar((s) => s.page);
  const customer = useSidebar((s) => s.customer);
  const situations = useMemo(() => groupEvidence(customer?.result.situations ?? []), [customer]);
  const signals = useMemo(() => groupEvidence(customer?.result.signals ?? []), [customer]);

  if (!page) {
    return (
      <header className="sidebar-header">
        <p className="sidebar-muted">Waiting for the page…</p>
      </header>
    );
  }
  const { context } = page;
  const unreadable = context.unreadable.map((part) => UNREADABLE_LABELS[part]);

  return (
    <header className="sidebar-header">
      <p className="sidebar-site">{page.siteName}</p>
      <dl className="sidebar-identity">
        {context.customerName && (
          <div>
            <dt>Customer</dt>
            <dd data-testid="customer-name">{context.customerName}</dd>
          </div>
        )}
        {context.customerEmail && (
          <div>
            <dt>Email</dt>
            <dd data-testid="customer-email">{context.customerEmail}</dd>
          </div>
        )}
        {context.ticketId && (
          <div>
            <dt>{MAIL_SITES.has(context.site) ? 'Thread' : 'Ticket'}</dt>
            <dd data-testid="ticket-id">{context.ticketId}</dd>
          </div>
        )}
      </dl>
      {unreadable.length > 0 && (
        <p className="sidebar-unreadable">
          OwnUp can't read {listInWords(unreadable)} on this page.
        </p>
      )}
      {(situations.length > 0 || signals.length > 0) && (
        <div className="sidebar-chips ui-chip-group" aria-label="What the customer's message tells us" role="group">
          {situations.map(({ id, quotes }) => (
            <HintChip
              key={id}
              label={SITUATION_LABELS[id]}
              hint={<Quotes quotes={quotes} fallback="Nothing in the message points elsewhere." />}
              dataAttributes={{ 'data-testid': 'situation', 'data-id': id }}
            />
          ))}
          {signals.map(({ id, quotes }) => (
            <HintChip
              key={id}
              label={SIGNAL_LABELS[id]}
              tone="warning"
              hint={<Quotes quotes={quotes} fallback="" />}
              dataAttributes={{ 'data-testid': 'signal', 'data-id': id }}
            />
          ))}
        </div>
      )}
    </header>
  );
}
