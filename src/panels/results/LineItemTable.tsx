import { memo, useId, useMemo } from 'react';
import type { LineItemPoint } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { useScrollEdges } from '../shell/useScrollEdges';

export interface LineItemTableProps {
  /** line items of the point projection, in the scenario's order */
  lineItems: readonly LineItemPoint[];
  /** ISO currency of the scenario */
  currency: string;
}

interface Column {
  key: string;
  label: string;
  cell: (li: LineItemPoint) => string;
  tone?: (li: LineItemPoint) => string;
}

interface RowProps {
  li: LineItemPoint;
  columns: readonly Column[];
}

function RowImpl({ li, columns }: RowProps) {
  return (
    <tr>
      <th scope="row">{li.label || li.id}</th>
      {columns.map((c) => (
        <td key={c.key} className={c.tone?.(li) || undefined}>
          {c.cell(li)}
        </td>
      ))}
    </tr>
  );
}

/** Equal figures, equal row: each projection makes new objects, but a keystroke changes one line item, not all 100. */
const sameFigures = (a: LineItemPoint, b: LineItemPoint) => (Object.keys(a) as (keyof LineItemPoint)[]).every((k) => Object.is(a[k], b[k]));
const Row = memo(RowImpl, (a, b) => a.columns === b.columns && (a.li === b.li || sameFigures(a.li, b.li)));

/** Every line item with its volumes, payout, profit and the break-even figures a planner negotiates with. */
export function LineItemTable({ lineItems, currency }: LineItemTableProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const id = useId();
  const [scrollRef, edges] = useScrollEdges<HTMLDivElement>();
  const showLeads = lineItems.some((li) => li.leads > 0);
  const columns: Column[] = useMemo(() => [
    { key: 'impressions', label: t('results.table.impressions'), cell: (li) => f.count(li.impressions) },
    { key: 'reach', label: t('results.table.reach'), cell: (li) => f.count(li.reach) },
    { key: 'engagements', label: t('results.table.engagements'), cell: (li) => f.count(li.engagements) },
    { key: 'clicks', label: t('results.table.clicks'), cell: (li) => f.count(li.clicks) },
    { key: 'conversions', label: t('results.table.conversions'), cell: (li) => f.count(li.conversions) },
    ...(showLeads ? [{ key: 'leads', label: t('results.table.leads'), cell: (li: LineItemPoint) => f.count(li.leads) }] : []),
    { key: 'payout', label: t('results.table.payout'), cell: (li) => f.money(li.payout) },
    { key: 'profit', label: t('results.table.profit'), cell: (li) => f.money(li.profit), tone: (li) => (li.profit < 0 ? 'is-loss' : '') },
    { key: 'roi', label: t('results.table.roi'), cell: (li) => f.percent(li.roi), tone: (li) => (li.roi !== null && li.roi < 0 ? 'is-loss' : '') },
    { key: 'cpa', label: t('results.table.cpa'), cell: (li) => f.money(li.cpa) },
    { key: 'breakEvenRate', label: t('results.table.breakEvenRate'), cell: (li) => f.rate(li.breakEvenConversionRate) },
    { key: 'breakEvenFee', label: t('results.table.breakEvenFee'), cell: (li) => f.money(li.breakEvenFeePerPost) },
  ], [t, f, showLeads]);
  if (lineItems.length === 0) return <p className="results-empty">{t('results.table.empty')}</p>;
  return (
    <div className="card line-item-table">
      <h3 id={`${id}-title`} className="chart-title">
        {t('results.table.title')}
      </h3>
      <div className={`scroll-frame${edges.start ? ' has-more-start' : ''}${edges.end ? ' has-more-end' : ''}`}>
        <div ref={scrollRef} className="table-scroll" role="region" aria-label={t('results.table.region')} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('results.table.item')}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lineItems.map((li) => (
                <Row key={li.id} li={li} columns={columns} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p className="results-note">{t('results.table.note')}</p>
    </div>
  );
}
