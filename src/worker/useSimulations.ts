import { useMemo } from 'react';
import { unitsPerTrial } from '../engine/montecarlo/estimate';
import type { Scenario } from '../engine/schema';
import type { MonteCarloResult } from '../engine/types';
import { makespan } from './makespan';
import type { TaskPool } from './pool';
import { sharedPool } from './sharedPool';
import type { SimulateInput } from './tasks';
import { useRunGate, type RunGate } from './useRunGate';
import { useTasks, type TaskJob, type TaskRun, type TaskStatus } from './useTasks';

/** 'asking': the run would be long and waits for the planner; 'cancelled': the planner stopped it. */
export type McStatus = 'idle' | TaskStatus | 'asking';

export type SimulationRun = TaskRun<MonteCarloResult>;

export interface SimulationItem {
  key: string;
  scenario: Scenario;
}

export interface UseSimulationsOptions {
  /** the trial count asked for; the planner may choose a cheaper one when asked about a long run */
  trials: number;
  /** one seed for all (compared scenarios see the same draws); each scenario's own if left out */
  seed?: number | undefined;
  /** keep per-trial totals (histograms, trial-by-trial comparisons) */
  keepSamples?: boolean | undefined;
  pool?: TaskPool | undefined;
}

export interface Simulations {
  runs: Record<string, SimulationRun>;
  /** the runs taken together */
  status: McStatus;
  /** the estimate of all runs together and the question before a long one */
  gate: RunGate;
  /** share of the work under way that is done, weighted by each run's work */
  progress: number;
  /** stops the runs under way; their last results stay, marked as of earlier inputs */
  cancel(): void;
  /** runs the cancelled ones again */
  rerun(): void;
}

const workPerTrial = new WeakMap<Scenario, number>();

/** The estimate plans every line item; six scenarios on every keystroke add up, so unchanged ones reuse theirs. */
function unitsPerTrialOf(scenario: Scenario): number {
  let units = workPerTrial.get(scenario);
  if (units === undefined) workPerTrial.set(scenario, (units = unitsPerTrial(scenario)));
  return units;
}

/**
 * Simulates scenarios in the worker pool whenever they change: the one simulation hook of the Plan,
 * Compare and Payments views (useTasks does the debounce, staleness and cancel). Before a run
 * estimated above 20 s it asks (useRunGate); the estimate is of all runs together as the pool will
 * run them, largest first on its workers, which is also the order they are submitted in.
 */
export function useSimulations(items: readonly SimulationItem[], { trials: askedTrials, seed, keepSamples, pool }: UseSimulationsOptions): Simulations {
  const parallelism = (pool ?? sharedPool()).parallelism;
  const work = useMemo(() => items.map((item) => unitsPerTrialOf(item.scenario)), [items]);
  const gate = useRunGate(makespan(work, parallelism), askedTrials);
  const trials = gate.trials;
  const jobs = useMemo(() => {
    const list: TaskJob<'simulate'>[] = items.map(({ key, scenario }, i) => {
      const input: SimulateInput = { scenario, trials };
      if (seed !== undefined) input.seed = seed;
      if (keepSamples !== undefined) input.keepSamples = keepSamples;
      return { key, input, weight: work[i]! * trials };
    });
    return list.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  }, [items, work, trials, seed, keepSamples]);
  const { runs, status, progress, cancel, rerun } = useTasks('simulate', jobs, { paused: gate.asking, pool });
  return { runs, status: gate.asking ? 'asking' : status, gate, progress, cancel, rerun };
}

export interface SimulationState extends Omit<SimulationRun, 'status'> {
  status: McStatus;
  gate: RunGate;
  progress: number;
  cancel(): void;
  rerun(): void;
}

export interface UseSimulationOptions {
  /** overrides scenario.simulation.trials */
  trials?: number;
  keepSamples?: boolean;
}

/** The simulation of one scenario (the Plan view's results): useSimulations with one item. */
export function useSimulation(scenario: Scenario, { trials, keepSamples }: UseSimulationOptions = {}): SimulationState {
  const items = useMemo(() => [{ key: 'scenario', scenario }], [scenario]);
  const { runs, status, gate, progress, cancel, rerun } = useSimulations(items, { trials: trials ?? scenario.simulation.trials, keepSamples });
  const run = runs.scenario;
  return { result: run?.result ?? null, status, error: run?.error, gate, progress, cancel, rerun };
}
