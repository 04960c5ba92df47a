/** Result shapes of the engine (docs/MODEL.md §4–§7). Undefined metrics are `null`, never NaN or Infinity. */

export interface PayoutBreakdown {
  /** feePerPost · creators · posts */
  fixedFees: number;
  /** giftCost · creators */
  gifts: number;
  /** amountPerAction · payable conversions */
  perAction: number;
  /** commissionRate · payable · AOV · (1 − discount) */
  commission: number;
  /** amountPerLead · leads · trackedShare */
  perLead: number;
  /** v3: threshold bonuses earned, before the cap (docs/MODEL.md §10); 0 without a bonus */
  bonuses: number;
  /** v3: what the payout cap kept the brand from paying; 0 without a cap */
  capSavings: number;
}

export interface Volumes {
  impressions: number;
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  leads: number;
  netRevenue: number;
}

export interface UnitMetrics {
  roi: number | null;
  roas: number | null;
  cpm: number | null;
  cpe: number | null;
  cpc: number | null;
  cpa: number | null;
  cpl: number | null;
}

export interface LineItemPoint extends Volumes, UnitMetrics {
  id: string;
  label: string;
  payout: number;
  payoutBreakdown: PayoutBreakdown;
  /** netRevenue · grossMargin + leads · leadValue */
  grossProfit: number;
  profit: number;
  breakEvenConversionRate: number | null;
  breakEvenFeePerPost: number | null;
}

export interface CampaignTotals extends Volumes, UnitMetrics {
  payout: number;
  payoutBreakdown: PayoutBreakdown;
  overheads: number;
  cost: number;
  grossProfit: number;
  profit: number;
  mediaValue: number;
  breakEvenConversionMultiplier: number | null;
  /** v2: the scenario's budget, null without one */
  budget: number | null;
  /** v2: budget − cost (negative when over), null without a budget */
  budgetLeft: number | null;
  /** v2: impressions / reach, the times each person reached sees the content; null when reach = 0 */
  frequency: number | null;
}

/** One audience of the typical case (docs/MODEL.md §4, audience overlap). */
export interface AudiencePoint {
  id: string;
  label: string;
  size: number;
  /** Σ reach of its line items before overlap */
  grossReach: number;
  /** different people reached */
  reach: number;
  /** reach / grossReach: the factor by which its line items' responses are scaled */
  saturation: number;
  /** reach / size */
  penetration: number;
}

export interface PointResult {
  totals: CampaignTotals;
  lineItems: LineItemPoint[];
  /** v2: one entry per audience of the scenario, in file order */
  audiences: AudiencePoint[];
}

/** v3 appends `payout`: what the line items pay, the cost before overheads (docs/MODEL.md §7, §10). */
export const MC_METRICS = ['impressions', 'reach', 'clicks', 'conversions', 'netRevenue', 'cost', 'profit', 'roi', 'payout'] as const;
export type McMetric = (typeof MC_METRICS)[number];

export interface Summary {
  mean: number | null;
  sd: number | null;
  p5: number | null;
  p50: number | null;
  p95: number | null;
}

/** Per-trial campaign totals, kept when asked for (histograms, comparisons, audit export). */
export type McSamples = Record<McMetric, Float64Array>;

export interface MonteCarloResult {
  trials: number;
  seed: number;
  metrics: Record<McMetric, Summary>;
  probabilityOfLoss: number;
  /** v2: share of trials whose cost exceeds the budget; null without a budget */
  probabilityOverBudget: number | null;
  /**
   * v3: one entry per line item with non-linear payout terms (a bonus, commission tiers or a cap),
   * in file order; absent when no line item has such terms (docs/MODEL.md §10).
   */
  lineItemTerms?: LineItemTermsSummary[];
  samples?: McSamples;
}

/** What a line item's non-linear payout terms cost, averaged over the trials (docs/MODEL.md §10). */
export interface LineItemTermsSummary {
  id: string;
  /** mean over trials of the share of the line item's creators that reach the bonus: the chance a creator reaches it; null without a bonus */
  bonusShare: number | null;
  /** mean over trials of the bonuses earned, before the cap */
  bonuses: number;
  /** mean over trials of what the cap kept the brand from paying; 0 without a cap */
  capSavings: number;
  /** mean over trials of the line item's payout (fees, gifts and capped performance) */
  payout: number;
}

export interface CashFlowWeek {
  week: number;
  cost: number;
  netRevenue: number;
  grossProfit: number;
  cumulativeProfit: number;
}

export interface CashFlowResult {
  weeks: CashFlowWeek[];
  paybackWeek: number | null;
}
