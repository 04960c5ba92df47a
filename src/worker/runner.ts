import type { TaskPool } from './pool';
import { sharedPool } from './sharedPool';
import type { TaskInput, TaskKind, TaskPartial, TaskResult } from './tasks';

/**
 * A task that a newer task on the same runner replaced, or that was dropped or cancelled, rejects
 * with this. Rejecting (rather than resolving with the stale result) keeps `run` honest: a resolved
 * promise always carries the result of exactly the input that was asked for.
 */
export class SupersededError extends Error {
  override name = 'SupersededError';
  constructor() {
    super('the task was replaced by a newer one');
  }
}

export const isSuperseded = (error: unknown): error is SupersededError => error instanceof SupersededError;

/** One consumer's line of tasks of one kind (a chart, one compared scenario): only its newest task counts. */
export interface TaskRunner<K extends TaskKind> {
  /** starts a task; an unfinished earlier task of this runner is dropped and rejects with SupersededError */
  run(input: TaskInput<K>, onProgress?: (progress: number, partial?: TaskPartial<K>) => void): Promise<TaskResult<K>>;
  /** the unfinished task is no longer wanted: it stops at its next slice and rejects with SupersededError */
  drop(): void;
  /** the planner's Cancel: the unfinished task's worker is terminated; it rejects with SupersededError */
  cancel(): void;
}

export function createTaskRunner<K extends TaskKind>(kind: K, pool: TaskPool = sharedPool()): TaskRunner<K> {
  let current: { taskId: number; reject: (error: Error) => void } | null = null;

  const end = (how: 'drop' | 'cancel') => {
    if (!current) return;
    const { taskId, reject } = current;
    current = null;
    if (how === 'drop') pool.drop(taskId);
    else pool.cancel(taskId);
    reject(new SupersededError());
  };

  return {
    run(input, onProgress) {
      end('drop');
      return new Promise<TaskResult<K>>((resolve, reject) => {
        const settled = () => {
          if (current?.taskId === taskId) current = null;
        };
        const taskId = pool.submit(kind, input, {
          resolve: (result) => {
            settled();
            resolve(result);
          },
          reject: (error) => {
            settled();
            reject(error);
          },
          onProgress,
        });
        current = { taskId, reject };
      });
    },
    drop: () => end('drop'),
    cancel: () => end('cancel'),
  };
}
