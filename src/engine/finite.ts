import type { CashFlowResult, MonteCarloResult, PointResult } from './types';

/**
 * Every figure the engine reports that is not a finite number, by path ("point.totals.cost").
 * The schema caps amounts and counts far above any campaign, so this list is empty for every
 * valid file; it is the last line of defence that turns an overflow into an error instead of a
 * report of `null` profit beside "none of the outcomes loses money" (docs/MODEL.md §4).
 * Ratios (ROI, CPM …) are left out: they are `null` by definition when undefined.
 */
export function nonFiniteFigures(result: { point: PointResult; cashFlow?: CashFlowResult; monteCarlo?: MonteCarloResult | null }): string[] {
  const found: string[] = [];
  const check = (path: string, value: number) => {
    if (!Number.isFinite(value)) found.push(path);
  };
  const { totals, lineItems } = result.point;
  for (const key of AMOUNT_KEYS) check(`point.totals.${key}`, totals[key]);
  for (const key of TOTALS_ONLY_KEYS) check(`point.totals.${key}`, totals[key]);
  lineItems.forEach((item, i) => {
    for (const key of AMOUNT_KEYS) check(`point.lineItems[${i}].${key}`, item[key]);
  });
  result.cashFlow?.weeks.forEach((w, i) => {
    check(`cashFlow.weeks[${i}].cost`, w.cost);
    check(`cashFlow.weeks[${i}].netRevenue`, w.netRevenue);
    check(`cashFlow.weeks[${i}].cumulativeProfit`, w.cumulativeProfit);
  });
  const mc = result.monteCarlo;
  if (mc && mc.trials > 0)
    for (const metric of MC_AMOUNTS) {
      const { mean, sd } = mc.metrics[metric];
      // summarize() leaves non-finite trials out; a null or infinite mean means none was left.
      if (mean === null || !Number.isFinite(mean) || sd === null || !Number.isFinite(sd)) found.push(`monteCarlo.metrics.${metric}`);
    }
  return found;
}

const AMOUNT_KEYS = ['impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'payout', 'grossProfit', 'profit'] as const;
const TOTALS_ONLY_KEYS = ['overheads', 'cost', 'mediaValue'] as const;
const MC_AMOUNTS = ['impressions', 'netRevenue', 'cost', 'profit'] as const;
