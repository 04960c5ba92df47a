import { describe, expect, it } from 'vitest';
import { breakEvenConditions, startTornado, tornado } from '../../src/engine/sensitivity';
import { handScenario } from './fixtures';

describe('tornado', () => {
  // 1 creator × 1 post × 100,000 followers, CTR 1%, €50 gross profit per order, €100 fee.
  // Reach {0.1, 0.4} (median 0.2), conversion {0.01, 0.09} (median 0.03), engagement {0.01, 0.04}.
  const scenario = handScenario({
    reachRate: { low: 0.1, high: 0.4 },
    conversionRate: { low: 0.01, high: 0.09 },
    engagementRate: { low: 0.01, high: 0.04 },
  });
  const result = tornado(scenario);

  it('starts from the point projection', () => {
    // 100,000 · 0.2 = 20,000 views; 200 clicks; 6 orders; 6 · 50 − 100 = 200
    expect(result.baseProfit).toBeCloseTo(200, 9);
  });

  it('orders inputs by profit swing, widest first', () => {
    // conversion P5 0.01 → 2 orders → 0; P95 0.09 → 18 orders → 800: swing 800.
    // reach P5 0.1 → 100 clicks → 3 orders → 50; P95 0.4 → 400 clicks → 12 orders → 500: swing 450.
    // engagement does not reach profit: swing 0. The known click rate has no bar.
    expect(result.bars.map((b) => b.kind)).toEqual(['conversionRate', 'reachRate', 'engagementRate']);
    const [conversion, reach, engagement] = result.bars;
    expect(conversion!.profitAtLow).toBeCloseTo(0, 9);
    expect(conversion!.profitAtHigh).toBeCloseTo(800, 9);
    expect(conversion!.swing).toBeCloseTo(800, 9);
    expect(conversion!.lowValue).toBeCloseTo(0.01, 12);
    expect(conversion!.highValue).toBeCloseTo(0.09, 12);
    expect(reach!.profitAtLow).toBeCloseTo(50, 9);
    expect(reach!.profitAtHigh).toBeCloseTo(500, 9);
    expect(engagement!.swing).toBe(0);
  });

  it('has no bars when every input is known', () => {
    expect(tornado(handScenario()).bars).toEqual([]);
  });
});

describe('startTornado', () => {
  it('works out one bar a step, with progress, and ends with the same tornado as tornado()', () => {
    // Two line items with two ranged rates each: four bars, so progress goes 1/4, 2/4, 3/4, 1.
    const ranged = { reachRate: { low: 0.1, high: 0.4 }, conversionRate: { low: 0.01, high: 0.09 } };
    const one = handScenario(ranged);
    const scenario = { ...one, lineItems: [one.lineItems[0]!, { ...one.lineItems[0]!, id: 'second', creators: 3 }] };
    const task = startTornado(scenario);
    expect(task.progress).toBe(0);
    expect(() => task.result()).toThrow();
    const seen: number[] = [];
    while (!task.step()) seen.push(task.progress);
    seen.push(task.progress);
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
    expect(task.result()).toEqual(tornado(scenario));
  });

  it('is finished at once when no rate has a range', () => {
    const task = startTornado(handScenario());
    expect(task.step()).toBe(true);
    expect(task.progress).toBe(1);
    expect(task.result().bars).toEqual([]);
  });
});

describe('breakEvenConditions', () => {
  it('gives the conversion multiplier, the margin of safety and the fee the plan can bear', () => {
    // Typical: 6 orders · €50 = €300 gross profit against a €100 fee: profit(k) = 300k − 100 → k = 1/3.
    const c = breakEvenConditions(handScenario());
    expect(c.conversionMultiplier).toBeCloseTo(1 / 3, 12);
    expect(c.marginOfSafety).toBeCloseTo(2 / 3, 12);
    // Break-even conversion rate: 200 clicks · cr · 50 = 100 → cr = 0.01; fee per post: 300.
    expect(c.lineItems).toEqual([
      expect.objectContaining({ id: 'li', typicalConversionRate: 0.03, feePerPost: 100, breakEvenFeePerPost: 300 }),
    ]);
    expect(c.lineItems[0]!.breakEvenConversionRate).toBeCloseTo(0.01, 12);
  });
});
