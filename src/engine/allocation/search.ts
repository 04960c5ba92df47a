import { fitsBudget } from '../budgetSlack';
import type { Judge, Judgement } from './judge';
import type { Bounds } from './settings';
import { SAME, StepMemo, targets, type LookAhead } from './steps';

import { upperOf } from './settings';

/**
 * The search for allocations where no exact method applies (docs/MODEL.md §8): greedy marginal
 * allocation with look-ahead, then a local search of add, remove and swap moves. Both are
 * generators that yield after every judgement, so that a task can run them in bounded steps.
 */


/** a is better than b: fewer limits broken by less, then a higher objective. */
export function better(a: Judgement, b: Judgement): boolean {
  if (a.violation < b.violation - SAME) return true;
  if (a.violation > b.violation + SAME) return false;
  return a.objective > b.objective + SAME * Math.max(1, Math.abs(b.objective));
}

/**
 * What a move gains: while limits are broken, the violation it removes; once they hold, the
 * objective it adds, and nothing if it breaks a limit again.
 */
function gain(to: Judgement, from: Judgement): number {
  if (from.violation > 0) return from.violation - to.violation > SAME ? from.violation - to.violation : 0;
  if (to.violation > 0) return 0;
  const g = to.objective - from.objective;
  return g > SAME * Math.max(1, Math.abs(from.objective)) ? g : 0;
}

/**
 * A step of more creators is taken over a smaller one whose gain per unit of cost is at most this
 * much better: with constant returns every step size has about the same ratio, and long strides
 * cross a wide range in few steps (the local search then settles the last creators).
 */
const STRIDE_PREFERENCE = 0.005;

/** Every this many steps the lazy greedy judges every line item's steps afresh, not only the most promising. */
const REFRESH = 6;

/**
 * Greedy with look-ahead: from the current allocation, repeatedly takes the step (one line item,
 * a few more creators) with the best gain per unit of cost that keeps the cost within the budget,
 * until no step gains. Looking several creators ahead keeps it from stalling where one more
 * creator does not pay but a few more do (a P5 objective, a loss limit). Lazily: a line item's best
 * ratio from an earlier step stands until it comes to the top, when it is judged afresh and taken
 * if it still beats every other standing ratio (with diminishing returns ratios only fall, so the
 * step is the one full judging would take); every REFRESH steps all are judged afresh.
 */
export function* greedy(judge: Judge, bounds: readonly Bounds[], budget: number, memo = new StepMemo(judge), lookAhead: LookAhead = 'fine'): Generator<void, Judgement> {
  let current = judge.judge();
  yield;
  const n = bounds.length;
  /** per line item: its best step when last judged, or null when none gains; undefined: not judged since it or the allocation last changed */
  let standing: ({ count: number; ratio: number; k: number } | null | undefined)[] = new Array(n).fill(undefined);
  const judgeItem = function* (i: number): Generator<void, { count: number; ratio: number; k: number } | null> {
    const c = judge.counts[i] as number;
    let best: { count: number; ratio: number; k: number } | null = null;
    for (const count of targets(c, upperOf(bounds[i] as Bounds) - c, lookAhead)) {
      const planned = judge.plannedCost([{ index: i, count }]);
      if (planned !== null && !fitsBudget(planned, budget)) break;
      const step = memo.step(judge, current, i, count);
      if (step.judged) yield;
      if (!fitsBudget(current.cost + step.cost, budget)) break;
      const g = step.judged ? gain(step.judged, current) : step.objective > SAME * Math.max(1, Math.abs(current.objective)) ? step.objective : 0;
      if (g <= 0) continue;
      const k = count - c;
      const ratio = g / Math.max(step.cost, 1e-9 * Math.max(1, budget));
      if (best === null || ratio > best.ratio * (k > best.k ? 1 - STRIDE_PREFERENCE : 1 + STRIDE_PREFERENCE) || (ratio === best.ratio && k > best.k)) best = { count, ratio, k };
    }
    return best;
  };
  const fresh = new Set<number>();
  // Steps whose fresh judgement fell short of the remembered one; cleared once the allocation moves.
  const rejected = new Set<number>();
  for (let steps = 0; ; steps++) {
    if (steps % REFRESH === 0) standing = standing.map((_, i) => (rejected.has(i) ? null : undefined));
    let pick: number | null = null;
    for (;;) {
      // The line item with the best standing ratio, unjudged ones first (in order).
      let top = -1;
      for (let i = 0; i < n; i++) {
        const s = standing[i];
        if (s === undefined) {
          top = i;
          break;
        }
        if (s !== null && (top < 0 || s.ratio > (standing[top] as { ratio: number }).ratio)) top = i;
      }
      if (top < 0) break;
      if (standing[top] === undefined || !fresh.has(top)) {
        standing[top] = yield* judgeItem(top);
        fresh.add(top);
        continue;
      }
      pick = top;
      break;
    }
    fresh.clear();
    if (pick === null) return current;
    const best = standing[pick] as { count: number };
    const move = [{ index: pick, count: best.count }];
    // The step judged afresh: remembered effects are sums over trials in another order, and the budget is checked exactly.
    const to = judge.judge(move);
    yield;
    if (!fitsBudget(to.cost, budget) || gain(to, current) <= 0) {
      standing[pick] = null;
      rejected.add(pick);
      continue;
    }
    judge.apply(move);
    current = to;
    rejected.clear();
    standing = standing.map((s, i) => (i === pick ? undefined : s));
  }
}

/**
 * Local search: add or remove one creator anywhere, or move one from a line item to another,
 * taking each move that improves (first improvement, in a fixed cyclic order, so the result
 * depends on nothing but the inputs); when a whole cycle finds none, the exchanges below are tried,
 * and the cycle starts again after one of them improves.
 */
export function* localSearch(judge: Judge, bounds: readonly Bounds[], budget: number, current: Judgement, memo = new StepMemo(judge), maxMoves = 200): Generator<void, Judgement> {
  const n = bounds.length;
  // Deltas: [i, di, j, dj]; j = −1 for a move of one line item.
  const deltas: [number, number, number, number][] = [];
  for (let i = 0; i < n; i++) deltas.push([i, 1, -1, 0], [i, -1, -1, 0]);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) deltas.push([i, -1, j, 1]);
  let taken = 0;
  while (taken < maxMoves) {
    let sinceImproved = 0;
    for (let at = 0; sinceImproved < deltas.length && taken < maxMoves; at = (at + 1) % deltas.length) {
      sinceImproved++;
      const [i, di, j, dj] = deltas[at] as [number, number, number, number];
      const move = [{ index: i, count: (judge.counts[i] as number) + di }];
      if (j >= 0) move.push({ index: j, count: (judge.counts[j] as number) + dj });
      if (!move.every(({ index, count }) => within(bounds[index] as Bounds, count))) continue;
      const planned = judge.plannedCost(move);
      if (planned !== null && !fitsBudget(planned, budget)) continue;
      if (memo.separable && (j < 0 || !memo.shared(i, j))) {
        // Where steps add up, a move is the sum of its remembered steps: judged only when that promises a gain.
        let objective = 0;
        let cost = 0;
        for (const m of move) {
          const step = memo.step(judge, current, m.index, m.count);
          if (step.judged) yield;
          objective += step.objective;
          cost += step.cost;
        }
        if (!fitsBudget(current.cost + cost, budget) || !(objective > SAME * Math.max(1, Math.abs(current.objective)))) continue;
      }
      const to = judge.judge(move);
      yield;
      if (!fitsBudget(to.cost, budget) || !better(to, current)) continue;
      judge.apply(move);
      current = to;
      taken++;
      sinceImproved = 0;
    }
    const exchanged = yield* exchange(judge, bounds, budget, current);
    if (!exchanged) return current;
    current = exchanged;
    taken++;
  }
  return current;
}

/**
 * Exchanges: one creator of a costly kind for several cheaper ones. Greedy steps and one-for-one
 * swaps never make room for a line item whose single creator costs more than the budget has left
 * (a macro creator worth five micro ones); here each line item gets one or two creators more, and
 * room is made by removing the creators that earn least per unit of cost (their one-fewer values
 * at the current allocation), until the typical or P95 cost fits. The first exchange that improves
 * is taken.
 */
function* exchange(judge: Judge, bounds: readonly Bounds[], budget: number, current: Judgement): Generator<void, Judgement | null> {
  const n = bounds.length;
  const saving: { loss: number; cost: number }[] = [];
  for (let i = 0; i < n; i++) {
    const c = judge.counts[i] as number;
    if (c <= (bounds[i] as Bounds).min) {
      saving.push({ loss: Infinity, cost: 0 });
      continue;
    }
    const down = judge.judge([{ index: i, count: c - 1 }]);
    yield;
    const cost = current.cost - down.cost;
    saving.push({ loss: cost > 0 ? (current.objective - down.objective) / cost : Infinity, cost });
  }
  const cheapest = saving.map((_, i) => i).filter((i) => (saving[i] as { loss: number }).loss < Infinity).sort((a, b) => (saving[a] as { loss: number }).loss - (saving[b] as { loss: number }).loss || a - b);
  for (let j = 0; j < n; j++) {
    for (const k of [1, 2]) {
      const cj = (judge.counts[j] as number) + k;
      if (!within(bounds[j] as Bounds, cj)) break;
      const grow = [{ index: j, count: cj }];
      let grown = judge.plannedCost(grow);
      if (grown === null) {
        grown = judge.judge(grow).cost;
        yield;
      }
      // Plain additions are the local search's own moves.
      if (fitsBudget(grown, budget)) continue;
      const counts = [...judge.counts];
      counts[j] = cj;
      let over = grown - budget;
      for (let attempt = 0; attempt < 3; attempt++) {
        for (const i of cheapest) {
          if (i === j) continue;
          while (over > 0 && (counts[i] as number) > (bounds[i] as Bounds).min) {
            counts[i] = (counts[i] as number) - 1;
            over -= (saving[i] as { cost: number }).cost;
          }
          if (over <= 0) break;
        }
        if (over > 0) break;
        const move = counts.flatMap((count, index) => (count === judge.counts[index] ? [] : [{ index, count }]));
        const to = judge.judge(move);
        yield;
        if (fitsBudget(to.cost, budget)) {
          if (!better(to, current)) break;
          judge.apply(move);
          return to;
        }
        // The saving per creator was an estimate: make a little more room and judge again.
        over = to.cost - budget;
      }
    }
  }
  return null;
}

export const within = (b: Bounds, count: number): boolean => count >= b.min && count <= upperOf(b);
