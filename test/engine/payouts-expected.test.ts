import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/engine/normal';
import { crossingsOf, tiedFrom } from '../../src/engine/payouts/crossings';
import { feeBonusTerms, roundDownTwoDigits, tieredTerms } from '../../src/engine/payouts/equalEarnings';
import { creatorSpread, expectedCreatorPerformance, solveIncreasing } from '../../src/engine/payouts/expected';
import { equivalentStructures, expectedEarnings, profitAtConversionRate, structureOf } from '../../src/engine/paymentExplorer';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { handScenario } from './fixtures';

// The hand scenario of paymentExplorer.test.ts, per creator: 3 posts × 10,000 followers × reach 0.5
// = 15,000 views, 300 clicks, 15 orders; 80% tracked, 25% returned → 9 payable; net order €72 →
// €648 of sales; 3 leads, 2.4 tracked. Two creators at a €50 fee per post expect €300.
const scenario = handScenario(
  { creators: 2, posts: 3, followers: 10000, reachRate: 0.5, clickRate: 0.02, conversionRate: 0.05, leadRate: 0.01, payment: { model: 'fixed', feePerPost: 50 } },
  { economics: { averageOrderValue: 80, grossMargin: 0.5, discountRate: 0.1, returnRate: 0.25, trackedShare: 0.8, leadValue: 0, mediaValueCpm: 0 } },
);
const item = scenario.lineItems[0]!;
const economics = scenario.economics;
// A conversion rate known only as a 90% range 2.5%–10%: median 5%, σ = ln 4 / (2 · 1.6449) = 0.42141.
const ranged = { ...item, conversionRate: { low: 0.025, high: 0.1 } };
const sigma = Math.log(4) / (2 * 1.6448536269514722);

describe('one creator’s expected performance pay', () => {
  it('is the rule itself when every rate is known', () => {
    const spread = creatorSpread(item, economics);
    expect(Math.exp(spread.payableMu) * spread.netOrderValue).toBeCloseTo(648, 9);
    // 10% commission, 12% above €500: 64.8 + 0.02 · 148 = €67.76; a €40 bonus from €600 reached; capped at €100.
    const terms = { commissionRate: 0.1, commissionTiers: [{ from: 500, rate: 0.12 }], bonus: { metric: 'sales' as const, threshold: 600, amount: 40 }, payoutCap: 100 };
    expect(expectedCreatorPerformance(terms, spread)).toBeCloseTo(100, 9);
    expect(expectedCreatorPerformance({ ...terms, payoutCap: 200 }, spread)).toBeCloseTo(107.76, 9);
  });

  it('pays a bonus at the median sales to half the creators', () => {
    // ln sales ~ N(ln 648, σ²): P(sales ≥ 648) = 1/2, so a €100 bonus is worth €50.
    const spread = creatorSpread(ranged, economics);
    expect(spread.payableSigma).toBeCloseTo(sigma, 12);
    expect(expectedCreatorPerformance({ bonus: { metric: 'sales', threshold: 648, amount: 100 } }, spread)).toBeCloseTo(50, 2);
    // From €1,000: 100 · (1 − Φ(ln(1000/648) / σ)) = 100 · (1 − Φ(1.0296)) = €15.16.
    const far = 100 * (1 - normalCdf(Math.log(1000 / 648) / sigma));
    expect(far).toBeCloseTo(15.16, 2);
    expect(expectedCreatorPerformance({ bonus: { metric: 'sales', threshold: 1000, amount: 100 } }, spread)).toBeCloseTo(far, 2);
  });

  it('takes off what a cap saves: E[min(cap, 0.1 S)] = 0.1 (E[S] − E[(S − K)⁺]) with K = cap / 0.1', () => {
    // E[S] = 648 · e^(σ²/2) = 708.17; at K = 648 (the median) E[(S − K)⁺] = E[S] Φ(σ) − K/2 = 145.71.
    const meanSales = 648 * Math.exp((sigma * sigma) / 2);
    const overCap = meanSales * normalCdf(sigma) - 648 / 2;
    expect(meanSales).toBeCloseTo(708.17, 2);
    expect(overCap).toBeCloseTo(145.71, 1);
    const spread = creatorSpread(ranged, economics);
    expect(expectedCreatorPerformance({ commissionRate: 0.1 }, spread)).toBeCloseTo(0.1 * meanSales, 3);
    expect(expectedCreatorPerformance({ commissionRate: 0.1, payoutCap: 64.8 }, spread)).toBeCloseTo(0.1 * (meanSales - overCap), 2);
  });

  it('counts leads with their shared reach and clicks when a cap binds per-lead pay', () => {
    // Known rates: 2.4 tracked leads at €10 plus 9 payable sales at €5 = €69, capped at €60.
    const spread = creatorSpread(item, economics);
    expect(expectedCreatorPerformance({ amountPerAction: 5, amountPerLead: 10, payoutCap: 60 }, spread)).toBeCloseTo(60, 9);
    expect(expectedCreatorPerformance({ amountPerAction: 5, amountPerLead: 10, bonus: { metric: 'leads', threshold: 2, amount: 7 } }, spread)).toBeCloseTo(76, 9);
  });
});

describe('solving for equal earnings', () => {
  it('bisects an increasing function to its target', () => {
    expect(solveIncreasing((x) => x * x, 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
    expect(solveIncreasing((x) => x, 3, 0, 2)).toBeNull();
  });

  it('rounds a threshold down to two significant digits', () => {
    expect([roundDownTwoDigits(648), roundDownTwoDigits(4873), roundDownTwoDigits(0.0137), roundDownTwoDigits(0)]).toEqual([640, 4800, 0.013, 0]);
  });

  it('pays half as a fee and half as a bonus from the typical creator’s sales (rounded down to €640)', () => {
    // E = €300: €150 as €25 per post over 6 posts; every creator sells €648 ≥ €640, so 2 · €75 = €150.
    const terms = feeBonusTerms(item, economics, 300);
    expect(terms.payment).toEqual({ model: 'fixed', feePerPost: 25, bonus: { metric: 'sales', threshold: 640, amount: expect.closeTo(75, 9) } });
    // With a spread, the chance of €640 is Φ(ln(648/640)/σ) = 0.5118, so the bonus is 75 / 0.5118 = €146.5.
    const spread = feeBonusTerms(ranged, economics, 300).payment!;
    const chance = normalCdf(Math.log(648 / 640) / sigma);
    expect(spread.bonus!.amount).toBeCloseTo(75 / chance, 1);
    expect(expectedEarnings({ ...ranged, payment: spread }, economics)).toBeCloseTo(300, 2);
  });

  it('sets a tiered commission so that r · 648 + 0.5 r · (648 − 640) = €150 per creator', () => {
    const terms = tieredTerms(item, economics, 300).payment!;
    expect(terms.commissionRate).toBeCloseTo(150 / 652, 10);
    expect(terms.commissionTiers).toEqual([{ from: 640, rate: expect.closeTo((1.5 * 150) / 652, 10) }]);
    expect(tieredTerms(item, economics, 5000).infeasible).toBe('commissionAbove100');
    expect(expectedEarnings({ ...ranged, payment: tieredTerms(ranged, economics, 300).payment! }, economics)).toBeCloseTo(300, 2);
  });

  it('lists the two new structures among the equal-earnings ones, and knows a fee + bonus when it is in use', () => {
    const kinds = equivalentStructures(item, economics).map((s) => s.kind);
    expect(kinds).toEqual(['fixed', 'gifting', 'cpa', 'cps', 'cpl', 'hybrid', 'feeBonus', 'tiered']);
    const current = { model: 'fixed' as const, feePerPost: 25, bonus: { metric: 'sales' as const, threshold: 640, amount: 75 } };
    expect(structureOf(current)).toBe('feeBonus');
    expect(structureOf({ model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 100, rate: 0.2 }] })).toBe('tiered');
    expect(equivalentStructures({ ...item, payment: current }, economics).find((s) => s.kind === 'feeBonus')?.payment).toBe(current);
  });
});

describe('crossings of bent profits', () => {
  it('finds a sign change, a step and two crossings', () => {
    expect(crossingsOf((r) => r - 0.3, 0.05)[0]).toBeCloseTo(0.3, 12);
    expect(crossingsOf((r) => (r < 0.02 ? 1 : -1), 0.05)[0]).toBeCloseTo(0.02, 12);
    const two = crossingsOf((r) => (r - 0.01) * (r - 0.05), 0.03);
    expect(two).toHaveLength(2);
    expect(two[0]).toBeCloseTo(0.01, 12);
    expect(two[1]).toBeCloseTo(0.05, 12);
  });

  it('finds where two curves meet and stay together', () => {
    expect(tiedFrom((r) => (r < 0.0494 ? 150 : 0), 0.05)).toBeCloseTo(0.0494, 12);
    expect(tiedFrom((r) => r - 0.3, 0.05)).toBeNull();
    expect(tiedFrom(() => 0, 0.05)).toBeNull();
  });

  it('puts the fee + bonus step where a creator’s sales reach the threshold', () => {
    // Fixed €50/post: profit = 16,200 cr − 300. Fee + bonus: 16,200 cr − 150, less €150 once a creator
    // sells 12,960 cr ≥ €640, i.e. from cr = 0.049383: there the fee + bonus stops being ahead.
    const fixed = profitAtConversionRate(item, economics);
    const feeBonus = profitAtConversionRate({ ...item, payment: feeBonusTerms(item, economics, 300).payment! }, economics);
    expect(fixed(0.04) - feeBonus(0.04)).toBeCloseTo(-150, 9);
    expect(fixed(0.06) - feeBonus(0.06)).toBeCloseTo(0, 6);
    const tiered = profitAtConversionRate({ ...item, payment: tieredTerms(item, economics, 300).payment! }, economics);
    // Tiered vs fixed: commission 0.23006 · 12,960 cr (+ 0.11503 · (12,960 cr − 640) per creator above the tier) against €300 fixed.
    const [rate] = crossingsOf((r) => tiered(r) - fixed(r), 0.05);
    const r = 150 / 652;
    const commissionAt = (cr: number) => 2 * (r * 12960 * cr + 0.5 * r * Math.max(0, 12960 * cr - 640));
    expect(commissionAt(rate!)).toBeCloseTo(300, 6);
  });
});

describe('against the Monte Carlo', () => {
  it('the solved fee + bonus and tiered commission pay the creators what they expect, on average over the trials', () => {
    // The hand scenario with every rate a 90% range, no leads and 20 creators drawn one by one with
    // their own spread; the fee still pays €50 a post.
    const wide = handScenario(
      { ...ranged, id: 'wide', creators: 20, reachRate: { low: 0.25, high: 0.9 }, clickRate: { low: 0.01, high: 0.04 }, leadRate: 0 },
      { economics, simulation: { trials: 20000, seed: 11, creatorCorrelation: 0, campaignCorrelation: 0 } },
    );
    const one = wide.lineItems[0]!;
    const target = expectedEarnings(one, economics);
    expect(target).toBe(3000);
    for (const payment of [feeBonusTerms(one, economics, target).payment!, tieredTerms(one, economics, target).payment!]) {
      const run = runMonteCarlo({ ...wide, lineItems: [{ ...one, payment }] }, { groupSums: 'exact' });
      // The payout's sd over trials is about €330 (fee + bonus) and €650 (tiered): over 20,000 trials
      // its mean has a standard error of €2.4 and €4.6, so 0.5% (€15) is more than three of them.
      expect(Math.abs(run.lineItemTerms![0]!.payout / 3000 - 1)).toBeLessThan(0.005);
      expect(Math.abs(run.metrics.payout.mean! / 3000 - 1)).toBeLessThan(0.005);
    }
  });
});
