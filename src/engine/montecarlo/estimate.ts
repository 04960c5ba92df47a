import type { LineItem, Scenario } from '../schema';
import { termsVolume } from '../payouts/termsPieces';
import { unitEconomics } from '../unitEconomics';
import { planLineItem, type LineItemPlan } from './plan';

/**
 * What a Monte Carlo run will cost, before it starts. A run's work is counted in the units its
 * progress is counted in: per trial, one unit for the campaign factors plus each line item's
 * `costPerTrial`, which its plan sets from the sampler it chose (creators + 1 for a group drawn
 * creator by creator, 1 for a group sum or a group that moves as one creator, more with payout
 * terms to price: plan.ts), and a quarter unit
 * for the percentiles at the end. Seconds follow from a throughput in units per second, which the
 * worker measures on the machine at hand; the default is what a shared 2-core machine managed on a 100-line-item plan (2.4–3.9 million units per second at a load average of 15–20).
 */
export const DEFAULT_UNITS_PER_SECOND = 3_000_000;

/** A run expected to take longer than this is offered with a cheaper choice before it starts. */
export const ASK_ABOVE_SECONDS = 20;

/** What the cheaper choice aims at: a run that answers in a few seconds. */
export const CHEAP_TARGET_SECONDS = 5;

/** Trial counts offered as the cheaper choice, largest first. */
export const CHEAPER_TRIALS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100] as const;

export interface RunEstimate {
  trials: number;
  workUnits: number;
  seconds: number;
}

/** The work units of a run of `trials` trials over these plans (the same count startMonteCarlo reports progress in). */
export function runWorkUnits(plans: readonly Pick<LineItemPlan, 'costPerTrial'>[], trials: number): number {
  return trials * (1 + plans.reduce((sum, p) => sum + p.costPerTrial, 0)) + trials / 4;
}

/**
 * A line item's cost per trial depends only on what picks its sampler: its rates, counts and the
 * creator correlation, and whether its payout terms bend and on which volume (termsVolume). Planning a large group searches for its tail split (up to ~100 ms), and
 * the page asks for the estimate on every edit, so a keystroke in one label must not plan the
 * other 99 line items again: costs are remembered by those inputs.
 */
const costByInputs = new Map<string, number>();
const COST_CACHE_SIZE = 5_000;

function costPerTrialOf(item: LineItem, index: number, scenario: Scenario): number {
  const nonLinear = unitEconomics(item, scenario.economics).nonLinear;
  const terms = nonLinear === undefined ? 'linear' : (termsVolume(nonLinear) ?? 'both');
  const key = JSON.stringify([item.reachRate, item.clickRate, item.conversionRate, item.leadRate, item.creators, item.posts, item.followers, scenario.simulation.creatorCorrelation, terms]);
  let cost = costByInputs.get(key);
  if (cost === undefined) {
    cost = planLineItem(item, index, scenario, false).costPerTrial;
    if (costByInputs.size >= COST_CACHE_SIZE) costByInputs.clear();
    costByInputs.set(key, cost);
  }
  return cost;
}

/** Work units per trial of a scenario, read from the sampler each line item's plan picks. */
export function unitsPerTrial(scenario: Scenario): number {
  const plans = scenario.lineItems.map((item, i) => ({ costPerTrial: costPerTrialOf(item, i, scenario) }));
  return runWorkUnits(plans, 1);
}

export function estimateRun(scenario: Scenario, unitsPerSecond: number, trials: number = scenario.simulation.trials): RunEstimate {
  return estimateAt(unitsPerTrial(scenario), unitsPerSecond, trials);
}

/** The estimate of `trials` trials of work `perTrial` units each (a scenario, or several run side by side). */
export function estimateAt(perTrial: number, unitsPerSecond: number, trials: number): RunEstimate {
  const workUnits = perTrial * trials;
  return { trials, workUnits, seconds: workUnits / Math.max(1, unitsPerSecond) };
}

/**
 * The largest listed trial count below the asked one whose run takes at most CHEAP_TARGET_SECONDS,
 * or the smallest listed count when even that takes longer; null when nothing smaller is listed.
 */
export function cheaperChoice(perTrial: number, unitsPerSecond: number, askedTrials: number): RunEstimate | null {
  const smaller = CHEAPER_TRIALS.filter((n) => n < askedTrials);
  const pick = smaller.find((n) => estimateAt(perTrial, unitsPerSecond, n).seconds <= CHEAP_TARGET_SECONDS) ?? smaller[smaller.length - 1];
  return pick === undefined ? null : estimateAt(perTrial, unitsPerSecond, pick);
}
