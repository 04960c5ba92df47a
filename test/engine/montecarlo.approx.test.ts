import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/monteCarlo';
import { minimumApproximatedGroup, planLineItem } from '../../src/engine/montecarlo/plan';
import { normal } from '../../src/engine/normal';
import { createRng } from '../../src/engine/rng';
import { rateLogNormal } from '../../src/engine/distributions';
import type { Scenario } from '../../src/engine/schema';
import type { Summary } from '../../src/engine/types';
import { groupLineItem, groupScenario, meanAndSd, type GroupOptions } from './montecarloFixtures';

/**
 * The group-sum approximation against exact per-creator sampling (SPEC §5: exact mean, and within
 * 2% of the exact sd, P5 and P95 of conversions and profit). Both runs share the campaign and group
 * draws (keyed streams), which removes most of the between-group noise from the comparison when
 * ρc > 0; the within-group noise is independent, so trial counts keep its sampling error below
 * about 0.5% (relative standard error of an sd over n trials ≈ 1/√(2n) for near-normal sums).
 */
function compare(s: Scenario, approxTrials: number, exactTrials: number): void {
  const approx = runMonteCarlo(s, { trials: approxTrials, keepSamples: true });
  const exact = runMonteCarlo(s, { trials: exactTrials, groupSums: 'exact', keepSamples: true });
  for (const metric of ['conversions', 'profit'] as const) {
    const a = approx.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
    const e = exact.metrics[metric] as Required<{ [K in keyof Summary]: number }>;
    const se = Math.sqrt(meanAndSd(approx.samples![metric]).sd ** 2 / approxTrials + e.sd ** 2 / exactTrials);
    expect(Math.abs(a.mean - e.mean), `${metric} mean`).toBeLessThan(4 * se);
    for (const k of ['sd', 'p5', 'p95'] as const) expect(Math.abs(a[k] / e[k] - 1), `${metric} ${k}`).toBeLessThan(0.02);
  }
}

const methodOf = (o: GroupOptions) => planLineItem(groupScenario(o).lineItems[0]!, 0, groupScenario(o), false).method;

describe('group sums against exact per-creator sampling', () => {
  it('uses the approximation where these tests exercise it, and exact sampling for small groups', () => {
    expect(methodOf({ creators: 16 })).toBe('exact');
    expect(methodOf({ creators: 17, rhoC: 0.5 })).toBe('sum');
    expect(methodOf({ creators: 1000, rhoC: 0 })).toBe('sum');
    expect(methodOf({ creators: 1000, rhoC: 1 })).toBe('one');
    // Wide ranges give a skewed creator distribution: the group must be larger before it is approximated.
    expect(methodOf({ creators: 100, rhoC: 0, reach: { low: 0.05, high: 0.6 }, conversion: { low: 0.005, high: 0.04 } })).toBe('exact');
  });

  it('small group just above the threshold, ρc = 0.5', () => {
    compare(groupScenario({ creators: 17, rhoC: 0.5 }), 100_000, 60_000);
  });

  it('small group, ρc = 0 (all noise within the group), narrower ranges', () => {
    const o = { creators: 20, rhoC: 0, reach: { low: 0.15, high: 0.45 }, click: { low: 0.003, high: 0.008 } };
    expect(methodOf(o)).toBe('sum');
    compare(groupScenario(o), 100_000, 60_000);
  });

  it('mid-size group with wide ranges at its approximation bound, ρc = 0', () => {
    const o = { creators: 0, rhoC: 0, reach: { low: 0.05, high: 0.6 } };
    const s = groupScenario({ ...o, creators: 1 });
    const bound = minimumApproximatedGroup(planLineItem(s.lineItems[0]!, 0, s, false).sigma, 0);
    // Reach σ = ln 12 / 3.29, click ln 5 / 3.29, conversion ln 4 / 3.29: s² = 0.988, v = e^s² − 1 = 1.685, ⌈40·v²⌉ = ⌈113.5⌉ = 114.
    expect(bound).toBe(114);
    expect(methodOf({ ...o, creators: bound })).toBe('sum');
    compare(groupScenario({ ...o, creators: bound }), 100_000, 30_000);
  });

  it('large groups, ρc = 0 and 0.5', { timeout: 30_000 }, () => {
    compare(groupScenario({ creators: 300, rhoC: 0 }), 200_000, 10_000);
    // Shared group draws make the comparison sharp at ρc = 0.5 with few exact trials.
    compare(groupScenario({ creators: 1000, rhoC: 0.5 }), 100_000, 3_000);
  });

  it('ρc = 1: the group moves as one creator, exactly, in both modes', () => {
    const s = groupScenario({ creators: 1000, rhoC: 1, trials: 5000 });
    expect(runMonteCarlo(s)).toEqual(runMonteCarlo(s, { groupSums: 'exact' }));
  });

  it('campaign of several groups, mixed sizes', { timeout: 30_000 }, () => {
    const items = [groupLineItem('one', { creators: 1 }), groupLineItem('ten', { creators: 10 }), groupLineItem('mid', { creators: 40 }), groupLineItem('big', { creators: 400 })];
    compare(groupScenario({ creators: 0, rhoC: 0.3 }, items), 60_000, 15_000);
  });
});

/**
 * An independent reference for the exact sampler: SPEC §5 transcribed creator by creator with
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

describe('exact sampler against an independent transcription of SPEC §5', () => {
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
