import type { ComparisonRow } from '../../engine/compare';
import { useI18n } from '../../i18n/i18n';
import { formatDelta, formatMetric, formatShare } from './metricFormat';

export interface ComparisonColumn {
  /** stable key of the workspace entry */
  key: string;
  /** scenario name, the column heading */
  name: string;
  /** ISO currency the column's amounts are shown in */
  currency: string;
}

export interface ComparisonTableProps {
  /** one column per compared scenario, in order */
  columns: readonly ComparisonColumn[];
  /** rows from comparisonRows, cells aligned with `columns` */
  rows: readonly ComparisonRow[];
  /** which column is the baseline */
  baselineIndex: number;
}

/** The metrics side by side: values, change against the baseline, and the best of each row marked in words. */
export function ComparisonTable({ columns, rows, baselineIndex }: ComparisonTableProps) {
  const { t, fmt } = useI18n();
  return (
    // On a phone the table scrolls sideways: the keyboard must be able to reach and scroll it too.
    <div className="compare-table-wrap" role="region" aria-label={t('compare.table.region')} tabIndex={0}>
      <table className="data-table compare-table">
        <caption>{`${t('compare.table.caption')} ${t('compare.table.legend')}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.table.metric')}</th>
            {columns.map((c, i) => (
              <th key={c.key} scope="col">
                {c.name}
                {i === baselineIndex && <span className="compare-baseline-tag"> ({t('compare.table.baseline')})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // When every defined value is the same, "best" says nothing, so nothing is marked.
            const marks = row.cells.filter((c) => c.best).length < row.cells.filter((c) => c.value !== null).length;
            return (
              <tr key={row.key}>
                <th scope="row">
                  {t(`compare.metric.${row.key}`)}
                  {row.better !== 'neither' && <span className="compare-better">{t(row.better === 'higher' ? 'compare.table.higher' : 'compare.table.lower')}</span>}
                </th>
                {row.cells.map((cell, i) => {
                  const column = columns[i];
                  if (!column) return null;
                  const f = fmt(column.currency);
                  return (
                    <td key={column.key} className={cell.best && marks ? 'is-best' : undefined} data-testid={`cell-${row.key}-${i}`}>
                      <span className="compare-value">{formatMetric(row.key, cell.value, f)}</span>
                      {cell.best && marks && <span className="compare-best"> {t('compare.table.bestMark')}</span>}
                      {i !== baselineIndex && (
                        <span className="compare-delta">
                          {t('compare.table.delta', { abs: formatDelta(row.key, cell.delta, f), pct: formatShare(cell.deltaShare, f) })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
