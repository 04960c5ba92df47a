import { describe, expect, it } from 'vitest';
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { summarize } from '../../src/engine/summary';
import { createRng } from '../../src/engine/rng';

describe('summaries (summary.ts)', () => {
  it('interpolates percentiles linearly on the sorted sample (type 7)', () => {
    // 1..11: h = 10·p, so P5 = 1 + 0.5 = 1.5, P50 = 6, P95 = 10.5; sd of 1..11 is √11.
    const s = summarize(Float64Array.from([11, 3, 7, 1, 9, 5, 2, 10, 4, 8, 6]));
    expect(s).toEqual({ mean: 6, sd: Math.sqrt(11), p5: 1.5, p50: 6, p95: 10.5 });
    expect(summarize(Float64Array.from([4]))).toEqual({ mean: 4, sd: 0, p5: 4, p50: 4, p95: 4 });
  });

  it('agrees with a full sort on random samples with ties, and leaves out NaN', () => {
    const rng = createRng(1, 'summary');
    for (const n of [2, 3, 20, 101, 5000]) {
      const xs = Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 50) - 20);
      const sorted = Array.from(xs).sort((a, b) => a - b);
      const type7 = (p: number) => {
        const h = (n - 1) * p;
        const lo = Math.floor(h);
        return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, n - 1)] ?? 0) - sorted[lo]!);
      };
      const withNaN = Float64Array.from([...xs, NaN, NaN]);
      const s = summarize(withNaN);
      expect(s.p5).toBeCloseTo(type7(0.05), 10);
      expect(s.p50).toBeCloseTo(type7(0.5), 10);
      expect(s.p95).toBeCloseTo(type7(0.95), 10);
      expect(s.sd).toBeCloseTo(sampleStandardDeviation(Array.from(xs)), 10);
      // simple-statistics' median is the same number (both interpolate at the middle).
      expect(s.p50).toBeCloseTo(quantileSorted(sorted, 0.5), 10);
    }
    expect(summarize(Float64Array.from([NaN]))).toEqual({ mean: null, sd: null, p5: null, p50: null, p95: null });
  });

  it('gives exactly the numbers of a full sort on large samples: radix buckets, signs, zeros, ties, heavy tails', () => {
    const rng = createRng(2, 'summary-radix');
    const u = () => rng.nextFloat();
    const samples: [string, () => number][] = [
      ['lognormal', () => Math.exp(8 * (u() - 0.5))],
      ['signed', () => (u() - 0.3) * 1e6],
      ['ties and zeros', () => (u() < 0.4 ? 0 : u() < 0.5 ? -0 : Math.floor(u() * 7) - 3)],
      ['one bucket', () => 1000 + u() * 1e-9],
      ['two clusters', () => (u() < 0.5 ? -1e-300 : 1e300) * (1 + u())],
      ['zeros of both signs, nothing below', () => (u() < 0.3 ? (u() < 0.5 ? 0 : -0) : u())],
      ['narrow, with a far tail', () => (u() < 0.001 ? 1e12 : 100 + u())],
      ['one tight cluster', () => 5000 + u() * 1e-3],
    ];
    for (const [name, draw] of samples) {
      for (const n of [4096, 4097, 30_001]) {
        const xs = Float64Array.from({ length: n }, draw);
        const sorted = Float64Array.from(xs).sort();
        const type7 = (p: number) => {
          const h = (n - 1) * p;
          const lo = Math.floor(h);
          const x = sorted[lo]!;
          return lo + 1 >= n || h === lo ? x : x + (h - lo) * (sorted[lo + 1]! - x);
        };
        const s = summarize(xs);
        expect([name, n, s.p5, s.p50, s.p95]).toEqual([name, n, type7(0.05), type7(0.5), type7(0.95)]);
      }
    }
  });
});
