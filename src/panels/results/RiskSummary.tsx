import type { MonteCarloResult } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { lossOdds, overBudgetSentence } from './risk';

export interface RiskSummaryProps {
  /** the latest Monte Carlo result; null until the first run ends */
  monteCarlo: MonteCarloResult | null;
  /** first week whose cumulative profit is ≥ 0, or null */
  paybackWeek: number | null;
  /** last week of the cash-flow series, for "does not pay back within n weeks" */
  lastWeek: number;
  /** ISO currency of the scenario */
  currency: string;
  /** whether the scenario has a budget: a run from before it was removed says nothing about it */
  hasBudget?: boolean;
  /** extra class, e.g. to dim a stale result */
  className?: string;
}

/** The risk in the words a CFO would use: odds of losing money, the typical outcome and its range, and payback. */
export function RiskSummary({ monteCarlo: mc, paybackWeek, lastWeek, currency, hasBudget = false, className }: RiskSummaryProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const payback =
    paybackWeek === null ? t('results.risk.noPayback', { weeks: lastWeek }) : t('results.risk.payback', { week: paybackWeek });
  let odds: string | null = null;
  let range: string | null = null;
  if (mc) {
    const o = lossOdds(mc.probabilityOfLoss);
    const pct = f.percent(mc.probabilityOfLoss);
    odds =
      o.kind === 'oneIn'
        ? t('results.risk.oneIn', { n: o.n, pct })
        : o.kind === 'share'
          ? t(o.likely ? 'results.risk.likely' : 'results.risk.share', { pct })
          : t(`results.risk.${o.kind}`, { trials: f.number(mc.trials) });
    const p = mc.metrics.profit;
    range = t('results.risk.range', { p50: f.money(p.p50), p5: f.money(p.p5), p95: f.money(p.p95) });
  }
  const overBudget = hasBudget && mc?.probabilityOverBudget != null ? mc.probabilityOverBudget : null;
  const danger = mc !== null && mc.probabilityOfLoss >= 0.2;
  return (
    <section className={`card risk-summary ${danger ? 'is-risky' : ''} ${className ?? ''}`.trim()} aria-label={t('results.risk.title')}>
      {odds ? <p className="risk-headline">{odds}</p> : <p className="risk-headline is-pending">{t('results.risk.pending')}</p>}
      {overBudget !== null && mc && (
        <p className={overBudget > 0.5 ? 'risk-budget is-likely' : 'risk-budget'}>{overBudgetSentence(overBudget, mc.trials, t, f)}</p>
      )}
      {range && <p>{range}</p>}
      <p>{payback}</p>
    </section>
  );
}
