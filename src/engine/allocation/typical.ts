import { audienceOverlap } from '../overlap';
import { lineItemAtRates, medianRates, saturatedFlows, sumBreakdown, type LineItemFlows, type Rates } from '../funnel';
import type { Scenario } from '../schema';
import { unitEconomics, type UnitEconomics } from '../unitEconomics';

/**
 * The typical-case cost (docs/MODEL.md §4) of an allocation, as projectPoint computes it for the
 * allocated scenario (the same functions, terms and order), without building that scenario: each
 * line item's flows before overlap are made once per count, the overlap per call.
 */
export class TypicalCost {
  private readonly flows: Map<number, { economics: UnitEconomics; flows: LineItemFlows }>[];
  private readonly rates: Rates[];
  private readonly overheads: number;
  /** per audience, the indices of its line items */
  private readonly members: { size: number; items: number[] }[];

  constructor(private readonly scenario: Scenario) {
    this.flows = scenario.lineItems.map(() => new Map());
    this.rates = scenario.lineItems.map(medianRates);
    this.overheads = scenario.overheads.reduce((sum, o) => sum + o.amount, 0);
    this.members = (scenario.audiences ?? []).map((audience) => ({
      size: audience.size,
      items: scenario.lineItems.flatMap((item, i) => (item.audience === audience.id ? [i] : [])),
    }));
  }

  private at(i: number, count: number): { economics: UnitEconomics; flows: LineItemFlows } {
    const cache = this.flows[i] as Map<number, { economics: UnitEconomics; flows: LineItemFlows }>;
    let entry = cache.get(count);
    if (!entry) {
      const item = { ...(this.scenario.lineItems[i] as Scenario['lineItems'][number]), creators: count };
      const economics = unitEconomics(item, this.scenario.economics);
      entry = { economics, flows: lineItemAtRates(item, economics, this.rates[i] as Rates) };
      cache.set(count, entry);
    }
    return entry;
  }

  /** Payouts plus overheads of the typical case with these creator counts. */
  cost(counts: readonly number[]): number {
    const items = counts.map((c, i) => this.at(i, c));
    const saturation = counts.map(() => 1);
    for (const { size, items: members } of this.members) {
      const overlap = audienceOverlap(size, members.map((i) => ({ creators: counts[i] as number, reach: (items[i] as { flows: LineItemFlows }).flows.reach })));
      for (const i of members) saturation[i] = overlap.saturation;
    }
    const b = { fixedFees: 0, gifts: 0, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 };
    items.forEach(({ economics, flows }, i) => {
      const f = saturatedFlows(flows, economics, saturation[i] as number).payoutBreakdown;
      b.fixedFees += f.fixedFees;
      b.gifts += f.gifts;
      b.perAction += f.perAction;
      b.commission += f.commission;
      b.perLead += f.perLead;
      b.bonuses += f.bonuses;
      b.capSavings += f.capSavings;
    });
    return sumBreakdown(b) + this.overheads;
  }
}
