import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STOP_GRACE_MS, type TaskHandlers } from '../../src/worker/pool';
import type { TaskResponse } from '../../src/worker/protocol';
import { createTaskRunner, isSuperseded } from '../../src/worker/runner';
import type { TaskResult } from '../../src/worker/tasks';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { STEPS, started, stepsTaken } from './fakeEngine';
import { loopbackPool, manualPool } from './fakeWorker';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

beforeEach(() => {
  started.length = 0;
  stepsTaken.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const input = (name: string, trials?: number) => ({ scenario: defaultScenario(name), ...(trials === undefined ? {} : { trials }) });

/** Handlers that record what reached them. */
function recorder() {
  const events: string[] = [];
  const handlers = (name: string): TaskHandlers<TaskResult<'simulate'>> => ({
    resolve: (result) => events.push(`${name}:result:${result.trials}`),
    reject: (error) => events.push(`${name}:error:${error.message}`),
    onProgress: () => events.push(`${name}:progress`),
  });
  return { events, handlers };
}

const resultOf = (taskId: number, trials: number): TaskResponse => ({
  type: 'result',
  taskId,
  result: { trials, seed: 1, probabilityOfLoss: 0, probabilityOverBudget: null, metrics: {} as TaskResult<'simulate'>['metrics'] },
});

describe('task pool', () => {
  it('queues tasks beyond its workers and starts each when a worker is free, in the order they came', () => {
    const { pool, workers } = manualPool(1);
    const { events, handlers } = recorder();
    const a = pool.submit('simulate', input('A'), handlers('A'));
    const b = pool.submit('simulate', input('B'), handlers('B'));
    const c = pool.submit('simulate', input('C'), handlers('C'));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.started).toEqual([a]);
    workers[0]!.reply(resultOf(a, 1));
    expect(workers[0]!.started).toEqual([a, b]);
    workers[0]!.reply({ type: 'error', taskId: b, message: 'boom' });
    expect(workers[0]!.started).toEqual([a, b, c]);
    workers[0]!.reply(resultOf(c, 3));
    expect(events).toEqual(['A:result:1', 'B:error:boom', 'C:result:3']);
  });

  it('runs tasks on several workers at once, never more workers than its size', () => {
    const { pool, workers } = manualPool(2);
    const [a, b, c] = ['A', 'B', 'C'].map((name) => pool.submit('simulate', input(name), recorder().handlers(name)));
    // A and B each went to a worker of their own before either finished; C waits for the first free one.
    expect(workers.map((w) => w.started)).toEqual([[a], [b]]);
    workers[1]!.reply(resultOf(b!, 2));
    expect(workers.map((w) => w.started)).toEqual([[a], [b, c]]);
    expect(workers).toHaveLength(2);
  });

  it('computes side by side on two loopback workers, each with the real host', async () => {
    const { pool, workers } = loopbackPool(2);
    const runners = ['L', 'R'].map(() => createTaskRunner('simulate', pool));
    const both = Promise.all([runners[0]!.run(input('L', 3)), runners[1]!.run(input('R', 4))]);
    // Both started before either finished: each worker holds one.
    await vi.waitUntil(() => started.length === 2, { interval: 1 });
    expect(stepsTaken.get('L')! < STEPS || stepsTaken.get('R')! < STEPS).toBe(true);
    expect((await both).map((r) => r.trials)).toEqual([3, 4]);
    expect(workers.map((w) => w.started.length)).toEqual([1, 1]);
  });

  it('Cancel terminates the worker of a running task and replaces it, and the next task runs on the new one', async () => {
    const { pool, workers } = loopbackPool(1);
    const { events, handlers } = recorder();
    const a = pool.submit('simulate', input('A'), handlers('A'));
    await vi.waitUntil(() => stepsTaken.has('A'), { interval: 1 });
    pool.cancel(a);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const steps = stepsTaken.get('A');
    const b = pool.submit('simulate', input('B', 7), handlers('B'));
    expect(workers[1]!.started).toEqual([b]);
    await vi.waitUntil(() => events.includes('B:result:7'), { interval: 1 });
    expect(stepsTaken.get('A')).toBe(steps);
    expect(steps).toBeLessThan(STEPS);
    expect(events.filter((e) => e.startsWith('A:') && e !== 'A:progress')).toEqual([]);
  });

  it('Cancel of a queued task takes it off the queue and terminates nothing', () => {
    const { pool, workers } = manualPool(1);
    const a = pool.submit('simulate', input('A'), recorder().handlers('A'));
    const b = pool.submit('simulate', input('B'), recorder().handlers('B'));
    pool.cancel(b);
    workers[0]!.reply(resultOf(a, 1));
    expect(workers[0]!.started).toEqual([a]);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('drops a stale task: its worker is asked to stop and stays, and its result never reaches the caller', () => {
    const { pool, workers } = manualPool(1);
    const { events, handlers } = recorder();
    const a = pool.submit('simulate', input('A'), handlers('A'));
    const b = pool.submit('simulate', input('B'), handlers('B'));
    pool.drop(a);
    expect(workers[0]!.received.at(-1)).toEqual({ type: 'cancel', taskId: a });
    // The worker had finished before the cancel reached it: its result arrives, and is dropped.
    workers[0]!.reply({ type: 'progress', taskId: a, progress: 0.5 });
    workers[0]!.reply(resultOf(a, 1));
    expect(events).toEqual([]);
    expect(workers[0]!.terminated).toBe(false);
    expect(workers[0]!.started).toEqual([a, b]);
    workers[0]!.reply(resultOf(b, 2));
    expect(events).toEqual(['B:result:2']);
  });

  it('frees the worker of a dropped task when it says it stopped', async () => {
    const { pool, workers } = loopbackPool(1);
    const { events, handlers } = recorder();
    const a = pool.submit('simulate', input('A'), handlers('A'));
    await vi.waitUntil(() => stepsTaken.has('A'), { interval: 1 });
    pool.drop(a);
    pool.submit('simulate', input('B', 5), handlers('B'));
    await vi.waitUntil(() => events.includes('B:result:5'), { interval: 1 });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.filter((m) => m.taskId === a && m.type !== 'progress')).toEqual([{ type: 'stopped', taskId: a }]);
    expect(stepsTaken.get('A')).toBeLessThan(STEPS);
  });

  it('terminates a worker whose dropped task does not stop within the grace period, so the queue moves on', () => {
    vi.useFakeTimers();
    const { pool, workers } = manualPool(1);
    const { events, handlers } = recorder();
    const a = pool.submit('simulate', input('A'), handlers('A'));
    const b = pool.submit('simulate', input('B'), handlers('B'));
    pool.drop(a);
    vi.advanceTimersByTime(STOP_GRACE_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.started).toEqual([b]);
    workers[1]!.reply(resultOf(b, 2));
    expect(events).toEqual(['B:result:2']);
  });

  it('reports an engine error through the worker as the task’s error', async () => {
    const { pool } = loopbackPool(1);
    await expect(createTaskRunner('simulate', pool).run(input('explode'))).rejects.toThrow('boom');
  });

  it('runs through the worker with serialised messages and supersedes stale runs', async () => {
    const { pool, workers } = loopbackPool(1);
    const runner = createTaskRunner('simulate', pool);
    const stale = runner.run(input('A'));
    const fresh = runner.run({ ...input('B', 77), keepSamples: true });
    await expect(stale).rejects.toSatisfy(isSuperseded);
    const result = await fresh;
    expect(result.trials).toBe(77);
    expect(result.samples?.profit).toBeInstanceOf(Float64Array);
    expect(result.samples?.profit.length).toBe(77);
    expect(workers[0]!.received.map((m) => m.type)).toEqual(['start', 'cancel', 'start']);
  });

  it('falls back to this thread when a worker fails: the task it held fails once, later ones run', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { pool, workers } = loopbackPool(2);
    const runner = createTaskRunner('simulate', pool);
    const pending = runner.run(input('A'));
    workers[0]!.fail('could not load module');
    await expect(pending).rejects.toThrow('could not load module');
    expect(pool.kind).toBe('inline');
    expect(pool.parallelism).toBe(1);
    const result = await runner.run(input('B', 5));
    expect(result.trials).toBe(5);
    expect(workers).toHaveLength(1);
  });
});
