import { expm1 } from '../montecarlo/exp';
import type { CountSample } from './counts';

/**
 * The passes over the trials that TrialBook makes (book.ts): sums, differences, overlap per trial,
 * and the fused judgements, each a loop of its own with its arrays in locals.
 */

/** Per-trial sums of one audience's line items before overlap, and what they add to the campaign after it. */
export interface AudienceSums {
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
  /**
   * The campaign's totals less this audience's part (P − φ·performance, and so on): what a
   * judgement that changes only this audience reads, kept so that it reads one array, not two.
   */
  restPerformance: Float64Array;
  restMargin: Float64Array;
  restConversions: Float64Array;
  restReach: Float64Array;
}

/** Sets an audience's rest arrays from the campaign's totals (the same subtraction the judgements made). */
export function restOf(a: AudienceSums, P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array, n: number, counting: boolean): void {
  const rP = a.restPerformance, rM = a.restMargin, rV = a.restConversions, rR = a.restReach;
  const oP = a.outPerformance, oM = a.outMargin, oV = a.outConversions, oR = a.outReach;
  for (let t = 0; t < n; t++) {
    rP[t] = (P[t] as number) - (oP[t] as number);
    rM[t] = (M[t] as number) - (oM[t] as number);
  }
  if (!counting) return;
  for (let t = 0; t < n; t++) {
    rV[t] = (V[t] as number) - (oV[t] as number);
    rR[t] = (R[t] as number) - (oR[t] as number);
  }
}

export function addInto(to: Float64Array, from: Float64Array, n: number): void {
  for (let t = 0; t < n; t++) to[t] = (to[t] as number) + (from[t] as number);
}

export function subtractFrom(to: Float64Array, from: Float64Array, n: number): void {
  for (let t = 0; t < n; t++) to[t] = (to[t] as number) - (from[t] as number);
}

export function addDifference(to: Float64Array, plus: Float64Array, minus: Float64Array, n: number): void {
  if (plus === minus) return;
  for (let t = 0; t < n; t++) to[t] = (to[t] as number) + ((plus[t] as number) - (minus[t] as number));
}

/**
 * The overlap of each trial (fromSums in overlap.ts, inlined): unique reach U = min(R, N·(1 − e^L)),
 * φ = U / R, 1 when nothing is reached; φ scales the audience's responses and the money priced from them.
 */
export function saturate(a: AudienceSums, n: number): void {
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

/**
 * One pass of TrialBook.fused: per trial, the campaign's totals with up to two line items without an
 * audience changed (x for y) and up to two of one audience changed, that audience's overlap drawn
 * again; writes each trial's profit and cost, and into `out` the sums of profit, cost, conversions,
 * reach and the count of losses.
 */
export function fusedLoop(
  n: number, fixed: number,
  P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array,
  xP1: Float64Array, yP1: Float64Array, xM1: Float64Array, yM1: Float64Array, xV1: Float64Array, yV1: Float64Array, xR1: Float64Array, yR1: Float64Array,
  xP2: Float64Array, yP2: Float64Array, xM2: Float64Array, yM2: Float64Array, xV2: Float64Array, yV2: Float64Array, xR2: Float64Array, yR2: Float64Array,
  a: AudienceSums | null, changed: [[CountSample, CountSample], [CountSample, CountSample]] | null,
  profits: Float64Array, costs: Float64Array, out: Float64Array,
): void {
  if (a === null || changed === null) {
    freeLoop(n, fixed, P, M, V, R, xP1, yP1, xM1, yM1, xV1, yV1, xR1, yR1, xP2, yP2, xM2, yM2, xV2, yV2, xR2, yR2, profits, costs, out);
    return;
  }
  const [[u1, w1], [u2, w2]] = changed;
  audienceLoop(
    n, fixed, P, M, V, R, xP1, yP1, xM1, yM1, xV1, yV1, xR1, yR1, xP2, yP2, xM2, yM2, xV2, yV2, xR2, yR2,
    u1.reach, w1.reach, u2.reach, w2.reach,
    u1.logMissed as Float64Array, w1.logMissed as Float64Array, u2.logMissed as Float64Array, w2.logMissed as Float64Array,
    u1.performance, w1.performance, u2.performance, w2.performance,
    u1.margin, w1.margin, u2.margin, w2.margin,
    u1.conversions, w1.conversions, u2.conversions, w2.conversions,
    a.reach, a.logMissed, a.performance, a.margin, a.conversions,
    a.outPerformance, a.outMargin, a.outConversions, a.outReach, a.size,
    profits, costs, out,
  );
}

/*
 * The loops below are functions of their own, with nothing after the loop: V8 compiles a long loop
 * during its first call (on-stack replacement), and code after it had no type feedback then (a
 * Float64Array.of that returned the sums), so that compiled loop deoptimised at its end on every
 * call, 20 to 100 times per allocation (node --trace-deopt). The sums go into `out` as they grow.
 */

function freeLoop(
  n: number, fixed: number,
  P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array,
  xP1: Float64Array, yP1: Float64Array, xM1: Float64Array, yM1: Float64Array, xV1: Float64Array, yV1: Float64Array, xR1: Float64Array, yR1: Float64Array,
  xP2: Float64Array, yP2: Float64Array, xM2: Float64Array, yM2: Float64Array, xV2: Float64Array, yV2: Float64Array, xR2: Float64Array, yR2: Float64Array,
  profits: Float64Array, costs: Float64Array, out: Float64Array,
): void {
  let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
  for (let t = 0; t < n; t++) {
    const cost = (P[t] as number) + (((xP1[t] as number) - (yP1[t] as number)) + ((xP2[t] as number) - (yP2[t] as number))) + fixed;
    const profit = (M[t] as number) + (((xM1[t] as number) - (yM1[t] as number)) + ((xM2[t] as number) - (yM2[t] as number))) - fixed;
    profits[t] = profit;
    costs[t] = cost;
    profitSum += profit;
    costSum += cost;
    convSum += (V[t] as number) + (((xV1[t] as number) - (yV1[t] as number)) + ((xV2[t] as number) - (yV2[t] as number)));
    reachSum += (R[t] as number) + (((xR1[t] as number) - (yR1[t] as number)) + ((xR2[t] as number) - (yR2[t] as number)));
    if (profit < 0) losses++;
    out[0] = profitSum;
    out[1] = costSum;
    out[2] = convSum;
    out[3] = reachSum;
    out[4] = losses;
  }
}

function audienceLoop(
  n: number, fixed: number,
  P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array,
  xP1: Float64Array, yP1: Float64Array, xM1: Float64Array, yM1: Float64Array, xV1: Float64Array, yV1: Float64Array, xR1: Float64Array, yR1: Float64Array,
  xP2: Float64Array, yP2: Float64Array, xM2: Float64Array, yM2: Float64Array, xV2: Float64Array, yV2: Float64Array, xR2: Float64Array, yR2: Float64Array,
  uR1: Float64Array, wR1: Float64Array, uR2: Float64Array, wR2: Float64Array,
  uL1: Float64Array, wL1: Float64Array, uL2: Float64Array, wL2: Float64Array,
  uP1: Float64Array, wP1: Float64Array, uP2: Float64Array, wP2: Float64Array,
  uM1: Float64Array, wM1: Float64Array, uM2: Float64Array, wM2: Float64Array,
  uV1: Float64Array, wV1: Float64Array, uV2: Float64Array, wV2: Float64Array,
  sR: Float64Array, sL: Float64Array, sP: Float64Array, sM: Float64Array, sV: Float64Array,
  oP: Float64Array, oM: Float64Array, oV: Float64Array, oR: Float64Array, N: number,
  profits: Float64Array, costs: Float64Array, out: Float64Array,
): void {
  let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
  for (let t = 0; t < n; t++) {
    const gross = (sR[t] as number) + (((uR1[t] as number) - (wR1[t] as number)) + ((uR2[t] as number) - (wR2[t] as number)));
    const missed = (sL[t] as number) + (((uL1[t] as number) - (wL1[t] as number)) + ((uL2[t] as number) - (wL2[t] as number)));
    let phi = 1;
    let unique = 0;
    if (gross > 0) {
      unique = Math.min(gross, N * -expm1(missed));
      phi = unique / gross;
    }
    const aP = (sP[t] as number) + (((uP1[t] as number) - (wP1[t] as number)) + ((uP2[t] as number) - (wP2[t] as number)));
    const aM = (sM[t] as number) + (((uM1[t] as number) - (wM1[t] as number)) + ((uM2[t] as number) - (wM2[t] as number)));
    const aV = (sV[t] as number) + (((uV1[t] as number) - (wV1[t] as number)) + ((uV2[t] as number) - (wV2[t] as number)));
    const cost = (P[t] as number) - (oP[t] as number) + phi * aP + (((xP1[t] as number) - (yP1[t] as number)) + ((xP2[t] as number) - (yP2[t] as number))) + fixed;
    const profit = (M[t] as number) - (oM[t] as number) + phi * aM + (((xM1[t] as number) - (yM1[t] as number)) + ((xM2[t] as number) - (yM2[t] as number))) - fixed;
    profits[t] = profit;
    costs[t] = cost;
    profitSum += profit;
    costSum += cost;
    convSum += (V[t] as number) - (oV[t] as number) + phi * aV + (((xV1[t] as number) - (yV1[t] as number)) + ((xV2[t] as number) - (yV2[t] as number)));
    reachSum += (R[t] as number) - (oR[t] as number) + unique + (((xR1[t] as number) - (yR1[t] as number)) + ((xR2[t] as number) - (yR2[t] as number)));
    if (profit < 0) losses++;
    out[0] = profitSum;
    out[1] = costSum;
    out[2] = convSum;
    out[3] = reachSum;
    out[4] = losses;
  }
}

/**
 * The commonest judgement, one line item of an audience changed, in one pass that reads only what
 * it needs: about half the arrays of fusedLoop, which matters because a judgement is bound by memory.
 */
export function singleInAudience(
  n: number, fixed: number,
  a: AudienceSums, u: CountSample, w: CountSample,
  profits: Float64Array, costs: Float64Array, keepProfit: boolean, keepCost: boolean, counting: boolean, out: Float64Array,
): void {
  singleLoop(
    n, fixed, u.reach, w.reach, u.logMissed as Float64Array, w.logMissed as Float64Array, u.performance, w.performance, u.margin, w.margin, u.conversions, w.conversions,
    a.reach, a.logMissed, a.performance, a.margin, a.conversions, a.restPerformance, a.restMargin, a.restConversions, a.restReach, a.size,
    profits, costs, keepProfit, keepCost, counting, out,
  );
}

function singleLoop(
  n: number, fixed: number,
  uR: Float64Array, wR: Float64Array, uL: Float64Array, wL: Float64Array, uP: Float64Array, wP: Float64Array, uM: Float64Array, wM: Float64Array, uV: Float64Array, wV: Float64Array,
  sR: Float64Array, sL: Float64Array, sP: Float64Array, sM: Float64Array, sV: Float64Array, P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array, N: number,
  profits: Float64Array, costs: Float64Array, keepProfit: boolean, keepCost: boolean, counting: boolean, out: Float64Array,
): void {
  let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
  for (let t = 0; t < n; t++) {
    const gross = (sR[t] as number) + ((uR[t] as number) - (wR[t] as number));
    let phi = 1;
    let unique = 0;
    if (gross > 0) {
      unique = Math.min(gross, N * -expm1((sL[t] as number) + ((uL[t] as number) - (wL[t] as number))));
      phi = unique / gross;
    }
    const cost = (P[t] as number) + phi * ((sP[t] as number) + ((uP[t] as number) - (wP[t] as number))) + fixed;
    const profit = (M[t] as number) + phi * ((sM[t] as number) + ((uM[t] as number) - (wM[t] as number))) - fixed;
    // Only the percentiles asked for need their trials: a store less per trial when one is.
    if (keepProfit) profits[t] = profit;
    if (keepCost) costs[t] = cost;
    profitSum += profit;
    costSum += cost;
    if (counting) {
      convSum += (V[t] as number) + phi * ((sV[t] as number) + ((uV[t] as number) - (wV[t] as number)));
      reachSum += (R[t] as number) + unique;
    }
    if (profit < 0) losses++;
    out[0] = profitSum;
    out[1] = costSum;
    out[2] = convSum;
    out[3] = reachSum;
    out[4] = losses;
  }
}
