import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateMedian } from '../../src/engine/distributions';
import { evaluateScenario } from '../../src/engine/evaluate';
import { lineItemAtRates, medianRates } from '../../src/engine/funnel';
import { projectPoint } from '../../src/engine/point';
import type { LineItem, RateKind, Scenario } from '../../src/engine/schema';
import { unitEconomics } from '../../src/engine/unitEconomics';
import { withoutV2Fields } from '../fixtures/scenario';
import { campaignScale, expectNear, moneyScale, scenarioArbitrary, withConversionMultiplier } from './arbitraries';

/**
 * Audience overlap (docs/MODEL.md §4) over generated scenarios with 1–3 audiences, each line item in
 * one of them or in none. What the formula promises: no audience is reached by more people than
 * it has or than were reached in all; more creators reach more people but less efficiently; and
 * because φ depends only on reach, profit stays linear in conversion rates and fees.
 */

const withAudiences = scenarioArbitrary({ audiences: 'always' });

/** A line item's reach before overlap: its median funnel, as the audience's sums take it. */
const grossReachOf = (scenario: Scenario, item: LineItem) => lineItemAtRates(item, unitEconomics(item, scenario.economics), medianRates(item)).reach;

/** Within rounding of a sum of n terms of this size. */
const atMost = (actual: number, bound: number) => expect(actual, `${actual} ≤ ${bound}`).toBeLessThanOrEqual(bound + 1e-12 * Math.abs(bound) + 1e-300);

const membersOf = (scenario: Scenario, id: string) => scenario.lineItems.filter((item) => item.audience === id);

/** The scenario with the creators of every line item of audience `id` multiplied by m. */
const scaleAudience = (scenario: Scenario, id: string, m: number): Scenario => ({
  ...scenario,
  lineItems: scenario.lineItems.map((item) => (item.audience === id ? { ...item, creators: item.creators * m } : item)),
});

describe('audience overlap properties (fast-check)', () => {
  it('unique reach ≤ min(audience size, gross reach), and at least what its best single creator reaches', () => {
    fc.assert(
      fc.property(withAudiences, (scenario) => {
        const { audiences, lineItems, totals } = projectPoint(scenario);
        expect(audiences).toHaveLength(scenario.audiences?.length ?? 0);
        audiences.forEach((audience) => {
          atMost(audience.reach, Math.min(audience.size, audience.grossReach));
          const members = membersOf(scenario, audience.id).filter((item) => item.creators > 0);
          expectNear(audience.grossReach, members.reduce((sum, item) => sum + grossReachOf(scenario, item), 0), audience.grossReach);
          // One creator alone is never overlapped with itself, so the audience reaches at least as many.
          const best = Math.max(0, ...members.map((item) => Math.min(audience.size, grossReachOf(scenario, item) / item.creators)));
          atMost(best, audience.reach * (1 + 1e-9));
          // Each member's reach after overlap is φ times its own; together they are the audience's.
          const after = lineItems.filter((_, i) => scenario.lineItems[i]!.audience === audience.id && scenario.lineItems[i]!.creators > 0);
          after.forEach((li, j) => expectNear(li.reach, audience.saturation * grossReachOf(scenario, members[j]!), audience.grossReach));
          expectNear(after.reduce((sum, li) => sum + li.reach, 0), audience.reach, audience.grossReach);
          expect(audience.saturation).toBeGreaterThan(0);
          atMost(audience.saturation, 1);
          atMost(audience.penetration, 1);
        });
        // The campaign's reach is the sum of the line items' reach after overlap.
        expectNear(totals.reach, lineItems.reduce((sum, li) => sum + li.reach, 0), totals.reach);
      }),
    );
  });

  it('adding a creator to an audience never lowers its unique reach and never raises its saturation', () => {
    fc.assert(
      fc.property(withAudiences, fc.nat(), (scenario, pick) => {
        const members = scenario.lineItems.filter((item) => item.audience !== undefined);
        fc.pre(members.length > 0);
        const grown = members[pick % members.length]!;
        const more = { ...scenario, lineItems: scenario.lineItems.map((item) => (item === grown ? { ...item, creators: item.creators + 1 } : item)) };
        const [before, after] = [projectPoint(scenario), projectPoint(more)];
        const index = scenario.audiences!.findIndex((a) => a.id === grown.audience);
        const [was, now] = [before.audiences[index]!, after.audiences[index]!];
        atMost(was.reach, now.reach);
        atMost(now.saturation, was.saturation);
        // Every other audience is left as it was.
        before.audiences.forEach((audience, i) => {
          if (i !== index) expect(after.audiences[i]).toEqual(audience);
        });
      }),
    );
  });

  it('within one audience, conversions are concave in the number of creators', () => {
    fc.assert(
      fc.property(withAudiences, fc.nat(), (scenario, pick) => {
        const audiences = scenario.audiences ?? [];
        const id = audiences[pick % audiences.length]!.id;
        fc.pre(membersOf(scenario, id).length > 0);
        // The audience's line items with their creators times m = 0, 1, …, 5: each group's mix of
        // creators stays the same, so only how many of them there are changes.
        const conversions = [0, 1, 2, 3, 4, 5].map((m) => {
          const { lineItems } = projectPoint(scaleAudience(scenario, id, m));
          return lineItems.reduce((sum, li, i) => sum + (scenario.lineItems[i]!.audience === id ? li.conversions : 0), 0);
        });
        const scale = Math.max(...conversions);
        for (let m = 1; m < conversions.length; m++) atMost(conversions[m - 1]!, conversions[m]! + 1e-12 * scale);
        for (let m = 1; m + 1 < conversions.length; m++) {
          const [a, b, c] = [conversions[m - 1]!, conversions[m]!, conversions[m + 1]!];
          // Each step adds no more than the step before it.
          atMost(c - b, b - a + 1e-9 * scale);
        }
      }),
    );
  });

  it('with audiences removed, every version 1 result is unchanged: point, cash flow and Monte Carlo', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ audiences: true, maxTrials: 60, maxCreators: 30 }), (scenario) => {
        const v1 = evaluateScenario(withoutV2Fields(scenario));
        // Audiences (and a budget) that no line item draws from change no figure of version 1.
        const unassigned = { ...scenario, lineItems: scenario.lineItems.map(({ audience: _x, ...item }) => item) };
        const v2 = evaluateScenario(unassigned);
        const { budget, budgetLeft, ...totals } = v2.point.totals;
        expect({ ...v1.point.totals, budget, budgetLeft }).toEqual(v2.point.totals);
        expect(totals.frequency).toBe(v1.point.totals.frequency);
        expect(v2.point.lineItems).toEqual(v1.point.lineItems);
        expect(v2.cashFlow).toEqual(v1.cashFlow);
        expect({ ...v2.monteCarlo, probabilityOverBudget: null }).toEqual(v1.monteCarlo);
        expect(v1.point.totals.budget).toBeNull();
        expect(v1.monteCarlo.probabilityOverBudget).toBeNull();
        expect(budget).toBe(scenario.budget ?? null);
        expect(v2.point.audiences.every((a) => a.reach === 0 && a.saturation === 1)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('campaign profit stays affine in a common conversion-rate multiplier, and zero at the break-even multiplier', () => {
    fc.assert(
      fc.property(withAudiences, fc.double({ min: 0, max: 4, noNaN: true }), (scenario, t) => {
        const at = (k: number) => projectPoint(scenario, { rateOf: withConversionMultiplier(k) });
        const [p0, p1] = [at(0).totals.profit, at(1).totals.profit];
        const scale = Math.max(campaignScale(scenario, 1), campaignScale(scenario, t));
        expectNear(at(t).totals.profit, p0 + t * (p1 - p0), scale);
        // φ depends on reach alone, so no conversion rate moves it.
        expect(at(t).audiences.map((a) => a.saturation)).toEqual(at(1).audiences.map((a) => a.saturation));
        const k = at(1).totals.breakEvenConversionMultiplier;
        if (k !== null) expectNear(at(k).totals.profit, 0, campaignScale(scenario, k));
      }),
    );
  });

  it('a line item’s profit stays affine in its conversion rate and its fee, and zero at its break-even rate and fee', () => {
    fc.assert(
      fc.property(withAudiences, fc.double({ min: 0, max: 1, noNaN: true }), (scenario, c) => {
        const point = projectPoint(scenario);
        scenario.lineItems.forEach((item, i) => {
          const atRate = (rate: number) =>
            projectPoint(scenario, { rateOf: (other: LineItem, kind: RateKind) => (other === item && kind === 'conversionRate' ? rate : rateMedian(other[kind])) }).lineItems[i]!;
          const [f0, f1, fc_] = [atRate(0), atRate(1), atRate(c)];
          expectNear(fc_.profit, f0.profit + c * (f1.profit - f0.profit), moneyScale(f1));
          const rate = point.lineItems[i]!.breakEvenConversionRate;
          if (rate !== null) expectNear(atRate(rate).profit, 0, moneyScale(atRate(rate)));

          const atFee = (feePerPost: number) => {
            const withFee = { ...scenario, lineItems: scenario.lineItems.map((other) => (other === item ? { ...other, payment: { ...other.payment, feePerPost } } : other)) };
            return projectPoint(withFee).lineItems[i]!;
          };
          // A fee moves profit by exactly fee · creators · posts, overlap or not.
          const unpaid = atFee(0);
          expectNear(atFee(250).profit, unpaid.profit - 250 * item.creators * item.posts, moneyScale(atFee(250)));
          const fee = point.lineItems[i]!.breakEvenFeePerPost;
          if (fee !== null) expectNear(atFee(fee).profit, 0, moneyScale(atFee(fee)));
        });
      }),
    );
  });
});
