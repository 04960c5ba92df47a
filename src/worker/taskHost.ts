import { PARTIAL_VERSION, type StartRequest, type TaskPartialPayload, type TaskRequest, type TaskResponse } from './protocol';
import { TASKS, type SteppedTask, type TaskDefinition } from './tasks';

export type Post = (message: TaskResponse, transfer: Transferable[]) => void;

/** Runs shorter than this much computing say nothing about the machine's speed (start-up and JIT dominate). */
const MIN_MEASURED_MS = 200;
/** Work this long between yields, so a cancel is seen within about one frame. */
const SLICE_MS = 12;
const PROGRESS_EVERY_MS = 100;

/** Lets queued messages (a cancel) in; a MessageChannel avoids the 4 ms timer clamp. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The receiving end of the protocol, shared by the worker and the inline fallback so that both
 * compute exactly the same way. A task proceeds in time slices; between slices it checks whether
 * it was cancelled and, if so, says 'stopped' and sends nothing more of it.
 */
export function createTaskHost(post: Post) {
  const running = new Set<number>();
  const cancelled = new Set<number>();

  async function run({ taskId, kind, input }: StartRequest): Promise<void> {
    running.add(taskId);
    try {
      const definition = (TASKS as Partial<Record<string, TaskDefinition<unknown, unknown, unknown>>>)[kind];
      if (!definition) throw new Error(`no task of kind "${kind}"`);
      const task: SteppedTask<unknown, unknown> = definition.start(input);
      // Only this task's own slices count: other tasks' slices in between are not its cost.
      let busyMs = 0;
      const throughput = () =>
        definition.measuresThroughput && task.workUnits !== undefined && busyMs >= MIN_MEASURED_MS
          ? { unitsPerSecond: (task.workUnits * task.progress) / (busyMs / 1000) }
          : {};
      let lastReport = -Infinity;
      for (;;) {
        const sliceStart = performance.now();
        let finished = false;
        while (!finished && performance.now() - sliceStart < SLICE_MS) finished = task.step();
        busyMs += performance.now() - sliceStart;
        if (finished) break;
        // Every task longer than a slice reports, from its first slice on: a bar at 0% for a minute is no progress.
        if (performance.now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = performance.now();
          const found = task.takePartial?.() ?? null;
          const partial = found === null ? {} : { partial: { version: PARTIAL_VERSION, value: found } as TaskPartialPayload };
          post({ type: 'progress', taskId, progress: task.progress, ...throughput(), ...partial }, []);
        }
        await yieldToEventLoop();
        if (cancelled.has(taskId)) return post({ type: 'stopped', taskId }, []);
      }
      if (cancelled.has(taskId)) return post({ type: 'stopped', taskId }, []);
      const result = task.result();
      post({ type: 'result', taskId, result, ...throughput() } as TaskResponse, definition.transferables?.(result) ?? []);
    } catch (err) {
      post(cancelled.has(taskId) ? { type: 'stopped', taskId } : { type: 'error', taskId, message: messageOf(err) }, []);
    } finally {
      running.delete(taskId);
      cancelled.delete(taskId);
    }
  }

  return {
    handle(message: TaskRequest): void {
      if (message.type === 'start') void run(message);
      else if (running.has(message.taskId)) cancelled.add(message.taskId);
    },
    /** cancels every task under way (the inline worker's terminate) */
    stopAll(): void {
      for (const taskId of running) cancelled.add(taskId);
    },
  };
}
