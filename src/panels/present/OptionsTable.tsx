import { useI18n } from '../../i18n/i18n';
import { termsText } from '../explorer/terms';
import { isOverBudget, spendsWholeBudget } from '../../engine/budgetSlack';
import type { ComparedScenario } from '../compare/useComparison';

export interface OptionsTableProps {
  compared: readonly ComparedScenario[];
  baselineIndex: number;
}

/** Each option as the planner built it: per creator group, tier, platform, creators and payment terms. */
export function OptionsTable({ compared, baselineIndex }: OptionsTableProps) {
  const { t, fmt } = useI18n();
  return (
    // Six columns do not fit a phone: the table scrolls sideways in its own box, reachable by keyboard.
    <div className="present-table-scroll" role="region" aria-label={t('present.options.table')} tabIndex={0}>
      <table className="data-table present-options">
        <caption className="visually-hidden">{t('present.options.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('present.options.option')}</th>
            <th scope="col">{t('present.options.group')}</th>
            <th scope="col">{t('present.options.tier')}</th>
            <th scope="col">{t('present.options.platform')}</th>
            <th scope="col" className="num">{t('present.options.creators')}</th>
            <th scope="col">{t('present.options.terms')}</th>
          </tr>
        </thead>
        <tbody>
          {compared.map((c, i) => {
            const f = fmt(c.scenario.currency);
            const items = c.scenario.lineItems;
            const title = `${c.scenario.name}${i === baselineIndex ? ` (${t('compare.table.baseline')})` : ''}`;
            const { budget, budgetLeft, cost } = c.point.totals;
            // The budget belongs to the option as planned: it reads under the option's name.
            const name =
              budget === null || budgetLeft === null ? (
                title
              ) : (
                <>
                  {title}
                  <span className={isOverBudget(cost, budget) ? 'present-option-budget is-over' : 'present-option-budget'}>
                    {t(spendsWholeBudget(cost, budget) ? 'present.options.wholeBudget' : isOverBudget(cost, budget) ? 'present.options.overBudget' : 'present.options.budget', {
                      budget: f.money(budget),
                      amount: f.money(Math.abs(budgetLeft)),
                    })}
                  </span>
                </>
              );
            if (items.length === 0)
              return (
                <tr key={c.key}>
                  <th scope="row">{name}</th>
                  <td colSpan={5}>{t('present.options.none')}</td>
                </tr>
              );
            return items.map((li, j) => (
              <tr key={`${c.key}-${li.id}`} className={j === 0 ? 'present-option-first' : undefined}>
                {j === 0 && (
                  <th scope="row" rowSpan={items.length}>
                    {name}
                  </th>
                )}
                <td>{li.label || li.id}</td>
                <td>{t(`editor.tier.${li.tier}`)}</td>
                <td>{t(`editor.platform.${li.platform}`)}</td>
                <td className="num">{t('present.options.creatorsValue', { n: f.number(li.creators), posts: f.number(li.posts) })}</td>
                <td>{termsText(li.payment, t, f)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
