import type { Rate } from './schema';

/** z such that Φ(z) = 0.95: a {low, high} range is a 90% interval. */
export const Z95 = 1.6448536269514722;

export interface LogNormalParams {
  /** ln of the median */
  mu: number;
  /** standard deviation of ln r; 0 for a known value */
  sigma: number;
}

/** Median of a rate: the number itself, or √(low · high) for a range (docs/MODEL.md §4). */
export function rateMedian(rate: Rate): number {
  return typeof rate === 'number' ? rate : Math.sqrt(rate.low * rate.high);
}

/** Lognormal parameters of a range; a known value (a point mass) has sigma 0 and may be 0 itself. */
export function rateLogNormal(rate: Rate): LogNormalParams {
  if (typeof rate === 'number') return { mu: rate > 0 ? Math.log(rate) : -Infinity, sigma: 0 };
  return { mu: 0.5 * (Math.log(rate.low) + Math.log(rate.high)), sigma: (Math.log(rate.high) - Math.log(rate.low)) / (2 * Z95) };
}

/** The value at quantile z (in standard-normal units) of a rate, e.g. P5 at z = −Z95. */
export function rateAtZ(rate: Rate, z: number): number {
  if (typeof rate === 'number') return rate;
  const { mu, sigma } = rateLogNormal(rate);
  return Math.exp(mu + sigma * z);
}

/** Mean of a rate: the number itself, or exp(μ + σ²/2) for a lognormal range (caps ignored). */
export function rateMean(rate: Rate): number {
  if (typeof rate === 'number') return rate;
  const { mu, sigma } = rateLogNormal(rate);
  return Math.exp(mu + (sigma * sigma) / 2);
}
