import { describe, expect, it } from 'vitest';
import { benchmarkDefaults } from '../../src/engine/defaults';
import { Z95, rateMedian } from '../../src/engine/distributions';
import { applyCalibration } from '../../src/engine/roster/applyCalibration';
import { calibrate, type Calibration } from '../../src/engine/roster/calibration';
import { englishNotice } from '../../src/engine/roster/csvRules';
import { randomEffects } from '../../src/engine/roster/randomEffects';
import { calibrationSourceOf } from '../../src/engine/roster/sources';
import type { ResultColumns, ResultRow } from '../../src/engine/roster/types';
import { scenarioSchema, type RateRange, type Scenario } from '../../src/engine/schema';
import { buildScenario, lineItemInput } from '../fixtures/scenario';

/**
 * The random-effects calibration of docs/MODEL.md §9, checked against hand calculations. The prior
 * throughout is a conversion range {0.01, 0.04}: m₀ = √(0.01 · 0.04) = 0.02 and
 * σ₀ = ln(0.04 / 0.01) / (2 · 1.6448536) = 1.3862944 / 3.2897073 = 0.4214036 (σ₀² = 0.1775810),
 * with creatorCorrelation 0.5, so ρ = 0.5, and n₀ = 5.
 */

const PRIOR = { low: 0.01, high: 0.04 };
const SIGMA0 = Math.log(4) / (2 * Z95);
const CONVERSIONS: ResultColumns = { followers: false, impressions: false, clicks: true, orders: true, leads: false };

function scenarioWith(conversionRate: number | RateRange = PRIOR, creatorCorrelation = 0.5, extra: Partial<Parameters<typeof lineItemInput>[0]> = {}): Scenario {
  return buildScenario({
    simulation: { creatorCorrelation },
    lineItems: [
      lineItemInput({ id: 'a', tier: 'micro', platform: 'instagram', conversionRate, ...extra }),
      lineItemInput({ id: 'b', tier: 'micro', platform: 'instagram', conversionRate: 0.5 }),
      lineItemInput({ id: 'c', tier: 'micro', platform: 'tiktok' }),
    ],
  });
}

let nextRow = 2;
/** One creator of micro Instagram with `orders` of `clicks`. */
const creator = (orders: number, clicks: number, extra: Partial<ResultRow> = {}): ResultRow => ({ row: nextRow++, platform: 'instagram', tier: 'micro', posts: 1, clicks, orders, ...extra });

const conversionOf = (c: Calibration) => c.groups.find((g) => g.tier === 'micro' && g.platform === 'instagram')?.rates.conversionRate;
const afterRange = (c: Calibration) => conversionOf(c)?.after as RateRange;
const logMedian = (r: RateRange) => Math.log(rateMedian(r));

describe('calibration by hand', () => {
  it('keeps the range when no creator has data for the rate (clicks of 0 are left out)', () => {
    const c = calibrate(scenarioWith(), [creator(0, 0), creator(3, 0)], CONVERSIONS);
    expect(conversionOf(c)).toEqual({ n: 0, before: PRIOR, after: PRIOR });
    // The same holds by the formulas: with n = 0, S² = σ₀²/2 and s = √(σ₀²/2 + σ₀²/2) = σ₀.
  });

  it('moves about halfway for one creator, and narrows the range', () => {
    // One creator with 30 orders of 1,000 clicks:
    //   y = ln(30.5 / 1000.5) = −3.4905285;  v = 1/30.5 − 1/1001 = 0.0317879
    //   n = 1, so τ² = 0;  S² = (5 · 0.1775810/2 + 0) / 6 = 0.0739921
    //   u = 1 / (0.0317879 + 0.5 · 0.0739921) = 14.538282;  V = 1/14.538282 + 0.5 · 0.0739921 = 0.1057800
    //   P = 2/0.1775810 + 1/0.1057800 = 11.262468 + 9.453587 = 20.716056
    //   μ = (2 · ln 0.02 / 0.1775810 + (−3.4905285) / 0.1057800) / 20.716056 = −3.7196777
    //   s = √(0.0739921 + 1/20.716056) = 0.3496624
    //   low = exp(−3.7196777 − 1.6448536 · 0.3496624) = 0.0136390, high = 0.0430870
    const steps = randomEffects({ median: 0.02, sigma: SIGMA0 }, [{ x: 30, d: 1000 }], false, 0.5);
    expect(steps.y[0]).toBeCloseTo(-3.4905285, 6);
    expect(steps.v[0]).toBeCloseTo(0.0317879, 6);
    expect(steps.tau2).toBe(0);
    expect(steps.S2).toBeCloseTo(0.0739921, 6);
    expect(steps.V).toBeCloseTo(0.10578, 6);
    expect(steps.P).toBeCloseTo(20.716056, 5);
    expect(steps.mu).toBeCloseTo(-3.7196777, 6);
    expect(steps.s).toBeCloseTo(0.3496624, 6);
    const after = afterRange(calibrate(scenarioWith(), [creator(30, 1000)], CONVERSIONS));
    expect(after.low).toBeCloseTo(0.013639, 6);
    expect(after.high).toBeCloseTo(0.0430870, 6);
    // From ln 0.02 = −3.912 towards the creator's −3.491: (3.912 − 3.720) / (3.912 − 3.491) = 46% of the way.
    const moved = (logMedian(after) - Math.log(0.02)) / (steps.y[0]! - Math.log(0.02));
    expect(moved).toBeGreaterThan(0.4);
    expect(moved).toBeLessThan(0.6);
    expect(Math.log(after.high / after.low)).toBeLessThan(Math.log(4));
  });

  it('computes three creators who disagree step by step, moving the median less and widening the range', () => {
    // (orders, clicks) = (2, 400), (30, 500), (12, 300): rates of 0.5%, 6% and 4%.
    //   y = ln(2.5/400.5), ln(30.5/500.5), ln(12.5/300.5) = −5.0764230, −2.7978809, −3.1797191
    //   v = 1/2.5 − 1/401, 1/30.5 − 1/501, 1/12.5 − 1/301 = 0.3975062, 0.0307909, 0.0766777
    //   w = 1/v = 2.5156838, 32.4771520, 13.0415945;  Σw = 48.0344302
    //   ȳ = Σ w y / Σ w = −3.0208849
    //   Q = Σ w (y − ȳ)² = 12.5734917
    //   Σw − Σw²/Σw = 48.0344302 − 25.6311409 = 22.4032893
    //   τ² = max(0, (12.5734917 − 2) / 22.4032893) = 0.4719616
    //   S² = (5 · 0.1775810/2 + 3 · 0.4719616/0.5) / 8 = (0.4439524 + 2.8317695) / 8 = 0.4094652
    //   u = 1 / (v + 0.5 · 0.4094652) = 1.6604708, 4.2458609, 3.5535295;  Σu = 9.4598612
    //   V = 1/9.4598612 + 0.5 · 0.4094652 = 0.1057098 + 0.2047326 = 0.3104424
    //   P = 2/0.1775810 + 1/0.3104424 = 11.2624684 + 3.2212093 = 14.4836778
    //   Σ u y / Σ u = −3.3412637
    //   μ = (2 · ln 0.02/0.1775810 + (−3.3412637)/0.3104424) / 14.4836778 = (−44.0590357 − 10.7629099) / 14.4836778 = −3.7850846
    //   s = √(0.4094652 + 1/14.4836778) = 0.6917431
    //   low = exp(−3.7850846 − 1.6448536 · 0.6917431) = 0.0072780, high = exp(−3.7850846 + 1.1378161) = 0.0708445
    const observations = [{ x: 2, d: 400 }, { x: 30, d: 500 }, { x: 12, d: 300 }];
    const steps = randomEffects({ median: 0.02, sigma: SIGMA0 }, observations, false, 0.5);
    expect(steps.y.map((y) => y.toFixed(7))).toEqual(['-5.0764230', '-2.7978809', '-3.1797191']);
    expect(steps.v.map((v) => v.toFixed(7))).toEqual(['0.3975062', '0.0307909', '0.0766777']);
    expect(steps.w.map((w) => w.toFixed(7))).toEqual(['2.5156838', '32.4771520', '13.0415945']);
    expect(steps.yBar).toBeCloseTo(-3.0208849, 6);
    expect(steps.Q).toBeCloseTo(12.5734917, 6);
    expect(steps.tau2).toBeCloseTo(0.4719616, 6);
    expect(steps.S2).toBeCloseTo(0.4094652, 6);
    expect(steps.u.map((u) => u.toFixed(7))).toEqual(['1.6604708', '4.2458609', '3.5535295']);
    expect(steps.V).toBeCloseTo(0.3104424, 6);
    expect(steps.P).toBeCloseTo(14.4836778, 6);
    expect(steps.mu).toBeCloseTo(-3.7850846, 6);
    expect(steps.s).toBeCloseTo(0.6917431, 6);
    const result = conversionOf(calibrate(scenarioWith(), observations.map((o) => creator(o.x, o.d)), CONVERSIONS));
    expect(result?.n).toBe(3);
    const after = result?.after as RateRange;
    expect(after.low).toBeCloseTo(0.007278, 6);
    expect(after.high).toBeCloseTo(0.0708445, 6);
    expect(after.low).toBeLessThan(PRIOR.low);
    expect(after.high).toBeGreaterThan(PRIOR.high);
  });

  it('leaves the range about unchanged for twenty creators who look like the prior', () => {
    // Twenty precisely measured creators (a million clicks each) at the prior's median, spread as
    // creators of one campaign would be: (1 − ρ) · σ₀²/2 of one creator's spread σ₀²/2 is theirs
    // alone, so their log rates are ln 0.02 + √(0.5 · σ₀²/2) · z at the normal quantiles z of
    // (j − ½)/20. Their spread tells the model what it already assumed, and the range stays.
    const z = [-1.96, -1.44, -1.15, -0.93, -0.76, -0.6, -0.45, -0.32, -0.19, -0.06, 0.06, 0.19, 0.32, 0.45, 0.6, 0.76, 0.93, 1.15, 1.44, 1.96];
    const spread = Math.sqrt((0.5 * SIGMA0 ** 2) / 2);
    const rows = z.map((zj) => creator(Math.round(1e6 * 0.02 * Math.exp(spread * zj)), 1e6));
    const after = afterRange(calibrate(scenarioWith(), rows, CONVERSIONS));
    expect(rateMedian(after) / 0.02).toBeCloseTo(1, 2);
    const sigmaAfter = Math.log(after.high / after.low) / (2 * Z95);
    expect(sigmaAfter / SIGMA0).toBeGreaterThan(0.75);
    expect(sigmaAfter / SIGMA0).toBeLessThan(1.05);
  });

  it('moves most of the way for many creators at a different rate', () => {
    // Fifty creators at 5% (100 orders of 2,000 clicks), against a prior median of 2%. They agree,
    // so τ² = 0 and S² = (5 · σ₀²/2)/55 = σ₀²/22; the campaign-wide part ρ · S² = σ₀²/44 cannot be
    // averaged away, so V ≥ σ₀²/44 and the data weigh at most 44/(2 + 44) = 96% against the prior.
    const rows = Array.from({ length: 50 }, () => creator(100, 2000));
    const after = afterRange(calibrate(scenarioWith(), rows, CONVERSIONS));
    const observed = Math.log(100.5 / 2000.5);
    const moved = (logMedian(after) - Math.log(0.02)) / (observed - Math.log(0.02));
    expect(moved).toBeGreaterThan(0.85);
    expect(moved).toBeLessThan(0.97);
  });
});

describe('calibration: the special cases of docs/MODEL.md §9', () => {
  it('leaves out, with a notice, a creator with more orders than clicks', () => {
    const c = calibrate(scenarioWith(), [creator(30, 1000), creator(12, 10, { row: 9 })], CONVERSIONS);
    expect(conversionOf(c)?.n).toBe(1);
    expect(afterRange(c).low).toBeCloseTo(0.013639, 6);
    expect(c.notices.map(englishNotice)).toEqual(['row 9: orders exceed clicks (12 > 10); the row is left out of conversionRate']);
  });

  it('takes the pooled rate with σ₀ = 1 when the prior median is 0 (the default lead rate)', () => {
    // One creator with 3 leads of 200 clicks; the scenario's lead rate is the known 0.
    //   m₀ = (3 + 0.5) / (200 + 0.5) = 0.0174564, σ₀ = 1
    //   y = ln(3.5/200.5) = ln m₀ = −4.0480513 (one creator: the pooled rate is its own)
    //   v = 1/3.5 − 1/201 = 0.2807392;  S² = (5 · 1/2)/6 = 0.4166667
    //   V = 0.2807392 + 0.5 · 0.4166667 + 0.5 · 0.4166667 = 0.6974058;  P = 2 + 1/0.6974058 = 3.4338854
    //   μ = (2 · (−4.0480513) + (−4.0480513)/0.6974058) / 3.4338854 = −4.0480513
    //   s = √(0.4166667 + 1/3.4338854) = 0.8413572
    //   low = exp(−4.0480513 − 1.6448536 · 0.8413572) = 0.0043745, high = 0.0696591
    const columns = { ...CONVERSIONS, leads: true };
    const c = calibrate(scenarioWith(), [creator(0, 200, { leads: 3 })], columns);
    const lead = c.groups[0]?.rates.leadRate;
    expect(lead?.before).toBe(0);
    expect((lead?.after as RateRange).low).toBeCloseTo(0.0043745, 6);
    expect((lead?.after as RateRange).high).toBeCloseTo(0.0696591, 6);
  });

  it("gives a known number, and a range with low = high, the tier × platform default's σ₀", () => {
    const benchmark = benchmarkDefaults('micro', 'instagram').conversionRate.value;
    const sigma = Math.log(benchmark.high / benchmark.low) / (2 * Z95);
    const expected = randomEffects({ median: 0.02, sigma }, [{ x: 30, d: 1000 }], false, 0.5);
    for (const prior of [0.02, { low: 0.02, high: 0.02 }]) {
      const after = afterRange(calibrate(scenarioWith(prior), [creator(30, 1000)], CONVERSIONS));
      expect(Math.log(after.low)).toBeCloseTo(expected.mu - Z95 * expected.s, 10);
      expect(Math.log(after.high)).toBeCloseTo(expected.mu + Z95 * expected.s, 10);
    }
    // With no data a known number stays the known number.
    expect(conversionOf(calibrate(scenarioWith(0.02), [creator(0, 0)], CONVERSIONS))).toEqual({ n: 0, before: 0.02, after: 0.02 });
  });

  it('caps each end at the rate’s bound: 1 for a probability, 50 for views per follower', () => {
    // Every click converts: y ≈ 0, and the range around it would pass 100%.
    const all = afterRange(calibrate(scenarioWith({ low: 0.5, high: 0.9 }), Array.from({ length: 8 }, () => creator(5000, 5000)), CONVERSIONS));
    expect(all.high).toBe(1);
    expect(all.low).toBeLessThan(1);
    // A video seen 5,000 times per follower: reach is capped at 50.
    const reach = calibrate(scenarioWith(), [creator(0, 0, { followers: 100, impressions: 5e5 })], { ...CONVERSIONS, followers: true, impressions: true });
    const range = reach.groups[0]?.rates.reachRate?.after as RateRange;
    expect(range.high).toBe(50);
    expect(range.low).toBeLessThanOrEqual(50);
  });

  it('uses v = 1/(x + 0.5) for reach, with followers × posts as the denominator, and caps ρ at 0.9', () => {
    // 4,000 views of 10,000 followers × 2 posts: x = 4000, d = 20000.
    const s = scenarioWith(PRIOR, 1, { reachRate: { low: 0.1, high: 0.3 } });
    const c = calibrate(s, [creator(0, 0, { followers: 10_000, posts: 2, impressions: 4000 })], { ...CONVERSIONS, followers: true, impressions: true });
    const prior = { median: Math.sqrt(0.03), sigma: Math.log(3) / (2 * Z95) };
    const steps = randomEffects(prior, [{ x: 4000, d: 20_000 }], true, 1);
    expect(steps.v[0]).toBeCloseTo(1 / 4000.5, 12);
    expect(steps.rho).toBe(0.9);
    const after = c.groups[0]?.rates.reachRate?.after as RateRange;
    expect(Math.log(after.low)).toBeCloseTo(steps.mu - Z95 * steps.s, 10);
  });

  it('judges each tier × platform against its first line item, or the benchmark without one, and lists every rate whose columns are there', () => {
    const s = scenarioWith();
    const rows: ResultRow[] = [
      creator(30, 1000),
      { row: 20, platform: 'youtube', followers: 5000, posts: 1, clicks: 10, orders: 1 },
      { row: 21, platform: 'tiktok', tier: 'micro', posts: 1 },
    ];
    const c = calibrate(s, rows, CONVERSIONS);
    expect(c.groups.map((g) => [g.tier, g.platform, g.creators, g.lineItemIds])).toEqual([
      ['nano', 'youtube', 1, []],
      ['micro', 'instagram', 1, ['a', 'b']],
      ['micro', 'tiktok', 1, ['c']],
    ]);
    expect(c.groups.map((g) => Object.keys(g.rates))).toEqual([['conversionRate'], ['conversionRate'], ['conversionRate']]);
    expect(c.groups[0]?.rates.conversionRate?.before).toEqual(benchmarkDefaults('nano', 'youtube').conversionRate.value);
    expect(c.groups[2]?.rates.conversionRate).toEqual({ n: 0, before: 0.03, after: 0.03 });
    expect(c.notices.map(englishNotice)).toEqual([
      'nano on youtube: the scenario has no line item of this tier and platform, so the results are judged against the benchmark and change nothing',
    ]);
  });

  it('places creators in tiers by the scenario’s tier convention', () => {
    const rows: ResultRow[] = [{ row: 2, platform: 'instagram', followers: 5000, posts: 1, clicks: 100, orders: 2 }];
    const standard = calibrate(scenarioWith(), rows, CONVERSIONS);
    const agency = calibrate({ ...scenarioWith(), meta: { tierConvention: 'agency' } }, rows, CONVERSIONS);
    expect(standard.groups.map((g) => g.tier)).toEqual(['nano']);
    expect(agency.groups.map((g) => g.tier)).toEqual(['micro']);
  });
});

describe('applying a calibration', () => {
  it('gives every line item of the tier × platform the calibrated range, with its source, as a new scenario', () => {
    const s = scenarioWith();
    const rows = Array.from({ length: 14 }, () => creator(30, 1000));
    const c = calibrate(s, rows, CONVERSIONS);
    const applied = applyCalibration(s, c, 'results.csv');
    expect(applied.lineItemIds).toEqual(['a', 'b']);
    const [a, b, other] = applied.scenario.lineItems;
    expect(a?.conversionRate).toEqual(afterRange(c));
    expect(b?.conversionRate).toEqual(afterRange(c));
    expect(other).toBe(s.lineItems[2]);
    expect(s.lineItems[0]?.conversionRate).toEqual(PRIOR);
    expect(scenarioSchema.safeParse(applied.scenario).success).toBe(true);
    expect(calibrationSourceOf(applied.scenario, a!, 'conversionRate')).toEqual({ file: 'results.csv', creators: 14 });
    expect(calibrationSourceOf(applied.scenario, a!, 'clickRate')).toBeNull();
    // Once the planner edits the range away from the calibrated one, it no longer claims that source.
    const edited = { ...a!, conversionRate: { low: 0.01, high: 0.05 } };
    expect(calibrationSourceOf(applied.scenario, edited, 'conversionRate')).toBeNull();
    // A second calibration of the same rate replaces the first one's record.
    const again = applyCalibration(applied.scenario, calibrate(applied.scenario, rows.slice(0, 3), CONVERSIONS), 'later.csv');
    expect(again.scenario.meta?.['calibrations']).toHaveLength(1);
    expect(calibrationSourceOf(again.scenario, again.scenario.lineItems[0]!, 'conversionRate')).toEqual({ file: 'later.csv', creators: 3 });
  });
});
