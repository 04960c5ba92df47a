import type { Judge, Judgement } from './judge';
import type { Bounds } from './settings';
import { upperOf } from './settings';

/**
 * The search for allocations where no exact method applies (docs/MODEL.md §8): greedy marginal
 * allocation with look-ahead, then a local search of add, remove and swap moves. Both are
 * generators that yield after every judgement, so that a task can run them in bounded steps.
 */

type Move = { index: number; count: number }[];

/** Objectives within this relative distance count as equal: judgements by difference differ in the last bits. */
const SAME = 1e-12;

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

/** The look-ahead of one line item at count c: 1, 2, 4, … creators, up to c itself (the group at most doubles). */
function strides(c: number, room: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= room && (k === 1 || k <= c); k *= 2) out.push(k);
  return out;
}

/**
 * Greedy with look-ahead: from the current allocation, repeatedly takes the step (one line item,
 * k more creators) with the best gain per unit of cost that keeps the cost within the budget,
 * until no step gains. Looking several creators ahead keeps it from stalling where one more
 * creator does not pay but a few more do (a P5 objective, a loss limit).
 */
export function* greedy(judge: Judge, bounds: readonly Bounds[], budget: number): Generator<void, Judgement> {
  let current = judge.judge();
  yield;
  for (;;) {
    let best: { move: Move; ratio: number; k: number; to: Judgement } | null = null;
    for (let i = 0; i < bounds.length; i++) {
      const c = judge.counts[i] as number;
      const room = upperOf(bounds[i] as Bounds) - c;
      for (const k of strides(c, room)) {
        const move = [{ index: i, count: c + k }];
        const to = judge.judge(move);
        yield;
        if (!(to.cost <= budget)) break;
        const g = gain(to, current);
        if (g <= 0) continue;
        const ratio = g / Math.max(to.cost - current.cost, 1e-9 * Math.max(1, budget));
        if (best === null || ratio > best.ratio * (k > best.k ? 1 - STRIDE_PREFERENCE : 1 + STRIDE_PREFERENCE) || (ratio === best.ratio && k > best.k)) best = { move, ratio, k, to };
      }
    }
    if (best === null) return current;
    judge.apply(best.move);
    current = best.to;
  }
}

/**
 * Local search: add or remove one creator anywhere, or move one from a line item to another,
 * taking each move that improves (first improvement, in a fixed cyclic order, so the result
 * depends on nothing but the inputs), until a whole cycle of moves finds none.
 */
export function* localSearch(judge: Judge, bounds: readonly Bounds[], budget: number, current: Judgement, maxMoves = 200): Generator<void, Judgement> {
  const n = bounds.length;
  // Deltas: [i, di, j, dj]; j = −1 for a move of one line item.
  const deltas: [number, number, number, number][] = [];
  for (let i = 0; i < n; i++) deltas.push([i, 1, -1, 0], [i, -1, -1, 0]);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) deltas.push([i, -1, j, 1]);
  let sinceImproved = 0;
  let taken = 0;
  for (let at = 0; sinceImproved < deltas.length && taken < maxMoves; at = (at + 1) % deltas.length) {
    sinceImproved++;
    const [i, di, j, dj] = deltas[at] as [number, number, number, number];
    const move = [{ index: i, count: (judge.counts[i] as number) + di }];
    if (j >= 0) move.push({ index: j, count: (judge.counts[j] as number) + dj });
    if (!move.every(({ index, count }) => within(bounds[index] as Bounds, count))) continue;
    const to = judge.judge(move);
    yield;
    if (!(to.cost <= budget) || !better(to, current)) continue;
    judge.apply(move);
    current = to;
    taken++;
    sinceImproved = 0;
  }
  return current;
}

export const within = (b: Bounds, count: number): boolean => count >= b.min && count <= upperOf(b);
