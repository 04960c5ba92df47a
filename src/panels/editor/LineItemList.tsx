import { memo, useCallback, useId } from 'react';
import type { Audience, Economics, LineItem, Scenario } from '../../engine/schema';
import type { TierConvention } from '../../engine/tiers';
import { useI18n } from '../../i18n/i18n';
import { LineItemCard } from './LineItemCard';
import { LIMITS } from '../../engine/limits';
import { addLineItem, duplicateLineItem, moveLineItem, removeLineItem, updateLineItem } from './lineItemOps';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface LineItemListProps {
  /** the scenario's line items, in order */
  lineItems: readonly LineItem[];
  /** the scenario's audiences, for each card's audience picker */
  audiences: readonly Audience[];
  /** currency code amounts are formatted in */
  currency: string;
  /** tier bounds the pickers show and the defaults use */
  convention: TierConvention;
  /** the scenario's economics, for the starting values of payment fields */
  economics: Economics;
  /** the scenario's notes, for where imported line items and calibrated ranges came from */
  meta: Scenario['meta'];
  /** applies an edit to the latest scenario; stable across renders */
  update: ScenarioUpdate;
}

/**
 * In a long list only this many cards, and the last (where "Add line item" puts a new one), start
 * unfolded: 500 unfolded cards are some 15,000 controls, which took the page seconds to lay out.
 */
export const UNFOLDED_CARDS = 20;

/** The line items as memoised cards, with add, duplicate, remove and reorder. */
function LineItemListImpl({ lineItems, audiences, currency, convention, economics, meta, update }: LineItemListProps) {
  const { t } = useI18n();
  const headingId = useId();
  const onUpdate = useCallback((id: string, fn: (item: LineItem) => LineItem) => update((s) => updateLineItem(s, id, fn)), [update]);
  const onMove = useCallback((id: string, delta: number) => update((s) => moveLineItem(s, id, delta)), [update]);
  const onRemove = useCallback((id: string) => update((s) => removeLineItem(s, id)), [update]);
  const onDuplicate = useCallback(
    (id: string) => update((s) => duplicateLineItem(s, id, (label) => t('editor.item.copyLabel', { label }))),
    [update, t],
  );
  const onAdd = () => update((s: Scenario) => addLineItem(s, 'micro', 'instagram', (n) => t('editor.item.untitled', { n })));

  return (
    <section className="editor-section line-item-list" aria-labelledby={headingId}>
      <div className="editor-section-head">
        <h3 id={headingId}>{t('editor.section.lineItems')}</h3>
        <span className="badge">{lineItems.length}</span>
      </div>
      {lineItems.length === 0 && <p className="editor-empty">{t('editor.lineItems.empty')}</p>}
      {lineItems.map((item, index) => (
        <LineItemCard
          key={item.id}
          item={item}
          index={index}
          isLast={index === lineItems.length - 1}
          defaultOpen={index < UNFOLDED_CARDS || index === lineItems.length - 1}
          audiences={audiences}
          currency={currency}
          convention={convention}
          economics={economics}
          meta={meta}
          onUpdate={onUpdate}
          onMove={onMove}
          onDuplicate={onDuplicate}
          onRemove={onRemove}
        />
      ))}
      <button type="button" className="btn btn-primary" disabled={lineItems.length >= LIMITS.lineItems.max} onClick={onAdd}>
        {t('editor.lineItems.add')}
      </button>
    </section>
  );
}

export const LineItemList = memo(LineItemListImpl);
