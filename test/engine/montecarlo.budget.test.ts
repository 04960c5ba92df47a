import { describe, expect, it } from 'vitest';
import { overBudgetFrom } from '../../src/engine/budgetSlack';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

/**
 * probabilityOverBudget counts money to the cent (src/engine/budgetSlack.ts). The hand-built case:
 * one creator at known rates sells 100,000 · 0.5 · 0.1 · 0.2 = 1,000 conversions, so €25 per
 * action would pay €25,000 and the €99.90 cap binds in every trial; with €2,500 + €2,500 of
 * overheads every trial costs exactly €5,099.90, the budget. In floating point the linear payout
 * plus the cap's correction (−€24,900.10) comes to 2·10⁻¹² above it, which the exact test
 * `cost > budget` counted as over the budget in every trial.
 */
const capped = (budget: number) =>
  buildScenario({
    budget,
    overheads: [{ label: 'Agency', amount: 2_500 }, { label: 'Tracking', amount: 2_500 }],
    simulation: { trials: 500, seed: 3, creatorCorrelation: 0.5, campaignCorrelation: 0.3 },
    lineItems: [lineItemInput({ followers: 100_000, reachRate: 0.5, clickRate: 0.1, conversionRate: 0.2, payment: { model: 'cpa', amountPerAction: 25, payoutCap: 99.9 } })],
  });

describe('the chance of going over the budget', () => {
  it('is zero for a plan whose cap makes it spend exactly its budget', () => {
    const run = runMonteCarlo(capped(5_099.9));
    expect(run.metrics.cost.p5).toBeCloseTo(5_099.9, 9);
    expect(run.metrics.cost.p95).toBeCloseTo(5_099.9, 9);
    expect(run.probabilityOverBudget).toBe(0);
  });

  it('is one for the same plan a cent over a budget a cent smaller', () => {
    expect(runMonteCarlo(capped(5_099.89)).probabilityOverBudget).toBe(1);
  });

  it('allows half a cent, or a trillionth of a budget above €5 billion', () => {
    expect(overBudgetFrom(21_500)).toBe(21_500.005);
    expect(overBudgetFrom(0)).toBe(0.005);
    expect(overBudgetFrom(1e11)).toBe(1e11 + 0.1);
  });
});
