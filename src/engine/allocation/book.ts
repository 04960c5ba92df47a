import type { CountSample } from './counts';
import { percentile } from './percentile';

/** The campaign figures of one allocation that the objectives and limits read (docs/MODEL.md §8). */
export interface TrialStats {
  /** means over the trials */
  profit: number;
  cost: number;
  conversions: number;
  /** reach after overlap */
  reach: number;
  /** share of trials with profit < 0 */
  probabilityOfLoss: number;
  /** NaN unless asked for */
  profitP5: number;
  costP95: number;
}

export interface StatsNeed {
  profitP5: boolean;
  costP95: boolean;
}

export interface Change {
  index: number;
  sample: CountSample;
}

/** Per-trial sums of one audience's line items before overlap, and what they add to the campaign after it. */
interface AudienceSums {
  size: number;
  reach: Float64Array;
  logMissed: Float64Array;
  performance: Float64Array;
  margin: Float64Array;
  conversions: Float64Array;
  /** φ·performance, φ·margin, φ·conversions, φ·reach = unique reach */
  outPerformance: Float64Array;
  outMargin: Float64Array;
  outConversions: Float64Array;
  outReach: Float64Array;
}

/**
 * The trials of the current allocation, kept as per-trial campaign totals, so that a candidate that
 * changes one or two line items is judged in O(trials): its totals differ from the current ones
 * only by those line items and by the overlap of their audiences (docs/MODEL.md §4, per trial as §5).
 */
export class TrialBook {
  readonly samples: CountSample[];
  private readonly audiences: AudienceSums[];
  /** per trial, performance payouts, margin, conversions and reach of the line items without an audience plus every audience after overlap */
  private readonly performance: Float64Array;
  private readonly margin: Float64Array;
  private readonly conversions: Float64Array;
  private readonly reach: Float64Array;
  private fixed = 0;
  private readonly dPerformance: Float64Array;
  private readonly dMargin: Float64Array;
  private readonly dConversions: Float64Array;
  private readonly dReach: Float64Array;
  private readonly audienceScratch: AudienceSums | null;
  private readonly work: Float64Array;
  private readonly profitBuffer: Float64Array;
  private readonly costBuffer: Float64Array;

  constructor(
    readonly trials: number,
    private readonly overheads: number,
    /** per line item, the index of its audience in `audienceSizes`, or −1 */
    private readonly audienceOf: readonly number[],
    audienceSizes: readonly number[],
    initial: readonly CountSample[],
  ) {
    const array = () => new Float64Array(trials);
    const sums = (size: number): AudienceSums => ({
      size, reach: array(), logMissed: array(), performance: array(), margin: array(), conversions: array(),
      outPerformance: array(), outMargin: array(), outConversions: array(), outReach: array(),
    });
    this.samples = [...initial];
    this.audiences = audienceSizes.map(sums);
    this.audienceScratch = audienceSizes.length > 0 ? sums(0) : null;
    this.performance = array();
    this.margin = array();
    this.conversions = array();
    this.reach = array();
    this.dPerformance = array();
    this.dMargin = array();
    this.dConversions = array();
    this.dReach = array();
    this.work = array();
    this.profitBuffer = array();
    this.costBuffer = array();
    this.rebuild();
  }

  /** Makes a change part of the allocation; the totals are summed again from the line items, so no rounding drifts in. */
  commit(changes: readonly Change[]): void {
    for (const c of changes) this.samples[c.index] = c.sample;
    this.rebuild();
  }

  private rebuild(): void {
    const n = this.trials;
    this.performance.fill(0);
    this.margin.fill(0);
    this.conversions.fill(0);
    this.reach.fill(0);
    this.fixed = 0;
    for (const a of this.audiences) {
      a.reach.fill(0);
      a.logMissed.fill(0);
      a.performance.fill(0);
      a.margin.fill(0);
      a.conversions.fill(0);
    }
    this.samples.forEach((s, i) => {
      this.fixed += s.fixedCost;
      const a = this.audienceOf[i] ?? -1;
      if (a < 0) {
        addInto(this.performance, s.performance, n);
        addInto(this.margin, s.margin, n);
        addInto(this.conversions, s.conversions, n);
        addInto(this.reach, s.reach, n);
        return;
      }
      const sums = this.audiences[a] as AudienceSums;
      addInto(sums.reach, s.reach, n);
      addInto(sums.logMissed, s.logMissed as Float64Array, n);
      addInto(sums.performance, s.performance, n);
      addInto(sums.margin, s.margin, n);
      addInto(sums.conversions, s.conversions, n);
    });
    for (const a of this.audiences) {
      saturate(a, n);
      addInto(this.performance, a.outPerformance, n);
      addInto(this.margin, a.outMargin, n);
      addInto(this.conversions, a.outConversions, n);
      addInto(this.reach, a.outReach, n);
    }
  }

  /** The figures of the current allocation. */
  current(need: StatsNeed): TrialStats {
    return this.evaluate([], need);
  }

  /** The figures of the current allocation with `changes` made; the book itself is left as it is. */
  evaluate(changes: readonly Change[], need: StatsNeed): TrialStats {
    const n = this.trials;
    const dP = this.dPerformance, dM = this.dMargin, dV = this.dConversions, dR = this.dReach;
    dP.fill(0);
    dM.fill(0);
    dV.fill(0);
    dR.fill(0);
    let dFixed = 0;
    const touched = new Set<number>();
    for (const c of changes) {
      const old = this.samples[c.index] as CountSample;
      dFixed += c.sample.fixedCost - old.fixedCost;
      const a = this.audienceOf[c.index] ?? -1;
      if (a >= 0) {
        touched.add(a);
        continue;
      }
      addDifference(dP, c.sample.performance, old.performance, n);
      addDifference(dM, c.sample.margin, old.margin, n);
      addDifference(dV, c.sample.conversions, old.conversions, n);
      addDifference(dR, c.sample.reach, old.reach, n);
    }
    for (const a of touched) this.audienceDifference(a, changes);
    return this.stats(dFixed, need);
  }

  /** Adds to the differences what audience a's contribution becomes when its line items change as `changes` say. */
  private audienceDifference(a: number, changes: readonly Change[]): void {
    const n = this.trials;
    const from = this.audiences[a] as AudienceSums;
    const to = this.audienceScratch as AudienceSums;
    to.size = from.size;
    to.reach.set(from.reach);
    to.logMissed.set(from.logMissed);
    to.performance.set(from.performance);
    to.margin.set(from.margin);
    to.conversions.set(from.conversions);
    for (const c of changes) {
      if (this.audienceOf[c.index] !== a) continue;
      const old = this.samples[c.index] as CountSample;
      addDifference(to.reach, c.sample.reach, old.reach, n);
      addDifference(to.logMissed, c.sample.logMissed as Float64Array, old.logMissed as Float64Array, n);
      addDifference(to.performance, c.sample.performance, old.performance, n);
      addDifference(to.margin, c.sample.margin, old.margin, n);
      addDifference(to.conversions, c.sample.conversions, old.conversions, n);
    }
    saturate(to, n);
    addDifference(this.dPerformance, to.outPerformance, from.outPerformance, n);
    addDifference(this.dMargin, to.outMargin, from.outMargin, n);
    addDifference(this.dConversions, to.outConversions, from.outConversions, n);
    addDifference(this.dReach, to.outReach, from.outReach, n);
  }

  private stats(dFixed: number, need: StatsNeed): TrialStats {
    const n = this.trials;
    const fixed = this.fixed + dFixed + this.overheads;
    const P = this.performance, M = this.margin, V = this.conversions, R = this.reach;
    const dP = this.dPerformance, dM = this.dMargin, dV = this.dConversions, dR = this.dReach;
    const profits = this.profitBuffer, costs = this.costBuffer;
    let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
    for (let t = 0; t < n; t++) {
      const cost = (P[t] as number) + (dP[t] as number) + fixed;
      const profit = (M[t] as number) + (dM[t] as number) - fixed;
      profits[t] = profit;
      costs[t] = cost;
      profitSum += profit;
      costSum += cost;
      convSum += (V[t] as number) + (dV[t] as number);
      reachSum += (R[t] as number) + (dR[t] as number);
      if (profit < 0) losses++;
    }
    return {
      profit: profitSum / n,
      cost: costSum / n,
      conversions: convSum / n,
      reach: reachSum / n,
      probabilityOfLoss: losses / n,
      profitP5: need.profitP5 ? percentile(profits, n, 0.05, this.work) : NaN,
      costP95: need.costP95 ? percentile(costs, n, 0.95, this.work) : NaN,
    };
  }

  /** Per-trial profit and cost of the current allocation (copies), for the frontier's percentiles. */
  trialsOf(): { profit: Float64Array; cost: Float64Array } {
    this.stats(0, { profitP5: false, costP95: false });
    return { profit: this.profitBuffer.slice(), cost: this.costBuffer.slice() };
  }
}

function addInto(to: Float64Array, from: Float64Array, n: number): void {
  for (let t = 0; t < n; t++) to[t] = (to[t] as number) + (from[t] as number);
}

function addDifference(to: Float64Array, plus: Float64Array, minus: Float64Array, n: number): void {
  if (plus === minus) return;
  for (let t = 0; t < n; t++) to[t] = (to[t] as number) + ((plus[t] as number) - (minus[t] as number));
}

/**
 * The overlap of each trial (fromSums in overlap.ts, inlined): unique reach U = min(R, N·(1 − e^L)),
 * φ = U / R, 1 when nothing is reached; φ scales the audience's responses and the money priced from them.
 */
function saturate(a: AudienceSums, n: number): void {
  const N = a.size;
  for (let t = 0; t < n; t++) {
    const R = a.reach[t] as number;
    let phi = 1;
    let unique = 0;
    if (R > 0) {
      unique = Math.min(R, N * -Math.expm1(a.logMissed[t] as number));
      phi = unique / R;
    }
    a.outPerformance[t] = phi * (a.performance[t] as number);
    a.outMargin[t] = phi * (a.margin[t] as number);
    a.outConversions[t] = phi * (a.conversions[t] as number);
    a.outReach[t] = unique;
  }
}
