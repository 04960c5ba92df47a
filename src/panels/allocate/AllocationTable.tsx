import type { AllocationResult } from '../../engine/allocation/types';
import type { PointResult } from '../../engine/types';
import type { Formatters } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { isMoneyObjective } from './allocationOps';

export interface AllocationTableProps {
  result: AllocationResult;
  /** the typical case of the scenario as it was before the allocation */
  before: PointResult;
  currency: string;
}

/** One creator's worth, per unit of currency: money for the profit objectives, a count for the others. */
function marginalText(value: number | null, result: AllocationResult, saved: boolean, t: Translate, f: Formatters): string {
  if (value === null) return t('allocate.marginal.none');
  const unit = f.moneyCompact(1);
  const money = isMoneyObjective(result.objective.name);
  const shown = money ? f.money(value) : f.count(value);
  return t(saved ? 'allocate.marginal.saved' : money ? 'allocate.marginal.money' : 'allocate.marginal.count', { value: shown, unit });
}

/**
 * The recommended creators line item by line item: before → after, their typical-case cost and
 * profit contribution, and what one creator more or fewer is worth (docs/MODEL.md §8, marginal).
 */
export function AllocationTable({ result, before, currency }: AllocationTableProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const after = result.result.point;
  const change = (a: string, b: string) => t('allocate.change', { before: a, after: b });
  // A line item the split empties costs "€0", not "€0.00": money() shows cents only for small sums that have them.
  const cash = (v: number | undefined) => (v === 0 ? f.moneyCompact(0) : f.money(v));
  // Each value column once: its header, and on a phone the label beside each of its values.
  const columns = [
    ['creators', t('allocate.table.creators')],
    ['cost', t('allocate.table.cost')],
    ['profit', t('allocate.table.profit')],
    ['addOne', t('allocate.table.addOne')],
    ['removeOne', t('allocate.table.removeOne')],
  ] as const;
  return (
    <>
      <div className="allocate-table-scroll" role="region" aria-label={t('allocate.table.caption')} tabIndex={0}>
        {/* The explicit roles keep it a table for screen readers when a phone shows its rows as cards (.stack-narrow). */}
        <table role="table" className="data-table stack-narrow allocate-result-table">
          <caption className="visually-hidden">{t('allocate.table.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                {t('allocate.table.item')}
              </th>
              {columns.map(([key, label]) => (
                <th role="columnheader" scope="col" className="num" key={key}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {result.allocation.map((a, i) => {
              const item = result.scenario.lineItems[i];
              const was = before.lineItems[i];
              const now = after.lineItems[i];
              const marginal = result.marginal[i];
              const moved = a.creators !== a.was;
              const cells = [
                change(f.number(a.was), f.number(a.creators)),
                change(cash(was?.payout), cash(now?.payout)),
                change(cash(was?.profit), cash(now?.profit)),
                marginalText(marginal?.addOne ?? null, result, false, t, f),
                marginalText(marginal?.removeOne ?? null, result, true, t, f),
              ];
              return (
                <tr key={a.id} role="row" className={moved ? 'is-changed' : undefined}>
                  <th role="rowheader" scope="row">
                    {item?.label || a.id}
                  </th>
                  {columns.map(([key, label], c) => (
                    <td role="cell" className="num" key={key} data-label={label}>
                      {cells[c]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="allocate-hint">{t('allocate.table.note', { unit: f.moneyCompact(1) })}</p>
    </>
  );
}
