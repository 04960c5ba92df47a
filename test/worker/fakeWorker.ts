import type { WorkerLike } from '../../src/worker/inlineWorker';
import { createInlineWorker } from '../../src/worker/inlineWorker';
import { createTaskPool, type TaskPool } from '../../src/worker/pool';
import type { TaskRequest, TaskResponse } from '../../src/worker/protocol';
import { createTaskHost } from '../../src/worker/taskHost';

/**
 * A Worker whose other side is the real task host, with every message structured-cloned both
 * ways and delivered a turn later, as between threads. It records what it was sent and whether
 * it was terminated; once terminated, it neither computes nor answers, as a real worker.
 */
export class LoopbackWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TaskResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: TaskRequest[] = [];
  sent: TaskResponse[] = [];
  terminated = false;
  private host = createTaskHost((message, transfer) => {
    if (this.terminated) return;
    const data = structuredClone(message, { transfer });
    this.sent.push(data);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<TaskResponse>);
    }, 0);
  });
  postMessage(message: TaskRequest) {
    this.received.push(message);
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.host.handle(data);
    }, 0);
  }
  terminate() {
    this.terminated = true;
    this.host.stopAll();
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  /** the ids of the tasks it was asked to start, in order */
  get started(): number[] {
    return this.received.flatMap((m) => (m.type === 'start' ? [m.taskId] : []));
  }
}

/** A pool of fake workers that keeps every worker it made, in the order it made them. */
function poolOf<W extends WorkerLike>(size: number, make: () => W): { pool: TaskPool; workers: W[] } {
  const workers: W[] = [];
  const pool = createTaskPool({
    size,
    makeWorker: () => {
      const worker = make();
      workers.push(worker);
      return worker;
    },
  });
  return { pool, workers };
}

export const loopbackPool = (size: number) => poolOf(size, () => new LoopbackWorker());

/** The pool as in Node and jsdom: tasks on this thread. */
export const inlinePool = (size = 1): TaskPool => createTaskPool({ makeWorker: createInlineWorker, size, inline: true });

/** A worker that computes nothing: the test answers for it, so every interleaving can be set up exactly. */
export class ManualWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TaskResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: TaskRequest[] = [];
  terminated = false;
  postMessage(message: TaskRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: TaskResponse) {
    if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<TaskResponse>);
  }
  get started(): number[] {
    return this.received.flatMap((m) => (m.type === 'start' ? [m.taskId] : []));
  }
}

export const manualPool = (size: number) => poolOf(size, () => new ManualWorker());
