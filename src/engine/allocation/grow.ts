import { fitsBudget } from '../budgetSlack';
import type { Scenario } from '../schema';
import { summarize } from '../summary';
import { FRONTIER_SHARES, MAIN } from './frontier';
import { Judge, type Judgement } from './judge';
import type { PathPoint } from './paths';
import { greedy } from './search';
import { boundsOf, type AllocationSettings } from './settings';
import { StepMemo } from './steps';
import type { FrontierPoint } from './types';

/**
 * Where the search path's frontier above the budget grows from (docs/MODEL.md §8): the budget's
 * allocation and the budget rule's cost of the minimums. The points above are a function of this,
 * the scenario and the settings alone, so that they can be grown on another worker while the
 * budget's own figures are still being read, and come out the same as grown here.
 */
export interface GrowFrom {
  counts: number[];
  baseCost: number;
}

export const sameGrowth = (a: GrowFrom, b: GrowFrom): boolean => a.baseCost === b.baseCost && a.counts.length === b.counts.length && a.counts.every((c, i) => c === b.counts[i]);

/** The frontier's budgets in the currency: FRONTIER_SHARES of the budget, the budget itself exact. */
export function frontierBudgets(settings: AllocationSettings): number[] {
  const budgets = FRONTIER_SHARES.map((share) => share * settings.budget);
  budgets[MAIN] = settings.budget;
  return budgets;
}

/** A budget's point for the allocation judged: infeasible where it breaks a limit or nothing fits (the minimums then). */
export function pointOf(budget: number, judgement: Judgement): PathPoint {
  return { budget, counts: [...judgement.counts], status: judgement.violation > 0 || !fitsBudget(judgement.cost, budget) ? 'infeasible' : 'best-found' };
}

/** The figures of a point, the judge at its allocation. */
export function frontierPoint(judge: Judge, point: PathPoint): FrontierPoint {
  const j = judge.judge();
  const { profit } = judge.book.trialsOf();
  const s = summarize(profit);
  return {
    budget: point.budget,
    status: point.status,
    objective: j.objective,
    profit: { p5: s.p5 ?? j.stats.profit, p50: s.p50 ?? j.stats.profit, p95: s.p95 ?? j.stats.profit },
    probabilityOfLoss: j.stats.probabilityOfLoss,
    cost: j.cost,
    creators: [...point.counts],
  };
}

/**
 * The frontier's points above the budget (indices MAIN + 1 …): each grows by greedy from the one
 * below, the first from the budget's allocation, on a judge of its own (fresh samples and no
 * remembered steps, so that nothing of the search that found `from` enters). `found` hears each
 * point as it is set. Yields after every judgement.
 */
export function* growFrontier(
  scenario: Scenario,
  settings: AllocationSettings,
  from: GrowFrom,
  found: (k: number, figures: FrontierPoint) => void = () => {},
): Generator<void, FrontierPoint[]> {
  const bounds = boundsOf(scenario);
  const budgets = frontierBudgets(settings);
  const judge = new Judge(scenario, settings, from.counts);
  const memo = new StepMemo(judge);
  let current = judge.judge();
  yield;
  const out: FrontierPoint[] = [];
  for (let k = MAIN + 1; k < budgets.length; k++) {
    const budget = budgets[k] as number;
    if (fitsBudget(from.baseCost, budget)) current = yield* greedy(judge, bounds, budget, memo);
    const figures = frontierPoint(judge, pointOf(budget, current));
    out.push(figures);
    found(k, figures);
  }
  return out;
}
