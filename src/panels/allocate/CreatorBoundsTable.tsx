import { useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { withCreatorBound } from './allocationOps';
import { OptionalNumberField } from '../fields/OptionalNumberField';

export interface CreatorBoundsTableProps {
  scenario: Scenario;
  /** receives the scenario with one bound changed: an undoable edit of the workspace */
  onChange(next: Scenario): void;
}

/** Each line item's minCreators and maxCreators in one table, the bounds the allocator keeps (docs/MODEL.md §8). */
export function CreatorBoundsTable({ scenario, onChange }: CreatorBoundsTableProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const f = fmt(scenario.currency);
  const items = scenario.lineItems;
  const heads = { item: t('allocate.bounds.item'), now: t('allocate.bounds.now'), min: t('allocate.bounds.min'), max: t('allocate.bounds.max') };
  return (
    <section className="card allocate-bounds" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('allocate.bounds.title')}</h3>
      <p className="allocate-hint" id={`${id}-hint`}>
        {t('allocate.bounds.hint')}
      </p>
      {items.length === 0 ? (
        <p>{t('allocate.bounds.none')}</p>
      ) : (
        <div className="allocate-table-scroll" role="region" aria-label={t('allocate.bounds.table')} tabIndex={0}>
          {/* The explicit roles keep it a table for screen readers when a phone shows its rows as cards (.stack-narrow). */}
          <table role="table" className="data-table stack-narrow allocate-bounds-table" aria-describedby={`${id}-hint`}>
            <caption className="visually-hidden">{t('allocate.bounds.table')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">
                  {heads.item}
                </th>
                <th role="columnheader" scope="col" className="num">
                  {heads.now}
                </th>
                <th role="columnheader" scope="col">
                  {heads.min}
                </th>
                <th role="columnheader" scope="col">
                  {heads.max}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {items.map((item) => {
                const name = item.label || item.id;
                // Each bound stays within the other, so the table can never make the file invalid.
                return (
                  <tr key={item.id} role="row">
                    <th role="rowheader" scope="row">
                      {name}
                    </th>
                    <td role="cell" className="num" data-label={heads.now}>
                      {f.number(item.creators)}
                    </td>
                    <td role="cell" data-label={heads.min}>
                      <OptionalNumberField
                        label={t('allocate.bounds.minOf', { item: name })}
                        labelHidden
                        value={item.minCreators}
                        onChange={(v) => onChange(withCreatorBound(scenario, item.id, 'minCreators', v))}
                        min={LIMITS.creators.min}
                        max={item.maxCreators ?? LIMITS.creators.max}
                        integer
                        emptyText="0"
                      />
                    </td>
                    <td role="cell" data-label={heads.max}>
                      <OptionalNumberField
                        label={t('allocate.bounds.maxOf', { item: name })}
                        labelHidden
                        value={item.maxCreators}
                        onChange={(v) => onChange(withCreatorBound(scenario, item.id, 'maxCreators', v))}
                        min={item.minCreators ?? LIMITS.creators.min}
                        max={LIMITS.creators.max}
                        integer
                        emptyText={t('allocate.bounds.noMax')}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
