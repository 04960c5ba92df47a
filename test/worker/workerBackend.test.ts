import { describe, expect, it, vi } from 'vitest';
import { createWorkerBackend } from '../../src/worker/backend';
import { createMcHost } from '../../src/worker/host';
import type { McRequest, McResponse } from '../../src/worker/protocol';
import { createMcRunner, isSuperseded } from '../../src/worker/runner';
import { defaultScenario } from '../../src/store/defaultWorkspace';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

/** A Worker whose "other side" is the real host, with every message structured-cloned both ways. */
class LoopbackWorker {
  onmessage: ((event: MessageEvent<McResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: McRequest[] = [];
  private host = createMcHost((message, transfer) => {
    const data = structuredClone(message, { transfer });
    setTimeout(() => this.onmessage?.({ data } as MessageEvent<McResponse>), 0);
  });
  postMessage(message: McRequest) {
    this.received.push(message);
    const data = structuredClone(message);
    setTimeout(() => this.host.handle(data), 0);
  }
  terminate() {}
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

describe('worker backend', () => {
  it('runs through the worker with serialised messages and supersedes stale runs', async () => {
    const worker = new LoopbackWorker();
    const runner = createMcRunner(createWorkerBackend(() => worker as unknown as Worker));
    const stale = runner.run(defaultScenario('A'));
    const fresh = runner.run(defaultScenario('B'), { trials: 77, keepSamples: true });
    await expect(stale).rejects.toSatisfy(isSuperseded);
    const result = await fresh;
    expect(result.trials).toBe(77);
    expect(result.samples?.profit).toBeInstanceOf(Float64Array);
    expect(result.samples?.profit.length).toBe(77);
    expect(worker.received.map((m) => m.type)).toEqual(['run', 'cancel', 'run']);
  });

  it('falls back to this thread when the worker fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new LoopbackWorker();
    const backend = createWorkerBackend(() => worker as unknown as Worker);
    const runner = createMcRunner(backend);
    const pending = runner.run(defaultScenario('A'));
    worker.fail('could not load module');
    await expect(pending).rejects.toThrow('could not load module');
    expect(backend.kind).toBe('inline');
    const result = await runner.run(defaultScenario('B'), { trials: 5 });
    expect(result.trials).toBe(5);
  });
});
