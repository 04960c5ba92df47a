import { describe, expect, it } from 'vitest';
import { projectPoint } from '../../src/engine/point';
import type { LineItemPoint } from '../../src/engine/types';
import { expectFields, nonFiniteNumbers, scenarioFrom } from './arbitraries';

/** Each payment model on one line item, every field checked against a hand calculation. */

const onlyItem = (result: ReturnType<typeof projectPoint>): LineItemPoint => {
  expect(nonFiniteNumbers(result)).toEqual([]);
  expect(result.lineItems).toHaveLength(1);
  return result.lineItems[0]!;
};

describe('projectPoint, one payment model at a time', () => {
  it('fixed: pays fee · creators · posts whatever happens', () => {
    const economics = { averageOrderValue: 50, grossMargin: 0.6, discountRate: 0.1, returnRate: 0.2, trackedShare: 0.5 };
    const scenario = scenarioFrom(
      [{ creators: 2, followers: 10_000, posts: 3, reachRate: 0.5, engagementRate: 0.04, clickRate: 0.01, conversionRate: 0.02, payment: { model: 'fixed', feePerPost: 100 } }],
      economics,
    );
    const li = onlyItem(projectPoint(scenario));
    // impressions 2·3·10,000·0.5 = 30,000; clicks 300; conversions 6; net revenue 6·50·0.9·0.8 = 216;
    // payout 100·2·3 = 600; gross profit 216·0.6 = 129.6; profit −470.4.
    expectFields(li, {
      impressions: 30_000,
      reach: 20_000 * (1 - Math.exp(-1.5)),
      engagements: 2_400,
      clicks: 300,
      conversions: 6,
      leads: 0,
      netRevenue: 216,
      payout: 600,
      grossProfit: 129.6,
      profit: -470.4,
      roi: -470.4 / 600,
      roas: 0.36,
      cpm: 20,
      cpe: 0.25,
      cpc: 2,
      cpa: 100,
      cpl: null,
      // 300 clicks · c · 21.6 gross profit per order = 600 → c = 5/54.
      breakEvenConversionRate: 600 / 6_480,
      // 129.6 of gross profit spread over 6 posts.
      breakEvenFeePerPost: 21.6,
    });
    expect(li.payoutBreakdown).toEqual({ fixedFees: 600, gifts: 0, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 });
    expect(li.id).toBe('item-1');
  });

  it('gifting: pays the gift per creator', () => {
    const scenario = scenarioFrom(
      [{ creators: 4, followers: 5_000, posts: 2, reachRate: 0.2, engagementRate: 0.05, clickRate: 0.02, conversionRate: 0.05, payment: { model: 'gifting', giftCost: 30 } }],
      { averageOrderValue: 40, grossMargin: 0.5 },
    );
    const li = onlyItem(projectPoint(scenario));
    // impressions 8,000; clicks 160; conversions 8; revenue 320; gifts 4·30 = 120; gross profit 160.
    expectFields(li, {
      impressions: 8_000,
      reach: 20_000 * (1 - Math.exp(-0.4)),
      engagements: 2_000,
      clicks: 160,
      conversions: 8,
      netRevenue: 320,
      payout: 120,
      grossProfit: 160,
      profit: 40,
      roi: 1 / 3,
      roas: 8 / 3,
      cpm: 15,
      cpe: 0.06,
      cpc: 0.75,
      cpa: 15,
      cpl: null,
      // 160 · c · 20 = 120
      breakEvenConversionRate: 0.0375,
      // a fee of 40 / 8 posts would eat the whole profit
      breakEvenFeePerPost: 5,
    });
    expect(li.payoutBreakdown).toEqual({ fixedFees: 0, gifts: 120, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 });
  });

  const cpaScenario = (amountPerAction: number) =>
    scenarioFrom(
      [{ followers: 100_000, reachRate: 0.1, engagementRate: 0.03, clickRate: 0.01, conversionRate: 0.03, payment: { model: 'cpa', amountPerAction } }],
      { averageOrderValue: 80, grossMargin: 0.5, returnRate: 0.25, trackedShare: 0.8 },
    );

  it('cpa: pays per tracked, non-returned conversion', () => {
    const li = onlyItem(projectPoint(cpaScenario(10)));
    // 3 conversions; revenue 3·80·0.75 = 180; payable 3·0.8·0.75 = 1.8 → payout 18; gross profit 90.
    expectFields(li, {
      impressions: 10_000,
      reach: 100_000 * (1 - Math.exp(-0.1)),
      engagements: 3_000,
      clicks: 100,
      conversions: 3,
      netRevenue: 180,
      payout: 18,
      grossProfit: 90,
      profit: 72,
      roi: 4,
      roas: 10,
      cpm: 1.8,
      cpe: 0.006,
      cpc: 0.18,
      cpa: 6,
      cpl: null,
      // nothing is owed without conversions and each one earns 30 − 6: profitable at any rate
      breakEvenConversionRate: null,
      breakEvenFeePerPost: 72,
    });
    expect(li.payoutBreakdown.perAction).toBeCloseTo(18, 9);
  });

  it('cpa paying more than an order earns loses at every conversion rate', () => {
    const li = onlyItem(projectPoint(cpaScenario(60)));
    // payout 60·1.8 = 108 against 90 of gross profit: each order loses 36 − 30 = 6.
    expectFields(li, { payout: 108, profit: -18, breakEvenConversionRate: null, breakEvenFeePerPost: -18 });
  });

  it('cps: pays a share of tracked, net sales value', () => {
    const scenario = scenarioFrom(
      [{ creators: 10, followers: 2_000, posts: 4, reachRate: 0.25, engagementRate: 0.02, clickRate: 0.02, conversionRate: 0.05, payment: { model: 'cps', commissionRate: 0.15 } }],
      { averageOrderValue: 100, grossMargin: 0.4, discountRate: 0.2, returnRate: 0.1, trackedShare: 0.5 },
    );
    const li = onlyItem(projectPoint(scenario));
    // 20 conversions; revenue 20·80·0.9 = 1,440; payable 20·0.5·0.9 = 9; commission 0.15·9·80 = 108.
    expectFields(li, {
      impressions: 20_000,
      reach: 20_000 * (1 - Math.exp(-1)),
      engagements: 1_600,
      clicks: 400,
      conversions: 20,
      netRevenue: 1_440,
      payout: 108,
      grossProfit: 576,
      profit: 468,
      roi: 468 / 108,
      roas: 1_440 / 108,
      cpm: 5.4,
      cpe: 0.0675,
      cpc: 0.27,
      cpa: 5.4,
      cpl: null,
      breakEvenConversionRate: null,
      breakEvenFeePerPost: 468 / 40,
    });
    expect(li.payoutBreakdown.commission).toBeCloseTo(108, 9);
  });

  it('cpl: pays per tracked lead and values leads at leadValue', () => {
    const scenario = scenarioFrom(
      [{ followers: 10_000, posts: 2, reachRate: 0.5, engagementRate: 0.1, clickRate: 0.05, conversionRate: 0.01, leadRate: 0.1, payment: { model: 'cpl', amountPerLead: 2 } }],
      { averageOrderValue: 20, grossMargin: 0.5, leadValue: 5, trackedShare: 0.5 },
    );
    const li = onlyItem(projectPoint(scenario));
    // 500 clicks → 5 orders and 50 leads; payout 2·50·0.5 = 50; gross profit 100·0.5 + 50·5 = 300.
    expectFields(li, {
      impressions: 10_000,
      reach: 10_000 * (1 - Math.exp(-1)),
      engagements: 2_000,
      clicks: 500,
      conversions: 5,
      leads: 50,
      netRevenue: 100,
      payout: 50,
      grossProfit: 300,
      profit: 250,
      roi: 5,
      roas: 2,
      cpm: 5,
      cpe: 0.025,
      cpc: 0.1,
      cpa: 10,
      cpl: 1,
      // leads alone already make 200: no positive conversion rate breaks even
      breakEvenConversionRate: null,
      breakEvenFeePerPost: 125,
    });
  });
});
