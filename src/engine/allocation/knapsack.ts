/**
 * The exact solver for separable allocations (docs/MODEL.md §8): each line item picks one count, its
 * options k = 0…K adding cost w[k] and value v[k] to the allocation at its minimum, and the sum of
 * costs must fit the capacity (a multiple-choice knapsack). Depth-first branch and bound: the bound
 * is the linear relaxation over each line item's upper concave envelope, filled by slope, which no
 * whole choice can beat; so the answer, when the search ends within its node limit, is optimal.
 * Optional side constraints are sums too: Σ a ≤ aMax (a CPA limit) and Σ r ≥ rMin (a reach floor).
 */
export interface KnapsackItem {
  /** cost of options 0…K over option 0, non-decreasing, w[0] = 0 */
  w: Float64Array;
  v: Float64Array;
  /** side terms, same indexing; null when the constraint is not set */
  a: Float64Array | null;
  r: Float64Array | null;
}

export interface KnapsackProblem {
  items: KnapsackItem[];
  capacity: number;
  aMax: number | null;
  rMin: number | null;
}

export type KnapsackResult =
  | { status: 'optimal'; choice: number[]; value: number; nodes: number }
  /** no choice satisfies the constraints (the search finished) */
  | { status: 'infeasible'; nodes: number }
  /** the node limit was reached: the best choice found, if any */
  | { status: 'limit'; choice: number[] | null; value: number; nodes: number };

interface Segment {
  item: number;
  dw: number;
  dv: number;
  slope: number;
}

/**
 * The rising segments of the upper concave envelope of the points (w[k], v[k]), from option 0 at
 * the origin; costs rise strictly with k (every line item the solver takes has a cost per creator).
 */
function envelope(item: KnapsackItem, index: number): Segment[] {
  const { w, v } = item;
  const hull: number[] = [0];
  for (let k = 1; k < w.length; k++) {
    while (hull.length >= 2) {
      const b = hull[hull.length - 1] as number;
      const a = hull[hull.length - 2] as number;
      // b lies on or under the chord from a to k: it is not on the envelope.
      const cross = ((v[b] as number) - (v[a] as number)) * ((w[k] as number) - (w[a] as number)) - ((v[k] as number) - (v[a] as number)) * ((w[b] as number) - (w[a] as number));
      if (cross <= 0) hull.pop();
      else break;
    }
    hull.push(k);
  }
  const segments: Segment[] = [];
  for (let s = 1; s < hull.length; s++) {
    const a = hull[s - 1] as number;
    const b = hull[s] as number;
    const dw = (w[b] as number) - (w[a] as number);
    const dv = (v[b] as number) - (v[a] as number);
    if (dv <= 0) break;
    segments.push({ item: index, dw, dv, slope: dv / dw });
  }
  return segments;
}

export function solveKnapsack(problem: KnapsackProblem, nodeLimit = 400_000): KnapsackResult {
  const { items, capacity, aMax, rMin } = problem;
  const n = items.length;
  // Items with the steepest envelopes first: good choices are found early and bounds prune sooner.
  const order = items.map((item, i) => ({ i, s: envelope(item, i)[0]?.slope ?? -Infinity })).sort((x, y) => y.s - x.s || x.i - y.i).map((x) => x.i);
  // Per depth, the envelope segments of the items not yet chosen, by slope.
  const segmentsFrom: Segment[][] = [];
  for (let d = 0; d <= n; d++) segmentsFrom.push(order.slice(d).flatMap((i) => envelope(items[i] as KnapsackItem, i)).sort((x, y) => y.slope - x.slope));
  const minA: number[] = new Array<number>(n + 1).fill(0);
  const maxR: number[] = new Array<number>(n + 1).fill(0);
  for (let d = n - 1; d >= 0; d--) {
    const item = items[order[d] as number] as KnapsackItem;
    minA[d] = (minA[d + 1] as number) + (item.a ? Math.min(...item.a) : 0);
    maxR[d] = (maxR[d + 1] as number) + (item.r ? Math.max(...item.r) : 0);
  }
  const bound = (d: number, room: number): number => {
    let total = 0;
    for (const s of segmentsFrom[d] as Segment[]) {
      if (s.dw <= room) {
        total += s.dv;
        room -= s.dw;
      } else {
        total += s.slope * room;
        break;
      }
    }
    return total;
  };

  let best: number[] | null = null;
  let bestValue = -Infinity;
  let nodes = 0;
  const choice = new Array<number>(n).fill(0);
  let stopped = false;

  const visit = (d: number, room: number, value: number, a: number, r: number): void => {
    if (stopped) return;
    if (++nodes > nodeLimit) {
      stopped = true;
      return;
    }
    if (aMax !== null && a + (minA[d] as number) > aMax) return;
    if (rMin !== null && r + (maxR[d] as number) < rMin) return;
    if (d === n) {
      if (value > bestValue) {
        bestValue = value;
        best = [...choice];
      }
      return;
    }
    // Ties with the best found are cut off (within rounding): equal line items would otherwise be tried in every order.
    if (value + bound(d, room) <= bestValue + 1e-12 * Math.max(1, Math.abs(bestValue))) return;
    const i = order[d] as number;
    const item = items[i] as KnapsackItem;
    for (let k = item.w.length - 1; k >= 0; k--) {
      const w = item.w[k] as number;
      if (w > room) continue;
      choice[i] = k;
      visit(d + 1, room - w, value + (item.v[k] as number), a + (item.a ? (item.a[k] as number) : 0), r + (item.r ? (item.r[k] as number) : 0));
      if (stopped) return;
    }
    choice[i] = 0;
  };
  if (capacity >= 0) visit(0, capacity, 0, 0, 0);
  if (stopped) return { status: 'limit', choice: best, value: bestValue, nodes };
  if (best === null) return { status: 'infeasible', nodes };
  return { status: 'optimal', choice: best, value: bestValue, nodes };
}
