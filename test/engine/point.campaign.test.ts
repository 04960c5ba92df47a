import { describe, expect, it } from 'vitest';
import { rateAtZ, Z95 } from '../../src/engine/distributions';
import { lineItemAtRates, medianRates } from '../../src/engine/funnel';
import { projectPoint } from '../../src/engine/point';
import { unitEconomics } from '../../src/engine/unitEconomics';
import { expectFields, nonFiniteNumbers, scenarioFrom } from './arbitraries';

const hybrid = scenarioFrom(
  [
    {
      creators: 2,
      followers: 20_000,
      posts: 2,
      reachRate: 0.25,
      engagementRate: 0.05,
      clickRate: 0.01,
      conversionRate: 0.05,
      leadRate: 0.02,
      payment: { model: 'hybrid', feePerPost: 200, giftCost: 50, amountPerAction: 5, commissionRate: 0.1, amountPerLead: 1 },
    },
  ],
  { averageOrderValue: 60, grossMargin: 0.5, leadValue: 3 },
);

describe('projectPoint, hybrid payment', () => {
  it('pays the sum of every part', () => {
    const result = projectPoint(hybrid);
    expect(nonFiniteNumbers(result)).toEqual([]);
    const li = result.lineItems[0]!;
    // 200 clicks → 10 orders, 4 leads; fees 200·2·2 = 800, gifts 2·50 = 100, per action 5·10 = 50,
    // commission 0.1·10·60 = 60, per lead 1·4 = 4: payout 1,014. Gross profit 600·0.5 + 4·3 = 312.
    expect(li.payoutBreakdown).toEqual({ fixedFees: 800, gifts: 100, perAction: 50, commission: 60, perLead: 4, bonuses: 0, capSavings: 0 });
    expectFields(li, {
      impressions: 20_000,
      reach: 40_000 * (1 - Math.exp(-0.5)),
      engagements: 4_000,
      clicks: 200,
      conversions: 10,
      leads: 4,
      netRevenue: 600,
      payout: 1_014,
      grossProfit: 312,
      profit: -702,
      roi: -702 / 1_014,
      roas: 600 / 1_014,
      cpm: 50.7,
      cpe: 0.2535,
      cpc: 5.07,
      cpa: 101.4,
      cpl: 253.5,
      // each order nets 30 − 11 = 19; without orders the item makes 4·(3 − 1) − 900 = −892;
      // 200 · c · 19 = 892.
      breakEvenConversionRate: 892 / 3_800,
      // profit before fees −702 + 800 = 98 over 4 posts
      breakEvenFeePerPost: 24.5,
    });
  });

  it('breaks even when the break-even values are plugged back in', () => {
    const li = projectPoint(hybrid).lineItems[0]!;
    const atRate = scenarioFrom([{ ...hybrid.lineItems[0]!, conversionRate: li.breakEvenConversionRate! }], hybrid.economics);
    expect(projectPoint(atRate).lineItems[0]!.profit).toBeCloseTo(0, 9);
    const payment = { ...hybrid.lineItems[0]!.payment, feePerPost: li.breakEvenFeePerPost! };
    const atFee = scenarioFrom([{ ...hybrid.lineItems[0]!, payment }], hybrid.economics);
    expect(projectPoint(atFee).lineItems[0]!.profit).toBeCloseTo(0, 9);
  });
});

describe('projectPoint, campaign totals', () => {
  const economics = { averageOrderValue: 50, grossMargin: 0.6, discountRate: 0.1, returnRate: 0.2, trackedShare: 0.5, mediaValueCpm: 8 };
  const campaign = scenarioFrom(
    [
      { creators: 2, followers: 10_000, posts: 3, reachRate: 0.5, engagementRate: 0.04, clickRate: 0.01, conversionRate: 0.02, payment: { model: 'fixed', feePerPost: 100 } },
      { creators: 4, followers: 5_000, posts: 2, reachRate: 0.2, engagementRate: 0.05, clickRate: 0.02, conversionRate: 0.05, payment: { model: 'gifting', giftCost: 30 } },
    ],
    economics,
    [600, 400],
  );

  it('sums the line items and adds overheads to cost', () => {
    const { totals } = projectPoint(campaign);
    expect(nonFiniteNumbers(totals)).toEqual([]);
    // Items: 30,000 + 8,000 impressions, 300 + 160 clicks, 6 + 8 orders at 36 of net revenue each
    // (50·0.9·0.8) and 21.6 of gross profit; payout 600 fees + 120 gifts; overheads 1,000.
    expect(totals.payoutBreakdown).toEqual({ fixedFees: 600, gifts: 120, perAction: 0, commission: 0, perLead: 0, bonuses: 0, capSavings: 0 });
    expectFields(totals, {
      impressions: 38_000,
      reach: 20_000 * (1 - Math.exp(-1.5)) + 20_000 * (1 - Math.exp(-0.4)),
      engagements: 4_400,
      clicks: 460,
      conversions: 14,
      leads: 0,
      netRevenue: 504,
      payout: 720,
      overheads: 1_000,
      cost: 1_720,
      grossProfit: 302.4,
      profit: -1_417.6,
      roi: -1_417.6 / 1_720,
      roas: 504 / 1_720,
      cpm: 1_720 / 38,
      cpe: 1_720 / 4_400,
      cpc: 1_720 / 460,
      cpa: 1_720 / 14,
      cpl: null,
      // 38 thousand impressions at a CPM of 8
      mediaValue: 304,
      // profit(k) = −1,720 + k · 14 · 21.6
      breakEvenConversionMultiplier: 1_720 / 302.4,
    });
  });

  it('breaks even when every conversion rate is multiplied by the break-even multiplier', () => {
    const k = projectPoint(campaign).totals.breakEvenConversionMultiplier!;
    const scaled = projectPoint(campaign, { rateOf: (item, kind) => medianRates(item)[kind] * (kind === 'conversionRate' ? k : 1) });
    expect(scaled.totals.profit).toBeCloseTo(0, 9);
  });

  it('gives a multiplier below 1 when the campaign already makes money', () => {
    const gifting = scenarioFrom([{ ...campaign.lineItems[1]! }], { averageOrderValue: 40, grossMargin: 0.5 });
    // profit(k) = −120 + k · 8 · 20 → k = 0.75
    expect(projectPoint(gifting).totals.breakEvenConversionMultiplier).toBeCloseTo(0.75, 12);
  });

  it('has no multiplier when the campaign makes money at any conversion rate', () => {
    const cpa = scenarioFrom([{ payment: { model: 'cpa', amountPerAction: 5 } }]);
    expect(projectPoint(cpa).totals.breakEvenConversionMultiplier).toBeNull();
  });
});

describe('projectPoint rate override', () => {
  it('uses medians by default and any other value when asked', () => {
    const ranged = scenarioFrom([{ conversionRate: { low: 0.01, high: 0.04 }, payment: { model: 'cpa', amountPerAction: 5 } }]);
    // 10,000 · 0.1 · 0.01 = 10 clicks; the median conversion rate is √(0.01 · 0.04) = 0.02.
    expect(projectPoint(ranged).lineItems[0]!.conversions).toBeCloseTo(0.2, 12);
    // At the 95th percentile the rate is the range's high end, 0.04.
    const high = projectPoint(ranged, {
      rateOf: (item, kind) => (kind === 'conversionRate' ? rateAtZ(item[kind], Z95) : medianRates(item)[kind]),
    });
    expect(high.lineItems[0]!.conversions).toBeCloseTo(0.4, 12);
  });

  it('lineItemAtRates prices the same line item as projectPoint', () => {
    const item = hybrid.lineItems[0]!;
    const flows = lineItemAtRates(item, unitEconomics(item, hybrid.economics), medianRates(item));
    const { id: _id, label: _label, ...point } = projectPoint(hybrid).lineItems[0]!;
    expect(point).toMatchObject(flows);
  });
});
