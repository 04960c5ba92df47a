import { createInlineWorker } from './inlineWorker';
import { createTaskPool, type TaskPool } from './pool';

/** More workers than this rarely pay: the views run at most six tasks at once, and each worker holds its own engine and buffers. */
export const MAX_WORKERS = 4;

/**
 * One worker per core, up to MAX_WORKERS. The page's own thread needs little while tasks run
 * (a progress update ten times a second), so a two-core machine gets two workers.
 */
export function poolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores ?? 1) || 1));
}

let shared: TaskPool | null = null;

/** The app's one pool: module workers where `Worker` exists, this thread otherwise. */
export function sharedPool(): TaskPool {
  shared ??=
    typeof Worker === 'undefined'
      ? createTaskPool({ makeWorker: createInlineWorker, size: poolSize(), inline: true })
      : createTaskPool({ makeWorker: () => new Worker(new URL('./task.worker.ts', import.meta.url), { type: 'module' }), size: poolSize() });
  return shared;
}
