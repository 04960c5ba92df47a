import { useI18n } from '../../i18n/i18n';
import { lossSentence, rangeSentence } from '../compare/riskWords';
import { overBudgetSentence } from '../results/risk';
import type { ComparedScenario } from '../compare/useComparison';

export interface RiskStatementsProps {
  /** the compared scenarios with their runs */
  compared: readonly ComparedScenario[];
  /** index of the baseline in `compared` */
  baselineIndex: number;
}

/** One short paragraph per plan: the odds of losing money, the likely range, payback and the odds of beating the baseline. */
export function RiskStatements({ compared, baselineIndex }: RiskStatementsProps) {
  const { t, fmt } = useI18n();
  return (
    <ul className="present-risks">
      {compared.map((c, i) => {
        const f = fmt(c.scenario.currency);
        const mc = c.run?.result ?? null;
        const name = c.scenario.name;
        const lastWeek = c.cashFlow.weeks[c.cashFlow.weeks.length - 1]?.week ?? c.scenario.timing.weeks;
        const payback =
          c.cashFlow.paybackWeek === null ? t('results.risk.noPayback', { weeks: lastWeek }) : t('results.risk.payback', { week: c.cashFlow.paybackWeek });
        return (
          <li key={c.key}>
            <strong>{name}{i === baselineIndex ? ` (${t('compare.table.baseline')})` : ''}: </strong>
            {mc ? (
              <>
                <span className="present-risk-headline">{lossSentence(mc, t, f)}.</span> {rangeSentence(mc, t, f)} {payback}
                {c.scenario.budget !== undefined && mc.probabilityOverBudget !== null && ` ${overBudgetSentence(mc.probabilityOverBudget, mc.trials, t, f)}`}
                {c.beatsBaseline !== null && ` ${t('present.risk.beats', { pct: f.percent(c.beatsBaseline) })}`}
              </>
            ) : (
              t('present.risk.pending', { name })
            )}
          </li>
        );
      })}
    </ul>
  );
}
