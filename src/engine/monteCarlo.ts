import type { Scenario } from './schema';
import type { MonteCarloResult } from './types';

export interface MonteCarloOptions {
  /** overrides scenario.simulation.trials */
  trials?: number;
  /** overrides scenario.simulation.seed */
  seed?: number;
  /** keep per-trial campaign totals (for histograms, comparisons and the audit export) */
  keepSamples?: boolean;
  /** called now and then with the share of work done, 0–1; return false to cancel (throws McCancelled) */
  onProgress?: (done: number) => boolean | void;
}

/** The Monte Carlo model (SPEC §5). */
export function runMonteCarlo(_scenario: Scenario, _options: MonteCarloOptions = {}): MonteCarloResult {
  throw new Error('runMonteCarlo: not implemented yet');
}
