import type { FlagRecord } from '@/lib/db';
import type { StatsSummary } from '@/lib/stats/aggregate';
import { CATEGORY_LABELS } from '@/components/sidebar/labels';
import { DeflectionsOverTime, PersistingCategories, ScoreOverTime, SuggestionAcceptance } from './charts/StatsCharts';
import { figure, percent, repLabel } from './format';
import { QueryControls } from './QueryControls';
import { useDashboard } from './store';

// The manager's view of the period: headline figures, the four charts, the team table and the
// most flagged canned responses. Figures come from lib/stats' aggregate(); nothing is computed here.

/** Below this many replies a rate swings with every reply; say so instead of hiding the figures. */
const FEW_REPLIES = 10;

function Headline({ summary }: { summary: StatsSummary }) {
  const items: [string, string, string][] = [
    ['replies', 'Replies sent', figure(summary.replies)],
    ['deflections-at-send', 'Deflections per 100 replies at send', figure(summary.deflectionsPer100AtSend)],
    ['deflections-at-first', 'Deflections per 100 found while drafting', figure(summary.deflectionsPer100AtFirst)],
    ['score-at-send', 'Mean ownership score at send', figure(summary.meanScoreAtSend)],
    ['flagged-sent', 'Replies holding a flagged canned response', figure(summary.flaggedCannedSent)],
  ];
  return (
    <dl className="dashboard-headline">
      {items.map(([testId, label, value]) => (
        <div key={testId} className="dashboard-headline__item">
          <dt>{label}</dt>
          <dd data-testid={`figure-${testId}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function RepTable({ summary }: { summary: StatsSummary }) {
  return (
    <section aria-labelledby="reps-heading">
      <h3 id="reps-heading">By rep</h3>
      <table className="dashboard-table" data-testid="rep-table">
        <thead>
          <tr>
            <th scope="col">Rep</th>
            <th scope="col">Replies</th>
            <th scope="col">Deflections per 100 at send</th>
            <th scope="col">Mean score at worst</th>
            <th scope="col">Mean score at send</th>
            <th scope="col">Suggestions accepted</th>
          </tr>
        </thead>
        <tbody>
          {summary.reps.map((r) => (
            <tr key={r.rep}>
              <th scope="row">{repLabel(r.rep)}</th>
              <td>{r.replies}</td>
              <td>{figure(r.deflectionsPer100)}</td>
              <td>{figure(r.meanScoreAtFirst)}</td>
              <td>{figure(r.meanScoreAtSend)}</td>
              <td>{percent(r.acceptance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TopFlags({ flags }: { flags: FlagRecord[] }) {
  const top = flags.slice(0, 10);
  return (
    <section aria-labelledby="flags-heading">
      <h3 id="flags-heading">Most flagged canned responses</h3>
      {top.length === 0 ? (
        <p className="dashboard-hint">No canned response has been flagged yet. Reps flag one from the sidebar when a macro deflects.</p>
      ) : (
        <ol className="dashboard-flags" data-testid="top-flags">
          {top.map((flag) => (
            <li key={flag.id}>
              <span className="dashboard-flags__count">
                {flag.count} {flag.count === 1 ? 'flag' : 'flags'}
              </span>{' '}
              {flag.macroName ? <strong>{flag.macroName}: </strong> : null}
              <q>{flag.text.length > 160 ? `${flag.text.slice(0, 160)}…` : flag.text}</q>
              {flag.reason.category ? <span className="dashboard-hint"> — {CATEGORY_LABELS[flag.reason.category]}</span> : null}
              <span className="dashboard-hint"> ({flag.status === 'approved' ? 'rewrite approved' : flag.status})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function StatsSection() {
  const status = useDashboard((s) => s.status);
  const loadError = useDashboard((s) => s.loadError);
  const summary = useDashboard((s) => s.summary);
  const flags = useDashboard((s) => s.flags);
  const timeZone = useDashboard((s) => s.timeZone);
  const filters = useDashboard((s) => s.filters);
  const filtered = filters.site !== undefined || filters.rep !== undefined || filters.category !== undefined;

  return (
    <>
      <QueryControls />
      <div aria-live="polite" aria-busy={status === 'loading'}>
        {status === 'failed' ? (
          <p role="alert" className="dashboard-error">
            The statistics could not be read: {loadError}
          </p>
        ) : !summary ? (
          <p role="status">Reading the statistics…</p>
        ) : summary.replies === 0 ? (
          <p className="dashboard-empty" data-testid="stats-empty">
            {filtered
              ? 'No replies match these filters in this period. Clear a filter or choose a longer period.'
              : 'No replies recorded in this period yet — OwnUp counts a reply when you send it.'}
          </p>
        ) : (
          <>
            <Headline summary={summary} />
            {summary.replies < FEW_REPLIES ? (
              <p className="dashboard-hint" data-testid="few-replies">
                Only {summary.replies} {summary.replies === 1 ? 'reply' : 'replies'} so far: each new reply still moves these figures a lot.
              </p>
            ) : null}
            <div className="dashboard-charts">
              <DeflectionsOverTime summary={summary} timeZone={timeZone} />
              <ScoreOverTime summary={summary} timeZone={timeZone} />
              <PersistingCategories summary={summary} />
              <SuggestionAcceptance summary={summary} />
            </div>
            {summary.reps.length > 1 ? <RepTable summary={summary} /> : null}
          </>
        )}
      </div>
      <TopFlags flags={flags} />
    </>
  );
}
