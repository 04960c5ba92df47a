import { rateAtZ, rateMedian, Z95 } from '../../engine/distributions';
import type { Rate } from '../../engine/schema';

/**
 * A rate as the editor shows it: a typical value (the median) and a spread, the ratio high ÷ low
 * of its 90% interval. Planners think "about 2%, give or take a factor of 3"; the file keeps
 * {low, high}, and the two convert exactly: low = typical ÷ √spread, high = typical × √spread.
 */
export interface RateParts {
  known: boolean;
  typical: number;
  spread: number;
}

/** The spread a range gets when a known value is given an uncertainty. */
const DEFAULT_SPREAD = 4;
export const MAX_SPREAD = 10_000;

export function rateToParts(rate: Rate): RateParts {
  if (typeof rate === 'number') return { known: true, typical: rate, spread: DEFAULT_SPREAD };
  return { known: false, typical: rateMedian(rate), spread: rate.high / rate.low };
}

/** Trims binary noise so that a 2% typical with spread 4 is stored as {low: 0.01, high: 0.04}. */
const tidy = (v: number) => Number(v.toPrecision(12));

export function partsToRate(parts: RateParts): Rate {
  if (parts.known) return tidy(parts.typical);
  const root = Math.sqrt(parts.spread);
  return { low: tidy(parts.typical / root), high: tidy(parts.typical * root) };
}

/** The 90% interval a rate means: [P5, P95]; a known rate is its own interval. */
export function rateInterval(rate: Rate): [number, number] {
  return [rateAtZ(rate, -Z95), rateAtZ(rate, Z95)];
}

/** The largest typical value that keeps the high end of the interval within `max`. */
export function maxTypical(parts: RateParts, max: number): number {
  return parts.known ? max : max / Math.sqrt(parts.spread);
}

/** The largest spread that keeps the high end of the interval within `max`. */
export function maxSpread(parts: RateParts, max: number): number {
  if (parts.typical <= 0) return MAX_SPREAD;
  return Math.max(1, Math.min(MAX_SPREAD, (max / parts.typical) ** 2));
}

/**
 * The rate after "known" is switched. A known zero (the usual lead rate) cannot be a lognormal
 * range, so it starts from `fallbackTypical` instead.
 */
export function toggleKnown(rate: Rate, known: boolean, max: number, fallbackTypical: number): Rate {
  const parts = rateToParts(rate);
  if (known) return partsToRate({ ...parts, known: true });
  const typical = parts.typical > 0 ? parts.typical : fallbackTypical;
  const spread = Math.min(DEFAULT_SPREAD, maxSpread({ ...parts, typical }, max));
  return partsToRate({ known: false, typical, spread });
}
