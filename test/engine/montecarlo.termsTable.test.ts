import { describe, expect, it } from 'vitest';
import { creatorPayout, type PerformanceTerms } from '../../src/engine/payouts/terms';
import { performanceOf } from '../../src/engine/payouts/performance';
import { pieceValue, termsPieces, termsVolume } from '../../src/engine/payouts/termsPieces';
import { groupTerms, pieceMoments, TermsTable, termsNode, type TrialTerms } from '../../src/engine/montecarlo/termsTable';
import { normal } from '../../src/engine/normal';
import { createRng } from '../../src/engine/rng';
import type { NonLinearTerms } from '../../src/engine/unitEconomics';

/** The SPEC §10 example with 100 of sales per conversion (payable share 1), so that v = sales / 100. */
const spec: PerformanceTerms = {
  commissionRate: 0.08,
  commissionTiers: [{ from: 5000, rate: 0.12 }, { from: 20000, rate: 0.15 }],
  bonus: { metric: 'sales', threshold: 10000, amount: 500 },
  payoutCap: 3000,
};
const nonLinear = (terms: PerformanceTerms, payableShare = 1, netOrderValue = 100, trackedShare = 1): NonLinearTerms => ({ terms, creators: 1, payableShare, netOrderValue, trackedShare });
const specTerms = nonLinear(spec);
const pieces = termsPieces(specTerms, 'conversions');

/** The correction by the rule itself (performance.ts, compiled once), not by its pieces. */
const rule = performanceOf(spec);
const ruleCorrection = (v: number) => rule.price(v, 100 * v, 0) - 8 * v;

/** E[f(V)] for ln V ~ N(m, s²) by Simpson's rule in z = (ln v − m)/s, split at the breakpoints so that every panel is smooth. */
function integrate(f: (v: number) => number, m: number, s: number, breaks: readonly number[]): number {
  const cuts = [-14, ...breaks.map((b) => (Math.log(b) - m) / s).filter((z) => z > -14 && z < 14), 14];
  let total = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c] as number, b = cuts[c + 1] as number, n = 2000, h = (b - a) / n;
    // Evaluated a hair inside each panel, so that a step at its end reads the panel's own side.
    const g = (z: number) => f(Math.exp(m + s * Math.min(b - 1e-12, Math.max(a + 1e-12, z)))) * Math.exp(-0.5 * z * z);
    let sum = g(a) + g(b);
    for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * g(a + i * h);
    total += (sum * h) / 3;
  }
  return total / Math.sqrt(2 * Math.PI);
}

describe('one creator\'s terms as pieces of v (SPEC §10 example)', () => {
  it('breaks at the tiers (50, 200), the bonus (100) and where the cap binds (220)', () => {
    // Uncapped above 200: 8v + 4(v − 50) + 3(v − 200) + 500 = 15v − 300, which reaches 3,000 at v = 220.
    [50, 100, 200, 220].forEach((b, i) => expect(pieces.correction.breaks[i]).toBeCloseTo(b, 10));
    expect(pieces.correction.breaks).toHaveLength(4);
    expect(pieces.linear).toBeCloseTo(8, 12);
    // c = 0, 4(v − 50), 4(v − 50) + 500, 7v − 300, then 3,000 − 8v.
    const expected = [[0, 0], [-200, 4], [300, 4], [-300, 7], [3000, -8]];
    expected.forEach(([alpha, gamma], i) => {
      expect(pieces.correction.alpha[i]).toBeCloseTo(alpha as number, 8);
      expect(pieces.correction.gamma[i]).toBeCloseTo(gamma as number, 10);
    });
    // Cap saving above 220: (15v − 300) − 3,000.
    expect(pieceValue(pieces.capSaving, 250)).toBeCloseTo(450, 8);
    expect(pieceValue(pieces.capSaving, 219)).toBeCloseTo(0, 8);
    expect(pieceValue(pieces.bonusReached, 99.99)).toBe(0);
    expect(pieceValue(pieces.bonusReached, 100)).toBe(1);
    for (const v of [10, 75, 100, 150, 210, 220, 400]) expect(pieceValue(pieces.correction, v)).toBeCloseTo(ruleCorrection(v), 8);
  });

  it('bends on one volume, or on both (then null)', () => {
    expect(termsVolume(nonLinear({ commissionRate: 0.1, payoutCap: 500 }))).toBe('conversions');
    expect(termsVolume(nonLinear({ amountPerLead: 3, payoutCap: 500 }))).toBe('leads');
    // A linear commission beside a leads bonus: only the bonus bends, on leads.
    expect(termsVolume(nonLinear({ commissionRate: 0.1, bonus: { metric: 'leads', threshold: 50, amount: 100 } }))).toBe('leads');
    expect(termsVolume(nonLinear({ bonus: { metric: 'conversions', threshold: 50, amount: 100 } }))).toBe('conversions');
    // A cap on per action plus per lead, or tiers beside a leads bonus: both volumes.
    expect(termsVolume(nonLinear({ amountPerAction: 5, amountPerLead: 3, payoutCap: 500 }))).toBeNull();
    expect(termsVolume(nonLinear({ commissionRate: 0.1, commissionTiers: [{ from: 1000, rate: 0.2 }], bonus: { metric: 'leads', threshold: 50, amount: 100 } }))).toBeNull();
  });

  it('a leads bonus breaks at the threshold in leads (tracked share 0.8: 50 tracked leads = 62.5 leads)', () => {
    const p = termsPieces(nonLinear({ amountPerLead: 2, bonus: { metric: 'leads', threshold: 50, amount: 75 } }, 1, 100, 0.8), 'leads');
    expect(Array.from(p.correction.breaks)).toEqual([62.5]);
    expect(p.linear).toBeCloseTo(1.6, 12);
    expect(pieceValue(p.correction, 62.5)).toBeCloseTo(75, 10);
  });
});

describe('lognormal partial moments of the pieces', () => {
  it('by hand: P(V ≥ 100) = ½ and E[V·1{V ≥ 100}] = 100·e^(s²/2)·Φ(s) at the median 100', () => {
    const m = Math.log(100), s = 0.5;
    const b = pieceMoments(pieces.bonusReached, m, s);
    expect(b.mean).toBeCloseTo(0.5, 6);
    // E[1{V ≥ 100}·V] = 100 · e^0.125 · Φ(0.5) = 100 · 1.1331485 · 0.6914625 = 78.3526.
    expect(b.cross).toBeCloseTo(78.3526, 3);
    expect(b.square).toBeCloseTo(0.5, 6);
  });

  it('match numerical integration of the rule across and beyond its kinks', () => {
    for (const s of [0.3, 0.9, 1.6])
      for (const median of [20, 60, 110, 210, 400]) {
        const m = Math.log(median);
        const got = pieceMoments(pieces.correction, m, s);
        const breaks = [50, 100, 200, 220];
        const mean = integrate(ruleCorrection, m, s, breaks);
        const square = integrate((v) => ruleCorrection(v) ** 2, m, s, breaks);
        const cross = integrate((v) => ruleCorrection(v) * v, m, s, breaks);
        const scale = 3000; // the size of the correction: relative errors near its zero crossings would mislead
        expect(Math.abs(got.mean - mean) / scale, `mean s=${s} median=${median}`).toBeLessThan(2e-6);
        expect(Math.abs(got.square - square) / scale ** 2, `square s=${s} median=${median}`).toBeLessThan(2e-6);
        expect(Math.abs(got.cross - cross) / (scale * Math.exp(m + s * s)), `cross s=${s} median=${median}`).toBeLessThan(2e-6);
        const saving = integrate((v) => creatorPayout(spec, { payable: v, sales: 100 * v, leads: 0 }).capSaving, m, s, breaks);
        expect(Math.abs(pieceMoments(pieces.capSaving, m, s).mean - saving) / scale).toBeLessThan(2e-6);
      }
  });
});

describe('the table over the log-median', () => {
  const s = 0.7;
  const table = new TermsTable(pieces, s);
  const node = termsNode();

  it('interpolates the closed forms to within 5e−5 of their scale, and uses the end pieces beyond', () => {
    for (let i = 0; i <= 200; i++) {
      const m = Math.log(5) + (i / 200) * Math.log(5000 / 5);
      table.at(m, node);
      const c = pieceMoments(pieces.correction, m, s);
      // The scale: the cap, or the 8 per conversion that the capped payout no longer pays far above it.
      const scale = Math.max(3000, 8 * Math.exp(m + 0.5 * s * s));
      // node[0] is E[d], the correction less the bonus's step of 500 (J) times P(reached), node[3].
      expect(table.jump).toBeCloseTo(500, 8);
      expect(Math.abs((node[0] as number) + 500 * (node[3] as number) - c.mean) / scale).toBeLessThan(5e-5);
      expect(Math.abs((node[3] as number) - pieceMoments(pieces.bonusReached, m, s).mean)).toBeLessThan(1e-4);
    }
    // Far above every break (ln 1e6 > ln 220 + 9s, the table's end): c = 3,000 − 8v exactly, so
    // E[d] = 3,000 − 500 − 8·E[V] (every creator has the bonus's step), β = −8, nothing left unexplained.
    const m = Math.log(1e6);
    table.at(m, node);
    expect(node[0]).toBeCloseTo(2500 - 8 * 1e6 * Math.exp(0.5 * s * s), 4);
    expect(node[1]).toBe(-8);
    expect(node[2]).toBe(0);
    expect(node[3]).toBe(1);
    // Far below: no term bites.
    table.at(Math.log(0.01), node);
    expect([node[0], node[1], node[2], node[3], node[4]]).toEqual([0, 0, 0, 0, 0]);
  });

  it('the group formula against the creators themselves, at one log-median (C = 200)', () => {
    // Given m, C creators' corrections are summed directly and by the formula (fed the same creators'
    // volume sum S, and as S's normal score that of a lognormal with S's mean and variance); both have
    // the mean C·E[c] and the same variance, and so has the whole performance pay, 8·S + correction,
    // when the bonus count's copula keeps its covariance with S: their sd agree to sampling error
    // (40,000 repetitions: a relative standard error of the sd of about 0.4%).
    const C = 200, reps = 40_000, m = Math.log(120);
    const ev = Math.exp(m + 0.5 * s * s), sigma = Math.sqrt(Math.log1p(Math.expm1(s * s) / C));
    const counted = new TermsTable(pieces, s, { creators: C, sigma });
    const rng = createRng(3, 'terms table test');
    const out: TrialTerms = { correction: 0, bonusesReached: 0, capSavings: 0 };
    const sums = { exact: { s: 0, s2: 0 }, approx: { s: 0, s2: 0 }, exactPay: { s: 0, s2: 0 }, approxPay: { s: 0, s2: 0 } };
    const add = (k: keyof typeof sums, x: number) => { sums[k].s += x; sums[k].s2 += x * x; };
    for (let r = 0; r < reps; r++) {
      let S = 0, exact = 0;
      for (let j = 0; j < C; j++) {
        const v = Math.exp(m + s * normal(rng));
        S += v;
        exact += ruleCorrection(v);
      }
      const z = (Math.log(S / (C * ev)) + 0.5 * sigma * sigma) / sigma;
      groupTerms(counted, m, C, S, z, normal(rng), normal(rng), node, out);
      add('exact', exact);
      add('approx', out.correction);
      add('exactPay', exact + 8 * S);
      add('approxPay', out.correction + 8 * S);
    }
    const mean = C * pieceMoments(pieces.correction, m, s).mean;
    const sd = (k: keyof typeof sums) => Math.sqrt(sums[k].s2 / reps - (sums[k].s / reps) ** 2);
    expect(Math.abs(sums.exact.s / reps - mean)).toBeLessThan((4 * sd('exact')) / Math.sqrt(reps));
    expect(Math.abs(sums.approx.s / reps - mean)).toBeLessThan((4 * sd('exact')) / Math.sqrt(reps));
    expect(Math.abs(sd('approx') / sd('exact') - 1)).toBeLessThan(0.015);
    expect(Math.abs(sd('approxPay') / sd('exactPay') - 1)).toBeLessThan(0.015);
  });
});
