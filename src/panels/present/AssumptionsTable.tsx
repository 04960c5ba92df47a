import type { Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';

export interface AssumptionsTableProps {
  /** the compared scenarios, one column each */
  scenarios: readonly { key: string; scenario: Scenario }[];
  /** the seed every compared run used */
  seed: number;
  /** the trial count every compared run used */
  trials: number;
}

/** What each plan assumes, one column per scenario, so a reader can see why the numbers differ. */
export function AssumptionsTable({ scenarios, seed, trials }: AssumptionsTableProps) {
  const { t, fmt } = useI18n();
  const rows: [string, (s: Scenario) => string][] = [
    [t('present.assumptions.currency'), (s) => s.currency],
    [t('present.assumptions.lineItems'), (s) => fmt(s.currency).number(s.lineItems.length)],
    [t('present.assumptions.creators'), (s) => fmt(s.currency).number(s.lineItems.reduce((n, li) => n + li.creators, 0))],
    [t('present.assumptions.posts'), (s) => fmt(s.currency).number(s.lineItems.reduce((n, li) => n + li.creators * li.posts, 0))],
    [t('present.assumptions.weeks'), (s) => t('present.assumptions.weeksValue', { n: s.timing.weeks })],
    [t('present.assumptions.payoutDelay'), (s) => t('present.assumptions.weeksValue', { n: s.timing.payoutDelayWeeks })],
    [t('present.assumptions.aov'), (s) => fmt(s.currency).money(s.economics.averageOrderValue)],
    [t('present.assumptions.margin'), (s) => fmt(s.currency).percent(s.economics.grossMargin)],
    [t('present.assumptions.discount'), (s) => fmt(s.currency).percent(s.economics.discountRate)],
    [t('present.assumptions.returns'), (s) => fmt(s.currency).percent(s.economics.returnRate)],
    [t('present.assumptions.tracked'), (s) => fmt(s.currency).percent(s.economics.trackedShare)],
    [t('present.assumptions.overheads'), (s) => fmt(s.currency).money(s.overheads.reduce((n, o) => n + o.amount, 0))],
    [t('present.assumptions.simulation'), (s) => t('present.assumptions.simulationValue', { trials: fmt(s.currency).number(trials), seed })],
  ];
  return (
    <div className="present-table-scroll" role="region" aria-label={t('present.assumptions.region')} tabIndex={0}>
      <table className="data-table present-assumptions">
        <caption className="visually-hidden">{t('present.assumptions.title')}</caption>
        <thead>
          <tr>
            <td />
            {scenarios.map(({ key, scenario }) => (
              <th key={key} scope="col">
                {scenario.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {scenarios.map(({ key, scenario }) => (
                <td key={key}>{value(scenario)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
