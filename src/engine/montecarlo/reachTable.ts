import { exp, expm1 } from './exp';
/**
 * Unique reach of a group has no closed form: a creator with rate r reaches F·(1 − e^(−P·r)) people.
 * Given the group's log-location m, ln r = m + a·x with x standard normal across creators, so the
 * mean and variance of one creator's share u = 1 − exp(−e^(s + a·x)), with s = ln P + m, depend on s
 * alone. They are tabulated once per line item over the range of s the trials can visit, by the
 * trapezoid rule on x ∈ [−8, 8] (spectrally accurate for a Gaussian weight and this smooth,
 * sigmoid-shaped integrand), and interpolated linearly per trial.
 */
export class ReachTable {
  private readonly mean: Float64Array;
  private readonly variance: Float64Array;
  private readonly lo: number;
  private readonly invStep: number;
  private readonly last: number;

  constructor(centre: number, halfWidth: number, a: number, size = 256) {
    this.lo = centre - halfWidth - 0.5;
    const hi = centre + halfWidth + 0.5;
    this.invStep = (size - 1) / (hi - this.lo);
    this.last = size - 1;
    this.mean = new Float64Array(size);
    this.variance = new Float64Array(size);
    const nodes = 129;
    const xs = new Float64Array(nodes);
    const ws = new Float64Array(nodes);
    let total = 0;
    for (let i = 0; i < nodes; i++) {
      const x = -8 + (16 * i) / (nodes - 1);
      xs[i] = x;
      ws[i] = exp(-0.5 * x * x);
      total += ws[i] as number;
    }
    for (let i = 0; i < nodes; i++) ws[i] = (ws[i] as number) / total;
    for (let g = 0; g < size; g++) {
      const s = this.lo + g / this.invStep;
      let m1 = 0;
      let m2 = 0;
      for (let i = 0; i < nodes; i++) {
        const u = -expm1(-exp(s + a * (xs[i] as number)));
        m1 += (ws[i] as number) * u;
        m2 += (ws[i] as number) * u * u;
      }
      this.mean[g] = m1;
      this.variance[g] = Math.max(0, m2 - m1 * m1);
    }
  }

  /** Index position of s in the grid, clamped to its ends. */
  position(s: number): number {
    const x = (s - this.lo) * this.invStep;
    return x <= 0 ? 0 : x >= this.last ? this.last - 1e-9 : x;
  }

  meanAt(x: number): number {
    const i = x | 0;
    const m = this.mean;
    return (m[i] as number) + (x - i) * ((m[i + 1] as number) - (m[i] as number));
  }

  varianceAt(x: number): number {
    const i = x | 0;
    const v = this.variance;
    return (v[i] as number) + (x - i) * ((v[i + 1] as number) - (v[i] as number));
  }
}
