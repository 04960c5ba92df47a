import { describe, expect, it } from 'vitest';
import { fillNormals, normal, normalCdf } from '../../src/engine/normal';
import { createRng } from '../../src/engine/rng';

describe('standard normal draws (ziggurat)', () => {
  const n = 1_000_000;
  const draws = new Float64Array(n);
  fillNormals(createRng(11, 'normal-test'), draws);
  const sorted = Float64Array.from(draws).sort();

  it('has mean 0, variance 1, skewness 0 and kurtosis 3 over a million draws', () => {
    let m1 = 0, m2 = 0, m3 = 0, m4 = 0;
    for (const x of draws) {
      m1 += x;
      m2 += x * x;
      m3 += x ** 3;
      m4 += x ** 4;
    }
    // Standard errors: mean 0.001, variance 0.0014, third moment 0.0024, fourth 0.01.
    expect(Math.abs(m1 / n)).toBeLessThan(0.005);
    expect(Math.abs(m2 / n - 1)).toBeLessThan(0.007);
    expect(Math.abs(m3 / n)).toBeLessThan(0.012);
    expect(Math.abs(m4 / n - 3)).toBeLessThan(0.05);
  });

  it('puts the right share of draws below the tail quantiles', () => {
    // Φ⁻¹ of 0.001, 0.05, 0.5, 0.95 and 0.999; the shares have standard errors √(p(1−p)/n).
    const cases: [number, number][] = [[-3.090232306, 0.001], [-1.644853627, 0.05], [0, 0.5], [1.644853627, 0.95], [3.090232306, 0.999]];
    for (const [z, p] of cases) {
      let below = 0;
      while (below < n && (sorted[below] as number) < z) below++;
      expect(Math.abs(below / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
    // Draws reach the ziggurat's tail beyond 3.44 about 576 times in a million (2·(1 − Φ(3.4426))).
    const tail = draws.filter((x) => Math.abs(x) > 3.442619855899).length;
    expect(tail).toBeGreaterThan(576 - 5 * 24);
    expect(tail).toBeLessThan(576 + 5 * 24);
  });

  it('is deterministic, and fillNormals gives the same numbers as normal() in turn', () => {
    const a = createRng(11, 'normal-test');
    const one = Array.from({ length: 1000 }, () => normal(a));
    expect(one).toEqual(Array.from(draws.subarray(0, 1000)));
  });

  it('computes Φ to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.6448536269514722)).toBeCloseTo(0.95, 7);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 7);
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 9);
  });
});
