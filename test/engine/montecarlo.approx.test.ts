import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { planLineItem } from '../../src/engine/montecarlo/plan';
import { normal } from '../../src/engine/normal';
import { createRng } from '../../src/engine/rng';
import { rateLogNormal } from '../../src/engine/distributions';
import type { Scenario } from '../../src/engine/schema';
import type { Summary } from '../../src/engine/types';
import { groupLineItem, groupScenario, meanAndSd, type GroupOptions } from './montecarloFixtures';

/**
 * The group-sum approximation against exact per-creator sampling (docs/MODEL.md §5: exact mean, and within
 * 2% of the exact sd, P5 and P95 of conversions and profit). Both runs have the same trials, so
 * they share the campaign and group draws trial by trial (keyed streams, read in trial order): when
 * ρc > 0 that removes most of the between-group noise from the comparison, and the mean is held to
 * four standard errors of the trial-by-trial difference. With more approximated trials than exact
 * ones only the first trials would be paired; the rest, with draws of their own, would bring the
 * between-group noise back (at ρc = 0.5 and 3,000 exact trials the sd, P5 or P95 then missed by 2–7%
 * for most seeds, against 0.5–1.9% paired). At ρc = 0 the within-group noise is all there is and
 * is independent, so the trial counts keep its sampling error below about 1% (relative standard
 * error of an sd over n trials ≈ 1/√(2n) for near-normal sums, for each run).
 */
function compare(s: Scenario, trials: number): void {
  const approx = runMonteCarlo(s, { trials, keepSamples: true });
  const exact = runMonteCarlo(s, { trials, groupSums: 'exact', keepSamples: true });
  for (const metric of ['conversions', 'profit'] as const) {
    const a = approx.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
    const e = exact.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
    const as = approx.samples![metric], es = exact.samples![metric];
    const se = meanAndSd(as.map((x, t) => x - (es[t] as number))).sd / Math.sqrt(trials);
    expect(Math.abs(a.mean - e.mean), `${metric} mean`).toBeLessThan(4 * se);
    for (const k of ['sd', 'p5', 'p95'] as const) expect(Math.abs(a[k] / e[k] - 1), `${metric} ${k}`).toBeLessThan(0.02);
  }
}

const planOf = (o: GroupOptions) => planLineItem(groupScenario(o).lineItems[0]!, 0, groupScenario(o), false);
const methodOf = (o: GroupOptions) => planOf(o).method;

describe('group sums against exact per-creator sampling', () => {
  it('uses the approximation where these tests exercise it, and exact sampling for small groups', () => {
    expect(methodOf({ creators: 16 })).toBe('exact');
    expect(methodOf({ creators: 1000, rhoC: 0 })).toBe('sum');
    expect(methodOf({ creators: 1000, rhoC: 1 })).toBe('one');
    // Wide ranges give a skewed creator distribution: a small group is drawn creator by creator, a
    // mid-size one splits its tail creators off, a large one is summed plainly.
    const wide = { rhoC: 0, reach: { low: 0.05, high: 0.6 }, conversion: { low: 0.005, high: 0.04 } };
    expect(methodOf({ ...wide, creators: 60 })).toBe('exact');
    expect(planOf({ ...wide, creators: 1000 }).tail?.expected).toBeGreaterThan(0);
    expect(planOf({ ...wide, creators: 100_000 })).toMatchObject({ method: 'sum', tail: null, costPerTrial: 1 });
    // Issue 12: 100,000 nano creators with wide ranges (reach 2–60%) used to be drawn one by one.
    expect(planOf({ creators: 100_000, rhoC: 0, reach: { low: 0.02, high: 0.6 }, click: { low: 0.001, high: 0.012 }, conversion: { low: 0.004, high: 0.04 } }).method).toBe('sum');
  });

  it('group just above its split size, ρc = 0.5', () => {
    expect(methodOf({ creators: 120, rhoC: 0.5 })).toBe('sum');
    compare(groupScenario({ creators: 120, rhoC: 0.5 }), 20_000);
  });

  it('small group, ρc = 0 (all noise within the group), narrower ranges', () => {
    const o = { creators: 80, rhoC: 0, reach: { low: 0.15, high: 0.45 }, click: { low: 0.003, high: 0.008 } };
    expect(methodOf(o)).toBe('sum');
    compare(groupScenario(o), 60_000);
  });

  it('large groups, ρc = 0 and 0.5', { timeout: 30_000 }, () => {
    compare(groupScenario({ creators: 300, rhoC: 0 }), 10_000);
    // Shared group draws make the comparison sharp at ρc = 0.5 with few trials.
    compare(groupScenario({ creators: 1000, rhoC: 0.5 }), 3_000);
  });

  it('reach rates that reach their cap of 50: tail creators drawn with their caps, ρc = 0', { timeout: 120_000 }, () => {
    // Reach 0.2–10: median √2 = 1.414, σ = ln 50 / 3.29 = 1.189, and 1 − Φ((ln 50 − ln 1.414 − σ²)/σ) = 1 − Φ(1.81)
    // ≈ 3.5% of the mean reach lies above the cap: far over CAP_RISK_BOUND, so the plain fit is ruled out,
    // and the capped share moves the mean by more than the test's tolerance if the caps were left out.
    const o = { creators: 800, rhoC: 0, reach: { low: 0.2, high: 10 }, click: { low: 0.0005, high: 0.005 } };
    expect(planOf(o).tail?.expected).toBeGreaterThan(1);
    compare(groupScenario(o), 40_000);
  });

  it('ρc = 1: the group moves as one creator, exactly, in both modes', () => {
    const s = groupScenario({ creators: 1000, rhoC: 1, trials: 5000 });
    expect(runMonteCarlo(s)).toEqual(runMonteCarlo(s, { groupSums: 'exact' }));
  });

  it('campaign of several groups, mixed sizes', { timeout: 120_000 }, () => {
    const items = [groupLineItem('one', { creators: 1 }), groupLineItem('ten', { creators: 10 }), groupLineItem('mid', { creators: 80 }), groupLineItem('big', { creators: 400 })];
    const s = groupScenario({ creators: 0, rhoC: 0.3 }, items);
    expect(s.lineItems.map((item, i) => planLineItem(item, i, s, false)).map((p) => p.method + (p.tail ? ' split' : ''))).toEqual(['one', 'exact', 'sum split', 'sum']);
    // Profit's P5 is only 0.8 sd above zero: 100,000 trials keep its relative sampling error near 1% (less with the shared group draws).
    compare(s, 100_000);
  });
});

/** The first group size in [lo, hi] whose plan passes `test`: the plan's choices are monotone in size. */
function firstSize(o: GroupOptions, test: (plan: ReturnType<typeof planOf>) => boolean, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (test(planOf({ ...o, creators: mid }))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The group of o with the fee per post at which the expected profit is 0, and its expected
 * conversions. Caps do not bind at these ranges, so E[conversions] = C·P·F·Π_k e^(μ_k + σ_k²/2) over
 * reach, click and conversion rates (ρc and ρg only move draws around the mean), the same for leads
 * with the lead rate, and expected profit = E[conv]·profitPerConversion + E[leads]·profitPerLead −
 * fee·C·P − overheads.
 */
function breakEvenGroup(o: GroupOptions): { scenario: Scenario; conversions: number } {
  const unpaid = groupScenario(o, [{ ...groupLineItem('group', o), payment: { model: 'hybrid', feePerPost: 0, commissionRate: 0.1 } }]);
  const plan = planLineItem(unpaid.lineItems[0]!, 0, unpaid, false);
  const item = unpaid.lineItems[0]!;
  const lognormalMean = (k: number) => Math.exp(plan.mu[k]! + plan.sigma[k]! ** 2 / 2);
  const volume = item.creators * item.posts * item.followers * lognormalMean(0) * lognormalMean(1);
  const conversions = volume * lognormalMean(2);
  const leads = volume * lognormalMean(3);
  const feePerPost = (conversions * plan.profitPerConversion + leads * plan.profitPerLead - 100) / (item.creators * item.posts);
  const scenario = groupScenario(o, [{ ...groupLineItem('group', o), payment: { model: 'hybrid', feePerPost, commissionRate: 0.1 } }]);
  return { scenario, conversions };
}

/**
 * As compare, for a group whose profit straddles zero. A relative error of its P5 or P95 means
 * nothing there (the quantiles themselves are near 0), so they are held to 2% of the exact sd,
 * the scale on which the conversions' 2% is also met (their sd is smaller than their quantiles).
 * That is three times stricter than the 0.07 sd by which the plain fit missed profit's P95 at the
 * old switch-over (issue 7 §2). Near zero, a shift of the distribution by 0.02 sd moves the chance
 * of loss by at most φ(0)·0.02 ≈ 0.008, its tolerance. Trial counts keep the sampling error of each
 * quantile difference at about 2.1·√(1/exact + 1/approx) ≈ 0.007 sd or below.
 */
function compareNearZero(o: GroupOptions, approxTrials: number, exactTrials: number): void {
  const { scenario, conversions } = breakEvenGroup(o);
  const approx = runMonteCarlo(scenario, { trials: approxTrials });
  const exact = runMonteCarlo(scenario, { trials: exactTrials, groupSums: 'exact' });
  type Stats = Record<'conversions' | 'profit', Required<{ [K in keyof Summary]: number }>>;
  const a = approx.metrics as unknown as Stats;
  const e = exact.metrics as unknown as Stats;
  expect(Math.abs(e.profit.mean), 'profit is near zero').toBeLessThan(0.1 * e.profit.sd);
  expect(Math.abs(a.conversions.mean - conversions), 'mean conversions').toBeLessThan((4 * a.conversions.sd) / Math.sqrt(approxTrials));
  for (const metric of ['conversions', 'profit'] as const) {
    const se = Math.sqrt(a[metric].sd ** 2 / approxTrials + e[metric].sd ** 2 / exactTrials);
    expect(Math.abs(a[metric].mean - e[metric].mean), `${metric} mean`).toBeLessThan(4 * se);
    expect(Math.abs(a[metric].sd / e[metric].sd - 1), `${metric} sd`).toBeLessThan(0.02);
  }
  for (const k of ['p5', 'p95'] as const) {
    expect(Math.abs(a.conversions[k] / e.conversions[k] - 1), `conversions ${k}`).toBeLessThan(0.02);
    expect(Math.abs(a.profit[k] - e.profit[k]) / e.profit.sd, `profit ${k} in sd`).toBeLessThan(0.02);
  }
  expect(Math.abs(approx.probabilityOfLoss - exact.probabilityOfLoss), 'chance of loss').toBeLessThan(0.008);
}

/** TikTok micro creators with wide ranges (issue 7 §2) and narrower ones, whose plain fit starts at a size exact sampling can afford. */
const WIDE = { reach: { low: 0.02, high: 0.6 }, click: { low: 0.0008, high: 0.008 }, conversion: { low: 0.006, high: 0.03 } };
const NARROW = { reach: { low: 0.15, high: 0.45 }, click: { low: 0.003, high: 0.008 } };
const isSum = (p: ReturnType<typeof planOf>) => p.method === 'sum';
const isPlain = (p: ReturnType<typeof planOf>) => p.method === 'sum' && p.tail === null;

describe('group sums at the switch-over sizes, profit near zero', () => {
  for (const rhoC of [0, 0.01, 0.05]) {
    it(`wide ranges, the smallest approximated group, ρc = ${rhoC}`, { timeout: 120_000 }, () => {
      const o = { creators: 0, rhoC, ...WIDE };
      const size = firstSize(o, isSum, 17, 5000);
      expect(planOf({ ...o, creators: size - 1 }).method).toBe('exact');
      expect(planOf({ ...o, creators: size }).tail?.expected).toBeGreaterThan(1);
      compareNearZero({ ...o, creators: size }, 400_000, 120_000);
    });

    it(`narrower ranges, the smallest split and the smallest plain group, ρc = ${rhoC}`, { timeout: 120_000 }, () => {
      const o = { creators: 0, rhoC, ...NARROW };
      const split = firstSize(o, isSum, 17, 5000);
      const plain = firstSize(o, isPlain, split, 5000);
      expect(planOf({ ...o, creators: plain - 1 }).tail).not.toBeNull();
      compareNearZero({ ...o, creators: split }, 400_000, 150_000);
      compareNearZero({ ...o, creators: plain }, 400_000, 120_000);
    });
  }

  it('the issue\'s example: 1,000 TikTok micro creators with wide ranges, ρc = 0', { timeout: 180_000 }, () => {
    expect(planOf({ creators: 1000, rhoC: 0, ...WIDE }).tail?.expected).toBeGreaterThan(0.5);
    compareNearZero({ creators: 1000, rhoC: 0, ...WIDE }, 400_000, 200_000);
  });
});

/**
 * An independent reference for the exact sampler: docs/MODEL.md §5 transcribed creator by creator with
 * normal(), on its own streams, so that only the distributions can agree, not the numbers.
 */
function referenceConversions(s: Scenario, trials: number): Float64Array {
  const rng = createRng(99, 'reference');
  const item = s.lineItems[0]!;
  const { creatorCorrelation: rc, campaignCorrelation: rg } = s.simulation;
  const rates = [item.reachRate, item.clickRate, item.conversionRate].map(rateLogNormal);
  const caps = [50, 1, 1];
  const out = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    const g = rates.map(() => Math.sqrt(rg) * normal(rng) + Math.sqrt(1 - rg) * normal(rng));
    let sum = 0;
    for (let j = 0; j < item.creators; j++) {
      const r = rates.map((p, k) => Math.min(caps[k]!, Math.exp(p.mu + p.sigma * (Math.sqrt(rc) * g[k]! + Math.sqrt(1 - rc) * normal(rng)))));
      sum += item.posts * item.followers * r[0]! * r[1]! * r[2]!;
    }
    out[t] = sum;
  }
  return out;
}

describe('exact sampler against an independent transcription of docs/MODEL.md §5', () => {
  it('agrees in mean and sd, with caps binding', () => {
    // Reach up to 45 and conversion rates near 1: a visible share of creators is capped.
    const s = groupScenario({ creators: 6, rhoC: 0.4, reach: { low: 2, high: 45 }, conversion: { low: 0.2, high: 0.95 } });
    const n = 30_000;
    const ref = meanAndSd(referenceConversions(s, n));
    const eng = meanAndSd(runMonteCarlo(s, { trials: n, keepSamples: true }).samples!.conversions);
    expect(Math.abs(eng.mean - ref.mean)).toBeLessThan(4 * Math.sqrt((ref.sd ** 2 + eng.sd ** 2) / n));
    expect(Math.abs(eng.sd / ref.sd - 1)).toBeLessThan(0.04);
  });
});
