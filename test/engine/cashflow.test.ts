import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paybackWeek as paybackOf, projectCashFlow } from '../../src/engine/cashFlow';
import { projectPoint } from '../../src/engine/point';
import { scenarioSchema, type ScenarioInput } from '../../src/engine/schema';
import { buildScenario } from '../fixtures/scenario';
import { nonFiniteNumbers, scenarioArbitrary } from './arbitraries';

type ItemInput = ScenarioInput['lineItems'][number];

/** One creator with 1,000 followers, every view seen, 10% click: 100 clicks per post. */
const baseItem: ItemInput = {
  id: 'a',
  tier: 'nano',
  platform: 'other',
  creators: 1,
  followers: 1000,
  posts: 2,
  reachRate: 1,
  engagementRate: 0.1,
  clickRate: 0.1,
  conversionRate: 0.1,
  payment: { model: 'hybrid', feePerPost: 100, amountPerAction: 5 },
};

const scenario = (item: Partial<ItemInput>, rest: Partial<ScenarioInput> = {}) =>
  buildScenario({
    name: 'Cash flow',
    economics: { averageOrderValue: 100, grossMargin: 0.5 },
    timing: { weeks: 2, payoutDelayWeeks: 1 },
    lineItems: [{ ...baseItem, ...item }],
    ...rest,
  });

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('projectCashFlow', () => {
  it('matches a hand-calculated two-post campaign', () => {
    // W = 2, P = 2, 'other' (h = 1, d = ½), payout delay 1. Conversions = 2·1000·0.1·0.1 = 20,
    // 10 per post. Post 1 goes live in week 1, post 2 in week 2. Arrivals: week 1 = 10·½ = 5,
    // week 2 = 10·¼ + 10·½ = 7.5, week 3 = 10·⅛ + 10·¼ = 3.75. Revenue is 100 per order, gross
    // profit 50. Costs: overheads 300 in week 0; the fee of 100 in weeks 1 and 2; 5 per order
    // one week later: 25 in week 2, 37.5 in week 3, 18.75 in week 4.
    const s = scenario({}, { overheads: [{ label: 'Production', amount: 300 }] });
    const { weeks, paybackWeek } = projectCashFlow(s);
    expect(weeks).toHaveLength(2 + 26 + 1 + 1);
    expect(weeks.map((w) => w.week)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    const first = weeks.slice(0, 5);
    expect(first.map((w) => w.netRevenue)).toEqual([0, 500, 750, 375, 187.5]);
    expect(first.map((w) => w.grossProfit)).toEqual([0, 250, 375, 187.5, 93.75]);
    expect(first.map((w) => w.cost)).toEqual([300, 100, 125, 37.5, 18.75]);
    // Cumulative: −300, −300 + 250 − 100 = −150, −150 + 375 − 125 = 100, 100 + 150 = 250.
    expect(first.slice(0, 4).map((w) => w.cumulativeProfit)).toEqual([-300, -150, 100, 250]);
    expect(paybackWeek).toBe(2);
  });

  it('puts the tail at the horizon week W + 26 and its payout at the series end', () => {
    // Week 28 holds what is left of both posts: 10·2^−27 + 10·2^−26 = 30·2^−27 orders,
    // paid 5 each in week 29; nothing arrives in week 29 itself.
    const { weeks } = projectCashFlow(scenario({}));
    const tail = 30 * 2 ** -27;
    expect(weeks[28]?.netRevenue).toBeCloseTo(100 * tail, 12);
    expect(weeks[29]?.netRevenue).toBe(0);
    expect(weeks[29]?.cost).toBeCloseTo(5 * tail, 12);
  });

  it('books gifts in week 0 and lead payouts without delay when the delay is 0', () => {
    // Instagram (h = ½, d = ¼), W = 4, P = 1: the post goes live in week ⌊0.5·4⌋ + 1 = 3.
    // 100 clicks · 10% leads = 10 leads worth 10 each; 2 per tracked lead at 50% tracked = 1 per lead.
    // Week 3 gets ¾ of them: 7.5 leads, gross profit 75, payout 7.5. The gift of 40 is in week 0.
    const s = scenario(
      { platform: 'instagram', posts: 1, conversionRate: 0, leadRate: 0.1, payment: { model: 'hybrid', giftCost: 40, amountPerLead: 2 } },
      { timing: { weeks: 4, payoutDelayWeeks: 0 }, economics: { averageOrderValue: 100, grossMargin: 0.5, leadValue: 10, trackedShare: 0.5 } },
    );
    const { weeks, paybackWeek } = projectCashFlow(s);
    expect(weeks).toHaveLength(4 + 26 + 0 + 1);
    expect(weeks.slice(0, 4).map((w) => w.cost)).toEqual([40, 0, 0, 7.5]);
    expect(weeks[3]?.grossProfit).toBe(75);
    expect(weeks[4]?.grossProfit).toBeCloseTo(18.75, 12);
    // Cumulative: −40 in weeks 0–2, then −40 + 75 − 7.5 = 27.5 in week 3.
    expect(weeks[2]?.cumulativeProfit).toBe(-40);
    expect(weeks[3]?.cumulativeProfit).toBe(27.5);
    expect(paybackWeek).toBe(3);
  });

  it('does not count payback before the first outlay', () => {
    // Pure CPA, W = 1, both posts live in week 1, delay 2: 20 orders (10, 5, 2.5, … from week 1), gross profit 50
    // each, so profit is positive from week 1, but the first cost is the 5·10 = 50 paid in week 3.
    const s = scenario({ posts: 2, payment: { model: 'cpa', amountPerAction: 5 } }, { timing: { weeks: 1, payoutDelayWeeks: 2 } });
    const { weeks, paybackWeek } = projectCashFlow(s);
    expect(weeks.slice(0, 4).map((w) => w.cost)).toEqual([0, 0, 0, 50]);
    expect(weeks[1]?.cumulativeProfit).toBe(500);
    expect(paybackWeek).toBe(3);
  });

  it('has no payback when nothing is ever spent', () => {
    const { weeks, paybackWeek } = projectCashFlow(scenario({ payment: { model: 'fixed', feePerPost: 0 } }));
    expect(weeks.every((w) => w.cost === 0)).toBe(true);
    expect(weeks.at(-1)?.cumulativeProfit).toBeCloseTo(1000, 9);
    expect(paybackWeek).toBeNull();
  });

  it('has no payback when the money never comes back', () => {
    // Fees of 2·100 and no orders: cumulative profit stays at −200.
    const { weeks, paybackWeek } = projectCashFlow(scenario({ conversionRate: 0 }));
    expect(weeks.at(-1)?.cumulativeProfit).toBe(-200);
    expect(paybackWeek).toBeNull();
  });

  it('has not paid back when delayed commissions turn an early lead into a final loss', () => {
    // One post, live in week 1 (W = 1), 10 conversions arriving from week 1 ('other', h = 1):
    // 5 in week 1. Gross profit 50 per order: 250 in week 1 against a 10 gift in week 0, so the
    // plan is 240 ahead after week 1. The 60 per order (600 in all) is paid 4 weeks late, and the
    // campaign ends 500 − 10 − 600 = −110: it never paid back, although week 1 was ahead.
    const s = scenario(
      { posts: 1, payment: { model: 'hybrid', giftCost: 10, amountPerAction: 60 } },
      { timing: { weeks: 1, payoutDelayWeeks: 4 } },
    );
    const { weeks, paybackWeek } = projectCashFlow(s);
    expect(weeks[1]?.cumulativeProfit).toBeCloseTo(240, 9);
    expect(weeks.at(-1)?.cumulativeProfit).toBeCloseTo(-110, 9);
    expect(paybackWeek).toBeNull();
  });

  it('pays back in the week from which cumulative profit stays at or above zero', () => {
    const week = (cumulativeProfit: number, cost = 0) => ({ week: 0, cost, netRevenue: 0, grossProfit: 0, cumulativeProfit });
    const series = [week(-100, 100), week(20), week(-5), week(0), week(40)].map((w, i) => ({ ...w, week: i }));
    // Ahead in week 1, behind again in week 2, level from week 3: payback in week 3.
    expect(paybackOf(series)).toBe(3);
  });

  it('compares with zero to the cent, not to a share of the spend', () => {
    // A €30M plan that ends 2 cents down has not paid back; one that ends half a cent down has
    // (rounding of a hundred weekly additions). A slack of 1e-9 × spend would have been €0.03.
    const series = (end: number) => [
      { week: 0, cost: 3e7, netRevenue: 0, grossProfit: 0, cumulativeProfit: -3e7 },
      { week: 1, cost: 0, netRevenue: 0, grossProfit: 3e7 + end, cumulativeProfit: end },
    ];
    expect(paybackOf(series(-0.02))).toBeNull();
    expect(paybackOf(series(-0.005))).toBe(1);
  });

  it('handles an empty scenario', () => {
    const { weeks, paybackWeek } = projectCashFlow(scenarioSchema.parse({ ...scenario({}), lineItems: [] }));
    expect(weeks).toHaveLength(30);
    expect(weeks.every((w) => w.cost === 0 && w.netRevenue === 0 && w.cumulativeProfit === 0)).toBe(true);
    expect(paybackWeek).toBeNull();
  });

  it('adds up to the point totals, with finite numbers only', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxLineItems: 5 }), (s) => {
        const { weeks, paybackWeek } = projectCashFlow(s);
        const { totals } = projectPoint(s);
        expect(nonFiniteNumbers(weeks)).toEqual([]);
        expect(weeks).toHaveLength(s.timing.weeks + 26 + s.timing.payoutDelayWeeks + 1);
        const close = (actual: number, expected: number) =>
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
        close(sum(weeks.map((w) => w.cost)), totals.cost);
        close(sum(weeks.map((w) => w.netRevenue)), totals.netRevenue);
        close(sum(weeks.map((w) => w.grossProfit)), totals.grossProfit);
        close(weeks.at(-1)?.cumulativeProfit ?? NaN, totals.profit);
        const firstOutlay = weeks.findIndex((w) => w.cost > 0);
        if (paybackWeek !== null) {
          // From the payback week on, cumulative profit never falls a cent below zero again;
          // the week before it (if after the first outlay) is below.
          expect(paybackWeek).toBeGreaterThanOrEqual(firstOutlay);
          for (const w of weeks.slice(paybackWeek)) expect(w.cumulativeProfit).toBeGreaterThanOrEqual(-0.01);
          if (paybackWeek > firstOutlay) expect(weeks[paybackWeek - 1]?.cumulativeProfit).toBeLessThan(-0.01);
        } else if (firstOutlay >= 0) expect(weeks.at(-1)?.cumulativeProfit).toBeLessThan(-0.01);
        if (totals.cost === 0) expect(paybackWeek).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
