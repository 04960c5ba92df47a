import { DEFAULT_UNITS_PER_SECOND } from '../engine/montecarlo/estimate';

/**
 * How fast this machine's simulation runs, in work units per second (engine/montecarlo/estimate.ts),
 * as the worker measured it from the slices it computed. Later measurements weigh as much as all
 * earlier ones, so the estimate follows a machine that gets busier or quieter.
 */
let unitsPerSecond = DEFAULT_UNITS_PER_SECOND;
let measured = false;

export function measuredUnitsPerSecond(): number {
  return unitsPerSecond;
}

export function recordThroughput(value: number | undefined): void {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return;
  unitsPerSecond = measured ? (unitsPerSecond + value) / 2 : value;
  measured = true;
}

/** Back to the default, as on a fresh page (tests). */
export function resetThroughput(): void {
  unitsPerSecond = DEFAULT_UNITS_PER_SECOND;
  measured = false;
}
