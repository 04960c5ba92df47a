import type { ReactNode } from 'react';

export interface ChartDataTableRow {
  /** React key of the row */
  key: string | number;
  /** the row's name, read as its header */
  header: ReactNode;
  /** the values, in column order */
  cells: readonly ReactNode[];
}

export interface ChartDataTableProps {
  /** what the table shows; usually the chart's title */
  caption: string;
  /** column names, the row-header column first; none for a two-column name/value table */
  columns?: readonly string[];
  /** one row per data point */
  rows: readonly ChartDataTableRow[];
}

/** A chart's numbers as a table, the text alternative a screen reader can step through. */
export function ChartDataTable({ caption, columns, rows }: ChartDataTableProps) {
  return (
    <table>
      <caption>{caption}</caption>
      {columns && (
        <thead>
          <tr>
            {columns.map((name, i) => (
              <th scope="col" key={i}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
