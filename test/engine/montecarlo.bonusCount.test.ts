import { describe, expect, it } from 'vitest';
import { binomialAt, copulaRho } from '../../src/engine/montecarlo/bonusCount';
import { normal, normalQuantile } from '../../src/engine/normal';
import { createRng } from '../../src/engine/rng';

describe('the bonus count drawn exactly (bonusCount.ts)', () => {
  it('is the binomial inverse distribution function at Φ(w)', () => {
    // C = 10, p = 0.3: P(K = 0) = 0.7¹⁰ = 0.02825, P(K ≤ 1) = 0.02825 + 10·0.3·0.7⁹ = 0.14931.
    const at = (u: number) => binomialAt(10, 0.3, normalQuantile(u));
    expect([at(0.028), at(0.029), at(0.149), at(0.15)]).toEqual([0, 1, 1, 2]);
    // Above ½ the creators who miss are walked: the same counts, mirrored.
    for (const u of [0.01, 0.2, 0.5, 0.8, 0.99]) expect(binomialAt(10, 0.7, normalQuantile(u))).toBe(10 - at(1 - u));
    expect([binomialAt(10, 0, 3), binomialAt(10, 1, -3)]).toEqual([0, 10]);
  });

  it('has the binomial frequencies, and is the rounded normal for large counts', () => {
    // 100,000 draws: each frequency within 4 standard errors of its probability.
    const rng = createRng(5, 'bonus count test');
    const C = 12, p = 0.15, n = 100_000;
    const counts = new Array<number>(C + 1).fill(0);
    for (let i = 0; i < n; i++) counts[binomialAt(C, p, normal(rng))]! += 1;
    let pmf = (1 - p) ** C;
    for (let k = 0; k <= C; k++) {
      expect(Math.abs(counts[k]! / n - pmf), `k = ${k}`).toBeLessThan(4 * Math.sqrt((pmf * (1 - pmf)) / n) + 1e-9);
      pmf *= ((C - k) / (k + 1)) * (p / (1 - p));
    }
    // C·min(p, 1 − p) = 1,000 > 200: K = round(Cp + sd·w) = round(1000 + 30·1) = 1030.
    expect(binomialAt(2000, 0.5, 30 / Math.sqrt(500))).toBe(1030);
  });

  it('gives the copula ρ that makes corr(K, exp(σz)) the asked one', () => {
    const rng = createRng(6, 'copula test');
    for (const [C, p, r] of [[20, 0.2, 0.6], [40, 0.7, 0.5], [15, 0.01, 0.3]] as const) {
      const sigma = 0.5, n = 200_000;
      const rho = copulaRho(r, C, p, sigma);
      let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
      for (let i = 0; i < n; i++) {
        const z = normal(rng);
        const x = Math.exp(sigma * z), y = binomialAt(C, p, rho * z + Math.sqrt(1 - rho * rho) * normal(rng));
        sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
      }
      const corr = (sxy / n - (sx / n) * (sy / n)) / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
      // The standard error of a correlation near r over n draws is about (1 − r²)/√n < 0.0023.
      expect(Math.abs(corr - r), `C ${C}, p ${p}`).toBeLessThan(0.01);
    }
  });
});
