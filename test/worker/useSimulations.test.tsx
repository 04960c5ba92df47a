import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { DEBOUNCE_MS } from '../../src/worker/settle';
import { useSimulation, useSimulations } from '../../src/worker/useSimulations';
import { unitsPerTrial } from '../../src/engine/montecarlo/estimate';
import { recordThroughput, resetThroughput } from '../../src/worker/throughput';
import { STEPS, started, stepsTaken } from './fakeEngine';
import { manualPool } from './fakeWorker';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

beforeEach(() => {
  started.length = 0;
  stepsTaken.clear();
  resetThroughput();
});

const withItems = (n: number): Scenario => {
  const base = defaultScenario(`items-${n}`);
  const item = base.lineItems[0]!;
  return { ...base, lineItems: Array.from({ length: n }, (_, i) => ({ ...item, id: `li-${i}` })) };
};

describe('useSimulation (one scenario, the Plan view)', () => {
  it('runs on mount and reports the result', async () => {
    const scenario = withItems(1);
    const { result } = renderHook(() => useSimulation(scenario, { trials: 100 }));
    expect(result.current.status).toBe('running');
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.trials).toBe(100);
    expect(result.current.progress).toBe(1);
  });

  it('keeps the last result visible while a new one runs, and debounces rapid changes', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useSimulation(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    const first = result.current.result;
    expect(first?.metrics.profit.mean).toBe(1);

    rerender({ scenario: withItems(2) });
    rerender({ scenario: withItems(3) });
    rerender({ scenario: withItems(4) });
    expect(result.current.status).toBe('running');
    expect(result.current.result).toBe(first);

    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.metrics.profit.mean).toBe(4);
    expect(started).toEqual(['items-1', 'items-4']);
  });

  it('starts a waiting run as soon as a key or the pointer is released', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useSimulation(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    // Only the timers: the fake engine's busy steps read the real clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      rerender({ scenario: withItems(2) });
      act(() => void window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight' })));
      rerender({ scenario: withItems(3) });
      act(() => void window.dispatchEvent(new PointerEvent('pointerup')));
      rerender({ scenario: withItems(4) });
      await act(() => vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1));
      // Released at once; the last change, with no release, still waits for its debounce.
      expect(started).toEqual(['items-1', 'items-2', 'items-3']);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(started).toEqual(['items-1', 'items-2', 'items-3', 'items-4']);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(result.current.result?.metrics.profit.mean).toBe(4));
  });

  it('shows an engine error and keeps the previous result', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useSimulation(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    rerender({ scenario: defaultScenario('explode') });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('boom');
    expect(result.current.result?.metrics.profit.mean).toBe(1);
  });

  it('stops work when unmounted', async () => {
    const scenario = withItems(1);
    const { unmount } = renderHook(() => useSimulation(scenario));
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    unmount();
    await new Promise((r) => setTimeout(r, 80));
    expect(started).toEqual(['items-1']);
    expect(stepsTaken.get('items-1')).toBeLessThan(STEPS);
  });

  it('asks before a run estimated above 20 s, runs nothing meanwhile, and runs the cheaper choice when picked', async () => {
    const scenario = withItems(1);
    // Throughput set so that 10,000 trials take 40 s: units/trial × 10,000 / 40 units per second.
    recordThroughput((unitsPerTrial(scenario) * 10_000) / 40);
    const { result } = renderHook(() => useSimulation(scenario, { trials: 10_000 }));
    expect(result.current.status).toBe('asking');
    expect(result.current.gate.seconds).toBeCloseTo(40);
    // 5,000 trials take 20 s, 2,000 take 8 s, 1,000 take 4 s: the first within five seconds is 1,000.
    expect(result.current.gate.cheaper?.trials).toBe(1000);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(started).toEqual([]);
    act(() => result.current.gate.runCheaper());
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.trials).toBe(1000);
  });

  it('runs the full count after "Run it", and the answer holds for the next edit', async () => {
    recordThroughput((unitsPerTrial(withItems(1)) * 10_000) / 40);
    const { result, rerender } = renderHook(({ scenario }) => useSimulation(scenario, { trials: 10_000 }), { initialProps: { scenario: withItems(1) } });
    act(() => result.current.gate.runAnyway());
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.trials).toBe(10_000);
    rerender({ scenario: { ...withItems(1), name: 'renamed' } });
    expect(result.current.status).toBe('running');
  });

  it('cancels a run: the work stops and the last result stays, marked cancelled', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useSimulation(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    const first = result.current.result;
    rerender({ scenario: withItems(2) });
    await vi.waitUntil(() => started.includes('items-2'), { interval: 1 });
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
    expect(result.current.result).toBe(first);
    await new Promise((r) => setTimeout(r, 80));
    expect(stepsTaken.get('items-2')).toBeLessThan(STEPS);
    expect(result.current.status).toBe('cancelled');
    act(() => result.current.rerun());
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.metrics.profit.mean).toBe(2);
  });
});

describe('useSimulations (several scenarios: the Compare and Payments views)', () => {
  const items = (...pairs: [string, Scenario][]) => pairs.map(([key, scenario]) => ({ key, scenario }));

  it('runs every scenario with the shared seed and trials, and only the changed ones again', async () => {
    const a = withItems(1);
    const { result, rerender } = renderHook(({ list }) => useSimulations(list, { trials: 200, seed: 9, keepSamples: true }), {
      initialProps: { list: items(['a', a], ['b', withItems(2)]) },
    });
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.runs.a?.result?.trials).toBe(200);
    expect([result.current.runs.a?.result?.seed, result.current.runs.b?.result?.seed]).toEqual([9, 9]);
    expect(result.current.runs.b?.result?.samples?.profit).toHaveLength(200);
    expect(started.sort()).toEqual(['items-1', 'items-2']);
    const aResult = result.current.runs.a?.result;

    rerender({ list: items(['a', a], ['b', withItems(3)]) });
    expect(result.current.runs.a?.status).toBe('done');
    expect(result.current.runs.b?.status).toBe('running');
    expect(result.current.status).toBe('running');
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.runs.b?.result?.metrics.profit.mean).toBe(3);
    expect(result.current.runs.a?.result).toBe(aResult);
    expect(started.sort()).toEqual(['items-1', 'items-2', 'items-3']);
  });

  it('drops the run of a scenario taken out, and forgets it', async () => {
    const { result, rerender } = renderHook(({ list }) => useSimulations(list, { trials: 100 }), { initialProps: { list: items(['a', withItems(1)], ['b', withItems(2)]) } });
    await vi.waitUntil(() => started.length > 0, { interval: 1 });
    rerender({ list: items(['a', withItems(1)]) });
    expect(Object.keys(result.current.runs)).toEqual(['a']);
    await waitFor(() => expect(result.current.status).toBe('done'));
    await new Promise((r) => setTimeout(r, 40));
    expect(stepsTaken.get('items-2') ?? 0).toBeLessThan(STEPS);
  });

  it('weighs each run’s progress by its work', async () => {
    const { pool, workers } = manualPool(2);
    const one = withItems(1);
    const three = withItems(3);
    const { result } = renderHook(() => useSimulations(useMemoOnce(items(['one', one], ['three', three])), { trials: 1000, pool }));
    await vi.waitUntil(() => workers.length === 2 && workers.every((w) => w.started.length === 1), { interval: 1 });
    // The larger run is handed out first, so it is on the first worker.
    const [big, small] = workers.map((w) => w.started[0]!);
    const u1 = unitsPerTrial(one);
    const u3 = unitsPerTrial(three);
    act(() => workers[0]!.reply({ type: 'progress', taskId: big!, progress: 0.5 }));
    await waitFor(() => expect(result.current.progress).toBeCloseTo((0.5 * u3) / (u1 + u3), 12));
    act(() => workers[1]!.reply({ type: 'progress', taskId: small!, progress: 0.25 }));
    await waitFor(() => expect(result.current.progress).toBeCloseTo((0.5 * u3 + 0.25 * u1) / (u1 + u3), 12));
    expect(result.current.status).toBe('running');
  });

  it('estimates the runs together as the pool runs them: two equal runs on two workers take as long as one', () => {
    const scenario = withItems(1);
    // 1,000 trials of one scenario take 30 s at this throughput: units/trial × 1,000 / 30 per second.
    recordThroughput((unitsPerTrial(scenario) * 1000) / 30);
    const two = items(['a', scenario], ['b', scenario]);
    const parallel = renderHook(() => useSimulations(useMemoOnce(two), { trials: 1000, pool: manualPool(2).pool }));
    expect(parallel.result.current.gate.seconds).toBeCloseTo(30, 6);
    expect(parallel.result.current.status).toBe('asking');
    const serial = renderHook(() => useSimulations(useMemoOnce(two), { trials: 1000, pool: manualPool(1).pool }));
    expect(serial.result.current.gate.seconds).toBeCloseTo(60, 6);
  });

  it('cancels every run under way by terminating its worker, and runs them again on rerun or on an edit', async () => {
    const { pool, workers } = manualPool(2);
    const one = withItems(1);
    const { result, rerender } = renderHook(({ list }) => useSimulations(list, { trials: 100, pool }), { initialProps: { list: items(['a', one], ['b', withItems(2)]) } });
    await vi.waitUntil(() => workers.length === 2 && workers.every((w) => w.started.length === 1), { interval: 1 });
    act(() => result.current.cancel());
    expect(result.current.status).toBe('cancelled');
    expect(workers.slice(0, 2).map((w) => w.terminated)).toEqual([true, true]);
    act(() => result.current.rerun());
    await vi.waitUntil(() => workers.slice(2).flatMap((w) => w.started).length === 2, { interval: 1 });
    expect(result.current.status).toBe('running');
    act(() => result.current.cancel());
    // An edit of one scenario runs the cancelled other one again too.
    rerender({ list: items(['a', one], ['b', withItems(3)]) });
    await vi.waitUntil(() => workers.slice(4).flatMap((w) => w.started).length === 2, { interval: 1 });
    expect(Object.values(result.current.runs).map((r) => r.status)).toEqual(['running', 'running']);
  });
});

/** The same array on every render, as a memoised selection would give. */
function useMemoOnce<T>(value: T): T {
  return useState(value)[0];
}
