import { fromSums, logMissedShare } from '../overlap';
import type { VolumeBlock } from './buffers';
import type { LineItemPlan } from './plan';
import type { CampaignTotals } from './totals';
import type { TermsPricer } from './termsPricer';

/**
 * The line items of one audience over a block of trials (docs/MODEL.md §5, audience overlap).
 * A trial's saturation φ is known only once every line item of the audience has been sampled, and
 * it scales all of their responses alike, so the responses are summed here unscaled and added to
 * the campaign totals times φ when the block is complete. Impressions and fixed costs are not
 * scaled and go to the totals directly.
 */
export class AudienceBlock {
  private readonly grossReach: Float64Array;
  private readonly logMissed: Float64Array;
  private readonly clicks: Float64Array;
  private readonly conversions: Float64Array;
  private readonly netRevenue: Float64Array;
  private readonly performanceCost: Float64Array;
  private readonly grossProfit: Float64Array;
  /** φ of every trial of the run, kept when per-line-item samples are kept (to scale them afterwards) */
  readonly saturation: Float64Array | null;
  /** φ of the block's trials, for the pricers of its line items' payout terms */
  private readonly phi: Float64Array;
  /** its line items with tiers, a bonus or a cap: priced per creator once φ is known (termsPricer.ts) */
  readonly pricers: TermsPricer[] = [];

  constructor(
    readonly size: number,
    block: number,
    trials: number,
    keepSaturation: boolean,
  ) {
    const array = () => new Float64Array(block);
    this.grossReach = array();
    this.logMissed = array();
    this.clicks = array();
    this.conversions = array();
    this.netRevenue = array();
    this.performanceCost = array();
    this.grossProfit = array();
    this.saturation = keepSaturation ? new Float64Array(trials) : null;
    this.phi = array();
  }

  /**
   * Adds a line item's trials t0..t0+n of the block (trials u0.. of the run). Each creator of the
   * group counts as reaching the group's mean reach per creator in that trial.
   */
  add(plan: LineItemPlan, volumes: VolumeBlock, t0: number, u0: number, n: number, totals: CampaignTotals): void {
    const { impressions, reach, clicks, conversions, leads } = volumes;
    const c = plan.creators, size = this.size;
    const rpc = plan.revenuePerConversion, ppc = plan.payoutPerConversion, gpc = plan.profitPerConversion;
    const ppl = plan.payoutPerLead, gpl = plan.profitPerLead;
    for (let t = 0; t < n; t++) {
      const b = t0 + t;
      const r = reach[t] as number;
      const conv = conversions[t] as number;
      const lead = leads[t] as number;
      this.grossReach[b] = (this.grossReach[b] as number) + r;
      this.logMissed[b] = (this.logMissed[b] as number) + logMissedShare(size, c, r);
      this.clicks[b] = (this.clicks[b] as number) + (clicks[t] as number);
      this.conversions[b] = (this.conversions[b] as number) + conv;
      this.netRevenue[b] = (this.netRevenue[b] as number) + conv * rpc;
      this.performanceCost[b] = (this.performanceCost[b] as number) + conv * ppc + lead * ppl;
      this.grossProfit[b] = (this.grossProfit[b] as number) + conv * gpc + lead * gpl;
    }
    totals.addUnscaled(impressions, plan.fixedCost, u0, n);
  }

  /** Adds the block's n trials, scaled by each trial's φ, to the totals at run trial u0, and clears the block. */
  flush(u0: number, n: number, totals: CampaignTotals): void {
    for (let b = 0; b < n; b++) {
      const gross = this.grossReach[b] as number;
      const { uniqueReach, saturation: phi } = fromSums(this.size, gross, this.logMissed[b] as number);
      if (this.saturation) this.saturation[u0 + b] = phi;
      this.phi[b] = phi;
      totals.addSaturated(
        u0 + b,
        uniqueReach,
        phi * (this.clicks[b] as number),
        phi * (this.conversions[b] as number),
        phi * (this.netRevenue[b] as number),
        phi * (this.performanceCost[b] as number),
        phi * (this.grossProfit[b] as number),
      );
    }
    for (const pricer of this.pricers) pricer.settle(0, n, this.phi, u0, totals);
    for (const array of [this.grossReach, this.logMissed, this.clicks, this.conversions, this.netRevenue, this.performanceCost, this.grossProfit])
      array.fill(0, 0, n);
  }
}
