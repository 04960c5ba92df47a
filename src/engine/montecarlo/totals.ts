import type { McMetric, McSamples, Summary } from '../types';
import { MC_METRICS } from '../types';
import { summarize } from '../summary';
import { overBudgetFrom } from '../budgetSlack';
import type { VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';

/** Per-trial numbers of one line item, in trial order; profit is before overheads. */
export interface LineItemSamples {
  id: string;
  impressions: Float64Array;
  reach: Float64Array;
  clicks: Float64Array;
  conversions: Float64Array;
  leads: Float64Array;
  payout: Float64Array;
  profit: Float64Array;
}

export function lineItemSamples(id: string, trials: number): LineItemSamples {
  const array = () => new Float64Array(trials);
  return { id, impressions: array(), reach: array(), clicks: array(), conversions: array(), leads: array(), payout: array(), profit: array() };
}

/** Copies a line item's volumes of trials u0..u0+n into its kept samples, with its payout and profit. */
export function keepLineItemSamples(plan: LineItemPlan, block: VolumeBlock, u0: number, n: number, keep: LineItemSamples): void {
  const { impressions, reach, clicks, conversions, leads } = block;
  keep.impressions.set(impressions.subarray(0, n), u0);
  keep.reach.set(reach.subarray(0, n), u0);
  keep.clicks.set(clicks.subarray(0, n), u0);
  keep.conversions.set(conversions.subarray(0, n), u0);
  keep.leads.set(leads.subarray(0, n), u0);
  priceKeptSamples(plan, keep, u0, n);
}

function priceKeptSamples(plan: LineItemPlan, keep: LineItemSamples, u0: number, n: number): void {
  const ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
  const ppl = plan.payoutPerLead, gpl = plan.profitPerLead, fixed = plan.fixedCost;
  for (let u = u0; u < u0 + n; u++) {
    const conv = keep.conversions[u] as number;
    const lead = keep.leads[u] as number;
    keep.payout[u] = conv * ppc + lead * ppl + fixed;
    keep.profit[u] = conv * gpc + lead * gpl - fixed;
  }
}

/** Scales a kept line item's responses by its audience's saturation of every trial, and prices them again. */
export function saturateKeptSamples(plan: LineItemPlan, keep: LineItemSamples, saturation: Float64Array): void {
  for (let u = 0; u < saturation.length; u++) {
    const phi = saturation[u] as number;
    keep.reach[u] = (keep.reach[u] as number) * phi;
    keep.clicks[u] = (keep.clicks[u] as number) * phi;
    keep.conversions[u] = (keep.conversions[u] as number) * phi;
    keep.leads[u] = (keep.leads[u] as number) * phi;
  }
  priceKeptSamples(plan, keep, 0, saturation.length);
}

/**
 * The campaign totals of every trial: the only full-length arrays a run keeps (unless asked for
 * per-line-item samples), since the summaries' percentiles need every trial.
 */
export class CampaignTotals {
  readonly impressions: Float64Array;
  readonly reach: Float64Array;
  readonly clicks: Float64Array;
  readonly conversions: Float64Array;
  readonly netRevenue: Float64Array;
  readonly cost: Float64Array;
  readonly profit: Float64Array;

  constructor(readonly trials: number) {
    this.impressions = new Float64Array(trials);
    this.reach = new Float64Array(trials);
    this.clicks = new Float64Array(trials);
    this.conversions = new Float64Array(trials);
    this.netRevenue = new Float64Array(trials);
    this.cost = new Float64Array(trials);
    this.profit = new Float64Array(trials);
  }

  /** Adds a line item's volumes of trials u0..u0+n, and their money, to the totals. */
  add(plan: LineItemPlan, block: VolumeBlock, u0: number, n: number, keep: LineItemSamples | null): void {
    const { impressions, reach, clicks, conversions, leads } = block;
    const rpc = plan.revenuePerConversion, ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
    const ppl = plan.payoutPerLead, gpl = plan.profitPerLead, fixed = plan.fixedCost;
    const tI = this.impressions, tR = this.reach, tC = this.clicks, tV = this.conversions;
    const tN = this.netRevenue, tS = this.cost, tP = this.profit;
    for (let t = 0; t < n; t++) {
      const u = u0 + t;
      const conv = conversions[t] as number;
      const lead = leads[t] as number;
      tI[u] = (tI[u] as number) + (impressions[t] as number);
      tR[u] = (tR[u] as number) + (reach[t] as number);
      tC[u] = (tC[u] as number) + (clicks[t] as number);
      tV[u] = (tV[u] as number) + conv;
      tN[u] = (tN[u] as number) + conv * rpc;
      tS[u] = (tS[u] as number) + (conv * ppc + lead * ppl + fixed);
      tP[u] = (tP[u] as number) + (conv * gpc + lead * gpl - fixed);
    }
    if (keep) keepLineItemSamples(plan, block, u0, n, keep);
  }

  /** Adds what audience overlap leaves unscaled, a line item's impressions and fixed costs, to trials u0..u0+n. */
  addUnscaled(impressions: Float64Array, fixed: number, u0: number, n: number): void {
    const tI = this.impressions, tS = this.cost, tP = this.profit;
    for (let t = 0; t < n; t++) {
      const u = u0 + t;
      tI[u] = (tI[u] as number) + (impressions[t] as number);
      tS[u] = (tS[u] as number) + fixed;
      tP[u] = (tP[u] as number) - fixed;
    }
  }

  /** Adds one trial's responses of an audience, already scaled by its saturation, to trial u. */
  addSaturated(u: number, reach: number, clicks: number, conversions: number, netRevenue: number, performanceCost: number, grossProfit: number): void {
    this.reach[u] = (this.reach[u] as number) + reach;
    this.clicks[u] = (this.clicks[u] as number) + clicks;
    this.conversions[u] = (this.conversions[u] as number) + conversions;
    this.netRevenue[u] = (this.netRevenue[u] as number) + netRevenue;
    this.cost[u] = (this.cost[u] as number) + performanceCost;
    this.profit[u] = (this.profit[u] as number) + grossProfit;
  }

  /**
   * Applies the overheads, derives ROI and summarises every metric. Without keepSamples the
   * summaries reorder the totals in place rather than copy them.
   */
  finish(
    overheads: number,
    keepSamples: boolean,
    budget: number | null = null,
  ): { metrics: Record<McMetric, Summary>; probabilityOfLoss: number; probabilityOverBudget: number | null; samples: McSamples } {
    const { trials, cost, profit } = this;
    const roi = new Float64Array(trials);
    // v3: what the line items pay, the cost before overheads (fees, gifts and capped performance payouts).
    const payout = cost.slice();
    let losses = 0;
    let overBudget = 0;
    const limit = budget === null ? Infinity : overBudgetFrom(budget);
    for (let t = 0; t < trials; t++) {
      const c = (cost[t] as number) + overheads;
      const p = (profit[t] as number) - overheads;
      cost[t] = c;
      profit[t] = p;
      roi[t] = c === 0 ? NaN : p / c;
      if (p < 0) losses++;
      if (c >= limit) overBudget++;
    }
    const samples: McSamples = { ...this.totals(), roi, payout };
    const work = keepSamples ? new Float64Array(trials) : null;
    const metrics = {} as Record<McMetric, Summary>;
    for (const metric of MC_METRICS) metrics[metric] = summarize(samples[metric], work ?? samples[metric]);
    return { metrics, probabilityOfLoss: losses / trials, probabilityOverBudget: budget === null ? null : overBudget / trials, samples };
  }

  private totals(): Omit<McSamples, 'roi' | 'payout'> {
    const { impressions, reach, clicks, conversions, netRevenue, cost, profit } = this;
    return { impressions, reach, clicks, conversions, netRevenue, cost, profit };
  }
}
