import type { ReactNode } from 'react';

// A chart with its caption and its text alternative: a one-line summary everyone reads, and the
// chart's numbers as a table for screen readers (the canvas itself is hidden from them, since a
// drawing of bars says nothing to assistive technology).

export interface FigureTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartFigure(props: { id: string; caption: string; summary: string; table: FigureTable; children: ReactNode }) {
  const { id, caption, summary, table, children } = props;
  return (
    <figure className="dashboard-figure" aria-labelledby={`${id}-caption`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div className="dashboard-figure__canvas" aria-hidden="true">
        {children}
      </div>
      <p className="dashboard-figure__summary">{summary}</p>
      <table className="ui-visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
