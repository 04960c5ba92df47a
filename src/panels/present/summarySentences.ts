import type { Translate } from '../../i18n/i18n';
import type { Formatters } from '../../i18n/format';
import type { ComparedScenario } from '../compare/useComparison';
import { overBudgetSentence } from '../results/risk';
import { isOverBudget, spendsWholeBudget } from '../../engine/budgetSlack';

/** What the summary needs of one option, all from the comparison already computed. */
export interface SummaryOption {
  name: string;
  currency: string;
  /** mean profit over the simulated outcomes; null while the run is under way */
  expectedProfit: number | null;
  /** P(profit > the baseline's) trial by trial; null for the baseline or before both runs end */
  beatsBaseline: number | null;
  chanceOfLoss: number | null;
  paybackWeek: number | null;
  lastWeek: number;
  /** the scenario's budget and its typical-case cost; null without a budget */
  budget: { amount: number; cost: number; overChance: number | null; trials: number } | null;
}

export function summaryOptions(compared: readonly ComparedScenario[]): SummaryOption[] {
  return compared.map((c) => ({
    name: c.scenario.name,
    currency: c.scenario.currency,
    expectedProfit: c.run?.result?.metrics.profit.mean ?? null,
    beatsBaseline: c.beatsBaseline,
    chanceOfLoss: c.run?.result?.probabilityOfLoss ?? null,
    paybackWeek: c.cashFlow.paybackWeek,
    lastWeek: c.cashFlow.weeks[c.cashFlow.weeks.length - 1]?.week ?? 0,
    budget:
      c.scenario.budget === undefined
        ? null
        : { amount: c.scenario.budget, cost: c.point.totals.cost, overChance: c.run?.result?.probabilityOverBudget ?? null, trials: c.run?.result?.trials ?? 0 },
  }));
}

/**
 * The executive summary in plain sentences: which option wins on expected profit, its chance to
 * beat the baseline, its chance of a loss and when its money comes back. Options in another
 * currency than the baseline cannot be ranked against it and are named as left out.
 */
export function executiveSummary(options: readonly SummaryOption[], baselineIndex: number, t: Translate, fmt: (currency: string) => Formatters): string[] {
  const baseline = options[baselineIndex];
  if (!baseline) return [];
  const comparable = options.filter((o) => o.currency === baseline.currency);
  if (comparable.some((o) => o.expectedProfit === null)) return [t('present.summary.pending')];
  const winner = comparable.reduce((best, o) => ((o.expectedProfit ?? -Infinity) > (best.expectedProfit ?? -Infinity) ? o : best), baseline);
  const f = fmt(baseline.currency);
  const profit = f.money(winner.expectedProfit);
  const sentences =
    winner === baseline
      ? [t('present.summary.baselineWins', { baseline: baseline.name, profit })]
      : [
          t('present.summary.wins', { name: winner.name, profit, baseline: baseline.name, baseProfit: f.money(baseline.expectedProfit) }),
          ...(winner.beatsBaseline === null ? [] : [t('present.summary.beats', { pct: f.percent(winner.beatsBaseline) })]),
        ];
  sentences.push(t('present.summary.loss', { pct: f.percent(winner.chanceOfLoss) }));
  if (winner.budget) sentences.push(...budgetSentences(winner.budget, t, f));
  sentences.push(
    winner.paybackWeek === null ? t('present.summary.noPayback', { weeks: winner.lastWeek }) : t('present.summary.payback', { week: winner.paybackWeek }),
  );
  const other = options.filter((o) => o.currency !== baseline.currency);
  if (other.length > 0) sentences.push(t('present.summary.otherCurrency', { names: other.map((o) => o.name).join(', '), currency: baseline.currency }));
  return sentences;
}

/** "In the typical case it costs €5,660, €340 under its €6,000 budget. 1 in 9 chance of spending more than the budget (11.1%)." */
function budgetSentences(budget: NonNullable<SummaryOption['budget']>, t: Translate, f: Formatters): string[] {
  const left = budget.amount - budget.cost;
  const vars = { cost: f.money(budget.cost), budget: f.money(budget.amount), amount: f.money(Math.abs(left)) };
  const typical = t(
    spendsWholeBudget(budget.cost, budget.amount) ? 'present.summary.wholeBudget' : isOverBudget(budget.cost, budget.amount) ? 'present.summary.overBudget' : 'present.summary.withinBudget',
    vars,
  );
  return budget.overChance === null ? [typical] : [typical, overBudgetSentence(budget.overChance, budget.trials, t, f)];
}
