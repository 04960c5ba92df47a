import { Z95 } from '../distributions';

/**
 * The random-effects update of one rate from past results (docs/MODEL.md §9), written step by step
 * as the formulas are so that each can be checked by hand. On the log scale, each creator j shows
 * an observed rate y_j with sampling variance v_j; the creators' spread beyond sampling noise is
 * τ² (DerSimonian–Laird); the prior range splits evenly into the spread between creators (σ₀²/2,
 * worth n₀ = 5 creators) and the uncertainty of the level (σ₀²/2).
 */

/** One creator's count (x_j, e.g. orders) out of its exposure (d_j > 0, e.g. clicks). */
export interface Observation {
  x: number;
  d: number;
}

export interface Prior {
  /** m₀ > 0 */
  median: number;
  /** σ₀ > 0 */
  sigma: number;
}

/** Prior weight: the prior counts as this many creators. */
export const PRIOR_CREATORS = 5;
/** The campaign-wide share of one creator's spread, capped so that 1 − ρ never reaches 0. */
export const MAX_RHO = 0.9;

export interface RandomEffectsSteps {
  y: number[];
  v: number[];
  w: number[];
  yBar: number;
  Q: number;
  tau2: number;
  rho: number;
  /** one creator's spread S² */
  S2: number;
  u: number[];
  V: number;
  P: number;
  mu: number;
  s: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * @param observations n ≥ 1 creators, each with d > 0 (and x ≤ d for a probability)
 * @param views true for reachRate, whose count may exceed its exposure: v_j = 1/(x_j + 0.5)
 * @param creatorCorrelation the scenario's ρc; ρ = min(0.9, ρc)
 */
export function randomEffects(prior: Prior, observations: readonly Observation[], views: boolean, creatorCorrelation: number): RandomEffectsSteps {
  const n = observations.length;
  const n0 = PRIOR_CREATORS;
  const sigma0Sq = prior.sigma * prior.sigma;
  const y = observations.map(({ x, d }) => Math.log((x + 0.5) / (d + 0.5)));
  const v = observations.map(({ x, d }) => (views ? 1 / (x + 0.5) : 1 / (x + 0.5) - 1 / (d + 1)));
  const w = v.map((vj) => 1 / vj);
  const sumW = sum(w);
  const yBar = sum(w.map((wj, j) => wj * (y[j] ?? 0))) / sumW;
  const Q = sum(w.map((wj, j) => wj * ((y[j] ?? 0) - yBar) ** 2));
  // With one creator there is no spread to see; with weights so unequal that one creator is all
  // of them, the denominator vanishes and neither is there.
  const denominator = sumW - sum(w.map((wj) => wj * wj)) / sumW;
  const tau2 = n > 1 && denominator > 0 ? Math.max(0, (Q - (n - 1)) / denominator) : 0;
  const rho = Math.min(MAX_RHO, creatorCorrelation);
  const S2 = ((n0 * sigma0Sq) / 2 + (n * tau2) / (1 - rho)) / (n0 + n);
  const u = v.map((vj) => 1 / (vj + (1 - rho) * S2));
  const sumU = sum(u);
  const V = 1 / sumU + rho * S2;
  const P = 2 / sigma0Sq + 1 / V;
  const weightedMean = sum(u.map((uj, j) => uj * (y[j] ?? 0))) / sumU;
  const mu = ((2 * Math.log(prior.median)) / sigma0Sq + weightedMean / V) / P;
  const s = Math.sqrt(S2 + 1 / P);
  return { y, v, w, yBar, Q, tau2, rho, S2, u, V, P, mu, s };
}

/** The new 90% range before capping: exp(μ ∓ 1.645 s). */
export const rangeEnds = ({ mu, s }: Pick<RandomEffectsSteps, 'mu' | 's'>) => ({ low: Math.exp(mu - Z95 * s), high: Math.exp(mu + Z95 * s) });
