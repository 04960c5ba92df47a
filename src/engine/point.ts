import { breakEvenConversionMultiplier, breakEvenConversionRate, breakEvenFeePerPost } from './breakEven';
import { audienceSaturation } from './audiences';
import { lineItemAtRates, ratesFrom, saturatedFlows, sumBreakdown, type LineItemFlows } from './funnel';
import { mediaValue, unitMetrics } from './metrics';
import { rateMedian } from './distributions';
import type { LineItem, RateKind, Scenario } from './schema';
import type { CampaignTotals, LineItemPoint, PayoutBreakdown, PointResult, Volumes } from './types';
import { ratio, unitEconomics, type UnitEconomics } from './unitEconomics';

export interface PointOptions {
  /**
   * The value used for each rate of each line item; defaults to its median. Sensitivity analysis
   * passes e.g. one rate at its P5 or P95 (`rateAtZ`) and the others at their medians.
   */
  rateOf?: (item: LineItem, kind: RateKind) => number;
}

const medianOf = (item: LineItem, kind: RateKind): number => rateMedian(item[kind]);

/**
 * The point projection ("typical case", docs/MODEL.md §4): every input at its median, unless
 * overridden; then each audience's overlap scales the responses of its line items.
 */
export function projectPoint(scenario: Scenario, options: PointOptions = {}): PointResult {
  const rateOf = options.rateOf ?? medianOf;
  const unsaturated = scenario.lineItems.map((item) => {
    const economics = unitEconomics(item, scenario.economics);
    const flows = lineItemAtRates(item, economics, ratesFrom((kind) => rateOf(item, kind)));
    return { item, economics, flows };
  });
  const { saturationOf, audiences } = audienceSaturation(scenario, unsaturated.map(({ flows }) => flows.reach));
  const items = unsaturated.map(({ item, economics, flows }, i) => ({ item, economics, flows: saturatedFlows(flows, economics, saturationOf[i] ?? 1) }));
  return {
    totals: campaignTotals(scenario, items),
    lineItems: items.map(({ item, economics, flows }) => lineItemPoint(item, economics, flows)),
    audiences,
  };
}

function lineItemPoint(item: LineItem, economics: UnitEconomics, flows: LineItemFlows): LineItemPoint {
  return {
    id: item.id,
    label: item.label,
    ...flows,
    ...unitMetrics(flows, flows.payout, flows.profit),
    breakEvenConversionRate: breakEvenConversionRate(flows, economics),
    breakEvenFeePerPost: breakEvenFeePerPost(flows, item.creators, item.posts),
  };
}

const VOLUME_KEYS = ['impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads', 'netRevenue'] as const;
const BREAKDOWN_KEYS = ['fixedFees', 'gifts', 'perAction', 'commission', 'perLead', 'bonuses', 'capSavings'] as const;

function campaignTotals(
  scenario: Scenario,
  items: readonly { economics: UnitEconomics; flows: LineItemFlows }[],
): CampaignTotals {
  const volumes: Volumes = sumOver(VOLUME_KEYS, items.map(({ flows }) => flows));
  const payoutBreakdown: PayoutBreakdown = sumOver(BREAKDOWN_KEYS, items.map(({ flows }) => flows.payoutBreakdown));
  const payout = sumBreakdown(payoutBreakdown);
  const overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
  const cost = payout + overheads;
  const grossProfit = items.reduce((sum, { flows }) => sum + flows.grossProfit, 0);
  const profit = grossProfit - cost;
  return {
    ...volumes,
    payout,
    payoutBreakdown,
    overheads,
    cost,
    grossProfit,
    profit,
    ...unitMetrics(volumes, cost, profit),
    mediaValue: mediaValue(volumes.impressions, scenario.economics.mediaValueCpm),
    breakEvenConversionMultiplier: breakEvenConversionMultiplier(items, overheads),
    budget: scenario.budget ?? null,
    budgetLeft: scenario.budget === undefined ? null : scenario.budget - cost,
    frequency: ratio(volumes.impressions, volumes.reach),
  };
}

function sumOver<K extends string>(keys: readonly K[], records: readonly Record<K, number>[]): Record<K, number> {
  const sums = {} as Record<K, number>;
  for (const key of keys) sums[key] = records.reduce<number>((sum, record) => sum + record[key], 0);
  return sums;
}
