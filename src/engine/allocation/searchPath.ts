import { fitsBudget } from '../budgetSlack';
import type { Judge, Judgement } from './judge';
import { drive, type PathHooks, type PathPoint } from './paths';
import { better, greedy, localSearch } from './search';
import type { Bounds } from './settings';
import { shrink } from './shrink';
import { StepMemo } from './steps';
import type { FrontierPoint } from './types';

/** An allocation found for one budget, with its judgement (for comparing) and its figures (for the frontier). */
interface Found {
  point: PathPoint;
  judgement: Judgement;
  figures: FrontierPoint;
}

/**
 * The search path (docs/MODEL.md §8). The budget itself (index `main`) is solved first and in full,
 * greedy from the minimums then local search. Each budget below is shrunk from the point above it
 * and filled again by greedy, so that it keeps the mix the budget's search found (a costly creator
 * the greedy climb alone never takes) and gives up what earns least; a budget whose point is beaten
 * by a smaller budget's takes that allocation, which fits it too. The budgets above grow from the
 * budget's allocation by greedy, each from the last, looking ahead coarsely (steps.ts). So the
 * frontier never falls where more budget can only help.
 */
export function* searchPath(judge: Judge, bounds: readonly Bounds[], budgets: readonly number[], main: number, hooks: PathHooks): Generator<number, FrontierPoint[]> {
  const minimum = bounds.map((b) => b.min);
  judge.moveTo(minimum);
  const base = judge.judge();
  const memo = new StepMemo(judge);
  const found: Found[] = [];
  const record = (k: number, judgement: Judgement): Found => {
    const budget = budgets[k] as number;
    // Where nothing fits, the least costly allocation (the minimums) is reported, as infeasible.
    const point: PathPoint = { budget, counts: [...judgement.counts], status: judgement.violation > 0 || !fitsBudget(judgement.cost, budget) ? 'infeasible' : 'best-found' };
    return { point, judgement, figures: hooks.measure(point) };
  };
  // Every point found is told to the caller as it is set, so that a running task can show it.
  const set = (k: number, f: Found) => {
    found[k] = f;
    hooks.found(k, f.figures);
  };
  const fits = (k: number) => fitsBudget(base.cost, budgets[k] as number);
  const same = (counts: readonly number[]) => counts.every((c, i) => c === judge.counts[i]);

  // Where every candidate is judged afresh (a P5 objective, limits, the P95 rule), the greedy climbs
  // through the budgets below in rising order: at a small budget it judges only the steps that fit,
  // which makes the climb to the budget cheaper, and each budget gets its own greedy allocation to
  // set against the shrunk one. Where steps are remembered, it climbs straight to the budget, which
  // chooses for the budget, not for the budgets on the way (a better allocation in fewer judgements).
  const rising = !memo.separable;
  let current = base;
  for (let k = rising ? 0 : main; k <= main; k++) {
    if (fits(k)) current = yield* drive(greedy(judge, bounds, budgets[k] as number, memo));
    if (k === main && fits(k)) current = yield* drive(localSearch(judge, bounds, budgets[main] as number, current, memo));
    set(k, record(k, current));
  }
  let k = main - 1;
  for (; k >= 0 && fits(k); k--) {
    const budget = budgets[k] as number;
    const above = found[k + 1] as Found;
    // Below a point that breaks a limit, the climb's own point is kept as the closest: what the search
    // found no way to meet at a budget, shrinking will not meet at a smaller one.
    if (above.judgement.violation > 0 && found[k]) continue;
    if (!same(above.point.counts)) judge.moveTo(above.point.counts);
    yield* drive(shrink(judge, bounds, budget, memo));
    let candidate: Found;
    // What fits unshrunk was searched at a larger budget already: whatever improved it would have been taken there.
    if (same(above.point.counts)) candidate = { point: { ...above.point, budget }, judgement: above.judgement, figures: { ...above.figures, budget } };
    else candidate = record(k, yield* drive(greedy(judge, bounds, budget, memo)));
    const own = found[k];
    if (!own || better(candidate.judgement, own.judgement)) set(k, candidate);
  }
  if (k >= 0) judge.moveTo(minimum);
  for (; k >= 0; k--) if (!found[k]) set(k, record(k, base));
  for (let k = 1; k <= main; k++) {
    const below = found[k - 1] as Found;
    if (fits(k - 1) && better(below.judgement, (found[k] as Found).judgement)) {
      const budget = budgets[k] as number;
      set(k, { point: { ...below.point, budget }, judgement: below.judgement, figures: { ...below.figures, budget } });
    }
  }
  // The budget itself is reported from totals summed afresh (its figures are the simulation's); the
  // other points from the running totals, which differ by rounding only.
  judge.moveTo((found[main] as Found).point.counts);
  current = judge.judge();
  set(main, record(main, current));
  yield* drive(hooks.atMain());
  for (let k = main + 1; k < budgets.length; k++) {
    if (fits(k)) current = yield* drive(greedy(judge, bounds, budgets[k] as number, memo, 'coarse'));
    set(k, record(k, current));
  }
  return found.map((f) => f.figures);
}
