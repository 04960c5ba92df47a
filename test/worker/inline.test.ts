import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { createInlineBackend } from '../../src/worker/backend';
import { createMcRunner } from '../../src/worker/runner';
import { defaultScenario } from '../../src/store/defaultWorkspace';

describe('inline runner with the real engine', () => {
  it('gives the same numbers as runMonteCarlo, samples included', async () => {
    const scenario = defaultScenario();
    const options = { trials: 3000, seed: 11, keepSamples: true };
    const viaRunner = await createMcRunner(createInlineBackend()).run(scenario, options);
    const direct = runMonteCarlo(scenario, options);
    expect(viaRunner).toEqual(direct);
    expect(structuredClone(viaRunner)).toEqual(direct);
  });

  it('uses the scenario trials and seed when none are given', async () => {
    const scenario = defaultScenario();
    const result = await createMcRunner(createInlineBackend()).run({ ...scenario, simulation: { ...scenario.simulation, trials: 1234, seed: 5 } });
    expect([result.trials, result.seed]).toEqual([1234, 5]);
  });
});
