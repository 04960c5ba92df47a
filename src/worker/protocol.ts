import type { MonteCarloResult } from '../engine/types';
import type { TaskInput, TaskKind, TaskPartial, TaskResult } from './tasks';

/**
 * Messages between the page and a task worker. The page starts a task of a kind in worker/tasks.ts
 * under a task id of its choosing; the worker answers with progress, then exactly one of result,
 * error or (after a cancel) stopped. A worker runs the tasks it is given in time slices and checks
 * between slices whether a task was cancelled. Progress and results of tasks that measure
 * throughput carry it (work units per second of computing), which calibrates the next estimate.
 * Progress of tasks that find their answer piece by piece may carry what they found so far
 * (`partial`): a newer partial replaces an older one, and the result is the final word.
 */

export type StartRequest = { [K in TaskKind]: { type: 'start'; taskId: number; kind: K; input: TaskInput<K> } }[TaskKind];

export type TaskRequest = StartRequest | { type: 'cancel'; taskId: number };

/**
 * The version of the partial payload: the one place it is set. A receiver takes a payload of its
 * own version only, so a worker of another build can never hand the page a shape it misreads.
 */
export const PARTIAL_VERSION = 1;

/** What a task has found so far, beside its progress (the allocator: the frontier so far). */
export interface TaskPartialPayload {
  version: typeof PARTIAL_VERSION;
  value: TaskPartial<TaskKind>;
}

export type TaskResponse =
  | { type: 'progress'; taskId: number; progress: number; unitsPerSecond?: number; partial?: TaskPartialPayload }
  | { type: 'result'; taskId: number; result: TaskResult<TaskKind>; unitsPerSecond?: number }
  | { type: 'error'; taskId: number; message: string }
  /** a cancelled task has stopped computing */
  | { type: 'stopped'; taskId: number };

/** The sample buffers of a result, to hand over to the receiver instead of copying them. */
export function transferablesOf(result: MonteCarloResult): ArrayBuffer[] {
  if (!result.samples) return [];
  return Object.values(result.samples).map((array) => array.buffer as ArrayBuffer);
}
