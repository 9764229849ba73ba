import { useMemo } from 'react';
import { Bar, Line } from 'react-chartjs-2';
import type { ChartOptions } from 'chart.js';
import { CATEGORY_IDS, TIER_IDS } from '@/lib/analysis/taxonomy';
import type { StatsSummary } from '@/lib/stats/aggregate';
import { CATEGORY_LABELS, TIER_LABELS } from '@/components/sidebar/labels';
import { dayLabel, figure, percent } from '../format';
import { ChartFigure } from './ChartFigure';
import { chartTheme, registerCharts } from './register';

// The four charts of issue 8, each with a caption and a text alternative (ChartFigure).

registerCharts();

/**
 * `counts`: the y axis counts things (findings), so its ticks are whole numbers; with one reply
 * Chart.js labelled it 0, 0.2 … 1.0 findings.
 */
export function baseOptions(yTitle: string, max?: number, counts = false): ChartOptions<'line' | 'bar'> {
  const theme = chartTheme();
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Figures, not a show: no animation (and nothing moving for reps who asked for less motion).
    animation: false,
    // Room for the last day's point, which sits on the plot's right edge and was cut in half.
    layout: { padding: { right: 8, top: 6 } },
    plugins: { legend: { labels: { color: theme.text } } },
    scales: {
      x: { ticks: { color: theme.text }, grid: { color: theme.grid } },
      y: {
        beginAtZero: true,
        max,
        title: { display: true, text: yTitle, color: theme.text },
        ticks: { color: theme.text, ...(counts ? { precision: 0 } : {}) },
        grid: { color: theme.grid },
      },
    },
  };
}

export function DeflectionsOverTime({ summary, timeZone }: { summary: StatsSummary; timeZone: string }) {
  const theme = chartTheme();
  const labels = summary.days.map((d) => dayLabel(d.day, timeZone));
  const withReplies = summary.days.filter((d) => d.replies > 0);
  return (
    <ChartFigure
      id="deflections"
      caption="Deflections per 100 replies, by day (still in the reply when it was sent)"
      summary={`Over the period: ${figure(summary.deflectionsPer100AtSend)} deflections per 100 replies at send, ${figure(summary.deflectionsPer100AtFirst)} found while drafting; ${withReplies.length} of ${summary.days.length} days had replies.`}
      table={{ columns: ['Day', 'Replies', 'Deflections per 100'], rows: withReplies.map((d) => [dayLabel(d.day, timeZone), d.replies, figure(d.deflectionsPer100)]) }}
    >
      <Line
        options={baseOptions('per 100 replies') as ChartOptions<'line'>}
        data={{ labels, datasets: [{ label: 'Deflections per 100 replies', data: summary.days.map((d) => d.deflectionsPer100), borderColor: theme.series[0], backgroundColor: theme.series[0], spanGaps: true }] }}
      />
    </ChartFigure>
  );
}

export function ScoreOverTime({ summary, timeZone }: { summary: StatsSummary; timeZone: string }) {
  const theme = chartTheme();
  const withReplies = summary.days.filter((d) => d.replies > 0);
  return (
    <ChartFigure
      id="score"
      caption="Ownership score at send, daily mean (0–100, higher is better)"
      summary={`Mean score at send ${figure(summary.meanScoreAtSend)}; the drafts at their worst averaged ${figure(summary.meanScoreAtFirst)}.`}
      table={{ columns: ['Day', 'Replies', 'Mean score at send'], rows: withReplies.map((d) => [dayLabel(d.day, timeZone), d.replies, figure(d.meanScoreAtSend)]) }}
    >
      <Line
        options={baseOptions('score', 100) as ChartOptions<'line'>}
        data={{
          labels: summary.days.map((d) => dayLabel(d.day, timeZone)),
          datasets: [{ label: 'Mean score at send', data: summary.days.map((d) => d.meanScoreAtSend), borderColor: theme.series[0], backgroundColor: theme.series[0], spanGaps: true }],
        }}
      />
    </ChartFigure>
  );
}

export function PersistingCategories({ summary }: { summary: StatsSummary }) {
  const theme = chartTheme();
  const rows = summary.categories.filter((c) => c.atFirst > 0 || c.atSend > 0);
  const top = rows[0];
  return (
    <ChartFigure
      id="persistence"
      caption="Deflections that persist: found while drafting vs. still in the sent reply, by category"
      summary={top ? `${CATEGORY_LABELS[top.category]} persists most: ${top.atSend} of ${top.atFirst} found were still sent.` : 'No deflections were found in this period.'}
      table={{
        columns: ['Category', 'Found while drafting', 'Still sent', 'Share still sent'],
        rows: rows.map((c) => [CATEGORY_LABELS[c.category], c.atFirst, c.atSend, percent(c.persistence)]),
      }}
    >
      <Bar
        options={baseOptions('findings', undefined, true) as ChartOptions<'bar'>}
        data={{
          labels: rows.map((c) => CATEGORY_LABELS[c.category]),
          datasets: [
            { label: 'Found while drafting', data: rows.map((c) => c.atFirst), backgroundColor: theme.series[0] },
            { label: 'Still in the sent reply', data: rows.map((c) => c.atSend), backgroundColor: theme.series[1] },
          ],
        }}
      />
    </ChartFigure>
  );
}

const pct = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 100));

export function SuggestionAcceptance({ summary }: { summary: StatsSummary }) {
  const theme = chartTheme();
  const rows = useMemo(
    () => [
      ...CATEGORY_IDS.map((id) => ({ label: CATEGORY_LABELS[id], kind: 'Rewrite', ...summary.acceptanceByCategory[id] })),
      ...TIER_IDS.map((id) => ({ label: `Reply: ${TIER_LABELS[id]}`, kind: 'Recovery tier', ...summary.acceptanceByTier[id] })),
    ].filter((row) => row.shown > 0),
    [summary],
  );
  const shown = rows.reduce((n, r) => n + r.shown, 0);
  const applied = rows.reduce((n, r) => n + r.applied, 0);
  return (
    <ChartFigure
      id="acceptance"
      caption="Suggestion acceptance: share of suggestions shown that the rep applied, by category and by recovery tier"
      summary={shown ? `${applied} of ${shown} suggestions shown were applied (${percent(applied / shown)}).` : 'No suggestions were shown in this period.'}
      table={{
        columns: ['Suggestion', 'Shown', 'Applied', 'Dismissed', 'Accepted'],
        rows: rows.map((r) => [r.label, r.shown, r.applied, r.dismissed, percent(r.rate)]),
      }}
    >
      <Bar
        options={{ ...(baseOptions('% applied', 100) as ChartOptions<'bar'>), skipNull: true }}
        data={{
          labels: rows.map((r) => r.label),
          // Two series so the legend names both colours; each bar belongs to one of them.
          datasets: [
            { label: 'Rewrites: % applied', data: rows.map((r) => (r.kind === 'Rewrite' ? pct(r.rate) : null)), backgroundColor: theme.series[0] },
            { label: 'Recovery replies: % applied', data: rows.map((r) => (r.kind === 'Rewrite' ? null : pct(r.rate))), backgroundColor: theme.series[1] },
          ],
        }}
      />
    </ChartFigure>
  );
}
