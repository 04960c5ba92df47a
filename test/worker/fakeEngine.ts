import type { Scenario } from '../../src/engine/schema';
import type { MonteCarloResult, Summary } from '../../src/engine/types';
import { MC_METRICS } from '../../src/engine/types';

/**
 * A stand-in for startMonteCarlo with a known cost per step, so the tests can watch slicing,
 * progress and supersession without depending on the engine's speed or numbers.
 */
export const STEPS = 12;
export const STEP_MS = 4;
export const started: string[] = [];
export const stepsTaken = new Map<string, number>();

const summary = (v: number): Summary => ({ mean: v, sd: 0, p5: v, p50: v, p95: v });

export function fakeStartMonteCarlo(scenario: Scenario, options: { trials?: number; seed?: number; keepSamples?: boolean } = {}) {
  if (scenario.name === 'explode') throw new Error('boom');
  started.push(scenario.name);
  let done = 0;
  const trials = options.trials ?? scenario.simulation.trials;
  return {
    step(): boolean {
      const until = performance.now() + STEP_MS;
      while (performance.now() < until) {
        /* busy, like real work */
      }
      done += 1;
      stepsTaken.set(scenario.name, done);
      return done >= STEPS;
    },
    get progress() {
      return done / STEPS;
    },
    workUnits: STEPS * 1000,
    result(): MonteCarloResult {
      const metrics = Object.fromEntries(MC_METRICS.map((m) => [m, summary(scenario.lineItems.length)])) as MonteCarloResult['metrics'];
      const result: MonteCarloResult = { trials, seed: options.seed ?? scenario.simulation.seed, metrics, probabilityOfLoss: 0, probabilityOverBudget: null };
      if (options.keepSamples) result.samples = Object.fromEntries(MC_METRICS.map((m) => [m, new Float64Array(trials)])) as MonteCarloResult['samples'] & object;
      return result;
    },
  };
}
