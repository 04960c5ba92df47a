import { describe, expect, it } from 'vitest';
import { cheaperChoice, estimateRun, runWorkUnits, unitsPerTrial } from '../../src/engine/montecarlo/estimate';
import { startMonteCarlo } from '../../src/engine/monteCarlo';
import type { LineItem } from '../../src/engine/schema';
import { handScenario } from './fixtures';

const uncertain: Partial<LineItem> = {
  reachRate: { low: 0.05, high: 0.5 },
  clickRate: { low: 0.002, high: 0.02 },
  conversionRate: { low: 0.01, high: 0.05 },
};

/** Three creators with uncertain rates: too few for a group sum, so every creator is drawn. */
const exactGroup: Partial<LineItem> = { ...uncertain, creators: 3 };
/** One creator: the group moves as one, one draw per rate and trial. */
const singleCreator: Partial<LineItem> = { ...uncertain, creators: 1 };

describe('run estimate', () => {
  it('counts a creator-by-creator group as creators + 1 units per trial', () => {
    // 1 (campaign factors) + (3 + 1) (the exact group) + 1/4 (percentiles) = 5.25 units per trial.
    expect(unitsPerTrial(handScenario(exactGroup))).toBe(5.25);
  });

  it('counts the pricing of payout terms: 0.4 more per creator drawn one by one, 5 per summed group', async () => {
    const { TERMS_CREATOR_COST, TERMS_GROUP_COST } = await import('../../src/engine/montecarlo/plan');
    const bonus = { model: 'fixed' as const, feePerPost: 100, bonus: { metric: 'sales' as const, threshold: 500, amount: 50 } };
    // 1 + (3 + 1 + 0.4 · 3) + 1/4 = 6.45 units per trial.
    expect(unitsPerTrial(handScenario({ ...exactGroup, payment: bonus }))).toBeCloseTo(1 + 4 + 3 * TERMS_CREATOR_COST + 0.25, 12);
    expect(TERMS_CREATOR_COST).toBe(0.4);
    // A summed group (5,000 creators) pays TERMS_GROUP_COST more with the bonus than without: the
    // remembered cost tells the two apart.
    const large = { ...uncertain, creators: 5_000 };
    expect(unitsPerTrial(handScenario({ ...large, payment: bonus })) - unitsPerTrial(handScenario(large))).toBeCloseTo(TERMS_GROUP_COST, 12);
  });

  it('counts a single creator as one unit per trial, whatever its rates', () => {
    // 1 + 1 + 1/4 = 2.25
    expect(unitsPerTrial(handScenario(singleCreator))).toBe(2.25);
  });

  it('adds the line items of a plan and scales with trials and throughput', () => {
    const base = handScenario(exactGroup);
    const scenario = { ...base, lineItems: [...base.lineItems, { ...(base.lineItems[0] as LineItem), ...singleCreator, id: 'solo' }] };
    // Per trial: 1 + 4 (exact group of 3) + 1 (single creator) + 0.25 = 6.25; 10,000 trials = 62,500
    // units; at 1,000 units per second that is 62.5 s.
    expect(estimateRun(scenario, 1000, 10_000)).toEqual({ trials: 10_000, workUnits: 62_500, seconds: 62.5 });
  });

  it('is the work the run itself counts its progress in', () => {
    const scenario = handScenario(exactGroup, { simulation: { trials: 2000, seed: 1, creatorCorrelation: 0.5, campaignCorrelation: 0.3 } });
    // 2,000 trials × 5.25 = 10,500 units, the same as the task reports.
    expect(startMonteCarlo(scenario).workUnits).toBe(10_500);
    expect(runWorkUnits([{ costPerTrial: 4 }], 2000)).toBe(10_500);
  });

  it('offers the largest listed trial count that answers within about five seconds', () => {
    const scenario = handScenario(exactGroup);
    // 5.25 units per trial at 10,000 units per second: 10,000 trials take 5.25 s (too long),
    // 5,000 take 2.625 s, so 5,000 is the cheaper choice.
    expect(cheaperChoice(unitsPerTrial(scenario), 10_000, 100_000)).toEqual({ trials: 5000, workUnits: 26_250, seconds: 2.625 });
  });

  it('falls back to the smallest listed count when even that is slow, and offers nothing below the smallest', () => {
    const scenario = handScenario(exactGroup);
    // At 1 unit per second even 100 trials take 525 s: 100 is still the cheapest choice.
    expect(cheaperChoice(unitsPerTrial(scenario), 1, 10_000)?.trials).toBe(100);
    expect(cheaperChoice(unitsPerTrial(scenario), 1, 100)).toBeNull();
  });
});

describe('run estimate, remembered per line item', () => {
  it('gives what planning every line item gives, also after a label or a fee changes', async () => {
    const { planLineItem } = await import('../../src/engine/montecarlo/plan');
    // A 5,000-creator group with wide ranges (a split sum) beside a 3-creator exact group.
    const s = handScenario({ ...uncertain, creators: 5_000 });
    const scenario = { ...s, lineItems: [...s.lineItems, { ...s.lineItems[0]!, id: 'small', creators: 3 }] };
    const planned = (sc: typeof scenario) => runWorkUnits(sc.lineItems.map((item, i) => planLineItem(item, i, sc, false)), 1);
    expect(unitsPerTrial(scenario)).toBe(planned(scenario));
    const relabelled = { ...scenario, lineItems: scenario.lineItems.map((item) => ({ ...item, label: 'renamed', payment: { model: 'fixed' as const, feePerPost: 7 } })) };
    expect(unitsPerTrial(relabelled)).toBe(planned(relabelled));
    // A change of what picks the sampler is seen: 3 creators drawn one by one become 4.
    const grown = { ...scenario, lineItems: scenario.lineItems.map((item) => (item.id === 'small' ? { ...item, creators: 4 } : item)) };
    expect(unitsPerTrial(grown) - unitsPerTrial(scenario)).toBe(1);
  });
});
