import { fitsBudget } from '../budgetSlack';
import { projectCashFlow } from '../cashFlow';
import type { Evaluation } from '../evaluate';
import { LIMITS } from '../limits';
import { startMonteCarlo } from '../monteCarlo';
import { projectPoint } from '../point';
import type { Scenario } from '../schema';
import { summarize } from '../summary';
import { Judge, type Judgement } from './judge';
import { FRONTIER_SHARES, MAIN } from './frontier';
import { exactPath, separable, type PathHooks, type PathPoint } from './paths';
import { searchPath } from './searchPath';
import { boundsOf, resolveSettings, upperOf, type AllocationOverrides, type AllocationSettings, type Bounds } from './settings';
import type { AllocationOutcome, AllocationResult, Binding, FrontierPoint, FrontierSoFar, Marginal } from './types';

/** An allocation in bounded steps, like a Monte Carlo run (monteCarlo.ts), for the worker to drive, report and cancel. */
export interface AllocationTask {
  /** does a bounded chunk of work; true when the allocation is finished */
  step(): boolean;
  /** share of the work done, 0–1 */
  readonly progress: number;
  /**
   * The frontier found so far, if a point of it changed since it was last taken, else null: for the
   * page to draw while the task runs (docs/MODEL.md §8). The result's frontier is the final word.
   */
  takePartial(): FrontierSoFar | null;
  /** the outcome; throws if the task is not finished */
  result(): AllocationOutcome;
}

export { FRONTIER_SHARES } from './frontier';

/** The most judgements in one step (one `step()` call). */
const MAX_PER_STEP = 40;

/** The share of the progress bar the search takes; the last Monte Carlo run of the allocated scenario takes the rest. */
const SEARCH_SHARE = 0.85;

export function startAllocation(scenario: Scenario, overrides: AllocationOverrides = {}): AllocationTask {
  const resolved = resolveSettings(scenario, overrides);
  let progress = 0;
  let outcome: AllocationOutcome | null = null;
  const soFar: (FrontierPoint | null)[] = FRONTIER_SHARES.map(() => null);
  let changed = false;
  const found = (k: number, figures: FrontierPoint) => {
    soFar[k] = figures;
    changed = true;
  };
  const run = resolved.ok ? allocation(scenario, resolved.settings, (p) => (progress = p), found) : null;
  // A step is a number of judgements that together read about this many trial values, and no more
  // than MAX_PER_STEP: a small run's judgements are cheap only once compiled, and a step of hundreds
  // of them uncompiled outlasts a slice, which a cancel (a warm-up dropped by a press) waits for.
  const perStep = Math.max(1, Math.min(MAX_PER_STEP, Math.floor(200_000 / (resolved.ok ? resolved.settings.trials : 1))));
  return {
    step(): boolean {
      if (outcome) return true;
      if (!run) {
        outcome = { ok: false, reason: 'noBudget' };
        return true;
      }
      for (let i = 0; i < perStep; i++) {
        const next = run.next();
        if (next.done) {
          outcome = { ok: true, result: next.value };
          progress = 1;
          return true;
        }
      }
      return false;
    },
    get progress(): number {
      return outcome ? 1 : Math.min(0.999, progress);
    },
    takePartial(): FrontierSoFar | null {
      if (!changed) return null;
      changed = false;
      return { points: [...soFar] };
    },
    result(): AllocationOutcome {
      if (!outcome) throw new Error('allocation not finished');
      return outcome;
    },
  };
}

/** The budget allocator (docs/MODEL.md §8): startAllocation run to the end in one go. */
export function allocate(scenario: Scenario, overrides: AllocationOverrides = {}): AllocationOutcome {
  const task = startAllocation(scenario, overrides);
  while (!task.step());
  return task.result();
}

function* allocation(
  scenario: Scenario,
  settings: AllocationSettings,
  report: (progress: number) => void,
  found: PathHooks['found'],
): Generator<void, AllocationResult> {
  const bounds = boundsOf(scenario);
  const minimum = bounds.map((b) => b.min);
  const budgets = FRONTIER_SHARES.map((share) => share * settings.budget);
  budgets[MAIN] = settings.budget;
  const judge = new Judge(scenario, settings, minimum);
  yield;

  // Progress: a rough count of the judgements to come, refined as the frontier's points are found.
  let done = 0;
  const expected = Math.max(1, bounds.reduce((sum, b) => sum + Math.min(200, upperOf(b) - b.min + 1), 0) * (separable(judge, bounds, settings) ? 1 : 4 * bounds.length));
  // At the budget itself, the one-creator moves around its allocation, read when the path is there.
  const atMain: { here: Judgement | null; neighbours: Neighbours[] } = { here: null, neighbours: [] };
  const hooks: PathHooks = {
    measure: (point) => frontierPoint(judge, point),
    found,
    atMain: function* () {
      atMain.here = judge.judge();
      atMain.neighbours = yield* around(judge, bounds);
    },
  };
  const path = (function* (): Generator<void, FrontierPoint[]> {
    if (separable(judge, bounds, settings)) {
      const exact = exactPath(judge, bounds, settings, budgets, MAIN, hooks);
      for (;;) {
        const next = exact.next();
        if (next.done) {
          if (next.value) return next.value;
          break;
        }
        report((SEARCH_SHARE * ++done) / (done + expected));
        yield;
      }
    }
    const search = searchPath(judge, bounds, budgets, MAIN, hooks);
    for (;;) {
      const next = search.next();
      if (next.done) return next.value;
      report((SEARCH_SHARE * ++done) / (done + expected));
      yield;
    }
  })();
  const frontier = yield* path;
  const main = frontier[MAIN] as FrontierPoint;
  const { here, neighbours } = atMain;
  if (!here) throw new Error('the path did not visit the budget itself');
  const minimumCost = judge.typical.cost(minimum);

  const allocated = allocatedScenario(scenario, main.creators, settings.budget);
  const mc = startMonteCarlo(allocated, { trials: settings.trials, seed: settings.seed });
  while (!mc.step()) {
    report(SEARCH_SHARE + (1 - SEARCH_SHARE) * mc.progress);
    yield;
  }
  const point = projectPoint(allocated);
  const result: Evaluation = { name: allocated.name, point, monteCarlo: mc.result(), cashFlow: projectCashFlow(allocated, point) };
  const metrics = result.monteCarlo.metrics;
  const value =
    settings.objective === 'expectedProfit' ? metrics.profit.mean : settings.objective === 'profitP5' ? metrics.profit.p5 : settings.objective === 'conversions' ? metrics.conversions.mean : metrics.reach.mean;

  return {
    status: main.status,
    objective: { name: settings.objective, value: value ?? here.objective },
    allocation: scenario.lineItems.map((item, i) => ({
      id: item.id,
      creators: main.creators[i] as number,
      was: item.creators,
      min: (bounds[i] as Bounds).min,
      max: (bounds[i] as Bounds).max,
    })),
    binding: bindingOf(scenario, bounds, settings, here, neighbours, minimumCost),
    marginal: scenario.lineItems.map((item, i): Marginal => {
      const { up, down } = neighbours[i] as Neighbours;
      return {
        id: item.id,
        addOne: up && up.cost > here.cost ? (up.objective - here.objective) / (up.cost - here.cost) : null,
        removeOne: down && here.cost > down.cost ? (down.objective - here.objective) / (here.cost - down.cost) : null,
      };
    }),
    result,
    frontier,
    scenario: allocated,
    settings,
  };
}

/** The scenario with the allocated counts and the budget they were allocated under; nothing else changes. */
export function allocatedScenario(scenario: Scenario, counts: readonly number[], budget: number): Scenario {
  return { ...scenario, budget, lineItems: scenario.lineItems.map((item, i) => ({ ...item, creators: counts[i] as number })) };
}

/** The figures of a point, the judge at its allocation. */
function frontierPoint(judge: Judge, point: PathPoint): FrontierPoint {
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

interface Neighbours {
  up: Judgement | null;
  down: Judgement | null;
}

/** The allocation with one creator more and one fewer in each line item, bounds aside: for the marginal values and what binds. */
function* around(judge: Judge, bounds: readonly Bounds[]): Generator<void, Neighbours[]> {
  const out: Neighbours[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const c = judge.counts[i] as number;
    const up = c < LIMITS.creators.max ? judge.judge([{ index: i, count: c + 1 }]) : null;
    yield;
    const down = c > 0 ? judge.judge([{ index: i, count: c - 1 }]) : null;
    yield;
    out.push({ up, down });
  }
  return out;
}

/**
 * What limits the allocation (docs/MODEL.md §8). An infeasible one names what it breaks (the budget
 * when the minimums cost more). A feasible one names every constraint that stops a one-creator move
 * that would raise the objective: the budget, a line item's maxCreators, or a limit.
 */
function bindingOf(scenario: Scenario, bounds: readonly Bounds[], settings: AllocationSettings, here: Judgement, neighbours: readonly Neighbours[], minimumCost: number): Binding[] {
  const found = new Set<Binding>();
  if (!fitsBudget(minimumCost, settings.budget)) found.add('budget');
  for (const limit of here.broken) found.add(limit);
  if (found.size === 0) {
    const tolerance = 1e-12 * Math.max(1, Math.abs(here.objective));
    neighbours.forEach(({ up, down }, i) => {
      for (const to of [up, down]) {
        if (!to || !(to.objective > here.objective + tolerance)) continue;
        if (!fitsBudget(to.cost, settings.budget)) found.add('budget');
        const b = bounds[i] as Bounds;
        if (to === up && b.max !== null && (to.counts[i] as number) > b.max) found.add(`maxCreators:${scenario.lineItems[i]?.id ?? ''}`);
        for (const limit of to.broken) found.add(limit);
      }
    });
  }
  const order = (x: Binding) => (x === 'budget' ? 0 : x.startsWith('maxCreators:') ? 1 + scenario.lineItems.findIndex((item) => `maxCreators:${item.id}` === x) : 1000 + ['maxLossProbability', 'maxCpa', 'minReach'].indexOf(x));
  return [...found].sort((a, b) => order(a) - order(b));
}
