import type { TaskRequest, TaskResponse } from './protocol';

/** What the pool needs of a worker; a module Worker has it, and so has the inline stand-in below. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<TaskResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: TaskRequest): void;
  terminate(): void;
}

/**
 * A worker that runs its tasks on this thread, yielding between slices: used in Node, in jsdom and
 * where module workers fail (a strict Content Security Policy, say). The task host is imported on
 * first use: in the browser the engine lives in the worker's bundle, and importing it here
 * statically would put a second copy into the page's first load. Messages queue on one promise,
 * so a cancel still reaches the host after the start it cancels. Terminating cancels every task
 * it holds and silences it, as terminating a real worker would.
 */
export function createInlineWorker(): WorkerLike {
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      void host.then((h) => h?.handle(message));
    },
    terminate() {
      terminated = true;
      void host.then((h) => h?.stopAll());
    },
  };
  const host = import('./taskHost').then(
    ({ createTaskHost }) =>
      createTaskHost((message) => {
        if (!terminated) worker.onmessage?.({ data: message } as MessageEvent<TaskResponse>);
      }),
    (err: unknown) => {
      worker.onerror?.({ message: err instanceof Error ? err.message : String(err), preventDefault() {} } as ErrorEvent);
      return null;
    },
  );
  return worker;
}
