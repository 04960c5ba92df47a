import { startAllocation } from '../engine/allocation/task';
import type { AllocationOverrides } from '../engine/allocation/settings';
import { startMonteCarlo } from '../engine/monteCarlo';
import type { Scenario } from '../engine/schema';
import { startTornado } from '../engine/sensitivity';
import { transferablesOf } from './protocol';

/**
 * The kinds of task the worker runs, one entry each. This module is the worker's (and the inline
 * fallback's): it imports the engine. The page imports its types only (`import type`), which the
 * build erases, so no engine code reaches the page's first load through it.
 */

/** Work in bounded steps, as the engine's long computations are shaped (startMonteCarlo, startTornado). */
export interface SteppedTask<R, P = never> {
  /** does a bounded chunk of work; true when the task is finished */
  step(): boolean;
  /** share of the work done, 0–1 */
  readonly progress: number;
  /** the whole work in the units of engine/montecarlo/estimate.ts, where the task has such a measure */
  readonly workUnits?: number;
  /** what the task has found so far, if it changed since last taken (worker/protocol.ts TaskPartialPayload), else null */
  takePartial?(): P | null;
  /** the result; may throw if the task is not finished */
  result(): R;
}

export interface TaskDefinition<I, R, P = never> {
  start(input: I): SteppedTask<R, P>;
  /** buffers of the result to hand over to the page instead of copying them */
  transferables?(result: R): Transferable[];
  /** its work units and time calibrate the estimate of the next simulation (worker/throughput.ts) */
  measuresThroughput?: boolean;
}

const define = <I, R, P = never>(definition: TaskDefinition<I, R, P>) => definition;

/** What a simulation task is asked; missing fields fall back to the scenario's own `simulation`. */
export interface SimulateInput {
  scenario: Scenario;
  trials?: number;
  seed?: number;
  /** keep per-trial totals; their buffers are transferred, not copied */
  keepSamples?: boolean;
}

export interface SensitivityInput {
  scenario: Scenario;
}

/** What an allocation task is asked (docs/MODEL.md §8): the scenario and overrides of its budget and `allocation` settings. */
export interface AllocateInput {
  scenario: Scenario;
  overrides?: AllocationOverrides;
}

/**
 * A new kind is one entry here: `allocate: define({ start: (input: AllocateInput) => startAllocation(…) })`,
 * where start returns a SteppedTask. The protocol, the pool, createTaskRunner and useTask/useTasks
 * take their input and result types from this object, so nothing else changes; a view then calls
 * `useTask('allocate', input)`.
 */
export const TASKS = {
  simulate: define({
    start: ({ scenario, ...options }: SimulateInput) => startMonteCarlo(scenario, options),
    transferables: transferablesOf,
    measuresThroughput: true,
  }),
  sensitivity: define({ start: ({ scenario }: SensitivityInput) => startTornado(scenario) }),
  allocate: define({ start: ({ scenario, overrides }: AllocateInput) => startAllocation(scenario, overrides) }),
};

export type TaskKind = keyof typeof TASKS;
export type TaskInput<K extends TaskKind> = Parameters<(typeof TASKS)[K]['start']>[0];
export type TaskResult<K extends TaskKind> = ReturnType<ReturnType<(typeof TASKS)[K]['start']>['result']>;
/** What a task of the kind reports while it runs (the allocator: the frontier so far); never for kinds that report nothing. */
export type TaskPartial<K extends TaskKind> = (typeof TASKS)[K] extends TaskDefinition<never, unknown, infer P> ? P : never;
