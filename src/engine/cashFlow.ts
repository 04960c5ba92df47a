import { arrivalShares, horizonWeek, postsPerWeek } from './cashflow/arrivals';
import { projectPoint } from './point';
import type { Scenario } from './schema';
import type { CashFlowResult, CashFlowWeek, PointResult } from './types';
import { unitEconomics } from './unitEconomics';

/**
 * A break-even campaign can end a rounding error below zero after a hundred weekly additions;
 * that still counts as paid back. The slack is one cent, absolute: a slack relative to the spend
 * let a €30M plan that ends €30 down count as paid back.
 */
const PAYBACK_SLACK = 0.01;

/**
 * Weekly cash flow of the point projection and the payback week (docs/MODEL.md §6). Each line item's
 * median conversions and leads come from the point projection and are spread over the weeks by
 * `arrivalShares`, so the weekly series add up to the point totals. Callers that already hold the
 * point projection pass it, so a slider move projects once, not twice.
 */
export function projectCashFlow(scenario: Scenario, point: PointResult = projectPoint(scenario)): CashFlowResult {
  const { weeks, payoutDelayWeeks } = scenario.timing;
  const length = horizonWeek(weeks) + payoutDelayWeeks + 1;
  const cost = new Array<number>(length).fill(0);
  const netRevenue = new Array<number>(length).fill(0);
  const grossProfit = new Array<number>(length).fill(0);
  const add = (series: number[], week: number, amount: number) => {
    series[week] = (series[week] ?? 0) + amount;
  };

  cost[0] = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
  const sharesCache = new Map<string, number[]>();
  scenario.lineItems.forEach((item, i) => {
    const flows = point.lineItems[i];
    if (flows === undefined) return;
    const ue = unitEconomics(item, scenario.economics);
    add(cost, 0, ue.gifts);
    if (item.posts > 0)
      postsPerWeek(item.posts, weeks).forEach((count, week) => add(cost, week, (ue.fixedFees * count) / item.posts));

    const key = `${item.platform}:${item.posts}`;
    const shares = sharesCache.get(key) ?? arrivalShares(item.platform, item.posts, weeks);
    sharesCache.set(key, shares);
    // Tiers, a bonus or a cap (docs/MODEL.md §10): the typical case's performance payout is spread
    // like the conversions, its bonus earned in the campaign's last week, all scaled by the item's
    // capped / uncapped total so that the weeks add up to the typical case.
    const b = flows.payoutBreakdown;
    const uncapped = b.perAction + b.commission + b.perLead + b.bonuses;
    const capScale = ue.nonLinear === undefined || uncapped === 0 ? 1 : (uncapped - b.capSavings) / uncapped;
    if (ue.nonLinear !== undefined) add(cost, weeks + payoutDelayWeeks, b.bonuses * capScale);
    const spreadPayout = b.perAction + b.commission + b.perLead;
    shares.forEach((share, week) => {
      if (share === 0) return;
      const conversions = flows.conversions * share;
      const leads = flows.leads * share;
      add(netRevenue, week, conversions * ue.revenuePerConversion);
      add(grossProfit, week, conversions * ue.grossProfitPerConversion + leads * ue.grossProfitPerLead);
      const payout = ue.nonLinear === undefined ? conversions * ue.payoutPerConversion + leads * ue.payoutPerLead : spreadPayout * share * capScale;
      add(cost, week + payoutDelayWeeks, payout);
    });
  });

  let cumulativeProfit = 0;
  const series: CashFlowWeek[] = cost.map((c, week) => {
    const g = grossProfit[week] ?? 0;
    cumulativeProfit += g - c;
    return { week, cost: c, netRevenue: netRevenue[week] ?? 0, grossProfit: g, cumulativeProfit };
  });
  return { weeks: series, paybackWeek: paybackWeek(series) };
}

/**
 * The first week, at or after the first outlay, from which cumulative profit stays ≥ 0 to the
 * end of the series (docs/MODEL.md §6): a plan briefly ahead that then pays delayed commissions
 * into a loss has not paid back. Null when nothing is spent or the series ends below zero.
 */
export function paybackWeek(series: readonly CashFlowWeek[]): number | null {
  const firstOutlay = series.findIndex((w) => w.cost > 0);
  if (firstOutlay < 0) return null;
  let lastBelow = -1;
  for (let i = series.length - 1; i >= 0; i--)
    if ((series[i]?.cumulativeProfit ?? 0) < -PAYBACK_SLACK) {
      lastBelow = i;
      break;
    }
  if (lastBelow === series.length - 1) return null;
  return Math.max(firstOutlay, lastBelow + 1);
}
