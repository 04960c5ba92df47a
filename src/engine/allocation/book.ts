import type { CountSample } from './counts';
import { addDifference, addInto, fusedLoop, restOf, saturate, singleInAudience, subtractFrom, type AudienceSums } from './bookLoops';
import { percentileInPlace } from './percentile';

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
  /** whether the judgements read conversions and reach (objectives and limits that use them); set before the first judgement */
  counting = true;
  /** whether the audiences' rest arrays match the totals (made afresh after the totals move) */
  private restFresh = false;
  private commits = 0;
  private readonly dPerformance: Float64Array;
  private readonly dMargin: Float64Array;
  private readonly dConversions: Float64Array;
  private readonly dReach: Float64Array;
  private readonly audienceScratch: AudienceSums | null;
  private readonly profitBuffer: Float64Array;
  private readonly costBuffer: Float64Array;
  /** a judgement's sums of profit, cost, conversions and reach over the trials, and its count of losses */
  private readonly sums = new Float64Array(5);

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
      restPerformance: array(), restMargin: array(), restConversions: array(), restReach: array(),
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
    this.profitBuffer = array();
    this.costBuffer = array();
    this.rebuild();
  }

  /**
   * Makes a change part of the allocation: the totals move by the changed line items and the
   * overlap of their audiences, and are summed again from every line item now and then, so that no
   * rounding drifts in.
   */
  commit(changes: readonly Change[]): void {
    if (++this.commits % 64 === 0) {
      for (const c of changes) this.samples[c.index] = c.sample;
      this.rebuild();
      return;
    }
    const n = this.trials;
    const touched = new Set<number>();
    for (const c of changes) {
      const old = this.samples[c.index] as CountSample;
      this.fixed += c.sample.fixedCost - old.fixedCost;
      const a = this.audienceOf[c.index] ?? -1;
      const into = a < 0 ? null : (this.audiences[a] as AudienceSums);
      if (into) {
        touched.add(a);
        addDifference(into.reach, c.sample.reach, old.reach, n);
        addDifference(into.logMissed, c.sample.logMissed as Float64Array, old.logMissed as Float64Array, n);
        addDifference(into.performance, c.sample.performance, old.performance, n);
        addDifference(into.margin, c.sample.margin, old.margin, n);
        addDifference(into.conversions, c.sample.conversions, old.conversions, n);
      } else {
        addDifference(this.performance, c.sample.performance, old.performance, n);
        addDifference(this.margin, c.sample.margin, old.margin, n);
        addDifference(this.conversions, c.sample.conversions, old.conversions, n);
        addDifference(this.reach, c.sample.reach, old.reach, n);
      }
      this.samples[c.index] = c.sample;
    }
    for (const a of touched) {
      const sums = this.audiences[a] as AudienceSums;
      subtractFrom(this.performance, sums.outPerformance, n);
      subtractFrom(this.margin, sums.outMargin, n);
      subtractFrom(this.conversions, sums.outConversions, n);
      subtractFrom(this.reach, sums.outReach, n);
      saturate(sums, n);
      addInto(this.performance, sums.outPerformance, n);
      addInto(this.margin, sums.outMargin, n);
      addInto(this.conversions, sums.outConversions, n);
      addInto(this.reach, sums.outReach, n);
    }
    this.restFresh = false;
  }

  /** Sums every total again from the line items: the figures the allocation is reported with. */
  settle(): void {
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
    this.restFresh = false;
  }

  /** The figures of the current allocation. */
  current(need: StatsNeed): TrialStats {
    return this.evaluate([], need);
  }

  /** The figures of the current allocation with `changes` made; the book itself is left as it is. */
  evaluate(changes: readonly Change[], need: StatsNeed): TrialStats {
    let dFixed = 0;
    let audience = -1;
    let oneAudience = changes.length <= 2;
    for (const c of changes) {
      dFixed += c.sample.fixedCost - (this.samples[c.index] as CountSample).fixedCost;
      const a = this.audienceOf[c.index] ?? -1;
      if (a < 0) continue;
      if (audience >= 0 && a !== audience) oneAudience = false;
      audience = a;
    }
    if (changes.length === 1 && audience >= 0) {
      const c = changes[0] as Change;
      if (!this.restFresh) {
        for (const a of this.audiences) restOf(a, this.performance, this.margin, this.conversions, this.reach, this.trials, this.counting);
        this.restFresh = true;
      }
      singleInAudience(
        this.trials, this.fixed + dFixed + this.overheads,
        this.audiences[audience] as AudienceSums, c.sample, this.samples[c.index] as CountSample,
        this.profitBuffer, this.costBuffer, need.profitP5, need.costP95, this.counting, this.sums.fill(0),
      );
      return this.finishStats(this.sums, need);
    }
    if (oneAudience) return this.fused(changes, audience, dFixed, need);
    const n = this.trials;
    const dP = this.dPerformance, dM = this.dMargin, dV = this.dConversions, dR = this.dReach;
    dP.fill(0);
    dM.fill(0);
    dV.fill(0);
    dR.fill(0);
    const touched = new Set<number>();
    for (const c of changes) {
      const old = this.samples[c.index] as CountSample;
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

  /**
   * The common case in one pass over the trials: at most two changes, in at most one audience
   * (plus line items without one). Absent changes are passed as a sample minus itself.
   */
  private fused(changes: readonly Change[], audience: number, dFixed: number, need: StatsNeed): TrialStats {
    const inAudience: [CountSample, CountSample][] = [];
    const free: [CountSample, CountSample][] = [];
    const any = this.samples[0] as CountSample;
    for (const c of changes) ((this.audienceOf[c.index] ?? -1) >= 0 ? inAudience : free).push([c.sample, this.samples[c.index] as CountSample]);
    const pad = (list: [CountSample, CountSample][], fallback: CountSample) => {
      while (list.length < 2) list.push([fallback, fallback]);
      return list as [[CountSample, CountSample], [CountSample, CountSample]];
    };
    const a = audience >= 0 ? (this.audiences[audience] as AudienceSums) : null;
    const [[x1, y1], [x2, y2]] = pad(free, any);
    fusedLoop(
      this.trials, this.fixed + dFixed + this.overheads,
      this.performance, this.margin, this.conversions, this.reach,
      x1.performance, y1.performance, x1.margin, y1.margin, x1.conversions, y1.conversions, x1.reach, y1.reach,
      x2.performance, y2.performance, x2.margin, y2.margin, x2.conversions, y2.conversions, x2.reach, y2.reach,
      a, a ? pad(inAudience, inAudience[0]?.[0] ?? any) : null,
      this.profitBuffer, this.costBuffer, this.sums.fill(0),
    );
    return this.finishStats(this.sums, need);
  }

  private finishStats(s: Float64Array, need: StatsNeed): TrialStats {
    const n = this.trials;
    return {
      profit: (s[0] as number) / n,
      cost: (s[1] as number) / n,
      conversions: (s[2] as number) / n,
      reach: (s[3] as number) / n,
      probabilityOfLoss: (s[4] as number) / n,
      profitP5: need.profitP5 ? percentileInPlace(this.profitBuffer, n, 0.05) : NaN,
      costP95: need.costP95 ? percentileInPlace(this.costBuffer, n, 0.95) : NaN,
    };
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
    return this.finishStats(Float64Array.of(profitSum, costSum, convSum, reachSum, losses), need);
  }

  /** Per-trial profit and cost of the current allocation (copies), for the frontier's percentiles. */
  trialsOf(): { profit: Float64Array; cost: Float64Array } {
    this.stats(0, { profitP5: false, costP95: false });
    return { profit: this.profitBuffer.slice(), cost: this.costBuffer.slice() };
  }
}

