import type { Scenario } from '../engine/schema';
import type { MonteCarloResult } from '../engine/types';
import { createInlineBackend, createWorkerBackend, type McBackend } from './backend';
import type { McRunOptions } from './protocol';

/**
 * A run that a newer run on the same runner replaced, or that was cancelled, rejects with this.
 * Rejecting (rather than resolving with the stale numbers) keeps `run` honest: a resolved promise
 * always carries the result of exactly the scenario that was asked for.
 */
export class SupersededError extends Error {
  override name = 'SupersededError';
  constructor() {
    super('the simulation was replaced by a newer one');
  }
}

export const isSuperseded = (error: unknown): error is SupersededError => error instanceof SupersededError;

export interface McRunner {
  /** starts a run; any unfinished earlier run of this runner rejects with SupersededError */
  run(scenario: Scenario, options?: McRunOptions & { onProgress?: (progress: number) => void }): Promise<MonteCarloResult>;
  /** stops the unfinished run, if any; it rejects with SupersededError */
  cancel(): void;
}

let shared: McBackend | null = null;

/** The app's one backend: a module worker where `Worker` exists, this thread otherwise. */
export function sharedBackend(): McBackend {
  shared ??=
    typeof Worker === 'undefined'
      ? createInlineBackend()
      : createWorkerBackend(() => new Worker(new URL('./mc.worker.ts', import.meta.url), { type: 'module' }));
  return shared;
}

let nextLane = 1;
let nextRunId = 1;

/** A runner for one consumer (a panel, a chart); runners share the backend but not supersession. */
export function createMcRunner(backend: McBackend = sharedBackend()): McRunner {
  const lane = nextLane++;
  let current: { runId: number; reject: (error: Error) => void } | null = null;

  const abandonCurrent = () => {
    if (!current) return;
    const { runId, reject } = current;
    current = null;
    backend.stop(runId);
    reject(new SupersededError());
  };

  return {
    run(scenario, { onProgress, ...options } = {}) {
      abandonCurrent();
      const runId = nextRunId++;
      return new Promise<MonteCarloResult>((resolve, reject) => {
        current = { runId, reject };
        const settle = () => {
          if (current?.runId === runId) current = null;
        };
        backend.start(
          { type: 'run', runId, lane, scenario, options },
          {
            resolve: (result) => {
              settle();
              resolve(result);
            },
            reject: (error) => {
              settle();
              reject(error);
            },
            onProgress,
          },
        );
      });
    },
    cancel: abandonCurrent,
  };
}
