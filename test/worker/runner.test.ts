import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createInlineBackend } from '../../src/worker/backend';
import { createMcHost } from '../../src/worker/host';
import type { McResponse } from '../../src/worker/protocol';
import { createMcRunner, isSuperseded } from '../../src/worker/runner';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { STEPS, stepsTaken } from './fakeEngine';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

beforeEach(() => {
  stepsTaken.clear();
});

const named = (name: string) => defaultScenario(name);

describe('Monte Carlo runner (inline backend, same host as the worker)', () => {
  it('resolves with the result of the scenario asked for', async () => {
    const runner = createMcRunner(createInlineBackend());
    const result = await runner.run(named('A'), { trials: 500 });
    expect(result.trials).toBe(500);
    expect(result.seed).toBe(named('A').simulation.seed);
    expect(stepsTaken.get('A')).toBe(STEPS);
  });

  it('rejects a stale run as superseded, stops its work, and resolves only the newest', async () => {
    const runner = createMcRunner(createInlineBackend());
    const settled: string[] = [];
    const track = (name: string, p: Promise<unknown>) =>
      p.then(
        () => settled.push(`${name}:result`),
        (e: unknown) => settled.push(`${name}:${isSuperseded(e) ? 'superseded' : 'error'}`),
      );
    const a = track('A', runner.run(named('A')));
    const b = track('B', runner.run(named('B')));
    const c = track('C', runner.run(named('C')));
    await Promise.all([a, b, c]);
    expect(settled.sort()).toEqual(['A:superseded', 'B:superseded', 'C:result']);
    expect(stepsTaken.get('A')).toBeLessThan(STEPS);
    expect(stepsTaken.get('B')).toBeLessThan(STEPS);
  });

  it('lets separate runners (two panels) run side by side', async () => {
    const backend = createInlineBackend();
    const left = createMcRunner(backend);
    const right = createMcRunner(backend);
    const [l, r] = await Promise.all([left.run(named('L'), { trials: 3 }), right.run(named('R'), { trials: 4 })]);
    expect([l.trials, r.trials]).toEqual([3, 4]);
  });

  it('cancels a run', async () => {
    const runner = createMcRunner(createInlineBackend());
    const pending = runner.run(named('A'));
    runner.cancel();
    await expect(pending).rejects.toSatisfy(isSuperseded);
    await new Promise((r) => setTimeout(r, 30));
    expect(stepsTaken.get('A')).toBeLessThan(STEPS);
  });

  it('reports progress for every run longer than one slice, whatever its trial count', async () => {
    const runner = createMcRunner(createInlineBackend());
    const small: number[] = [];
    // The fake run is 12 steps of 4 ms: several 12 ms slices, so its first slice already reports.
    await runner.run(named('small'), { trials: 1000, onProgress: (p) => small.push(p) });
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('rejects with the engine error message', async () => {
    const runner = createMcRunner(createInlineBackend());
    await expect(runner.run(named('explode'))).rejects.toThrow('boom');
  });

  it('says when a cancelled run has stopped computing, and sends nothing of it afterwards', async () => {
    const sent: McResponse[] = [];
    const host = createMcHost((message) => sent.push(message));
    host.handle({ type: 'run', runId: 41, lane: 9, scenario: named('A'), options: {} });
    host.handle({ type: 'cancel', runId: 41 });
    await vi.waitUntil(() => sent.some((m) => m.type === 'stopped'), { interval: 1 });
    const stoppedAt = sent.findIndex((m) => m.type === 'stopped');
    expect(sent[stoppedAt]).toEqual({ type: 'stopped', runId: 41 });
    expect(stepsTaken.get('A')).toBeLessThan(STEPS);
    const steps = stepsTaken.get('A');
    await new Promise((r) => setTimeout(r, 60));
    expect(sent.length).toBe(stoppedAt + 1);
    expect(stepsTaken.get('A')).toBe(steps);
  });
});
