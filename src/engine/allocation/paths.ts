import { fitsBudget, overBudgetFrom } from '../budgetSlack';
import type { Judge } from './judge';
import { solveKnapsack, type KnapsackItem } from './knapsack';
import { greedy } from './search';
import { upperOf, type AllocationSettings, type Bounds } from './settings';
import type { AllocationStatus, FrontierPoint } from './types';

/** The allocation found for one budget of the frontier. */
export interface PathPoint {
  budget: number;
  counts: number[];
  status: AllocationStatus;
}

/** What a path asks of its caller, the judge then at the point's allocation. */
export interface PathHooks {
  /**
   * The figures of a point, read as the path finds it, not after the path, when the samples of its
   * counts may be gone.
   */
  measure(point: PathPoint): FrontierPoint;
  /** The path's current figures of the budget at index k: called whenever they change, for a running task to show. */
  found(k: number, figures: FrontierPoint): void;
  /** Called once, at the budget itself's final allocation with its totals summed afresh. */
  atMain(): Generator<void, void>;
}

/** The most counts the exact solver sweeps (each costs one pass over the trials); beyond, the search serves. */
const SWEEP_LIMIT = 4000;

/**
 * Whether the exact knapsack applies (docs/MODEL.md §8): constant returns (no line item that can
 * change shares an audience), the typical-case budget rule, an objective that is a mean (so it is a
 * sum over line items) and no loss limit (a share of trials is no sum); the CPA and reach limits are
 * sums of means and stay. Every line item that can change must cost something per creator.
 */
export function separable(judge: Judge, bounds: readonly Bounds[], settings: AllocationSettings): boolean {
  if (settings.budgetRule !== 'typical' || settings.objective === 'profitP5' || settings.maxLossProbability !== null) return false;
  const items = judge.scenario.lineItems;
  const minimum = bounds.map((b) => b.min);
  const base = judge.typical.cost(minimum);
  const room = 2 * settings.budget - base;
  let sweep = 0;
  for (let i = 0; i < items.length; i++) {
    const b = bounds[i] as Bounds;
    if (upperOf(b) === b.min) continue;
    if ((items[i] as (typeof items)[number]).audience !== undefined) return false;
    const unit = judge.typical.cost(minimum.map((c, j) => (j === i ? c + 1 : c))) - base;
    if (!(unit > 0)) return false;
    sweep += Math.min(upperOf(b) - b.min, Math.max(0, Math.floor(room / unit)) + 1) + 1;
  }
  return sweep <= SWEEP_LIMIT;
}

const objectiveOf = (settings: AllocationSettings, means: { margin: number; conversions: number; reach: number }, fixed: number) =>
  settings.objective === 'expectedProfit' ? means.margin - fixed : settings.objective === 'conversions' ? means.conversions : means.reach;

/**
 * The exact path: every count of every line item that can change is sampled once (a sweep), each
 * budget's knapsack is solved exactly on those trial means, and a budget whose limits no allocation
 * meets gets the search's closest allocation. Returns null when a solve stops at its node limit.
 */
export function* exactPath(judge: Judge, bounds: readonly Bounds[], settings: AllocationSettings, budgets: readonly number[], main: number, hooks: PathHooks): Generator<number, FrontierPoint[] | null> {
  const n = bounds.length;
  const minimum = bounds.map((b) => b.min);
  const base = judge.typical.cost(minimum);
  const atMinimum = judge.judge();
  const top = Math.max(...budgets);
  const variable: number[] = [];
  const items: KnapsackItem[] = [];
  for (let i = 0; i < n; i++) {
    const b = bounds[i] as Bounds;
    if (upperOf(b) === b.min) continue;
    const w: number[] = [];
    const v: number[] = [];
    const a: number[] = [];
    const r: number[] = [];
    for (let c = b.min; c <= upperOf(b); c++) {
      const cost = judge.typical.cost(minimum.map((m, j) => (j === i ? c : m))) - base;
      if (c > b.min && cost > top - base) break;
      const s = judge.sample(i, c);
      yield 1;
      w.push(cost);
      v.push(objectiveOf(settings, s.means, s.fixedCost));
      a.push(s.means.performance + s.fixedCost - (settings.maxCpa ?? 0) * s.means.conversions);
      r.push(s.means.reach);
    }
    const relative = (xs: number[]) => Float64Array.from(xs, (x) => x - (xs[0] as number));
    variable.push(i);
    items.push({ w: Float64Array.from(w), v: relative(v), a: settings.maxCpa !== null ? relative(a) : null, r: settings.minReach !== null ? relative(r) : null });
  }
  const s = atMinimum.stats;
  const aMax = settings.maxCpa === null ? null : -(s.cost - settings.maxCpa * s.conversions);
  const rMin = settings.minReach === null ? null : settings.minReach - s.reach;
  const points: PathPoint[] = [];
  for (const budget of budgets) {
    if (!fitsBudget(base, budget)) {
      points.push({ budget, counts: minimum, status: 'infeasible' });
      continue;
    }
    const solved = solveKnapsack({ items, capacity: overBudgetFrom(budget) - base, aMax, rMin });
    yield 1;
    if (solved.status === 'limit') return null;
    if (solved.status === 'infeasible') {
      judge.moveTo(minimum);
      const closest = yield* drive(greedy(judge, bounds, budget));
      points.push({ budget, counts: [...closest.counts], status: 'infeasible' });
      continue;
    }
    const counts = [...minimum];
    variable.forEach((i, k) => (counts[i] = (bounds[i] as Bounds).min + (solved.choice[k] as number)));
    points.push({ budget, counts, status: 'optimal' });
  }
  // Visited only once every budget is solved: a budget that stops at the node limit hands the whole path to the search.
  const frontier: FrontierPoint[] = [];
  for (let k = 0; k < points.length; k++) {
    judge.moveTo((points[k] as PathPoint).counts);
    const figures = hooks.measure(points[k] as PathPoint);
    frontier.push(figures);
    hooks.found(k, figures);
    if (k === main) yield* drive(hooks.atMain());
  }
  return frontier;
}

/** Runs a search generator, yielding one unit of work per judgement. */
export function* drive<T>(g: Generator<void, T>): Generator<number, T> {
  for (;;) {
    const next = g.next();
    if (next.done) return next.value;
    yield 1;
  }
}
