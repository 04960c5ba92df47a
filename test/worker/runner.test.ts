import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTaskRunner, isSuperseded } from '../../src/worker/runner';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { STEPS, stepsTaken } from './fakeEngine';
import { inlinePool } from './fakeWorker';

vi.mock('../../src/engine/monteCarlo', async () => ({ startMonteCarlo: (await import('./fakeEngine')).fakeStartMonteCarlo }));

beforeEach(() => {
  stepsTaken.clear();
});

const named = (name: string) => ({ scenario: defaultScenario(name) });
const simulation = () => createTaskRunner('simulate', inlinePool());

describe('task runner (inline pool, the same host as the worker)', () => {
  it('resolves with the result of the scenario asked for', async () => {
    const result = await simulation().run({ ...named('A'), trials: 500 });
    expect(result.trials).toBe(500);
    expect(result.seed).toBe(named('A').scenario.simulation.seed);
    expect(stepsTaken.get('A')).toBe(STEPS);
  });

  it('rejects a stale run as superseded, stops its work, and resolves only the newest', async () => {
    const runner = simulation();
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
    expect(stepsTaken.get('A') ?? 0).toBeLessThan(STEPS);
    expect(stepsTaken.get('B') ?? 0).toBeLessThan(STEPS);
  });

  it('lets separate runners (two panels) run side by side', async () => {
    const pool = inlinePool(2);
    const left = createTaskRunner('simulate', pool);
    const right = createTaskRunner('simulate', pool);
    const [l, r] = await Promise.all([left.run({ ...named('L'), trials: 3 }), right.run({ ...named('R'), trials: 4 })]);
    expect([l.trials, r.trials]).toEqual([3, 4]);
  });

  it('cancels a run: it rejects as superseded and its work stops', async () => {
    const runner = simulation();
    const pending = runner.run(named('A'));
    await vi.waitUntil(() => stepsTaken.has('A'), { interval: 1 });
    runner.cancel();
    await expect(pending).rejects.toSatisfy(isSuperseded);
    const steps = stepsTaken.get('A');
    await new Promise((r) => setTimeout(r, 30));
    expect(stepsTaken.get('A')).toBe(steps);
    expect(steps).toBeLessThan(STEPS);
  });

  it('drops a run: it rejects as superseded and stops at its next slice', async () => {
    const runner = simulation();
    const pending = runner.run(named('A'));
    runner.drop();
    await expect(pending).rejects.toSatisfy(isSuperseded);
    await new Promise((r) => setTimeout(r, 30));
    expect(stepsTaken.get('A') ?? 0).toBeLessThan(STEPS);
  });

  it('reports progress for every run longer than one slice, whatever its trial count', async () => {
    const small: number[] = [];
    // The fake run is 12 steps of 4 ms: several 12 ms slices, so its first slice already reports.
    await simulation().run({ ...named('small'), trials: 1000 }, (p) => small.push(p));
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((p) => p > 0 && p < 1)).toBe(true);
  });

  it('rejects with the engine error message', async () => {
    await expect(simulation().run(named('explode'))).rejects.toThrow('boom');
  });
});
