import { fitsBudget } from '../budgetSlack';
import type { Judge, Judgement } from './judge';
import type { Bounds } from './settings';
import { SAME, type StepMemo } from './steps';

/**
 * Shrinks the current allocation into a smaller budget (the frontier below the budget, docs/MODEL.md
 * §8), so that a point below the budget keeps the mix the budget's own search found (a costly
 * creator the greedy climb never takes) and gives up only what earns least. Each round, the line
 * item whose last creator loses the least objective per unit of cost it saves (the limits first:
 * the one that breaks them least) gives up as many creators as the excess over the budget needs at
 * that saving, but at most a quarter of them (one at least), so that a large group is not emptied
 * on one creator's figures; until the cost fits or nothing can go.
 */
export function* shrink(judge: Judge, bounds: readonly Bounds[], budget: number, memo: StepMemo): Generator<void, Judgement> {
  let current = judge.judge();
  yield;
  while (!fitsBudget(current.cost, budget)) {
    let pick: { index: number; count: number; violation: number; loss: number } | null = null;
    for (let i = 0; i < bounds.length; i++) {
      const c = judge.counts[i] as number;
      const min = (bounds[i] as Bounds).min;
      if (c <= min) continue;
      const step = memo.step(judge, current, i, c - 1);
      if (step.judged) yield;
      const saved = -step.cost;
      if (!(saved > 0)) continue;
      // Where steps are remembered no limit is set, so no step breaks one.
      const violation = step.judged ? step.judged.violation : current.violation;
      const loss = -step.objective / saved;
      const fewer = Math.min(Math.max(1, Math.ceil((current.cost - budget) / saved)), Math.max(1, Math.floor(c / 4)));
      if (pick === null || violation < pick.violation - SAME || (violation <= pick.violation + SAME && loss < pick.loss)) pick = { index: i, count: Math.max(min, c - fewer), violation, loss };
    }
    if (pick === null) return current;
    const move = [{ index: pick.index, count: pick.count }];
    current = judge.judge(move);
    yield;
    judge.apply(move);
  }
  return current;
}
