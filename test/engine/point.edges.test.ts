import { describe, expect, it } from 'vitest';
import { projectPoint } from '../../src/engine/point';
import { expectFields, nonFiniteNumbers, scenarioFrom } from './arbitraries';

/**
 * Degenerate inputs a planner reaches by dragging a slider to 0 or 100%. The default fixture line
 * item has 1 creator, 10,000 followers, 1 post, reach 0.1, engagement 0.05, clicks 0.01 and
 * conversions 0.02: 1,000 impressions, 500 engagements, 10 clicks, 0.2 orders.
 */

const project = (...args: Parameters<typeof scenarioFrom>) => {
  const result = projectPoint(scenarioFrom(...args));
  expect(nonFiniteNumbers(result)).toEqual([]);
  return result;
};

const NO_VOLUME = { impressions: 0, reach: 0, engagements: 0, clicks: 0, conversions: 0, leads: 0, netRevenue: 0 };
const NO_COST_PER = { cpm: null, cpe: null, cpc: null, cpa: null, cpl: null };

describe('projectPoint edge cases', () => {
  it('zero creators: nothing happens, nothing is paid, every ratio is undefined', () => {
    const { lineItems, totals } = project([{ creators: 0, payment: { model: 'hybrid', feePerPost: 100, giftCost: 20, amountPerAction: 5 } }], undefined, [100]);
    expectFields(lineItems[0]!, {
      ...NO_VOLUME,
      ...NO_COST_PER,
      payout: 0,
      profit: 0,
      roi: null,
      roas: null,
      breakEvenConversionRate: null,
      breakEvenFeePerPost: null,
    });
    // only the overhead of 100 remains; with no orders no multiplier can help
    expectFields(totals, { ...NO_VOLUME, ...NO_COST_PER, cost: 100, profit: -100, roi: -1, roas: 0, breakEvenConversionMultiplier: null });
  });

  it('zero posts: gifts are still paid, fees are not', () => {
    const { lineItems } = project([{ creators: 3, posts: 0, payment: { model: 'hybrid', feePerPost: 100, giftCost: 20, amountPerLead: 1 } }]);
    // 3 gifts of 20
    expectFields(lineItems[0]!, {
      ...NO_VOLUME,
      ...NO_COST_PER,
      payout: 60,
      profit: -60,
      roi: -1,
      roas: 0,
      breakEvenConversionRate: null,
      breakEvenFeePerPost: null,
    });
    expect(lineItems[0]!.payoutBreakdown).toEqual({ fixedFees: 0, gifts: 60, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 });
  });

  it('zero clicks: cost per view and engagement exist, cost per click and order do not', () => {
    const { lineItems, totals } = project([{ clickRate: 0, payment: { model: 'fixed', feePerPost: 100 } }]);
    // 100 paid for 1,000 impressions and 500 engagements, no clicks
    expectFields(lineItems[0]!, {
      impressions: 1_000,
      engagements: 500,
      clicks: 0,
      conversions: 0,
      cpm: 100,
      cpe: 0.2,
      cpc: null,
      cpa: null,
      cpl: null,
      profit: -100,
      roi: -1,
      breakEvenConversionRate: null,
      // nothing to pay for: only a fee of 0 breaks even
      breakEvenFeePerPost: 0,
    });
    expect(totals.breakEvenConversionMultiplier).toBeNull();
  });

  it('100% returns: no revenue and no performance payout, whatever the conversion rate', () => {
    const economics = { averageOrderValue: 50, grossMargin: 0.5, returnRate: 1 };
    const { lineItems } = project([{ payment: { model: 'hybrid', feePerPost: 100, commissionRate: 0.2, amountPerAction: 3 } }], economics);
    // 0.2 orders, all returned: the fee of 100 is the whole cost
    expectFields(lineItems[0]!, {
      conversions: 0.2,
      netRevenue: 0,
      payout: 100,
      profit: -100,
      roi: -1,
      roas: 0,
      cpa: 500,
      breakEvenConversionRate: null,
      breakEvenFeePerPost: 0,
    });
  });

  it('no line items: the campaign is its overheads', () => {
    const { lineItems, totals } = project([], undefined, [250]);
    expect(lineItems).toEqual([]);
    expectFields(totals, { ...NO_VOLUME, ...NO_COST_PER, payout: 0, overheads: 250, cost: 250, profit: -250, roi: -1, mediaValue: 0, breakEvenConversionMultiplier: null });
  });

  it('a margin that cancels on paper gives no break-even rate, not a huge one', () => {
    // gross profit per order 100·0.93·0.9·0.3 equals the commission 0.3·0.9·100·0.93 on paper;
    // rounding may leave them an ulp apart.
    const economics = { averageOrderValue: 100, grossMargin: 0.3, discountRate: 0.07, returnRate: 0.1 };
    const { lineItems, totals } = project([{ payment: { model: 'hybrid', feePerPost: 100, commissionRate: 0.3 } }], economics);
    expect(lineItems[0]!.profit).toBeCloseTo(-100, 9);
    expect(lineItems[0]!.breakEvenConversionRate).toBeNull();
    expect(totals.breakEvenConversionMultiplier).toBeNull();
  });
});
