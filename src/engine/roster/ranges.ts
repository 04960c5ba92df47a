import { Z95, rateLogNormal } from '../distributions';
import { LIMITS } from '../limits';
import type { Rate } from '../schema';
import { MAX_REACH_RATE, type RateKind } from '../vocabulary';

/** The most a rate may be: views per follower up to 50, every other rate a share up to 1 (docs/MODEL.md §3). */
export const rateCap = (rate: RateKind): number => (rate === 'reachRate' ? MAX_REACH_RATE : LIMITS.rate.max);

/** σ of a range, the spread of ln r; 0 for a known number. */
export const sigmaOf = (rate: Rate): number => rateLogNormal(rate).sigma;

/**
 * The 90% range exp(μ ∓ 1.645 s), each end capped at the rate's upper bound (docs/MODEL.md §9).
 * The file format also wants high ≤ a million times low (LIMITS.rateSpread); where creators
 * disagree by more than that, low is raised to meet it, which no planner's data comes near.
 * A range that underflows to 0 (no real rate does) is the known number it collapses to.
 */
export function rangeOf(mu: number, s: number, cap: number): Rate {
  const high = Math.min(cap, Math.exp(mu + Z95 * s));
  // A hair above high / spread, so that rounding cannot leave low · spread a unit short of high.
  const low = Math.max(Math.min(cap, Math.exp(mu - Z95 * s)), (high / LIMITS.rateSpread) * (1 + 1e-12));
  if (!(low > 0)) return Math.min(cap, Math.exp(mu));
  return { low, high };
}

/** A range with this median and spread; a median of 0 is the known rate 0. */
export function rangeAround(median: number, sigma: number, cap: number): Rate {
  if (median <= 0) return 0;
  return rangeOf(Math.log(median), sigma, cap);
}
