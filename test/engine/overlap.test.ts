import { describe, expect, it } from 'vitest';
import { audienceOverlap, fromSums, logMissedShare } from '../../src/engine/overlap';

/**
 * The random-duplication (Sainsbury) formula of docs/MODEL.md §4 on its own, every figure worked
 * out by hand: q_i = min(1, reach_i / (C_i · N)), U = N · (1 − Π (1 − q_i)^C_i), R = Σ reach_i,
 * φ = U / R.
 */

describe('audienceOverlap', () => {
  it('one creator is never overlapped with itself: U = its reach, φ = 1', () => {
    // q = 50,000 / (1 · 1,000,000) = 0.05; U = 1,000,000 · (1 − 0.95) = 50,000 = R.
    const overlap = audienceOverlap(1_000_000, [{ creators: 1, reach: 50_000 }]);
    expect(overlap.grossReach).toBe(50_000);
    expect(overlap.uniqueReach).toBeCloseTo(50_000, 6);
    expect(overlap.saturation).toBeCloseTo(1, 12);
  });

  it('ten creators of one group overlap at random', () => {
    // Each reaches 5,000 of 100,000: q = 0.05. U = 100,000 · (1 − 0.95¹⁰) = 100,000 · (1 − 0.5987369392)
    // = 40,126.30608; R = 50,000; φ = 0.8025261216: a fifth of the gross reach is people seen twice.
    const overlap = audienceOverlap(100_000, [{ creators: 10, reach: 50_000 }]);
    expect(overlap.grossReach).toBe(50_000);
    expect(overlap.uniqueReach).toBeCloseTo(40_126.306_08, 4);
    expect(overlap.saturation).toBeCloseTo(0.802_526_121_6, 9);
  });

  it('two groups sharing an audience multiply their misses', () => {
    // A: 2 creators reaching 20,000 → q_A = 20,000 / (2 · 100,000) = 0.1.
    // B: 4 creators reaching 20,000 → q_B = 20,000 / (4 · 100,000) = 0.05.
    // Missed by all: 0.9² · 0.95⁴ = 0.81 · 0.81450625 = 0.6597500625.
    // U = 100,000 · 0.3402499375 = 34,024.99375; R = 40,000; φ = 0.85062484375.
    const overlap = audienceOverlap(100_000, [
      { creators: 2, reach: 20_000 },
      { creators: 4, reach: 20_000 },
    ]);
    expect(overlap.grossReach).toBe(40_000);
    expect(overlap.uniqueReach).toBeCloseTo(34_024.993_75, 6);
    expect(overlap.saturation).toBeCloseTo(0.850_624_843_75, 12);
  });

  it('caps one creator’s share at 1: a creator who reaches more than the audience covers all of it', () => {
    // q = min(1, 50,000 / 30,000) = 1 → U = 30,000 · (1 − 0) = N; φ = 30,000 / 50,000 = 0.6.
    const one = audienceOverlap(30_000, [{ creators: 1, reach: 50_000 }]);
    expect(one).toEqual({ grossReach: 50_000, uniqueReach: 30_000, saturation: 0.6 });
    // Two such creators: still U = N, now φ = 30,000 / 100,000 = 0.3.
    const two = audienceOverlap(30_000, [{ creators: 2, reach: 100_000 }]);
    expect(two).toEqual({ grossReach: 100_000, uniqueReach: 30_000, saturation: 0.3 });
  });

  it('leaves out groups without creators, and reports φ = 1 when nobody is reached', () => {
    // The empty group has reach 0 and would give q = 0/0; leaving it out keeps the 10-creator figures.
    const withEmpty = audienceOverlap(100_000, [
      { creators: 10, reach: 50_000 },
      { creators: 0, reach: 0 },
    ]);
    expect(withEmpty).toEqual(audienceOverlap(100_000, [{ creators: 10, reach: 50_000 }]));
    expect(logMissedShare(100_000, 0, 0)).toBe(0);
    expect(audienceOverlap(100_000, [])).toEqual({ grossReach: 0, uniqueReach: 0, saturation: 1 });
    // Creators with no followers reach nobody: R = 0, so φ = 1 rather than 0/0.
    expect(audienceOverlap(100_000, [{ creators: 5, reach: 0 }])).toEqual({ grossReach: 0, uniqueReach: 0, saturation: 1 });
  });

  it('many small creators approach the whole audience', () => {
    // 10,000 creators each reaching 1% of 100,000: 1 − 0.99^10,000 = 1 − 2.2e-44, so U = N to the digit.
    const overlap = audienceOverlap(100_000, [{ creators: 10_000, reach: 10_000_000 }]);
    expect(overlap.uniqueReach).toBeCloseTo(100_000, 6);
    expect(overlap.saturation).toBeCloseTo(0.01, 12);
  });

  it('stays exact when the audience is barely touched', () => {
    // One person of ten billion, by 2 creators each reaching half a person: q = 5e-11,
    // U = 1e10 · (1 − (1 − 5e-11)²) = 1e10 · (1e-10 − 2.5e-21) ≈ 1 − 2.5e-11. A naive 1 − Π would
    // keep only about six of its digits; the sum in logs with expm1 keeps φ within 1e-12 of 1.
    const overlap = audienceOverlap(1e10, [{ creators: 2, reach: 1 }]);
    expect(overlap.uniqueReach).toBeCloseTo(1, 10);
    expect(Math.abs(overlap.saturation - (1 - 2.5e-11))).toBeLessThan(1e-12);
  });

  it('fromSums gives the same figures from running sums, as the Monte Carlo keeps them', () => {
    // Σ C_i · ln(1 − q_i) for the two groups above: 2 · ln 0.9 + 4 · ln 0.95.
    const logMissed = 2 * Math.log(0.9) + 4 * Math.log(0.95);
    expect(logMissedShare(100_000, 2, 20_000) + logMissedShare(100_000, 4, 20_000)).toBeCloseTo(logMissed, 14);
    const sums = fromSums(100_000, 40_000, logMissed);
    expect(sums.uniqueReach).toBeCloseTo(34_024.993_75, 6);
    expect(sums.saturation).toBeCloseTo(0.850_624_843_75, 12);
  });
});
