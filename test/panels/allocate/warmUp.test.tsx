import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAllocatorWarmUp, useAllocatorWarmUp, WARM_UP_TRIALS } from '../../../src/panels/allocate/useAllocatorWarmUp';
import type { StartRequest } from '../../../src/worker/protocol';
import { allocationScenario } from '../../engine/allocation/fixtures';
import { inlinePool, manualPool } from '../../worker/fakeWorker';

const budgeted = allocationScenario([{ id: 'micro', followers: 40000, fee: 170, max: 6 }], { budget: 5000, trials: 4000 });
const starts = (pool: ReturnType<typeof manualPool>) => pool.workers.flatMap((w) => w.received.filter((m): m is StartRequest => m.type === 'start'));

beforeEach(resetAllocatorWarmUp);

describe('the allocator warm-up when the Allocate view opens', () => {
  it('allocates the scenario as it stands once on every worker at few trials, and a press drops what is unfinished', async () => {
    const pool = manualPool(2);
    const { rerender } = renderHook(({ wanted }) => useAllocatorWarmUp(budgeted, wanted, pool.pool), { initialProps: { wanted: true } });
    await waitFor(() => expect(starts(pool)).toHaveLength(2));
    // One on each of the two workers, of this very scenario, at WARM_UP_TRIALS instead of its 4,000.
    expect(pool.workers.map((w) => w.started.length)).toEqual([1, 1]);
    for (const start of starts(pool)) {
      expect(start.kind).toBe('allocate');
      expect(start.input).toEqual({ scenario: budgeted, overrides: { trials: WARM_UP_TRIALS } });
    }
    rerender({ wanted: false });
    await waitFor(() => expect(pool.workers.every((w) => w.received.some((m) => m.type === 'cancel'))).toBe(true));
    // Dropped by the press: a second visit does not warm up again.
    const before = starts(pool).length;
    renderHook(() => useAllocatorWarmUp(budgeted, true, pool.pool));
    await new Promise((r) => setTimeout(r, 20));
    expect(starts(pool)).toHaveLength(before);
  });

  it('warms up again on the next visit once a Cancel has replaced a worker, which starts cold', async () => {
    const pool = manualPool(2);
    const first = renderHook(({ wanted }) => useAllocatorWarmUp(budgeted, wanted, pool.pool), { initialProps: { wanted: true } });
    await waitFor(() => expect(starts(pool)).toHaveLength(2));
    first.rerender({ wanted: false });
    await waitFor(() => expect(pool.workers.every((w) => w.received.some((m) => m.type === 'cancel'))).toBe(true));
    // The workers stop as asked, so both stay (a worker that did not would be replaced after STOP_GRACE_MS).
    for (const w of pool.workers) w.reply({ type: 'stopped', taskId: w.started[0]! });
    first.unmount();
    expect(pool.pool.workersMade).toBe(2);
    // The planner's Cancel of a running allocation: its worker is terminated and a third one made.
    const taskId = pool.pool.submit('allocate', { scenario: budgeted, overrides: {} }, { resolve() {}, reject() {} });
    pool.pool.cancel(taskId);
    expect(pool.pool.workersMade).toBe(3);
    const before = starts(pool).length;
    renderHook(() => useAllocatorWarmUp(budgeted, true, pool.pool));
    await waitFor(() => expect(starts(pool).length).toBe(before + 2));
  });

  it('runs nothing without a budget, or where tasks run on this thread', async () => {
    const { budget: _none, ...noBudget } = budgeted;
    const pool = manualPool(2);
    renderHook(() => useAllocatorWarmUp(noBudget, true, pool.pool));
    const inline = inlinePool();
    const submit = vi.spyOn(inline, 'submit');
    renderHook(() => useAllocatorWarmUp(budgeted, true, inline));
    await new Promise((r) => setTimeout(r, 20));
    expect(starts(pool)).toHaveLength(0);
    expect(submit).not.toHaveBeenCalled();
  });
});
