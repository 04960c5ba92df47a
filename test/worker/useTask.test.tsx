import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { tornado } from '../../src/engine/sensitivity';
import type { Scenario } from '../../src/engine/schema';
import type { TaskInput } from '../../src/worker/tasks';
import { DEBOUNCE_MS } from '../../src/worker/settle';
import { useTask } from '../../src/worker/useTasks';
import { handScenario } from '../engine/fixtures';
import { manualPool } from './fakeWorker';

const ranged = (creators: number): Scenario => handScenario({ creators, reachRate: { low: 0.1, high: 0.4 }, conversionRate: { low: 0.01, high: 0.09 } });

describe('useTask (any task kind; the Sensitivity and Allocate views)', () => {
  it('runs the task on mount and gives its result', async () => {
    const input = { scenario: ranged(1) };
    const { result } = renderHook(() => useTask('sensitivity', input));
    expect(result.current.status).toBe('running');
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result).toEqual(tornado(input.scenario));
    expect(result.current.progress).toBe(1);
  });

  it('runs nothing without an input', async () => {
    const { pool, workers } = manualPool(1);
    const { result } = renderHook(() => useTask('sensitivity', null, { pool }));
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(result.current.status).toBe('idle');
    expect(result.current.result).toBeNull();
    expect(workers).toEqual([]);
  });

  it('keeps the last result, marked running, while a changed input runs', async () => {
    const { result, rerender } = renderHook(({ input }) => useTask('sensitivity', input), { initialProps: { input: { scenario: ranged(1) } } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    const first = result.current.result;
    const next = { scenario: ranged(2) };
    rerender({ input: next });
    expect(result.current.status).toBe('running');
    expect(result.current.result).toBe(first);
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result).toEqual(tornado(next.scenario));
  });

  it('does not run an equal input again: the same fields with the same values', async () => {
    const { pool, workers } = manualPool(1);
    const scenario = ranged(1);
    const { rerender } = renderHook(({ input }) => useTask('sensitivity', input, { pool }), { initialProps: { input: { scenario } } });
    await vi.waitUntil(() => workers[0]?.started.length === 1, { interval: 1 });
    rerender({ input: { scenario } });
    await act(async () => new Promise((r) => setTimeout(r, 60)));
    expect(workers[0]!.received).toHaveLength(1);
  });

  it('reports an error with its message and keeps the last result', async () => {
    const { pool, workers } = manualPool(1);
    const { result, rerender } = renderHook(({ input }: { input: TaskInput<'sensitivity'> }) => useTask('sensitivity', input, { pool }), {
      initialProps: { input: { scenario: ranged(1) } },
    });
    await vi.waitUntil(() => workers[0]?.started.length === 1, { interval: 1 });
    const done = tornado(ranged(1));
    act(() => workers[0]!.reply({ type: 'result', taskId: workers[0]!.started[0]!, result: done }));
    await waitFor(() => expect(result.current.status).toBe('done'));
    rerender({ input: { scenario: ranged(2) } });
    await vi.waitUntil(() => workers[0]!.started.length === 2, { interval: 1 });
    act(() => workers[0]!.reply({ type: 'error', taskId: workers[0]!.started[1]!, message: 'out of memory' }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('out of memory');
    expect(result.current.result).toBe(done);
  });

  it('starts a later input after the debounce, or at once when the input changes only on demand (a press)', async () => {
    for (const onDemand of [false, true]) {
      const { pool, workers } = manualPool(1);
      const { rerender } = renderHook(({ input }: { input: TaskInput<'sensitivity'> }) => useTask('sensitivity', input, { pool, onDemand }), {
        initialProps: { input: { scenario: ranged(1) } },
      });
      await vi.waitUntil(() => workers[0]?.started.length === 1, { interval: 1 });
      act(() => workers[0]!.reply({ type: 'result', taskId: workers[0]!.started[0]!, result: tornado(ranged(1)) }));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        rerender({ input: { scenario: ranged(2) } });
        // One millisecond short of the debounce: only the press has started.
        await act(() => vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1));
        expect(workers[0]!.started).toHaveLength(onDemand ? 2 : 1);
        await act(() => vi.advanceTimersByTimeAsync(1));
        expect(workers[0]!.started).toHaveLength(2);
      } finally {
        vi.useRealTimers();
      }
    }
  });

  it('cancels by terminating the worker, and runs again on rerun', async () => {
    const { pool, workers } = manualPool(1);
    const { result } = renderHook(() => useTask('sensitivity', useStable({ scenario: ranged(1) }), { pool }));
    await vi.waitUntil(() => workers[0]?.started.length === 1, { interval: 1 });
    act(() => workers[0]!.reply({ type: 'progress', taskId: workers[0]!.started[0]!, progress: 0.4 }));
    await waitFor(() => expect(result.current.progress).toBeCloseTo(0.4, 12));
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
    act(() => result.current.rerun());
    await vi.waitUntil(() => workers[1]?.started.length === 1, { interval: 1 });
    expect(result.current.status).toBe('running');
    expect(result.current.progress).toBe(0);
  });
});

/** The first value given, on every render (a caller's memoised input). */
function useStable<T>(value: T): T {
  return useState(value)[0];
}
