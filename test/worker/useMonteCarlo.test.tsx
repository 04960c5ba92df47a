import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { MC_DEBOUNCE_MS, useMonteCarlo } from '../../src/worker/useMonteCarlo';
import { unitsPerTrial } from '../../src/engine/montecarlo/estimate';
import { recordThroughput, resetThroughput } from '../../src/worker/throughput';
import { STEPS, started, stepsTaken } from './fakeEngine';

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

describe('useMonteCarlo', () => {
  it('runs on mount and reports the result', async () => {
    const scenario = withItems(1);
    const { result } = renderHook(() => useMonteCarlo(scenario, { trials: 100 }));
    expect(result.current.status).toBe('running');
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.trials).toBe(100);
    expect(result.current.progress).toBe(1);
  });

  it('keeps the last result visible while a new one runs, and debounces rapid changes', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useMonteCarlo(scenario), { initialProps: { scenario: withItems(1) } });
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
    const { result, rerender } = renderHook(({ scenario }) => useMonteCarlo(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    // Only the timers: the fake engine's busy steps read the real clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      rerender({ scenario: withItems(2) });
      act(() => void window.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight' })));
      rerender({ scenario: withItems(3) });
      act(() => void window.dispatchEvent(new PointerEvent('pointerup')));
      rerender({ scenario: withItems(4) });
      await act(() => vi.advanceTimersByTimeAsync(MC_DEBOUNCE_MS - 1));
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
    const { result, rerender } = renderHook(({ scenario }) => useMonteCarlo(scenario), { initialProps: { scenario: withItems(1) } });
    await waitFor(() => expect(result.current.status).toBe('done'));
    rerender({ scenario: defaultScenario('explode') });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('boom');
    expect(result.current.result?.metrics.profit.mean).toBe(1);
  });

  it('stops work when unmounted', async () => {
    const scenario = withItems(1);
    const { unmount } = renderHook(() => useMonteCarlo(scenario));
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
    const { result } = renderHook(() => useMonteCarlo(scenario, { trials: 10_000 }));
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
    const { result, rerender } = renderHook(({ scenario }) => useMonteCarlo(scenario, { trials: 10_000 }), { initialProps: { scenario: withItems(1) } });
    act(() => result.current.gate.runAnyway());
    await waitFor(() => expect(result.current.status).toBe('done'));
    expect(result.current.result?.trials).toBe(10_000);
    rerender({ scenario: { ...withItems(1), name: 'renamed' } });
    expect(result.current.status).toBe('running');
  });

  it('cancels a run: the work stops and the last result stays, marked cancelled', async () => {
    const { result, rerender } = renderHook(({ scenario }) => useMonteCarlo(scenario), { initialProps: { scenario: withItems(1) } });
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
