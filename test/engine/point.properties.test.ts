import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateAtZ, Z95 } from '../../src/engine/distributions';
import { lineItemAtRates, medianRates } from '../../src/engine/funnel';
import { projectPoint } from '../../src/engine/point';
import { type LineItem, type Scenario } from '../../src/engine/schema';
import { unitEconomics } from '../../src/engine/unitEconomics';
import { campaignScale, expectNear, moneyScale, nonFiniteNumbers, scenarioArbitrary, withConversionMultiplier } from './arbitraries';

const SCALED_BY_CREATORS = ['impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads', 'netRevenue', 'payout', 'grossProfit', 'profit'] as const;

describe('projectPoint properties', () => {
  it('reports every number finite or null, at medians and at any P5/P95, with or without audiences', () => {
    const z = fc.constantFrom(-Z95, 0, Z95);
    fc.assert(
      fc.property(scenarioArbitrary({ audiences: true }), fc.record({ reachRate: z, engagementRate: z, clickRate: z, conversionRate: z, leadRate: z }), (scenario, zs) => {
        expect(nonFiniteNumbers(projectPoint(scenario))).toEqual([]);
        const shifted = projectPoint(scenario, { rateOf: (item, kind) => rateAtZ(item[kind], zs[kind]) });
        expect(nonFiniteNumbers(shifted)).toEqual([]);
      }),
    );
  });

  it('doubling creators doubles every volume, fee, gift, payout and line-item profit', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const doubled: Scenario = { ...scenario, lineItems: scenario.lineItems.map((li) => ({ ...li, creators: li.creators * 2 })) };
        const once = projectPoint(scenario);
        const twice = projectPoint(doubled);
        once.lineItems.forEach((li, i) => {
          const li2 = twice.lineItems[i]!;
          for (const key of SCALED_BY_CREATORS) expectNear(li2[key], 2 * li[key], 0);
          for (const key of ['fixedFees', 'gifts', 'perAction', 'commission', 'perLead'] as const)
            expectNear(li2.payoutBreakdown[key], 2 * li.payoutBreakdown[key], 0);
        });
        for (const key of ['impressions', 'reach', 'engagements', 'clicks', 'conversions', 'leads', 'netRevenue', 'payout'] as const)
          expectNear(twice.totals[key], 2 * once.totals[key], 0);
        expectNear(twice.totals.payoutBreakdown.fixedFees, 2 * once.totals.payoutBreakdown.fixedFees, 0);
        expectNear(twice.totals.payoutBreakdown.gifts, 2 * once.totals.payoutBreakdown.gifts, 0);
      }),
    );
  });

  it('campaign profit is affine in a common conversion-rate multiplier', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.double({ min: 0, max: 4, noNaN: true }), (scenario, t) => {
        const profitAt = (k: number) => projectPoint(scenario, { rateOf: withConversionMultiplier(k) }).totals.profit;
        const [p0, p1] = [profitAt(0), profitAt(1)];
        const scale = Math.max(campaignScale(scenario, 1), campaignScale(scenario, t));
        expectNear(profitAt(t), p0 + t * (p1 - p0), scale);
      }),
    );
  });

  it('line-item profit is affine in its conversion rate', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.double({ min: 0, max: 1, noNaN: true }), (scenario, c) => {
        for (const item of scenario.lineItems) {
          const economics = unitEconomics(item, scenario.economics);
          const at = (rate: number) => lineItemAtRates(item, economics, { ...medianRates(item), conversionRate: rate });
          const [f0, f1, fc_] = [at(0), at(1), at(c)];
          expectNear(fc_.profit, f0.profit + c * (f1.profit - f0.profit), moneyScale(f1));
        }
      }),
    );
  });

  it('line-item profit is zero at breakEvenConversionRate, and never changes sign when there is none', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        projectPoint(scenario).lineItems.forEach((point, i) => {
          const item = scenario.lineItems[i]!;
          const economics = unitEconomics(item, scenario.economics);
          const at = (rate: number) => lineItemAtRates(item, economics, { ...medianRates(item), conversionRate: rate });
          const rate = point.breakEvenConversionRate;
          if (rate !== null) {
            expect(rate).toBeGreaterThan(0);
            const flows = at(rate);
            expectNear(flows.profit, 0, moneyScale(flows));
          } else {
            const [f0, f1] = [at(0), at(1)];
            const tolerance = 1e-9 * Math.max(moneyScale(f0), moneyScale(f1));
            expect((f0.profit < -tolerance && f1.profit > tolerance) || (f0.profit > tolerance && f1.profit < -tolerance)).toBe(false);
          }
        });
      }),
    );
  });

  it('line-item profit is zero at breakEvenFeePerPost', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        projectPoint(scenario).lineItems.forEach((point, i) => {
          const item = scenario.lineItems[i]!;
          const fee = point.breakEvenFeePerPost;
          if (fee === null) {
            expect(item.creators * item.posts).toBe(0);
            return;
          }
          // A model without a fee gets one added: unitEconomics reads the field whatever the model.
          const withFee: LineItem = { ...item, payment: { ...item.payment, feePerPost: fee } };
          const flows = lineItemAtRates(withFee, unitEconomics(withFee, scenario.economics), medianRates(item));
          expectNear(flows.profit, 0, moneyScale(flows));
        });
      }),
    );
  });

  it('campaign profit is zero at breakEvenConversionMultiplier', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        const k = projectPoint(scenario).totals.breakEvenConversionMultiplier;
        if (k === null) return;
        expect(k).toBeGreaterThan(0);
        const { totals } = projectPoint(scenario, { rateOf: withConversionMultiplier(k) });
        expectNear(totals.profit, 0, campaignScale(scenario, k));
      }),
    );
  });
});
