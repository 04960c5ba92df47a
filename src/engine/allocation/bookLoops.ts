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
 * again; writes each trial's profit and cost and returns the sums of profit, cost, conversions,
 * reach and the count of losses.
 */
export function fusedLoop(
  n: number, fixed: number,
  P: Float64Array, M: Float64Array, V: Float64Array, R: Float64Array,
  xP1: Float64Array, yP1: Float64Array, xM1: Float64Array, yM1: Float64Array, xV1: Float64Array, yV1: Float64Array, xR1: Float64Array, yR1: Float64Array,
  xP2: Float64Array, yP2: Float64Array, xM2: Float64Array, yM2: Float64Array, xV2: Float64Array, yV2: Float64Array, xR2: Float64Array, yR2: Float64Array,
  a: AudienceSums | null, changed: [[CountSample, CountSample], [CountSample, CountSample]] | null,
  profits: Float64Array, costs: Float64Array,
): Float64Array {
  let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
  if (a === null || changed === null) {
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
    }
    return Float64Array.of(profitSum, costSum, convSum, reachSum, losses);
  }
  const [[u1, w1], [u2, w2]] = changed;
  // Every array in a local: property loads inside the loop are not hoisted past the stores.
  const uR1 = u1.reach, wR1 = w1.reach, uR2 = u2.reach, wR2 = w2.reach;
  const uL1 = u1.logMissed as Float64Array, wL1 = w1.logMissed as Float64Array, uL2 = u2.logMissed as Float64Array, wL2 = w2.logMissed as Float64Array;
  const uP1 = u1.performance, wP1 = w1.performance, uP2 = u2.performance, wP2 = w2.performance;
  const uM1 = u1.margin, wM1 = w1.margin, uM2 = u2.margin, wM2 = w2.margin;
  const uV1 = u1.conversions, wV1 = w1.conversions, uV2 = u2.conversions, wV2 = w2.conversions;
  const sR = a.reach, sL = a.logMissed, sP = a.performance, sM = a.margin, sV = a.conversions;
  const oP = a.outPerformance, oM = a.outMargin, oV = a.outConversions, oR = a.outReach;
  const N = a.size;
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
  }
  return Float64Array.of(profitSum, costSum, convSum, reachSum, losses);
}

/**
 * The commonest judgement, one line item of an audience changed, in one pass that reads only what
 * it needs: about half the arrays of fusedLoop, which matters because a judgement is bound by memory.
 */
export function singleInAudience(
  n: number, fixed: number,
  a: AudienceSums, u: CountSample, w: CountSample,
  profits: Float64Array, costs: Float64Array, keepProfit: boolean, keepCost: boolean, counting: boolean,
): Float64Array {
  let profitSum = 0, costSum = 0, convSum = 0, reachSum = 0, losses = 0;
  const uR = u.reach, wR = w.reach, uL = u.logMissed as Float64Array, wL = w.logMissed as Float64Array;
  const uP = u.performance, wP = w.performance, uM = u.margin, wM = w.margin, uV = u.conversions, wV = w.conversions;
  const sR = a.reach, sL = a.logMissed, sP = a.performance, sM = a.margin, sV = a.conversions;
  const P = a.restPerformance, M = a.restMargin, V = a.restConversions, R = a.restReach;
  const N = a.size;
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
  }
  return Float64Array.of(profitSum, costSum, convSum, reachSum, losses);
}
