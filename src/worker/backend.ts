import type { MonteCarloResult } from '../engine/types';
import type { McRequest, McResponse } from './protocol';
import { recordThroughput } from './throughput';

export interface RunHandlers {
  resolve(result: MonteCarloResult): void;
  reject(error: Error): void;
  onProgress?: ((progress: number) => void) | undefined;
}

/** Where runs execute: a Web Worker in the browser, this thread elsewhere. Same protocol either way. */
export interface McBackend {
  readonly kind: 'worker' | 'inline';
  start(request: Extract<McRequest, { type: 'run' }>, handlers: RunHandlers): void;
  /** stops a run and drops its handlers without settling them; the caller settles */
  stop(runId: number): void;
}

function dispatcher() {
  const pending = new Map<number, RunHandlers>();
  const receive = (message: McResponse) => {
    if (message.type === 'stopped') return;
    if (message.type !== 'error') recordThroughput(message.unitsPerSecond);
    const handlers = pending.get(message.runId);
    if (!handlers) return;
    if (message.type === 'progress') {
      handlers.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.runId);
    if (message.type === 'result') handlers.resolve(message.result);
    else handlers.reject(new Error(message.message));
  };
  return { pending, receive };
}

/**
 * Runs in this thread, yielding between slices; used in Node, in jsdom and where workers fail.
 * The engine is imported on first use: in the browser it lives in the worker's bundle, and
 * importing it here statically would put a second copy into the page's first load. Requests
 * queue on one promise, so a cancel still reaches the host after the run it cancels.
 */
export function createInlineBackend(): McBackend {
  const { pending, receive } = dispatcher();
  const host = import('./host').then(({ createMcHost }) => createMcHost((message) => receive(message)));
  const send = (request: McRequest) => void host.then((h) => h.handle(request));
  return {
    kind: 'inline',
    start(request, handlers) {
      pending.set(request.runId, handlers);
      send(request);
    },
    stop(runId) {
      pending.delete(runId);
      send({ type: 'cancel', runId });
    },
  };
}

/**
 * One long-lived worker. If it fails to load (a strict Content Security Policy, say), the runs
 * it held fail once and later runs go inline, so results still appear, only less smoothly.
 */
export function createWorkerBackend(makeWorker: () => Worker): McBackend {
  const { pending, receive } = dispatcher();
  let worker: Worker | null = makeWorker();
  let fallback: McBackend | null = null;
  worker.onmessage = (event: MessageEvent<McResponse>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    console.warn(`Monte Carlo worker failed (${event.message}); running on the main thread from now on.`);
    worker?.terminate();
    worker = null;
    fallback = createInlineBackend();
    const failed = [...pending.values()];
    pending.clear();
    for (const handlers of failed) handlers.reject(new Error(`the simulation worker failed: ${event.message}`));
  };
  return {
    get kind() {
      return fallback ? fallback.kind : 'worker';
    },
    start(request, handlers) {
      if (fallback || !worker) return (fallback ?? createInlineBackend()).start(request, handlers);
      pending.set(request.runId, handlers);
      worker.postMessage(request);
    },
    stop(runId) {
      if (fallback) return fallback.stop(runId);
      pending.delete(runId);
      worker?.postMessage({ type: 'cancel', runId } satisfies McRequest);
    },
  };
}
