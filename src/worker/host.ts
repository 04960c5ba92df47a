import { startMonteCarlo } from '../engine/monteCarlo';
import { transferablesOf, type McRequest, type McResponse } from './protocol';

export type Post = (message: McResponse, transfer: Transferable[]) => void;

/** Runs shorter than this much computing say nothing about the machine's speed (start-up and JIT dominate). */
const MIN_MEASURED_MS = 200;
/** Work this long between yields, so a newer request is seen within about one frame. */
const SLICE_MS = 12;
const PROGRESS_EVERY_MS = 100;

/** Lets queued messages (a newer run, a cancel) in; a MessageChannel avoids the 4 ms timer clamp. */
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

/**
 * The receiving end of the protocol, shared by the worker and the inline runner so that both
 * compute exactly the same way. Runs proceed in time slices; between slices a run checks that
 * it is still the newest on its lane and stops silently if not.
 */
export function createMcHost(post: Post) {
  const newestOnLane = new Map<number, number>();
  const laneOfRun = new Map<number, number>();
  const isCurrent = (lane: number, runId: number) => newestOnLane.get(lane) === runId;

  async function run(request: Extract<McRequest, { type: 'run' }>): Promise<void> {
    const { runId, lane, scenario, options } = request;
    try {
      const mc = startMonteCarlo(scenario, options);
      // Only this run's own slices count: other lanes' slices in between are not its cost.
      let busyMs = 0;
      const throughput = () => (busyMs >= MIN_MEASURED_MS ? { unitsPerSecond: (mc.workUnits * mc.progress) / (busyMs / 1000) } : {});
      let lastReport = -Infinity;
      for (;;) {
        const sliceStart = performance.now();
        let finished = false;
        while (!finished && performance.now() - sliceStart < SLICE_MS) finished = mc.step();
        busyMs += performance.now() - sliceStart;
        if (finished) break;
        // Every run longer than a slice reports, from its first slice on: a bar at 0% for a minute is no progress.
        if (performance.now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = performance.now();
          post({ type: 'progress', runId, progress: mc.progress, ...throughput() }, []);
        }
        await yieldToEventLoop();
        if (!isCurrent(lane, runId)) return post({ type: 'stopped', runId }, []);
      }
      if (!isCurrent(lane, runId)) return post({ type: 'stopped', runId }, []);
      const result = mc.result();
      post({ type: 'result', runId, result, ...throughput() }, transferablesOf(result));
    } catch (err) {
      if (isCurrent(lane, runId)) post({ type: 'error', runId, message: err instanceof Error ? err.message : String(err) }, []);
    } finally {
      if (isCurrent(lane, runId)) newestOnLane.delete(lane);
      laneOfRun.delete(runId);
    }
  }

  return {
    handle(message: McRequest): void {
      if (message.type === 'run') {
        newestOnLane.set(message.lane, message.runId);
        laneOfRun.set(message.runId, message.lane);
        void run(message);
      } else {
        const lane = laneOfRun.get(message.runId);
        if (lane !== undefined && isCurrent(lane, message.runId)) newestOnLane.delete(lane);
      }
    },
  };
}
