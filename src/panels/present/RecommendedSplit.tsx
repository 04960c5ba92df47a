import { useAppStore, type AllocationRecord } from '../../store';
import { useI18n } from '../../i18n/i18n';
import { isMoneyObjective, objectiveOf, recordState } from '../allocate/allocationOps';
import { bindingSentences } from '../allocate/bindingWords';
import type { ComparedScenario } from '../compare/useComparison';

/** One compared plan's split, as the report shows it. */
export interface ShownSplit {
  c: ComparedScenario;
  record: AllocationRecord;
  applied: boolean;
}

/**
 * The budget allocator's recommended split of each compared plan that has one for its current
 * inputs (made in the Allocate view, kept in the store, never in the file). A plan made from another
 * plan's split is left out when that plan is shown with the same split.
 */
export function useRecommendedSplits(compared: readonly ComparedScenario[]): ShownSplit[] {
  const allocations = useAppStore((s) => s.allocations);
  const shown = compared.flatMap((c): ShownSplit[] => {
    const record = allocations[c.key];
    if (!record) return [];
    const state = recordState(record, c.scenario);
    return state === 'stale' ? [] : [{ c, record, applied: state === 'applied' }];
  });
  return shown.filter((s) => !(s.applied && s.record.applied?.as === 'new' && shown.some((o) => !o.applied && o.record.of === s.record.of)));
}

/** Each recommended split: who it is for and what it aims at, what limits it, and the creators per line item now → recommended. */
export interface RecommendedSplitProps {
  /** useRecommendedSplits of the compared plans */
  splits: readonly ShownSplit[];
}

export function RecommendedSplit({ splits }: RecommendedSplitProps) {
  const { t, fmt } = useI18n();
  return (
    <div className="present-splits">
      {splits.map(({ c, record, applied }) => {
        const { result } = record;
        const f = fmt(c.scenario.currency);
        const name = result.objective.name;
        const show = (v: number | null) => (isMoneyObjective(name) ? f.money(v) : f.number(v));
        const vars = { name: c.scenario.name, budget: f.money(result.settings.budget), objective: t(`allocate.report.aim.${name}`) };
        const change = t('allocate.objective.change', { objective: t(`allocate.objective.name.${name}`), before: show(objectiveOf(name, record.before)), after: show(result.objective.value) });
        return (
          <div key={c.key} className="present-split">
            <p>
              <strong>{t(applied ? 'allocate.report.applied' : 'allocate.report.intro', vars)}</strong> {bindingSentences(result, t, f).join(' ')} {change}
            </p>
            <div className="present-table-scroll" role="region" aria-label={t('allocate.report.table', { name: c.scenario.name })} tabIndex={0}>
              <table className="data-table present-options">
                <caption className="visually-hidden">{t('allocate.report.table', { name: c.scenario.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('allocate.table.item')}</th>
                    <th scope="col" className="num">
                      {t('allocate.table.creators')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.allocation.map((a, i) => (
                    <tr key={a.id}>
                      <th scope="row">{result.scenario.lineItems[i]?.label || a.id}</th>
                      <td className="num">{t('allocate.change', { before: f.number(a.was), after: f.number(a.creators) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </div>
  );
}
