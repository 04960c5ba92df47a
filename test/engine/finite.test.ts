import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectCashFlow } from '../../src/engine/cashFlow';
import { nonFiniteFigures } from '../../src/engine/finite';
import { LIMITS } from '../../src/engine/limits';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { projectPoint } from '../../src/engine/point';
import { scenarioSchema } from '../../src/engine/schema';
import { lineItemInput, scenarioInput } from '../fixtures/scenario';

/** A value at one end of its range, or anywhere between: the extremes are what overflow. */
const extreme = (min: number, max: number) => fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
const whole = (values: number[]) => fc.constantFrom(...values);
const rate = (max: number) =>
  fc.oneof(
    extreme(0, max),
    // The widest range the schema allows (high a million times low), at the top and far down.
    fc.constant({ low: max / LIMITS.rateSpread, high: max }),
    fc.constant({ low: 1e-12, high: 1e-12 * LIMITS.rateSpread }),
    fc.tuple(fc.double({ min: 1e-9, max, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([low, t]) => ({ low, high: Math.min(max, low * LIMITS.rateSpread ** t) })),
  );
const amount = extreme(LIMITS.amount.min, LIMITS.amount.max);

const item = (id: string) =>
  fc.record({
    creators: whole([0, 1, 1000, LIMITS.creators.max]),
    posts: whole([0, 1, LIMITS.posts.max]),
    followers: extreme(0, LIMITS.followers.max),
    reachRate: rate(LIMITS.reachRate.max),
    engagementRate: rate(1),
    clickRate: rate(1),
    conversionRate: rate(1),
    leadRate: rate(1),
    fee: amount,
    perAction: amount,
    commission: extreme(0, 1),
    perLead: amount,
  }).map(({ fee, perAction, commission, perLead, ...rest }) =>
    lineItemInput({ id, ...rest, payment: { model: 'hybrid', feePerPost: fee, amountPerAction: perAction, commissionRate: commission, amountPerLead: perLead } }),
  );

const scenarioAtLimits = fc
  .record({
    economics: fc.record({ averageOrderValue: amount, grossMargin: extreme(0, 1), discountRate: extreme(0, 1), returnRate: extreme(0, 1), leadValue: amount, trackedShare: extreme(0, 1), mediaValueCpm: amount }),
    overhead: amount,
    items: fc.tuple(item('a'), item('b')),
    correlation: fc.tuple(extreme(0, 1), extreme(0, 1)),
  })
  .map(({ economics, overhead, items, correlation }) =>
    scenarioSchema.parse(
      scenarioInput({
        economics,
        overheads: Array.from({ length: LIMITS.overheads.max }, (_, i) => ({ label: `o${i}`, amount: overhead })),
        timing: { weeks: LIMITS.weeks.max, payoutDelayWeeks: LIMITS.payoutDelayWeeks.max },
        simulation: { trials: 4, seed: LIMITS.seed.max, creatorCorrelation: correlation[0], campaignCorrelation: correlation[1] },
        lineItems: items,
      }),
    ),
  );

describe('figures at the schema’s limits', () => {
  it('are finite everywhere: typical case, cash flow and Monte Carlo (docs/MODEL.md §4)', () => {
    fc.assert(
      fc.property(scenarioAtLimits, (scenario) => {
        const point = projectPoint(scenario);
        const result = { point, cashFlow: projectCashFlow(scenario, point), monteCarlo: runMonteCarlo(scenario) };
        expect(nonFiniteFigures(result)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('name what overflows when a scenario bypasses the caps', () => {
    const scenario = scenarioSchema.parse(scenarioInput({ lineItems: [lineItemInput({ creators: 10, posts: 3 })] }));
    const overflowing = { ...scenario, lineItems: scenario.lineItems.map((i) => ({ ...i, payment: { model: 'fixed' as const, feePerPost: 1e308 } })) };
    const point = projectPoint(overflowing);
    // 10 creators × 3 posts × 1e308 = Infinity: the payout, the cost and the profit overflow.
    expect(nonFiniteFigures({ point })).toEqual(['point.totals.payout', 'point.totals.profit', 'point.totals.cost', 'point.lineItems[0].payout', 'point.lineItems[0].profit']);
  });
});
