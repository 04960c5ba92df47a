import { memo, useId, useMemo, useState } from 'react';
import type { Column } from '../../io/csv/columns';
import type { CsvRead } from '../../io/csv/parseCsvFile';
import type { Formatters } from '../../i18n/format';
import { csvProblemLine } from '../../i18n/csvText';
import { useI18n, type Translate } from '../../i18n/i18n';
import { cellIndexes, previewColumns, previewRows, type PreviewRow } from './previewRows';

export interface CsvRowsTableProps {
  /** the file as the reader gave it */
  read: CsvRead;
  fileName: string;
  /** currency the amounts are shown in: the target scenario's */
  currency: string;
}

/**
 * One page of rows at a time: a 20,000-row file shows 50 rows, so the preview opens as quickly as
 * a small one, and the rest are a keypress away. A table rather than a virtual list, so that a
 * screen reader reads it as one, with its column headers.
 */
export const PAGE_ROWS = 50;

const RATE_COLUMNS: ReadonlySet<Column> = new Set(['engagementRate', 'reachRate', 'clickRate', 'conversionRate', 'commissionRate']);
const MONEY_COLUMNS: ReadonlySet<Column> = new Set(['feePerPost', 'giftCost', 'amountPerAction']);

/** A value the reader accepted, in the planner's language: 3.5% as a percentage, a platform by its name. */
function shownValue(column: Column, value: unknown, t: Translate, f: Formatters): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    if (column === 'platform') return t(`editor.platformInLabel.${value as 'instagram'}`);
    if (column === 'tier') return t(`editor.tier.${value as 'micro'}`);
    return value;
  }
  if (typeof value !== 'number') return '';
  if (RATE_COLUMNS.has(column)) return f.rate(value);
  if (MONEY_COLUMNS.has(column)) return f.money(value);
  return f.number(value);
}

interface RowProps {
  row: PreviewRow;
  columns: readonly Column[];
  indexes: readonly number[];
  currency: string;
}

function RowImpl({ row, columns, indexes, currency }: RowProps) {
  const { t, lang, fmt } = useI18n();
  const f = fmt(currency);
  if (row.problems === null) {
    const values = row.read as unknown as Partial<Record<Column, unknown>>;
    return (
      <tr>
        <th scope="row">{row.row}</th>
        {columns.map((c) => (
          <td key={c}>{shownValue(c, values[c], t, f)}</td>
        ))}
        <td className="csv-status">{t('csvImport.table.ok')}</td>
      </tr>
    );
  }
  return (
    <tr className="is-refused">
      <th scope="row">{row.row}</th>
      {columns.map((c, i) => (
        <td key={c}>{row.cells[indexes[i] ?? -1] ?? ''}</td>
      ))}
      <td className="csv-status">
        <strong>{t('csvImport.table.refused')}</strong>
        <ul className="csv-reasons">
          {row.problems.map((p, i) => (
            <li key={i}>{csvProblemLine(p, t, lang)}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

const Row = memo(RowImpl);

/** The file's rows as read, refused ones highlighted with their reasons, paged. */
export function CsvRowsTable({ read, fileName, currency }: CsvRowsTableProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const id = useId();
  const columns = useMemo(() => previewColumns(read), [read]);
  const indexes = useMemo(() => cellIndexes(read, columns), [read, columns]);
  const all = useMemo(() => previewRows(read), [read]);
  const refused = useMemo(() => all.filter((r) => r.problems !== null), [all]);
  const [onlyRefused, setOnlyRefused] = useState(false);
  const [page, setPage] = useState(0);
  const shown = onlyRefused ? refused : all;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const current = Math.min(page, pages - 1);
  const from = current * PAGE_ROWS;
  const slice = shown.slice(from, from + PAGE_ROWS);
  const range = t('csvImport.table.range', { from: f.count(shown.length === 0 ? 0 : from + 1), to: f.count(from + slice.length), n: f.count(shown.length) });

  return (
    <div className="csv-rows">
      <div className="csv-rows-controls">
        {refused.length > 0 && (
          <label className="csv-only-refused">
            <input
              type="checkbox"
              checked={onlyRefused}
              onChange={(e) => {
                setOnlyRefused(e.target.checked);
                setPage(0);
              }}
            />
            {t('csvImport.table.onlyRefused')}
          </label>
        )}
        <span id={`${id}-range`} className="csv-range num" aria-live="polite">
          {range}
        </span>
        {pages > 1 && (
          <span className="csv-pager">
            <button type="button" className="btn btn-sm btn-ghost" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t('csvImport.table.previous')}
            </button>
            <button type="button" className="btn btn-sm btn-ghost" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t('csvImport.table.next')}
            </button>
          </span>
        )}
      </div>
      <div className="table-scroll csv-table-scroll" role="region" aria-label={t('csvImport.table.caption', { file: fileName })} tabIndex={0}>
        <table className="data-table csv-table" aria-describedby={`${id}-range`}>
          <caption className="visually-hidden">{t('csvImport.table.caption', { file: fileName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csvImport.table.row')}</th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {read.columns[c]}
                </th>
              ))}
              <th scope="col">{t('csvImport.table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {slice.map((row) => (
              <Row key={row.row} row={row} columns={columns} indexes={indexes} currency={currency} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
