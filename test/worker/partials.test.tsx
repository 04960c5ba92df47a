import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FrontierPoint, FrontierSoFar } from '../../src/engine/allocation/types';
import type { Scenario } from '../../src/engine/schema';
import { PARTIAL_VERSION, type TaskResponse } from '../../src/worker/protocol';
import type { AllocateInput } from '../../src/worker/tasks';
import { useTask } from '../../src/worker/useTasks';
import { handScenario } from '../engine/fixtures';
import { manualPool, type ManualWorker } from './fakeWorker';

const withBudget = (creators: number): Scenario => ({ ...handScenario({ creators }), budget: 1000 });

/** A frontier point of a budget, its figures only what the test tells apart. */
const point = (budget: number, objective: number): FrontierPoint => ({
  budget,
  status: 'best-found',
  objective,
  profit: { p5: objective - 1, p50: objective, p95: objective + 1 },
  probabilityOfLoss: 0,
  cost: budget,
  creators: [1],
});

/** The frontier so far with the given points (by index of the 20 budgets) found. */
const soFar = (found: Record<number, number>): FrontierSoFar => ({
  points: Array.from({ length: 20 }, (_, k) => (k in found ? point((k + 1) * 100, found[k] as number) : null)),
});

const progress = (w: ManualWorker, taskId: number, value: FrontierSoFar, version: number = PARTIAL_VERSION) =>
  act(() => w.reply({ type: 'progress', taskId, progress: 0.5, partial: { version, value } } as TaskResponse));

/** The n-th worker the pool made, once it was asked to start its first task, and that task's id. */
async function started({ workers }: ReturnType<typeof manualPool>, n: number): Promise<{ worker: ManualWorker; taskId: number }> {
  await vi.waitUntil(() => workers[n]?.started.length === 1, { interval: 1 });
  const worker = workers[n]!;
  return { worker, taskId: worker.started[0]! };
}

describe('partials of a running task (the frontier so far)', () => {
  it('arrive in order, each replacing the last, and go when the result comes', async () => {
    const pool = manualPool(1);
    const { result } = renderHook(() => useTask('allocate', useState<AllocateInput>({ scenario: withBudget(1) })[0], { pool: pool.pool }));
    const { worker, taskId } = await started(pool, 0);
    expect(result.current.partial).toBeNull();
    progress(worker, taskId, soFar({ 9: 50 }));
    await waitFor(() => expect(result.current.partial).toEqual(soFar({ 9: 50 })));
    progress(worker, taskId, soFar({ 9: 50, 8: 40, 7: 30 }));
    await waitFor(() => expect(result.current.partial?.points.filter(Boolean)).toHaveLength(3));
    // A lower point replaced before the end: the latest figures are shown.
    progress(worker, taskId, soFar({ 9: 50, 8: 45, 7: 30 }));
    await waitFor(() => expect(result.current.partial?.points[8]?.objective).toBe(45));
    act(() => worker.reply({ type: 'result', taskId, result: { ok: false, reason: 'noBudget' } }));
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.partial).toBeNull();
  });

  it('of a superseded run never arrive: a partial of the older task after the input changed is dropped', async () => {
    // Two workers: the newer task starts on the second while the first still computes the dropped one.
    const pool = manualPool(2);
    const { result, rerender } = renderHook(({ input }: { input: AllocateInput }) => useTask('allocate', input, { pool: pool.pool }), {
      initialProps: { input: { scenario: withBudget(1) } },
    });
    const first = await started(pool, 0);
    progress(first.worker, first.taskId, soFar({ 9: 50 }));
    await waitFor(() => expect(result.current.partial).not.toBeNull());
    rerender({ input: { scenario: withBudget(2) } });
    // The newer input's run starts with nothing found, not with the older run's points.
    expect(result.current.partial).toBeNull();
    progress(first.worker, first.taskId, soFar({ 9: 50, 8: 40 }));
    const second = await started(pool, 1);
    expect(second.taskId).not.toBe(first.taskId);
    progress(second.worker, second.taskId, soFar({ 9: 70 }));
    await waitFor(() => expect(result.current.partial).toEqual(soFar({ 9: 70 })));
    // A late one of the first task, after the second's: still dropped.
    progress(first.worker, first.taskId, soFar({ 9: 50, 8: 40, 7: 30 }));
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(result.current.partial).toEqual(soFar({ 9: 70 }));
  });

  it('of a cancelled run never arrive, and a payload of another version is not read', async () => {
    const pool = manualPool(1);
    const { result } = renderHook(() => useTask('allocate', useState<AllocateInput>({ scenario: withBudget(1) })[0], { pool: pool.pool }));
    const { worker, taskId } = await started(pool, 0);
    progress(worker, taskId, soFar({ 9: 50 }), PARTIAL_VERSION + 1);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(result.current.partial).toBeNull();
    progress(worker, taskId, soFar({ 9: 50 }));
    await waitFor(() => expect(result.current.partial).not.toBeNull());
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
    expect(result.current.partial).toBeNull();
    // The terminated worker says nothing more; a message it had on its way would find no handler either.
    worker.terminated = false;
    progress(worker, taskId, soFar({ 9: 50, 8: 40 }));
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(result.current.partial).toBeNull();
  });
});
