import { createInlineWorker, type WorkerLike } from './inlineWorker';
import { PARTIAL_VERSION, type StartRequest, type TaskResponse } from './protocol';
import type { TaskInput, TaskKind, TaskPartial, TaskResult } from './tasks';
import { recordThroughput } from './throughput';

export interface TaskHandlers<R, P = never> {
  resolve(result: R): void;
  reject(error: Error): void;
  /** progress, with what the task found so far when that changed (a payload of this build's PARTIAL_VERSION only) */
  onProgress?: ((progress: number, partial?: P) => void) | undefined;
}

/** Where tasks run: a few module workers, or this thread. */
export interface TaskPool {
  readonly kind: 'worker' | 'inline';
  /** how many tasks truly compute at once: the workers, or one on this thread */
  readonly parallelism: number;
  /** queues a task; it starts on the first free worker. Returns its id. */
  submit<K extends TaskKind>(kind: K, input: TaskInput<K>, handlers: TaskHandlers<TaskResult<K>, TaskPartial<K>>): number;
  /**
   * The result is no longer wanted (a newer one replaced it): its handlers are dropped unsettled, a
   * queued task never starts, and a running one stops at its next slice, keeping its warm worker.
   */
  drop(taskId: number): void;
  /** the planner's Cancel: as drop, but a running task's worker is terminated and replaced at once */
  cancel(taskId: number): void;
  /** workers made so far, a replaced one counted again: a worker made since a moment has compiled nothing since it */
  readonly workersMade: number;
}

export interface TaskPoolOptions {
  /** makes one worker; the pool makes them as tasks need them, up to `size` */
  makeWorker: () => WorkerLike;
  size: number;
  /** true when makeWorker runs tasks on this thread */
  inline?: boolean;
}

/**
 * A dropped task that has not stopped this long after being asked to (a step that never returns)
 * costs its worker: the worker is terminated so that the queue behind it moves on.
 */
export const STOP_GRACE_MS = 1000;

interface Slot {
  worker: WorkerLike;
  /** the task it computes, or null when free */
  taskId: number | null;
  graceTimer?: ReturnType<typeof setTimeout> | undefined;
}

interface Job {
  request: StartRequest;
  /** null once dropped or cancelled: nothing of the task reaches its caller any more */
  handlers: TaskHandlers<never, never> | null;
  slot: Slot | null;
}

let nextTaskId = 1;

/**
 * Runs tasks on up to `size` workers, one task per worker at a time, the rest queued in the order
 * they came. Workers are made when a task needs one and kept warm afterwards. If a worker fails
 * (it could not load, say), the task it held fails once and later tasks run on this thread, so
 * results still appear, only less smoothly.
 */
export function createTaskPool({ makeWorker, size, inline = false }: TaskPoolOptions): TaskPool {
  const slots: Slot[] = [];
  const jobs = new Map<number, Job>();
  const queue: number[] = [];
  let fallenBack = inline;
  let made = 0;

  const settle = (slot: Slot) => {
    clearTimeout(slot.graceTimer);
    slot.graceTimer = undefined;
    if (slot.taskId !== null) jobs.delete(slot.taskId);
    slot.taskId = null;
  };

  const receive = (slot: Slot, message: TaskResponse) => {
    if (message.type === 'progress' || message.type === 'result') recordThroughput(message.unitsPerSecond);
    const job = jobs.get(message.taskId);
    if (message.type === 'progress') {
      const partial = message.partial?.version === PARTIAL_VERSION ? message.partial.value : undefined;
      job?.handlers?.onProgress?.(message.progress, partial as never);
      return;
    }
    if (slot.taskId !== message.taskId) return;
    settle(slot);
    if (message.type === 'result') job?.handlers?.resolve(message.result as never);
    else if (message.type === 'error') job?.handlers?.reject(new Error(message.message));
    pump();
  };

  const fail = (slot: Slot, event: ErrorEvent) => {
    event.preventDefault?.();
    console.warn(`A task worker failed (${event.message}); running tasks on the main thread from now on.`);
    const job = slot.taskId === null ? undefined : jobs.get(slot.taskId);
    remove(slot);
    fallenBack = true;
    job?.handlers?.reject(new Error(`the task worker failed: ${event.message}`));
    pump();
  };

  const addSlot = (): Slot => {
    const worker = fallenBack ? createInlineWorker() : makeWorker();
    made++;
    const slot: Slot = { worker, taskId: null };
    worker.onmessage = (event) => receive(slot, event.data);
    worker.onerror = (event) => fail(slot, event);
    slots.push(slot);
    return slot;
  };

  /** Terminates a slot's worker; whatever it computed is gone. */
  const remove = (slot: Slot) => {
    settle(slot);
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    slot.worker.terminate();
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
  };

  function pump(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.taskId === null) ?? (slots.length < size ? addSlot() : undefined);
      if (!slot) return;
      const taskId = queue.shift()!;
      const job = jobs.get(taskId)!;
      slot.taskId = taskId;
      job.slot = slot;
      slot.worker.postMessage(job.request);
    }
  }

  const forget = (taskId: number): Job | undefined => {
    const job = jobs.get(taskId);
    if (!job) return undefined;
    job.handlers = null;
    if (job.slot) return job;
    queue.splice(queue.indexOf(taskId), 1);
    jobs.delete(taskId);
    return undefined;
  };

  return {
    get kind() {
      return fallenBack ? 'inline' : 'worker';
    },
    get parallelism() {
      return fallenBack ? 1 : size;
    },
    get workersMade() {
      return made;
    },
    submit(kind, input, handlers) {
      const taskId = nextTaskId++;
      jobs.set(taskId, { request: { type: 'start', taskId, kind, input } as StartRequest, handlers: handlers as TaskHandlers<never, never>, slot: null });
      queue.push(taskId);
      pump();
      return taskId;
    },
    drop(taskId) {
      const slot = forget(taskId)?.slot;
      if (!slot || slot.graceTimer !== undefined) return;
      slot.worker.postMessage({ type: 'cancel', taskId });
      slot.graceTimer = setTimeout(() => {
        if (slot.taskId !== taskId) return;
        remove(slot);
        addSlot();
        pump();
      }, STOP_GRACE_MS);
    },
    cancel(taskId) {
      const slot = forget(taskId)?.slot;
      if (!slot) return;
      remove(slot);
      // Replaced at once, so that the next task finds a worker already loaded.
      addSlot();
      pump();
    },
  };
}
