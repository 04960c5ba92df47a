import { describe, expect, it } from 'vitest';
import {
  crossover,
  equivalentStructures,
  expectedEarnings,
  expectedFlows,
  profitInConversionRate,
  soloScenario,
} from '../../src/engine/paymentExplorer';
import type { Economics } from '../../src/engine/schema';
import { handScenario } from './fixtures';

// 2 creators × 3 posts × 10,000 followers; reach 0.5, CTR 2%, CVR 5%, lead rate 1%.
// → 30,000 views, 600 clicks, 30 orders, 6 leads. AOV €80, 10% discount (net order €72), 25% returns,
// 80% tracked: payable orders 30 · 0.8 · 0.75 = 18; tracked leads 4.8. Fee €50 per post → E = €300.
const scenario = handScenario(
  {
    creators: 2,
    posts: 3,
    followers: 10000,
    reachRate: 0.5,
    clickRate: 0.02,
    conversionRate: 0.05,
    leadRate: 0.01,
    payment: { model: 'fixed', feePerPost: 50 },
  },
  { economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 } },
);
const item = scenario.lineItems[0]!;
const economics: Economics = scenario.economics;

describe('equivalent structures', () => {
  it('give the creator the same expected earnings, with terms from the hand calculation', () => {
    expect(expectedEarnings(item, economics)).toBeCloseTo(300, 9);
    const terms = Object.fromEntries(equivalentStructures(item, economics).map((s) => [s.kind, s.payment]));
    expect(terms.fixed).toEqual({ model: 'fixed', feePerPost: 50 });
    expect(terms.gifting).toEqual({ model: 'gifting', giftCost: 150 });
    // CPA 300 / 18; CPS 300 / (18 · 72) = 0.2315; CPL 300 / 4.8 = 62.5; hybrid €25 per post + half the CPS rate
    expect(terms.cpa!.amountPerAction).toBeCloseTo(300 / 18, 9);
    expect(terms.cps!.commissionRate).toBeCloseTo(300 / 1296, 12);
    expect(terms.cpl!.amountPerLead).toBeCloseTo(62.5, 9);
    expect(terms.hybrid).toEqual({ model: 'hybrid', feePerPost: 25, commissionRate: expect.closeTo(150 / 1296, 12) });
    for (const s of equivalentStructures(item, economics)) {
      expect(expectedEarnings({ ...item, payment: s.payment! }, economics)).toBeCloseTo(300, 9);
    }
  });

  it('keep the current terms for the structure in use, even a hybrid split other than half and half', () => {
    // €40 per post + 10% commission: E = 40 · 6 + 0.1 · 18 payable · €72 = 240 + 129.6 = €369.60.
    const hybrid = { ...item, payment: { model: 'hybrid' as const, feePerPost: 40, commissionRate: 0.1 } };
    const structures = equivalentStructures(hybrid, economics);
    expect(structures.find((s) => s.kind === 'hybrid')).toEqual({ kind: 'hybrid', payment: hybrid.payment });
    // The others still match E: a fixed fee of 369.60 / 6 = €61.60 per post.
    expect(structures.find((s) => s.kind === 'fixed')!.payment!.feePerPost).toBeCloseTo(61.6, 9);
  });

  it('explains why a structure has no terms', () => {
    const noLeads = { ...item, leadRate: 0 };
    expect(equivalentStructures(noLeads, economics).find((s) => s.kind === 'cpl')).toEqual({ kind: 'cpl', payment: null, infeasible: 'noLeads' });
    // €3,000 per post → E = €18,000 > all net sales (18 · 72 = €1,296): no commission can pay that.
    const pricey = { ...item, payment: { model: 'fixed' as const, feePerPost: 3000 } };
    expect(equivalentStructures(pricey, economics).find((s) => s.kind === 'cps')?.infeasible).toBe('commissionAbove100');
    const nobody = { ...item, creators: 0 };
    expect(equivalentStructures(nobody, economics).find((s) => s.kind === 'fixed')?.infeasible).toBe('noCreators');
  });

  it('use the mean of a range, not its median', () => {
    // reach {0.25, 1}: median 0.5, σ = ln 4 / (2 · 1.6449) = 0.42141, mean = 0.5 · e^(σ²/2) = 0.54643
    const ranged = { ...item, reachRate: { low: 0.25, high: 1 } };
    expect(expectedFlows(ranged, economics).conversions).toBeCloseTo(60000 * 0.54643 * 0.02 * 0.05, 2);
  });
});

describe('crossover', () => {
  it('puts fixed fee against commission at the expected conversion rate', () => {
    // Fixed: profit = −300 + 600 clicks · cr · €27 margin per order (72 · 0.75 · 0.5) → slope 16,200.
    // CPS at 300/1296: payout per order 0.2315 · 0.6 · 72 = €10 → slope 600 · 17 = 10,200, intercept 0.
    // Lines meet at cr = 300 / 6,000 = 0.05: equal expected earnings means equal expected profit.
    const fixed = profitInConversionRate(item, economics);
    const cps = profitInConversionRate({ ...item, payment: { model: 'cps', commissionRate: 300 / 1296 } }, economics);
    expect(fixed.intercept).toBeCloseTo(-300, 9);
    expect(fixed.slope).toBeCloseTo(16200, 6);
    expect(cps.slope).toBeCloseTo(10200, 6);
    const x = crossover(fixed, cps)!;
    expect(x.rate).toBeCloseTo(0.05, 12);
    expect(x.aBetter).toBe('above');
    expect(crossover(cps, fixed)!.aBetter).toBe('below');
    expect(crossover(fixed, fixed)).toBeNull();
  });
});

describe('soloScenario', () => {
  it('keeps the line item id so its Monte Carlo draws are shared with the full scenario', () => {
    const solo = soloScenario(scenario, item, { model: 'cpa', amountPerAction: 10 });
    expect(solo.lineItems.map((l) => [l.id, l.payment])).toEqual([['li', { model: 'cpa', amountPerAction: 10 }]]);
    expect(solo.overheads).toEqual([]);
  });
});

describe('a line item in a saturated audience', () => {
  // Each creator reaches 10,000 · (1 − e^(−0.5·3)) = 7,768.7 people, the group 15,537.4 before
  // overlap. In an audience of 20,000: q = 0.38843, U = 20,000 · (1 − (1 − q)²) = 12,519.6 and
  // φ = U / 15,537.4 = 0.8058, so payable orders are 18 · φ = 14.50 and leads 6 · φ = 4.83.
  const phi = (20_000 * (1 - (1 - 7768.698 / 20_000) ** 2)) / 15_537.396;
  const inAudience = { ...scenario, audiences: [{ id: 'a', size: 20_000 }], lineItems: [{ ...item, audience: 'a' }] };
  const member = inAudience.lineItems[0]!;

  it('prices equal earnings on the responses left after overlap', async () => {
    const { saturationAlone } = await import('../../src/engine/paymentExplorer');
    const saturation = saturationAlone(inAudience, member);
    expect(saturation).toBeCloseTo(phi, 5);
    expect(phi).toBeCloseTo(0.8058, 4);
    // The fee does not depend on responses: E stays €300, so the CPA that pays the same is 300 / 14.50.
    expect(expectedEarnings(member, economics, saturation)).toBeCloseTo(300, 9);
    const cpa = equivalentStructures(member, economics, 300, saturation).find((s) => s.kind === 'cpa');
    expect(cpa?.payment?.amountPerAction).toBeCloseTo(300 / (18 * phi), 6);
    expect(expectedFlows(member, economics, saturation).leads).toBeCloseTo(6 * phi, 6);
    // The profit line's slope (per unit of conversion rate) shrinks by φ with the clicks.
    expect(profitInConversionRate(member, economics, saturation).slope).toBeCloseTo(profitInConversionRate(member, economics).slope * saturation, 6);
  });
});
