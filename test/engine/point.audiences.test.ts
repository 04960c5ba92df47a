import { describe, expect, it } from 'vitest';
import { rateMedian } from '../../src/engine/distributions';
import { projectPoint } from '../../src/engine/point';
import type { LineItem, RateKind, Scenario, ScenarioInput } from '../../src/engine/schema';
import { buildScenario, lineItemInput, type LineItemInput } from '../fixtures/scenario';
import { expectFields, nonFiniteNumbers } from './arbitraries';

/**
 * Audience overlap and the budget figures in the typical case (docs/MODEL.md §4), worked out by
 * hand. Every line item posts once at a reach rate of ln 2, so that 1 − e^(−reachRate · posts) is
 * exactly ½ and a group of C creators with F followers reaches C · F / 2 people before overlap
 * (its impressions are C · F · ln 2). Economics: €100 orders at 50% margin, nothing discounted,
 * returned or untracked, so an order brings €100 of revenue and €50 of gross profit.
 */

const LN2 = Math.LN2;

function scenario(items: Partial<LineItemInput>[], extra: Partial<ScenarioInput> = {}): Scenario {
  return buildScenario({
    name: 'Overlap by hand',
    economics: { averageOrderValue: 100, grossMargin: 0.5 },
    lineItems: items.map((item, i) =>
      lineItemInput({ id: `item-${i + 1}`, posts: 1, reachRate: LN2, engagementRate: 0.05, clickRate: 0.01, conversionRate: 0.03, ...item }),
    ),
    ...extra,
  });
}

const AUDIENCE = { id: 'shoppers', label: 'Dutch shoppers', size: 100_000 };
/** A: 2 creators of 20,000 followers on a fee of €100 per post plus 10% commission. */
const ITEM_A: Partial<LineItemInput> = { creators: 2, followers: 20_000, audience: 'shoppers', payment: { model: 'hybrid', feePerPost: 100, commissionRate: 0.1 } };
/** B: 4 creators of 10,000 followers at €5 per order. */
const ITEM_B: Partial<LineItemInput> = { creators: 4, followers: 10_000, audience: 'shoppers', payment: { model: 'cpa', amountPerAction: 5 } };
/** C: 3 creators of 10,000 followers in no audience: reach 15,000, orders 3 · 10,000 · ln 2 · 1% · 3% = 9 ln 2. */
const LOOSE: Partial<LineItemInput> = { id: 'loose', creators: 3, followers: 10_000 };
const pair = (extra: Partial<ScenarioInput> = {}) => scenario([ITEM_A, ITEM_B], { audiences: [AUDIENCE], ...extra });

/**
 * The pair before overlap: each group reaches 20,000 people, with 40,000 · ln 2 = 27,725.89
 * impressions, 2,000 engagements, 400 · ln 2 = 277.26 clicks and 12 · ln 2 = 8.3178 orders.
 * q_A = 20,000 / (2 · 100,000) = 0.1, q_B = 20,000 / (4 · 100,000) = 0.05;
 * U = 100,000 · (1 − 0.9² · 0.95⁴) = 100,000 · (1 − 0.6597500625) = 34,024.99375; R = 40,000;
 * φ = U / R = 0.85062484375. After overlap each group has φ · 12 · ln 2 = 7.075298546 orders.
 */
const PHI = 0.850_624_843_75;
const ORDERS = PHI * 12 * LN2;

const withConversionRate = (id: string, rate: number) => (item: LineItem, kind: RateKind) =>
  item.id === id && kind === 'conversionRate' ? rate : rateMedian(item[kind]);

describe('audience overlap in the typical case', () => {
  it('one creator alone in an audience: no overlap, U = its reach, every figure as without the audience', () => {
    // One creator of 100,000 followers reaches 50,000 of 1,000,000: q = 0.05, U = 50,000 · 1 = 50,000.
    const alone = scenario([{ creators: 1, followers: 100_000, audience: 'big' }], { audiences: [{ id: 'big', size: 1_000_000 }] });
    const result = projectPoint(alone);
    expect(result.audiences).toHaveLength(1);
    expectFields(result.audiences[0]!, { size: 1_000_000, grossReach: 50_000, reach: 50_000, saturation: 1, penetration: 0.05 });
    expect(result.audiences[0]).toMatchObject({ id: 'big', label: '' });
    const { audiences: _a, ...withoutAudiences } = alone;
    const plain = projectPoint({ ...withoutAudiences, lineItems: alone.lineItems.map(({ audience: _x, ...item }) => item) });
    expect(result.lineItems[0]!.reach).toBeCloseTo(50_000, 6);
    for (const key of ['impressions', 'reach', 'engagements', 'clicks', 'conversions', 'netRevenue', 'payout', 'profit'] as const)
      expect(result.lineItems[0]![key], key).toBeCloseTo(plain.lineItems[0]![key], 9);
  });

  it('two line items sharing an audience: each response scaled by the same φ, impressions and fees not', () => {
    const result = projectPoint(pair());
    expect(nonFiniteNumbers(result)).toEqual([]);
    expect(result.audiences).toEqual([
      {
        id: 'shoppers',
        label: 'Dutch shoppers',
        size: 100_000,
        grossReach: 40_000,
        reach: expect.closeTo(34_024.993_75, 6),
        saturation: expect.closeTo(PHI, 12),
        // 34,024.99 of 100,000 people
        penetration: expect.closeTo(0.340_249_937_5, 12),
      },
    ]);
    const [a, b] = result.lineItems;
    // A: reach 20,000 · φ = 17,012.50; engagements 2,000 · φ = 1,701.25; clicks 400 ln 2 · φ = 235.84;
    // revenue 7.0753 · €100 = €707.53; payout €200 fees + 10% × €707.53 = €270.75;
    // profit €353.76 − €270.75 = €83.01.
    expectFields(a!, {
      impressions: 40_000 * LN2,
      reach: 17_012.496_875,
      engagements: 1_701.249_687_5,
      clicks: 235.843_284_86,
      conversions: ORDERS,
      netRevenue: 100 * ORDERS,
      payout: 200 + 10 * ORDERS,
      profit: 40 * ORDERS - 200,
    });
    expect(a!.payoutBreakdown.fixedFees).toBe(200);
    // B: the same volumes (same reach and rates); payout €5 × 7.0753 = €35.38; profit €45 × 7.0753 = €318.39.
    expectFields(b!, { impressions: 40_000 * LN2, reach: 17_012.496_875, conversions: ORDERS, payout: 5 * ORDERS, profit: 45 * ORDERS });
    // The campaign's reach is the audience's unique reach; impressions are not scaled.
    expectFields(result.totals, {
      impressions: 80_000 * LN2,
      reach: 34_024.993_75,
      conversions: 2 * ORDERS,
      cost: 200 + 15 * ORDERS,
      profit: 85 * ORDERS - 200,
    });
  });

  it('a creator who reaches more than the whole audience: q capped at 1, U = N', () => {
    // 1 creator of 100,000 followers reaches 50,000 > N = 30,000: q = 1, U = 30,000, φ = 0.6.
    // Orders: 100,000 · ln 2 · 1% · 3% · 0.6 = 18 · ln 2 = 12.477.
    const result = projectPoint(scenario([{ creators: 1, followers: 100_000, audience: 'niche' }], { audiences: [{ id: 'niche', size: 30_000 }] }));
    expectFields(result.audiences[0]!, { grossReach: 50_000, reach: 30_000, saturation: 0.6, penetration: 1 });
    expectFields(result.lineItems[0]!, { impressions: 100_000 * LN2, reach: 30_000, conversions: 18 * LN2 });
  });

  it('a line item without an audience keeps φ = 1, beside one that is overlapped', () => {
    const mixed = projectPoint(scenario([ITEM_A, ITEM_B, LOOSE], { audiences: [AUDIENCE] }));
    const alone = projectPoint(scenario([LOOSE]));
    expect(mixed.lineItems[2]).toEqual(alone.lineItems[0]);
    expectFields(mixed.lineItems[2]!, { reach: 15_000, conversions: 9 * LN2 });
    // A and B keep their φ: the loose group does not enter the audience's sums.
    expectFields(mixed.audiences[0]!, { grossReach: 40_000, saturation: PHI });
    expectFields(mixed.lineItems[0]!, { conversions: ORDERS });
    expectFields(mixed.totals, { reach: 34_024.993_75 + 15_000, conversions: 2 * ORDERS + 9 * LN2 });
  });

  it('leaves a line item with no creators out of its audience', () => {
    const withEmpty = projectPoint(scenario([ITEM_A, ITEM_B, { id: 'empty', creators: 0, audience: 'shoppers' }], { audiences: [AUDIENCE] }));
    expect(nonFiniteNumbers(withEmpty)).toEqual([]);
    expectFields(withEmpty.audiences[0]!, { grossReach: 40_000, reach: 34_024.993_75, saturation: PHI });
    expectFields(withEmpty.lineItems[2]!, { reach: 0, conversions: 0, payout: 0, profit: 0 });
    // An audience that nobody draws from: nothing reached, φ = 1 by definition, penetration 0.
    const unused = projectPoint(scenario([LOOSE], { audiences: [AUDIENCE] }));
    expect(unused.audiences[0]).toEqual({ id: 'shoppers', label: 'Dutch shoppers', size: 100_000, grossReach: 0, reach: 0, saturation: 1, penetration: 0 });
  });

  it('keeps the break-even figures exact with overlap, because φ does not depend on conversion rates or fees', () => {
    const s = pair();
    const result = projectPoint(s);
    const [a, b] = result.lineItems;
    // A's profit: €40 of margin after commission per order on φ · 400 ln 2 clicks, minus €200 of fees:
    // 40 · φ · 400 ln 2 · c = 200 → c = 0.0125 / (φ · ln 2) = 0.021200519 (without overlap it would be 0.018034).
    expect(a!.breakEvenConversionRate).toBeCloseTo(0.0125 / (PHI * LN2), 12);
    expect(projectPoint(s, { rateOf: withConversionRate('item-1', a!.breakEvenConversionRate!) }).lineItems[0]!.profit).toBeCloseTo(0, 9);
    // B pays only per order, so it makes money at any conversion rate: no break-even rate.
    expect(b!.breakEvenConversionRate).toBeNull();
    // The campaign: k · 7.0753 orders · (€40 from A + €45 from B) = €200 → k = 200 / (85 · 7.0753) = 0.33255716.
    const k = result.totals.breakEvenConversionMultiplier!;
    expect(k).toBeCloseTo(200 / (85 * ORDERS), 12);
    const atK = projectPoint(s, { rateOf: (item, kind) => rateMedian(item[kind]) * (kind === 'conversionRate' ? k : 1) });
    expect(atK.totals.profit).toBeCloseTo(0, 9);
    // A's fee per post that eats its profit: (€50 − €10) · 7.0753 orders over 2 creators · 1 post = €141.51.
    expect(a!.breakEvenFeePerPost).toBeCloseTo(20 * ORDERS, 9);
    const atFee = pair({ lineItems: s.lineItems.map((item) => (item.id === 'item-1' ? { ...item, payment: { ...item.payment, feePerPost: a!.breakEvenFeePerPost! } } : item)) });
    expect(projectPoint(atFee).lineItems[0]!.profit).toBeCloseTo(0, 9);
  });
});

describe('budget figures and frequency', () => {
  it('budgetLeft is what the budget leaves after payouts and overheads; negative when over', () => {
    // Cost of the pair: €200 of fees + €15 per order · 7.0753 orders = €306.13; with €50 of overheads €356.13.
    const cost = 200 + 15 * ORDERS + 50;
    const under = projectPoint(pair({ budget: 500, overheads: [{ label: 'Tool', amount: 50 }] })).totals;
    expectFields(under, { cost, budget: 500, budgetLeft: 500 - cost });
    expect(under.budgetLeft).toBeCloseTo(143.870_521_81, 6);
    const over = projectPoint(pair({ budget: 250, overheads: [{ label: 'Tool', amount: 50 }] })).totals;
    expect(over.budgetLeft).toBeCloseTo(-106.129_478_19, 6);
    // A budget of 0 is a budget: everything spent is over it.
    expectFields(projectPoint(pair({ budget: 0 })).totals, { budget: 0, budgetLeft: -(200 + 15 * ORDERS) });
  });

  it('budget and budgetLeft are null without a budget', () => {
    expectFields(projectPoint(pair()).totals, { budget: null, budgetLeft: null });
  });

  it('frequency is impressions per person reached, after overlap; null when nobody is reached', () => {
    // Without an audience: 3 · 10,000 · ln 2 impressions over 15,000 people = 2 ln 2 = 1.386.
    expect(projectPoint(scenario([LOOSE])).totals.frequency).toBeCloseTo(2 * LN2, 12);
    // The pair: 80,000 · ln 2 = 55,451.77 impressions over 34,024.99 different people = 1.6297.
    expect(projectPoint(pair()).totals.frequency).toBeCloseTo((80_000 * LN2) / 34_024.993_75, 9);
    // No followers: no impressions and no reach.
    expect(projectPoint(scenario([{ followers: 0 }])).totals.frequency).toBeNull();
    expect(projectPoint(scenario([])).totals.frequency).toBeNull();
  });
});
