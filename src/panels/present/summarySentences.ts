import type { Translate } from '../../i18n/i18n';
import type { Formatters } from '../../i18n/format';
import type { ComparedScenario } from '../compare/useComparison';

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
  sentences.push(
    winner.paybackWeek === null ? t('present.summary.noPayback', { weeks: winner.lastWeek }) : t('present.summary.payback', { week: winner.paybackWeek }),
  );
  const other = options.filter((o) => o.currency !== baseline.currency);
  if (other.length > 0) sentences.push(t('present.summary.otherCurrency', { names: other.map((o) => o.name).join(', '), currency: baseline.currency }));
  return sentences;
}
