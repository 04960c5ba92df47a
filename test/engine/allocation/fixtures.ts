import type { Scenario } from '../../../src/engine/schema';
import { buildScenario, type LineItemInput } from '../../fixtures/scenario';

type Range = { low: number; high: number } | number;

export interface ItemOptions {
  id: string;
  followers: number;
  fee: number;
  min?: number;
  max?: number;
  creators?: number;
  audience?: string;
  reach?: Range;
  click?: Range;
  conversion?: Range;
}

/** A hybrid line item (fee per post and 10% commission) with profitable round ranges. */
export function allocationItem(o: ItemOptions): LineItemInput {
  const item: LineItemInput = {
    id: o.id,
    tier: 'micro',
    platform: 'instagram',
    creators: o.creators ?? 1,
    followers: o.followers,
    posts: 2,
    reachRate: o.reach ?? { low: 0.1, high: 0.5 },
    engagementRate: 0.03,
    clickRate: o.click ?? { low: 0.005, high: 0.02 },
    conversionRate: o.conversion ?? { low: 0.03, high: 0.1 },
    payment: { model: 'hybrid', feePerPost: o.fee, commissionRate: 0.1 },
    minCreators: o.min ?? 0,
  };
  if (o.max !== undefined) item.maxCreators = o.max;
  if (o.audience !== undefined) item.audience = o.audience;
  return item;
}

export interface ScenarioOptions {
  budget?: number;
  trials?: number;
  seed?: number;
  audiences?: { id: string; size: number }[];
  allocation?: Scenario['allocation'];
  overheads?: number;
}

export function allocationScenario(items: ItemOptions[], o: ScenarioOptions = {}): Scenario {
  return buildScenario({
    name: 'Allocation fixture',
    ...(o.budget === undefined ? {} : { budget: o.budget }),
    economics: { averageOrderValue: 150, grossMargin: 0.55 },
    overheads: [{ label: 'Production', amount: o.overheads ?? 1500 }],
    simulation: { trials: o.trials ?? 2000, seed: o.seed ?? 3, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    ...(o.audiences ? { audiences: o.audiences } : {}),
    ...(o.allocation ? { allocation: o.allocation } : {}),
    lineItems: items.map(allocationItem),
  });
}

/** Every allocation within the bounds (each max given): the exhaustive search the allocator is held to. */
export function everyAllocation(bounds: readonly { min: number; max: number }[]): number[][] {
  let out: number[][] = [[]];
  for (const { min, max } of bounds) {
    const next: number[][] = [];
    for (const prefix of out) for (let c = min; c <= max; c++) next.push([...prefix, c]);
    out = next;
  }
  return out;
}
