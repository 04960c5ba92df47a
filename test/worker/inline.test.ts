import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/engine/allocation/task';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { tornado } from '../../src/engine/sensitivity';
import { createTaskRunner } from '../../src/worker/runner';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { handScenario } from '../engine/fixtures';
import { groupScenario } from '../engine/montecarloFixtures';
import { inlinePool, loopbackPool } from './fakeWorker';

// The engine once more, through the task host: on this thread, and through a worker's serialisation.
describe('tasks with the real engine', () => {
  it('simulate gives the same numbers as runMonteCarlo, samples included', async () => {
    const scenario = defaultScenario();
    const options = { trials: 3000, seed: 11, keepSamples: true };
    const inline = await createTaskRunner('simulate', inlinePool()).run({ scenario, ...options });
    const viaWorker = await createTaskRunner('simulate', loopbackPool(1).pool).run({ scenario, ...options });
    const direct = runMonteCarlo(scenario, options);
    expect(inline).toEqual(direct);
    expect(viaWorker).toEqual(direct);
    expect(viaWorker.samples?.profit).toBeInstanceOf(Float64Array);
  });

  it('simulate carries v3\'s payout metric and lineItemTerms through a worker unchanged', async () => {
    const base = groupScenario({ creators: 4, trials: 1500 });
    const item = base.lineItems[0]!;
    const scenario = { ...base, lineItems: [{ ...item, payment: { ...item.payment, bonus: { metric: 'sales' as const, threshold: 300, amount: 40 }, payoutCap: 120 } }] };
    const options = { keepSamples: true };
    const viaWorker = await createTaskRunner('simulate', loopbackPool(1).pool).run({ scenario, ...options });
    const direct = runMonteCarlo(scenario, options);
    expect(viaWorker).toEqual(direct);
    expect(viaWorker.lineItemTerms).toHaveLength(1);
    expect(viaWorker.samples?.payout).toBeInstanceOf(Float64Array);
  });

  it('simulate uses the scenario trials and seed when none are given', async () => {
    const scenario = defaultScenario();
    const result = await createTaskRunner('simulate', inlinePool()).run({ scenario: { ...scenario, simulation: { ...scenario.simulation, trials: 1234, seed: 5 } } });
    expect([result.trials, result.seed]).toEqual([1234, 5]);
  });

  it('sensitivity gives the same tornado as tornado()', async () => {
    const one = handScenario({ reachRate: { low: 0.1, high: 0.4 }, conversionRate: { low: 0.01, high: 0.09 }, engagementRate: { low: 0.01, high: 0.04 } });
    const scenario = { ...one, lineItems: [one.lineItems[0]!, { ...one.lineItems[0]!, id: 'second', creators: 4 }] };
    const viaWorker = await createTaskRunner('sensitivity', loopbackPool(1).pool).run({ scenario });
    expect(viaWorker).toEqual(tornado(scenario));
    expect(viaWorker.bars).toHaveLength(6);
  });

  it('allocate gives the same allocation as allocate(), and refuses a scenario without a budget', async () => {
    const scenario = defaultScenario();
    const bounded = { ...scenario, budget: 6000, lineItems: scenario.lineItems.map((item) => ({ ...item, minCreators: 0, maxCreators: 8 })) };
    const input = { scenario: bounded, overrides: { trials: 400 } };
    const viaWorker = await createTaskRunner('allocate', loopbackPool(1).pool).run(input);
    expect(viaWorker).toEqual(allocate(bounded, { trials: 400 }));
    expect(viaWorker.ok).toBe(true);
    const { budget: _none, ...withoutBudget } = bounded;
    expect(await createTaskRunner('allocate', inlinePool()).run({ scenario: withoutBudget })).toEqual({ ok: false, reason: 'noBudget' });
  });
});
