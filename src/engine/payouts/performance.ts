import type { BonusMetric, PerformanceTerms } from './terms';

const enum Metric {
  Sales,
  Conversions,
  Leads,
}

const METRIC: Record<BonusMetric, Metric> = { sales: Metric.Sales, conversions: Metric.Conversions, leads: Metric.Leads };

/**
 * A line item's performance terms compiled once, so that the Monte Carlo and the allocator can
 * price millions of creator-trials without an object per call: `price` returns one creator's
 * capped performance payout and leaves its parts in the fields, overwritten by the next call.
 *
 * The operations and their order are creatorPayout's (terms.ts is built on this), so every
 * engine part gets the same numbers to the last bit. `correction` is what the non-linear terms
 * add to the linear payout (amountPerAction · payable + commissionRate · sales + amountPerLead ·
 * leads): the tiers' extra commission plus the bonus less the cap's saving. It is exactly 0 when
 * no tier is crossed, no bonus reached and the cap does not bind, so adding it to a linear total
 * leaves that total as it was.
 */
export class CompiledTerms {
  readonly linear: boolean;
  perAction = 0;
  commission = 0;
  perLead = 0;
  /** before the cap */
  bonus = 0;
  capSaving = 0;
  performance = 0;
  correction = 0;
  /** whether the last creator priced reached the bonus (false without one) */
  reached = false;

  private readonly amountPerAction: number;
  private readonly commissionRate: number;
  private readonly amountPerLead: number;
  private readonly tierFrom: Float64Array;
  /** rate_k − rate_{k−1}, rate_0 = commissionRate */
  private readonly tierStep: Float64Array;
  private readonly hasBonus: boolean;
  private readonly metric: Metric;
  private readonly threshold: number;
  private readonly amount: number;
  private readonly hasCap: boolean;
  private readonly cap: number;

  constructor(terms: PerformanceTerms) {
    this.amountPerAction = terms.amountPerAction ?? 0;
    this.commissionRate = terms.commissionRate ?? 0;
    this.amountPerLead = terms.amountPerLead ?? 0;
    const tiers = terms.commissionTiers ?? [];
    this.tierFrom = Float64Array.from(tiers, (t) => t.from);
    this.tierStep = Float64Array.from(tiers, (t, k) => t.rate - (k === 0 ? this.commissionRate : (tiers[k - 1] as (typeof tiers)[number]).rate));
    this.hasBonus = terms.bonus !== undefined;
    this.metric = METRIC[terms.bonus?.metric ?? 'sales'];
    this.threshold = terms.bonus?.threshold ?? Infinity;
    this.amount = terms.bonus?.amount ?? 0;
    this.hasCap = terms.payoutCap !== undefined;
    this.cap = terms.payoutCap ?? Infinity;
    this.linear = tiers.length === 0 && !this.hasBonus && !this.hasCap;
  }

  /** One creator's volumes over the campaign, after overlap: payable conversions, the sales commission is paid on, tracked leads. */
  price(payable: number, sales: number, leads: number): number {
    const perAction = this.amountPerAction * payable;
    let commission = this.commissionRate * sales;
    let extra = 0;
    const from = this.tierFrom, step = this.tierStep;
    for (let k = 0; k < from.length; k++) {
      const above = sales - (from[k] as number);
      if (above > 0) {
        const add = (step[k] as number) * above;
        commission += add;
        extra += add;
      }
    }
    const perLead = this.amountPerLead * leads;
    const value = this.metric === Metric.Sales ? sales : this.metric === Metric.Conversions ? payable : leads;
    const reached = this.hasBonus && value >= this.threshold;
    const bonus = reached ? this.amount : 0;
    const uncapped = perAction + commission + perLead + bonus;
    const performance = this.hasCap ? Math.min(this.cap, uncapped) : uncapped;
    const capSaving = uncapped - performance;
    this.perAction = perAction;
    this.commission = commission;
    this.perLead = perLead;
    this.bonus = bonus;
    this.capSaving = capSaving;
    this.performance = performance;
    this.correction = extra + bonus - capSaving;
    this.reached = reached;
    return performance;
  }
}

/** The compiled rule of a line item's payment (docs/MODEL.md §10). */
export function performanceOf(terms: PerformanceTerms): CompiledTerms {
  return new CompiledTerms(terms);
}
