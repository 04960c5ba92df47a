import type { Rng } from '../rng';
import { normal } from '../normal';
import type { VolumeBlock } from './buffers';
import { exp } from './exp';
import type { TailSplit } from './tailSplit';

/** What the tail pass needs, computed once per line item (tailSplit.ts). */
export interface TailModel {
  split: TailSplit;
  creators: number;
  /** the count the bulk was fitted for, C·(1 − p) */
  fitted: number;
  /** within-group weights a_k = σ_k·√(1−ρc) */
  a: Float64Array;
  /** what a trial's group location ln r = μ + w·(√ρg·G + √(1−ρg)·e) needs, to cap the tail creators */
  mu: Float64Array;
  groupWeight: Float64Array;
  lnCap: Float64Array;
  sqG: number;
  sqE: number;
}

/** The draws that set a trial's group location: e per rate kind (block index t), G per rate kind (index t0 + t). */
export interface GroupDraws {
  e: readonly Float64Array[];
  g: readonly Float64Array[];
  t0: number;
}

/**
 * A binomial(C, p) draw by inversion, O(1 + the draw): in chunks of at most 64/p trials, so that
 * each chunk's P(0) = (1 − p)^chunk stays far above underflow.
 */
function binomial(rng: Rng, C: number, p: number): number {
  const chunk = Math.max(1, Math.floor(64 / p));
  let total = 0;
  for (let done = 0; done < C; done += chunk) total += binomialChunk(rng, Math.min(chunk, C - done), p);
  return total;
}

function binomialChunk(rng: Rng, C: number, p: number): number {
  const u = rng.nextFloat();
  const ratio = p / (1 - p);
  let pmf = Math.exp(C * Math.log1p(-p));
  let cdf = pmf;
  let k = 0;
  while (u > cdf && k < C) {
    pmf *= ((C - k) / (k + 1)) * ratio;
    cdf += pmf;
    k++;
    // Rounding can leave the cdf a hair below 1: the pmf then reaches 0 and the loop must end.
    if (pmf === 0) break;
  }
  return k;
}

/** A standard normal given that it exceeds c > 0 (Marsaglia's tail method). */
function normalAbove(rng: Rng, c: number): number {
  for (;;) {
    const x = Math.sqrt(c * c - 2 * Math.log(rng.nextFloat()));
    if (rng.nextFloat() * x < c) return x;
  }
}

/**
 * Turns the bulk shapes groupShapes left in the volume block (the fitted sum of C·(1 − p) bulk
 * creators, per unit of location) into the total of a trial: the bulk rescaled to its drawn count
 * C − N, plus the N tail creators drawn one by one, each with its score above the cut and the rest
 * of its normals given the score. O(1 + N) per trial.
 */
export function addTail(model: TailModel, rng: Rng, draws: GroupDraws, n: number, noLeads: boolean, out: VolumeBlock): void {
  const { split, creators: C, fitted, a, sqG, sqE } = model;
  const { e, g, t0 } = draws;
  // A tail creator's rate, per unit of the group's location, is capped at cap / location.
  const room = (k: number, t: number) =>
    (model.lnCap[k] as number) - (model.mu[k] as number) - (model.groupWeight[k] as number) * (sqG * ((g[k] as Float64Array)[t0 + t] as number) + sqE * ((e[k] as Float64Array)[t] as number));
  const { cut, p, u } = split;
  const mean = split.bulk.mean;
  const [u0, u1, u2, u3] = u as unknown as [number, number, number, number];
  const [a0, a1, a2, a3] = a as unknown as [number, number, number, number];
  const [mI, mC, mV, mL] = mean as unknown as [number, number, number, number];
  const { impressions, clicks, conversions, leads } = out;
  for (let t = 0; t < n; t++) {
    const tail = binomial(rng, C, p);
    const count = C - tail;
    const f = Math.sqrt(count / fitted);
    let imp = count * mI + f * ((impressions[t] as number) - fitted * mI);
    let clk = count * mC + f * ((clicks[t] as number) - fitted * mC);
    let conv = count * mV + f * ((conversions[t] as number) - fitted * mV);
    let lead = noLeads ? 0 : count * mL + f * ((leads[t] as number) - fitted * mL);
    const rR = room(0, t), rC = room(1, t), rV = room(2, t), rL = noLeads ? 0 : room(3, t);
    for (let j = 0; j < tail; j++) {
      const score = normalAbove(rng, cut);
      const w0 = normal(rng), w1 = normal(rng), w2 = normal(rng), w3 = normal(rng);
      // z = w + u·(score − u·w): normal, independent of u·z in the directions orthogonal to u, with u·z = score.
      const shiftBy = score - (u0 * w0 + u1 * w1 + u2 * w2 + u3 * w3);
      const eR = Math.min(rR, a0 * (w0 + u0 * shiftBy));
      const eC = eR + Math.min(rC, a1 * (w1 + u1 * shiftBy));
      imp += exp(eR);
      const yC = exp(eC);
      clk += yC;
      conv += yC * exp(Math.min(rV, a2 * (w2 + u2 * shiftBy)));
      if (!noLeads) lead += yC * exp(Math.min(rL, a3 * (w3 + u3 * shiftBy)));
    }
    impressions[t] = imp;
    clicks[t] = clk;
    conversions[t] = conv;
    if (!noLeads) leads[t] = lead;
  }
}
