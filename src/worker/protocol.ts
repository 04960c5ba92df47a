import type { Scenario } from '../engine/schema';
import type { MonteCarloResult } from '../engine/types';

/**
 * Messages between the app and the Monte Carlo worker. Every message names its run; a run
 * belongs to a lane (one per chart or panel that asks), and a newer run on a lane stops the
 * older one, so fast slider moves never queue up stale work. Progress and results carry the
 * throughput the worker measured (work units per second of computing), which calibrates the
 * estimate of the next run.
 */

export interface McRunOptions {
  /** overrides scenario.simulation.trials */
  trials?: number;
  /** overrides scenario.simulation.seed */
  seed?: number;
  /** keep per-trial totals; their buffers are transferred, not copied */
  keepSamples?: boolean;
}

export type McRequest =
  | { type: 'run'; runId: number; lane: number; scenario: Scenario; options: McRunOptions }
  | { type: 'cancel'; runId: number };

export type McResponse =
  | { type: 'progress'; runId: number; progress: number; unitsPerSecond?: number }
  | { type: 'result'; runId: number; result: MonteCarloResult; unitsPerSecond?: number }
  | { type: 'error'; runId: number; message: string }
  /** a cancelled or replaced run has stopped computing */
  | { type: 'stopped'; runId: number };

/** The sample buffers of a result, to hand over to the receiver instead of copying them. */
export function transferablesOf(result: MonteCarloResult): ArrayBuffer[] {
  if (!result.samples) return [];
  return Object.values(result.samples).map((array) => array.buffer as ArrayBuffer);
}
