import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { projectPoint } from '../../src/engine/point';
import { normalCdf } from '../../src/engine/normal';
import type { Scenario } from '../../src/engine/schema';
import { buildScenario, lineItemInput, type LineItemInput } from '../fixtures/scenario';

/**
 * Tiers, a bonus and a cap in the Monte Carlo (docs/MODEL.md §10), priced per creator per trial.
 * The group of the typical-case tests: 10,000 followers, 1 post, reach 0.5, clicks 0.1, AOV 100,
 * margin 0.5, everything tracked, no discount or returns. At a conversion rate r one creator
 * sells 10,000 · 0.5 · 0.1 · r · 100 = 50,000 · r; at the known r = 0.02 that is 10 conversions
 * and 1,000 of sales; a lead rate of 0.01 gives 5 leads.
 */
type Payment = LineItemInput['payment'];
const known = { reachRate: 0.5, clickRate: 0.1, conversionRate: 0.02, leadRate: 0.01 };
const item = (payment: Payment, overrides: Partial<LineItemInput> = {}) =>
  lineItemInput({ creators: 2, followers: 10_000, posts: 1, ...known, payment, ...overrides });
const scenarioOf = (items: LineItemInput[], extra: object = {}, trials = 200): Scenario =>
  buildScenario({ simulation: { trials, seed: 11, creatorCorrelation: 0.3, campaignCorrelation: 0.2 }, lineItems: items, ...extra });

/** The conversion rate's range: median 0.02, σ = ln 4 / (2 · 1.6449) ≈ 0.4214 on the log scale. */
const conversionRange = { low: 0.01, high: 0.04 };
const sigma = Math.log(4) / (2 * 1.6448536269514722);

describe('the Monte Carlo with known rates equals the typical case, term by term', () => {
  const cases: [string, Payment][] = [
    // 0.1 · 1,000 + 0.1 · 500 = 150 per creator, 300 for two.
    ['a crossed tier', { model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 500, rate: 0.2 }] }],
    ['a tier above every sale', { model: 'cps', commissionRate: 0.1, commissionTiers: [{ from: 2000, rate: 0.2 }] }],
    // 100 per post each, and 50 each once 900 of sales are reached: 200 + 100.
    ['a reached bonus', { model: 'fixed', feePerPost: 100, bonus: { metric: 'sales', threshold: 900, amount: 50 } }],
    ['a missed bonus', { model: 'fixed', feePerPost: 100, bonus: { metric: 'leads', threshold: 6, amount: 50 } }],
    // 20 per action is 200 per creator, capped at 150: saves 100 for the group.
    ['a binding cap', { model: 'cpa', amountPerAction: 20, payoutCap: 150 }],
    ['all three', { model: 'hybrid', feePerPost: 10, commissionRate: 0.1, commissionTiers: [{ from: 500, rate: 0.3 }], bonus: { metric: 'conversions', threshold: 10, amount: 40 }, payoutCap: 250 }],
  ];
  it.each(cases)('%s', (_name, payment) => {
    const scenario = scenarioOf([item(payment)]);
    const point = projectPoint(scenario).lineItems[0]!;
    const mc = runMonteCarlo(scenario);
    const terms = mc.lineItemTerms![0]!;
    expect(mc.metrics.payout.mean).toBeCloseTo(point.payout, 9);
    expect(mc.metrics.payout.sd).toBeCloseTo(0, 9);
    expect(mc.metrics.profit.mean).toBeCloseTo(point.profit, 9);
    expect(terms.payout).toBeCloseTo(point.payout, 9);
    expect(terms.bonuses).toBeCloseTo(point.payoutBreakdown.bonuses, 9);
    expect(terms.capSavings).toBeCloseTo(point.payoutBreakdown.capSavings, 9);
    const share = payment.bonus === undefined ? null : point.payoutBreakdown.bonuses > 0 ? 1 : 0;
    expect(terms.bonusShare).toBe(share);
  });

  it('the hand figures: tiers 300, bonus 100 of 300, cap saving 100 of 300', () => {
    const payout = (payment: Payment) => runMonteCarlo(scenarioOf([item(payment)])).lineItemTerms![0]!;
    expect(payout(cases[0]![1]).payout).toBeCloseTo(300, 9);
    expect(payout(cases[2]![1])).toMatchObject({ bonusShare: 1, bonuses: 100, payout: 300 });
    const capped = payout(cases[4]![1]);
    expect(capped.capSavings).toBeCloseTo(100, 9);
    expect(capped.payout).toBeCloseTo(300, 9);
  });
});

describe('the Monte Carlo with uncertain creators, per creator', () => {
  // Six creators drawn one by one, each with its own lognormal conversion rate (ρc = 0.3, ρg = 0.2:
  // marginally every creator's rate is still the lognormal entered). Sales = 50,000 · r.
  const six = (payment: Payment, trials = 20_000) => scenarioOf([item(payment, { creators: 6, conversionRate: conversionRange })], {}, trials);

  it('a bonus is reached by the share P(sales ≥ threshold) of creators, in expectation', () => {
    // P(50,000 · r ≥ 1,500) = P(ln r ≥ ln 0.03) = 1 − Φ(ln 1.5 / σ) ≈ 0.168.
    const expected = 1 - normalCdf(Math.log(1.5) / sigma);
    const mc = runMonteCarlo(six({ model: 'fixed', feePerPost: 100, bonus: { metric: 'sales', threshold: 1500, amount: 50 } }));
    const terms = mc.lineItemTerms![0]!;
    // A trial's share lies in [0, 1], so its sd is at most 0.5: 4 standard errors over 20,000 trials are < 0.015.
    expect(Math.abs(terms.bonusShare! - expected)).toBeLessThan(0.015);
    // The bonuses are the share times 6 creators times 50; the fees 600 are certain.
    expect(terms.bonuses).toBeCloseTo(terms.bonusShare! * 6 * 50, 9);
    expect(terms.payout).toBeCloseTo(600 + terms.bonuses, 9);
    expect(mc.metrics.payout.mean).toBeCloseTo(terms.payout, 9);
  });

  it('deterministic creators above or below a threshold reach it always or never', () => {
    // The leads do not depend on the conversion rate: 5 per creator in every trial.
    const reached = runMonteCarlo(six({ model: 'fixed', feePerPost: 100, bonus: { metric: 'leads', threshold: 4.5, amount: 50 } }, 500)).lineItemTerms![0]!;
    expect(reached).toMatchObject({ bonusShare: 1, bonuses: 300, payout: 900 });
    const missed = runMonteCarlo(six({ model: 'fixed', feePerPost: 100, bonus: { metric: 'leads', threshold: 5.5, amount: 50 } }, 500)).lineItemTerms![0]!;
    expect(missed).toMatchObject({ bonusShare: 0, bonuses: 0, payout: 600 });
  });

  it('a cap saves E[(X − cap)⁺] per creator, X the lognormal commission', () => {
    // 10% commission: X = 5,000 · r, median 100, log-σ σ; cap 120.
    // E[(X − c)⁺] = e^(μ + σ²/2) · Φ((μ + σ² − ln c)/σ) − c · Φ((μ − ln c)/σ), μ = ln 100.
    const mu = Math.log(100), c = 120;
    const perCreator = Math.exp(mu + sigma * sigma / 2) * normalCdf((mu + sigma * sigma - Math.log(c)) / sigma) - c * normalCdf((mu - Math.log(c)) / sigma);
    const terms = runMonteCarlo(six({ model: 'cps', commissionRate: 0.1, payoutCap: c })).lineItemTerms![0]!;
    expect(terms.bonusShare).toBeNull();
    // Over seeds 1–12 the ratio's error has an sd of about 0.9%: 4% is more than four of them.
    expect(Math.abs(terms.capSavings / (6 * perCreator) - 1)).toBeLessThan(0.04);
  });

  it('a cap never raises a trial\'s payout, and what it saves is the difference to the uncapped run', () => {
    const payment: Payment = { model: 'hybrid', feePerPost: 10, commissionRate: 0.1, commissionTiers: [{ from: 1200, rate: 0.15 }] };
    const options = { trials: 4000, keepSamples: true };
    const uncapped = runMonteCarlo(six(payment), options);
    const capped = runMonteCarlo(six({ ...payment, payoutCap: 110 }), options);
    const up = uncapped.samples!.payout, down = capped.samples!.payout;
    let raised = 0, difference = 0;
    for (let t = 0; t < up.length; t++) {
      if ((down[t] as number) > (up[t] as number) + 1e-9) raised++;
      difference += (up[t] as number) - (down[t] as number);
    }
    expect(raised).toBe(0);
    expect(capped.metrics.payout.mean!).toBeLessThan(uncapped.metrics.payout.mean!);
    expect(capped.lineItemTerms![0]!.capSavings).toBeCloseTo(difference / up.length, 9);
    // Profit gains exactly what payout loses: the responses are the same draws.
    expect(capped.metrics.profit.mean! - uncapped.metrics.profit.mean!).toBeCloseTo(capped.lineItemTerms![0]!.capSavings, 9);
  });

  it('terms that never bind give the linear numbers to the last bit', () => {
    const linear: Payment = { model: 'hybrid', feePerPost: 10, commissionRate: 0.1, amountPerLead: 1 };
    const slack: Payment = { ...linear, commissionTiers: [{ from: 1e9, rate: 0.5 }], bonus: { metric: 'sales', threshold: 1e9, amount: 50 }, payoutCap: 1e9 };
    const options = { trials: 3000, keepSamples: true };
    // One creator (a group that moves as one) and six drawn one by one.
    for (const creators of [1, 6]) {
      const of = (payment: Payment) => runMonteCarlo(scenarioOf([item(payment, { creators, conversionRate: conversionRange })]), options);
      const a = of(linear);
      const b = of(slack);
      expect(b.metrics).toEqual(a.metrics);
      expect(b.samples).toEqual(a.samples);
      expect(a.lineItemTerms).toBeUndefined();
      expect(b.lineItemTerms![0]).toMatchObject({ bonusShare: 0, bonuses: 0, capSavings: 0 });
      expect(b.lineItemTerms![0]!.payout).toBeCloseTo(a.metrics.payout.mean!, 6);
    }
  });

  it('the same seed gives the same result, another seed another', () => {
    const scenario = six({ model: 'cps', commissionRate: 0.1, bonus: { metric: 'sales', threshold: 1200, amount: 30 }, payoutCap: 140 }, 2000);
    expect(runMonteCarlo(scenario)).toEqual(runMonteCarlo(scenario));
    expect(runMonteCarlo(scenario, { seed: 12 }).lineItemTerms).not.toEqual(runMonteCarlo(scenario).lineItemTerms);
  });

  it('kept per-line-item samples carry the terms: their payouts add up to the campaign\'s', () => {
    const scenario = scenarioOf([
      item({ model: 'cps', commissionRate: 0.1, payoutCap: 120 }, { id: 'capped', creators: 6, conversionRate: conversionRange }),
      item({ model: 'fixed', feePerPost: 100 }, { id: 'plain', creators: 3, conversionRate: conversionRange }),
    ], { overheads: [{ label: 'Studio', amount: 250 }] }, 1000);
    const mc = runMonteCarlo(scenario, { keepSamples: true, keepLineItemSamples: true });
    expect(mc.lineItemTerms!.map((t) => t.id)).toEqual(['capped']);
    const [capped, plain] = mc.lineItemSamples!;
    for (const t of [0, 17, 999]) {
      expect((capped!.payout[t] as number) + (plain!.payout[t] as number)).toBeCloseTo(mc.samples!.payout[t] as number, 9);
      expect((capped!.payout[t] as number) + (plain!.payout[t] as number) + 250).toBeCloseTo(mc.samples!.cost[t] as number, 9);
    }
  });
});

describe('terms in an audience are priced on the volumes after overlap', () => {
  // Audience of 20,000; two creators each reach 10,000 · (1 − e^(−0.5)) ≈ 3,935, q ≈ 0.197:
  // unique reach 20,000 · (1 − (1 − q)²) ≈ 7,100 of 7,869 gross, φ ≈ 0.902. One creator's sales
  // fall from 1,000 to about 902: a bonus from 950 is missed after overlap, one from 850 is reached.
  const inAudience = (threshold: number, trials = 200) =>
    scenarioOf([item({ model: 'fixed', feePerPost: 100, bonus: { metric: 'sales', threshold, amount: 50 } }, { audience: 'fans' })], { audiences: [{ id: 'fans', label: 'Fans', size: 20_000 }] }, trials);

  it.each([
    [950, 0],
    [850, 1],
  ])('with known rates, threshold %d: the typical case, overlap included (share %d)', (threshold, share) => {
    const scenario = inAudience(threshold);
    const point = projectPoint(scenario);
    expect(point.audiences[0]!.saturation).toBeCloseTo(0.902, 3);
    const terms = runMonteCarlo(scenario).lineItemTerms![0]!;
    expect(terms.bonusShare).toBe(share);
    expect(terms.bonuses).toBe(100 * share);
    expect(terms.payout).toBeCloseTo(point.lineItems[0]!.payout, 9);
    expect(terms.payout).toBe(200 + 100 * share);
  });

  it('with uncertain creators: a cap saves, trial by trial, what the uncapped run pays more', () => {
    // 600 creators drawn one by one keep 600 rows a block until φ is known: the run's block
    // shrinks (monteCarlo.ts), which must not change a draw. φ does not depend on payouts, so
    // the capped and the uncapped run share their φ and responses in every trial.
    const group = (payment: Payment) =>
      scenarioOf(
        [item(payment, { id: 'many', creators: 600, followers: 2_000, conversionRate: conversionRange, audience: 'fans' }), item({ model: 'fixed', feePerPost: 50 }, { id: 'few', creators: 3, audience: 'fans', reachRate: { low: 0.3, high: 0.6 } })],
        { audiences: [{ id: 'fans', label: 'Fans', size: 400_000 }] },
        1500,
      );
    const options = { keepSamples: true, groupSums: 'exact' as const };
    const linear = runMonteCarlo(group({ model: 'cps', commissionRate: 0.1 }), options);
    // A creator's median commission before overlap: 0.1 · 2,000 · 0.5 · 0.1 · 0.02 · 100 = 20; cap 22.
    const capped = runMonteCarlo(group({ model: 'cps', commissionRate: 0.1, payoutCap: 22 }), options);
    expect(capped.samples!.reach).toEqual(linear.samples!.reach);
    expect(capped.samples!.netRevenue).toEqual(linear.samples!.netRevenue);
    let difference = 0, raised = 0;
    for (let t = 0; t < 1500; t++) {
      const d = (linear.samples!.payout[t] as number) - (capped.samples!.payout[t] as number);
      if (d < -1e-9) raised++;
      difference += d;
    }
    expect(raised).toBe(0);
    const saved = capped.lineItemTerms![0]!.capSavings;
    expect(saved).toBeGreaterThan(100);
    expect(saved).toBeCloseTo(difference / 1500, 8);
  });
});
